import ParallaxModel

/// The heightened register admits its lexicon (round 27, ``ArticleRegister``): once every sentence has its role and
/// the headline its verdict, the article's register is judged from them, and in a heightened article the
/// register-dependent terms (`register-terms.txt`) are added where no listed term overlaps them, each after the
/// terms of its sentence, with the usage rules of every term. They play no part in the roles, the headline verdict
/// or the register's own signs, so the judgement does not feed on itself; they do count in `loadedPerThousandWords`.
///
/// Cost: the signs are read from the sentences' roles and reasons, already decided. Only a heightened article
/// (three of the 906 articles of the 10kGNAD study copy) asks its sentences for register terms, and only a sentence with a
/// register-dependent match goes through the detector a second time.
extension FramingAnalyzer {
    /// The register of an article whose sentences have their roles and whose framing has the headline verdict,
    /// the opinion share and the density of the listed terms.
    static func register(of sentences: [Sentence], framing: Framing) -> ArticleRegister {
        var story = 0
        var asks = 0
        var appeals = 0
        for sentence in sentences where sentence.role != .heading {
            story += 1
            guard sentence.role == .opinion, let why = sentence.why else { continue }
            if why == SentenceRoleClassifier.rhetoricalQuestion || why == SentenceRoleClassifier.writersExclamation {
                asks += 1
            } else if ArticleRegister.appealPrefixes.contains(where: { why.hasPrefix($0) }) {
                appeals += 1
            }
        }
        return ArticleRegister(
            sensationalHeadline: framing.sensationalHeadline, questionsAndExclamations: asks,
            appeals: appeals, sentences: story, opinionShare: framing.opinionShare,
            loadedPerThousandWords: framing.loadedPerThousandWords ?? 0)
    }

    /// `loaded` with the register-dependent terms of every counted sentence inserted after that sentence's terms.
    /// - Parameters:
    ///   - loadedEnds: per sentence, the index in `loaded` where its terms end.
    ///   - counted: per sentence, whether its terms count (a sentence repeated verbatim counts once).
    ///   - unquoted: per sentence, why it is someone's speech although unquoted, if it is.
    static func admittingRegisterTerms(
        _ loaded: [Framing.LoadedTerm], register: ArticleRegister, sentences: [Sentence], evidences: [SentenceEvidence],
        unquoted: [String?], loadedEnds: [Int], counted: [Bool], topics: Set<String>, publisher: String?
    ) -> [Framing.LoadedTerm] {
        let detector = LoadedTermDetector()
        var result = loaded
        for index in sentences.indices.reversed() where counted[index] {
            var terms = detector.registerTerms(
                in: evidences[index], sentenceID: sentences[index].id, topics: topics, publisher: publisher,
                register: register)
            if terms.isEmpty { continue }
            if let reason = unquoted[index] {
                // Speech whose quotation marks the outlet stripped: its words are the speaker's.
                terms = terms.map { term in
                    guard term.usage == "used" else { return term }
                    var term = term
                    term.usage = "reported"
                    term.why += "; " + reason
                    return term
                }
            }
            result.insert(contentsOf: terms, at: loadedEnds[index])
        }
        return result
    }
}
