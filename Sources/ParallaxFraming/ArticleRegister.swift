/// The register an article is written in (round 27): heightened — the tabloid's, the partisan blog's, the
/// advertorial's — or the calm register of agency and quality reporting.
///
/// Much loaded vocabulary is loaded only in some registers: "fireball", "siege", "lags", "marode", "Randalierer"
/// are the wire's plain report of a gas blast, a hostage taking, convicts, a bridge in need of repair and rioters,
/// and the tabloid's colour when it writes them. Earlier rounds weighed such words on real wire copy and left them
/// out of `loaded-terms.txt`; `register-terms.txt` lists them, and they count only in an article whose register is
/// heightened. The judgement reads five signs the analyser already has and can explain, after every sentence has
/// its role:
/// - **a sensational headline** (``HeadlineAssessor``'s verdict, from the listed terms only);
/// - **the writer asks or exclaims**: rhetorical questions and exclamations in the writer's voice, at least one and
///   at least ``questionsAndExclamationsShare`` of the article's sentences;
/// - **an appeal to the reader**: a sentence whose role rests on a strong cue of kind `appeal`, `moralising` or
///   `stance` ("Enough is enough", "Sign our petition", "Wir meinen");
/// - **opinion share** of at least ``minimumOpinionShare``;
/// - **loaded density**: at least ``minimumLoadedPerThousandWords`` listed terms in the writer's voice per 1,000 words.
///
/// At least ``minimumSigns`` of the five make the register heightened. One alone is common in calm copy (an essay
/// that asks many questions, a commentary, a report on a disaster with its listed words); the tabloid and the
/// partisan blog show three or more at once. The signs do not use the register's own words, so admitting them
/// changes no sign.
package struct ArticleRegister: Sendable, Equatable {
    /// The fewest signs that make the register heightened.
    package static let minimumSigns = 3
    /// The least share of the writer's questions and exclamations among the non-heading sentences.
    package static let questionsAndExclamationsShare = 0.1
    /// The least opinion share that counts as a sign.
    package static let minimumOpinionShare = 0.3
    /// The fewest listed loaded terms in the writer's voice per 1,000 words that count as a sign.
    package static let minimumLoadedPerThousandWords = 20.0
    /// Why-prefixes of the sentence roles that appeal to the reader (strong cues in the writer's voice).
    package static let appealPrefixes = ["appeal:", "moralising:", "stance:"]

    /// The signs found, each as it is written into a term's reason ("sensational headline").
    package var signs: [String]

    /// Whether the register is heightened.
    package var isHeightened: Bool { signs.count >= Self.minimumSigns }

    /// The reason written into every term the register admits: the register and its evidence.
    package var evidence: String {
        "heightened register (" + signs.joined(separator: "; ") + ")"
    }

    /// Judges the register from the article's figures.
    /// - Parameters:
    ///   - sensationalHeadline: the headline verdict.
    ///   - questionsAndExclamations: sentences that are opinion as the writer's rhetorical question or exclamation.
    ///   - appeals: sentences that are opinion by an appeal, moralising or stance cue.
    ///   - sentences: non-heading sentences.
    ///   - opinionShare: opinion sentences among them.
    ///   - loadedPerThousandWords: listed terms in the writer's voice per 1,000 words.
    package init(
        sensationalHeadline: Bool, questionsAndExclamations: Int, appeals: Int, sentences: Int,
        opinionShare: Double, loadedPerThousandWords: Double
    ) {
        var signs: [String] = []
        if sensationalHeadline { signs.append("sensational headline") }
        if questionsAndExclamations >= 1,
            Double(questionsAndExclamations) >= Self.questionsAndExclamationsShare * Double(sentences)
        {
            signs.append("\(questionsAndExclamations) of \(sentences) sentences the writer's questions or exclamations")
        }
        if appeals >= 1 { signs.append("\(appeals) appeal\(appeals == 1 ? "" : "s") to the reader") }
        if opinionShare >= Self.minimumOpinionShare {
            signs.append("opinion share " + Self.twoDecimals(opinionShare))
        }
        if loadedPerThousandWords >= Self.minimumLoadedPerThousandWords {
            signs.append(Self.twoDecimals(loadedPerThousandWords) + " loaded terms per 1,000 words")
        }
        self.signs = signs
    }

    /// `value` with two decimals ("0.40", "51.60"), without Foundation's formatter.
    static func twoDecimals(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}
