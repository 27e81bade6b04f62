package import ParallaxModel

/// Decides whether a sentence is direct speech, the writer's opinion or reporting.
///
/// The rules, in order:
/// 1. **Quote** — most of the sentence's words stand inside quotation marks, or over a third do and
///    they are quoted speech (a quotation of three or more words that ends in punctuation or is
///    followed by a comma: „Wir bleiben hier“, sagte die Bürgermeisterin von Erlbach), or such a
///    quotation opens the sentence and a verb of saying follows it, however long the attribution.
/// 2. **Opinion, strong cue** — an appeal or recommendation, a moralising generality, a digression
///    into unrelated politics or the writer's first-person stance (lexicon kinds `appeal`, `moralising`,
///    `digression`, `stance`: "Wir meinen", "in our view"), or a question in the writer's voice (a
///    rhetorical question), or an exclamation outside quotation marks that states no amount (a tabloid
///    exclamation with a figure, "Tausende Züge stehen still!", reports the figure). These stay
///    opinion when a source is named, unless the sentence reports speech ("forderte, die Regierung
///    müsse …"): then the appeal is the speaker's.
/// 3. **Opinion, weak cue** — an evaluation or an unsourced prediction (kinds `evaluation`,
///    `prediction`), unless the sentence is attributed: a sentence that says who states something
///    ("laut …", "nach Angaben …", a claim with an attribution) is reporting even with an evaluative word.
/// 4. **Reporting** — everything else.
package struct SentenceRoleClassifier: Sendable {
    /// Cue kinds that make a sentence opinion whatever its source.
    package static let strongKinds: Set<String> = ["appeal", "moralising", "digression", "stance"]
    /// Cue kinds that an attribution overrides.
    package static let weakKinds: Set<String> = ["evaluation", "prediction"]
    /// Share of quoted words above which a sentence counts as direct speech.
    package static let quoteShare = 0.5
    /// Fewest words of a quotation ending in punctuation that make the sentence direct speech.
    package static let speechQuoteWords = 3
    /// Share of quoted words a sentence with quoted speech needs to count as direct speech.
    package static let speechQuoteShare = 0.35

    /// Creates a classifier.
    package init() {}

    /// The role and the reason for it.
    package func classify(_ evidence: SentenceEvidence) -> (role: Sentence.Role, why: String) {
        let labels = evidence.labelQuotations
        let share =
            labels.isEmpty
            ? evidence.quotes.quotedShare(of: evidence.words)
            : quotedShare(of: evidence, excluding: labels)
        if share >= Self.quoteShare {
            return (.quote, "quote: mostly inside quotation marks")
        }
        // Speech continued from an earlier sentence ("It should have never been made , \" Trump said of
        // the deal …") is speech however long the attribution after it.
        let continued = evidence.quotes.ranges.indices.first {
            evidence.quotes.crossesSentence[$0] && evidence.quotes.ranges[$0].lowerBound == 0
                && isSpeechQuote($0, evidence)
        }
        let quoted =
            share >= Self.speechQuoteShare
            ? evidence.quotes.ranges.indices.first { !labels.contains($0) && isSpeechQuote($0, evidence) } : nil
        if let speech = continued ?? quoted ?? openingSpeech(evidence, excluding: labels) {
            let opening = evidence.tokens.slice(evidence.quotes.ranges[speech]).prefix(40)
            return (.quote, "quote: direct speech „\(opening)…“")
        }
        let cues = evidence.opinionCues
        if let scorn = cues.first(where: { $0.pattern.label == "scorn" }) {
            // The verb of saying itself belittles the speaker ("faselt von", "rambled about"): the
            // writer judges the speech, whoever is named.
            return (.opinion, "scorn: \(evidence.cueText(scorn))")
        }
        if let strong = cues.first(where: { Self.strongKinds.contains($0.pattern.label) }) {
            let cue = "\(strong.pattern.label): \(evidence.cueText(strong))"
            if evidence.reportsSpeech, !isRetort(strong, in: evidence), let reason = attributionReason(evidence) {
                return (.reporting, "\(reason) (reported speech; overrides \(cue))")
            }
            return (.opinion, cue)
        }
        if let imperative = politeImperative(evidence) {
            let cue = "appeal: polite imperative \(imperative)"
            if evidence.reportsSpeech, let reason = attributionReason(evidence) {
                return (.reporting, "\(reason) (reported speech; overrides \(cue))")
            }
            return (.opinion, cue)
        }
        if let relative = generalisingRelative(evidence) {
            let cue = "moralising: \(relative.cue)"
            let attributedMainClause = evidence.attributionCues.contains {
                $0.pattern.label != "distancing" && ($0.wordIndices.first ?? 0) >= relative.mainClause
            }
            if evidence.reportsSpeech, attributedMainClause, let reason = attributionReason(evidence) {
                return (.reporting, "\(reason) (reported speech; overrides \(cue))")
            }
            return (.opinion, cue)
        }
        if isRhetoricalQuestion(evidence) {
            return (.opinion, Self.rhetoricalQuestion)
        }
        if endsWithExclamation(evidence), !evidence.statesAmount {
            return (.opinion, Self.writersExclamation)
        }
        let weak = cues.first { Self.weakKinds.contains($0.pattern.label) }
        if let attribution = attributionReason(evidence) {
            if let weak {
                return (.reporting, "\(attribution) (overrides \(weak.pattern.label): \(evidence.cueText(weak)))")
            }
            return (.reporting, attribution)
        }
        if let weak {
            return (.opinion, "\(weak.pattern.label): \(evidence.cueText(weak))")
        }
        return (.reporting, Self.noCue)
    }

    /// The cue by which a heading inside the article opens a section in the writer's voice: a strong
    /// opinion cue ("Unsere Forderungen", "Why you should act now", "Jetzt auf die Straße!"). `nil` for a
    /// plain subheading; an exclamation mark alone does not open such a section (embedded posts and
    /// tabloid subheads shout over plain reporting). A heading of at most ``sectionLabelWords`` words
    /// with a cue of kind `section` also opens one ("Ein Kommentar", "Die PGA fordert:"); so does a
    /// sentence of any length that ends in a colon and holds such a cue (`announcesList`): the list
    /// items after it are the demands it announces.
    package func sectionCue(_ evidence: SentenceEvidence, announcesList: Bool = false) -> String? {
        if let strong = evidence.opinionCues.first(where: { Self.strongKinds.contains($0.pattern.label) }) {
            return "\(strong.pattern.label): \(evidence.cueText(strong))"
        }
        if announcesList || evidence.words.count <= Self.sectionLabelWords,
            let label = evidence.opinionCues.first(where: { $0.pattern.label == "section" })
        {
            return "section: \(evidence.cueText(label))"
        }
        return nil
    }

    /// The most words of a heading that names the genre of what follows ("Ein Kommentar", "Opinion") or
    /// announces demands ("Die PGA fordert:"); a longer heading with such a word ("Gewerkschaft fordert
    /// mehr Geld für Pflegekräfte") is a news subheading.
    package static let sectionLabelWords = 3

    /// The share of words inside quotations other than `excluded` ones.
    private func quotedShare(of evidence: SentenceEvidence, excluding excluded: Set<Int>) -> Double {
        let words = evidence.words
        guard !words.isEmpty else { return 0 }
        let kept = evidence.quotes.ranges.enumerated().filter { !excluded.contains($0.offset) }.map(\.element)
        let quoted = words.filter { word in kept.contains { $0.contains(word.source.lowerBound) } }.count
        return Double(quoted) / Double(words.count)
    }

    /// Opinion that a sentence without a cue of its own takes from its context, or `nil`:
    /// - a sentence whose verb of saying has the publisher as its subject ("The Blaze says: …"): the
    ///   outlet's own voice;
    /// - a sentence without any cue in a section whose heading is an appeal or the outlet's stance (the
    ///   list items under "Unsere Forderungen");
    /// - the answer (lexicon kind `answer`: "Because …", "Ganz einfach: …", "…, that's where") to the
    ///   writer's own rhetorical question in the sentence before, or the reason ("Because next winter, it
    ///   will be your street.") for the writer's appeal in the sentence before (round 12).
    /// - Parameters:
    ///   - why: the reason ``classify(_:)`` gave for reporting.
    ///   - sectionCue: the ``sectionCue(_:)`` of the heading over the sentence, if any.
    ///   - previousWhy: the reason given for the sentence before, in the same section.
    package func contextualOpinion(
        _ evidence: SentenceEvidence, why: String, sectionCue: String?, previousWhy: String?, publisher: String?,
        afterPivotQuestion: Bool = false
    ) -> String? {
        if evidence.isSelfAttributed(publisher: publisher) {
            return "stance: the outlet speaks (\(why))"
        }
        guard why == Self.noCue else { return nil }
        if let sectionCue {
            return "section headed by \(sectionCue)"
        }
        // After an appeal only a sentence without a marker of indirect speech ("Weil es immer um Finanzen
        // gehe, …" gives a speaker's reason).
        let afterAppeal = previousWhy?.hasPrefix("appeal:") == true && !evidence.hasReportedSpeechMarker
        if previousWhy == Self.rhetoricalQuestion || afterAppeal,
            let answer = evidence.opinionCues.first(where: { $0.pattern.label == "answer" })
        {
            return "answer to the writer's question: \(evidence.cueText(answer))"
        }
        if afterPivotQuestion {
            return "answer with contempt to the writer's pivot question"
        }
        return nil
    }

    /// Whether a sentence is the writer's short pivot question ("Und die Reederei?", "Und wer steckt
    /// dahinter?", "And the bosses?"): a rhetorical question of at most ``pivotQuestionWords`` words that
    /// opens with a cue of kind `pivot` and addresses no one (no cue of kind `address` written as the
    /// polite "Sie" or as "du", "you": an interviewer's "Und was machen Sie jetzt?" is not the writer's).
    /// The sentence after it without a cue or source is the writer's answer when it holds a term of
    /// contempt in the writer's voice ("Und die Reederei? Duckt sich weg."); a plain statement after it
    /// ("Und die Regierung? Sie verweigerte den Kredit …") stays reporting, as the gold of dev4 and dev5 has it.
    package func isPivotQuestion(_ evidence: SentenceEvidence, why: String) -> Bool {
        guard why == Self.rhetoricalQuestion, evidence.words.count <= Self.pivotQuestionWords,
            evidence.opinionCues.contains(where: { $0.pattern.label == "pivot" && $0.wordIndices.first == 0 })
        else { return false }
        return !evidence.onDemandCues("address").contains { cue in
            guard cue.pattern.label == "address", let index = cue.wordIndices.first, index > 0 else { return false }
            let written = evidence.tokens.written(index)
            // German "sie" and "ihr…" in lower case are "they" and "her": only the capitalised form
            // addresses someone; the other address words ("du", "euch", "you") always do.
            let folded = written.lowercased()
            let politeForm = folded.hasPrefix("s") || folded.hasPrefix("i")
            return !politeForm || written.first?.isUppercase == true
        }
    }

    /// The most words of a pivot question ("Und wer steckt dahinter?").
    package static let pivotQuestionWords = 6

    /// Loaded-term categories of contempt for people: two of them in the writer's voice in one sentence
    /// without any other cue or source ("Die Heuschrecken … haben die Airline ausgesaugt") judge rather
    /// than report. Alarm and glory are left out: tabloid reporting piles them up ("Terrified islanders
    /// ran for their lives as the monster volcano …").
    package static let contemptCategories: Set<String> = ["demonising", "belittling"]
    /// How many distinct terms of contempt make such a judgement.
    package static let contemptTerms = 2

    /// Loaded-term categories by which the writer takes a side for or against people; alarm and
    /// euphemism describe events.
    package static let sideCategories: Set<String> = ["glorifying", "demonising", "belittling"]

    /// The reason a sentence without any cue or source takes the readers' side, or `nil`: a glorifying,
    /// demonising or belittling term in the writer's voice qualifies the writer's community, standing at
    /// most ``sideReach`` words after the first person plural possessive (on-demand kind `community`:
    /// "unsere", "our", outside quotation marks) — "Our brave prison officers were left to face the mob",
    /// "Während unsere Helden … graben, duckt sich die Bürgermeisterin weg". Reporting calls no one
    /// "our heroes". A possessive apart from the term is left alone: in an unquoted interview answer
    /// ("Zum Schluss haben wir Feiglinge dazubekommen, mit denen wir unsere Probleme hatten") and in an
    /// organisation's release ("das beherzte Eingreifen unserer Einsatzkräfte", reporting in dev5's gold)
    /// the speaker's "we" is not the writer's.
    /// - Parameter terms: the loaded terms of the sentence.
    package func sideTaken(_ evidence: SentenceEvidence, terms: [Framing.LoadedTerm]) -> String? {
        let sided = terms.filter { $0.usage == "used" && Self.sideCategories.contains($0.category ?? "") }
        guard !sided.isEmpty, !evidence.ownSource else { return nil }
        for community in evidence.onDemandCues("community") {
            guard let index = community.wordIndices.last else { continue }
            for next in (index + 1)...(index + Self.sideReach) where next < evidence.words.count {
                let written = evidence.tokens.written(next).lowercased()
                if let term = sided.first(where: {
                    $0.text.lowercased().split(separator: " ").first.map(String.init) == written
                }) {
                    return "side taken: \(evidence.cueText(community)) \(term.text)"
                }
            }
        }
        return nil
    }

    /// How many words after "our" / "unsere" the qualifying term may stand ("Our brave prison officers").
    package static let sideReach = 2

    /// The reason given to a sentence without any cue.
    package static let noCue = "reporting: no opinion cue"
    /// The reason given to a question in the writer's voice.
    package static let rhetoricalQuestion = "rhetorical question"
    /// The reason of an exclamation in the writer's voice that states no amount.
    package static let writersExclamation = "exclamation in the writer's voice"

    /// A quotation of at least ``speechQuoteWords`` words that ends in punctuation: quoted speech, not
    /// a quoted phrase.
    private func isSpeechQuote(_ index: Int, _ evidence: SentenceEvidence) -> Bool {
        guard evidence.quotes.endsInPunctuation[index] else { return false }
        let range = evidence.quotes.ranges[index]
        let words = evidence.words.filter { range.contains($0.source.lowerBound) }.count
        return words >= Self.speechQuoteWords
    }

    /// The quotation that opens the sentence and that a verb of saying right after it attributes
    /// (`“We're sleeping again, mostly,” said Jean Corley, who runs the newsagent on …`): direct speech
    /// however long the attribution and what it says of the speaker. The quotation holds the first word,
    /// is speech by ``isSpeechQuote(_:_:)``, and the verb of saying follows within
    /// ``LoadedTermDetector/attributionReach`` words of its end.
    private func openingSpeech(_ evidence: SentenceEvidence, excluding labels: Set<Int>) -> Int? {
        guard let firstWord = evidence.words.first, let index = evidence.quotes.ranges.firstIndex(where: {
            $0.contains(firstWord.source.lowerBound)
        }), !labels.contains(index), isSpeechQuote(index, evidence)
        else { return nil }
        let quoteEnd = evidence.quotes.ranges[index].upperBound
        guard let after = evidence.words.firstIndex(where: { $0.source.lowerBound >= quoteEnd }) else { return nil }
        let attributed = evidence.attributionCues.contains { cue in
            guard cue.pattern.label == "speech", let first = cue.wordIndices.first else { return false }
            return first >= after && first - after <= LoadedTermDetector.attributionReach
        }
        return attributed ? index : nil
    }

    /// Whether a strong cue is the writer's retort to the speech the sentence reports: it stands after a
    /// dash (– or —) that follows every verb of saying ("The firm called the chaos a “challenging weather
    /// event” — tell that to the families burying their loved ones.").
    private func isRetort(_ cue: PhraseMatcher.Match, in evidence: SentenceEvidence) -> Bool {
        guard let cueFirst = cue.wordIndices.first,
            let lastSpeech = evidence.attributionCues.filter({ $0.pattern.label == "speech" })
                .compactMap(\.wordIndices.last).max(),
            lastSpeech < cueFirst
        else { return false }
        let start = evidence.words[lastSpeech].source.upperBound
        let end = evidence.words[cueFirst].source.lowerBound
        let bytes = Array(evidence.text.utf8.dropFirst(start).prefix(end - start))
        // U+2013 and U+2014 are E2 80 93 and E2 80 94.
        return bytes.indices.contains { index in
            bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94)
        }
    }

    /// An exclamation mark at the end, outside quotation marks (round 21: also the analyser's test of a
    /// shouting register, `FramingAnalyzer+ShoutingRegister.swift`).
    package func endsWithExclamation(_ evidence: SentenceEvidence) -> Bool {
        let utf8 = evidence.text.utf8
        guard let last = utf8.lastIndex(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 }), utf8[last] == 0x21 else {
            return false
        }
        let offset = utf8.distance(from: utf8.startIndex, to: last)
        return !evidence.quotes.ranges.contains { $0.upperBound >= offset }
    }

    /// Whether the sentence trails off in an ellipsis outside quotation marks ("Und die Herren im Amt haben
    /// jahrelang nur Akten gestempelt…", "… hiding in our woods …"): the writer's innuendo, which leaves the
    /// reader to finish the thought. Round 26: with one term of contempt in the writer's voice it makes the
    /// sentence a judgement, as two such terms do (``contemptTerms``). Alone it proves nothing: quality news
    /// trails off in cut quotations, interview answers and teasers.
    package func trailsOff(_ evidence: SentenceEvidence) -> Bool {
        let bytes = Array(evidence.text.utf8)
        guard let last = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 }) else { return false }
        // U+2026 is E2 80 A6; three full stops are the typed form.
        let ellipsis =
            (last >= 2 && bytes[last] == 0xA6 && bytes[last - 1] == 0x80 && bytes[last - 2] == 0xE2)
            || (last >= 2 && bytes[last] == 0x2E && bytes[last - 1] == 0x2E && bytes[last - 2] == 0x2E)
        guard ellipsis else { return false }
        let start = last - 2
        return !evidence.quotes.ranges.contains { $0.upperBound >= start }
    }

    /// How many terms of contempt make a judgement of a sentence that trails off (``trailsOff(_:)``).
    package static let trailingContemptTerms = 1

    /// The writer's call to the reader in the polite imperative (round 24): the sentence opens with a verb
    /// in the infinitive form and the capitalised polite pronoun right after it (on-demand kind
    /// `imperative`: "Rufen Sie uns jetzt an", "Vereinbaren Sie jetzt einen Termin", "Warten Sie nicht, bis
    /// …"), outside quotation marks, and urges (on-demand kind `call`: "jetzt", "sofort", "Rufen Sie … an",
    /// "Warten Sie … nicht"). Practical advice in the imperative ("Bewahren Sie alle Belege auf") is passed
    /// on by service pages and civil-protection reports and stays reporting. Left alone too: a question
    /// ("Haben Sie Fragen?" — the question rules decide), the lower-case pronoun ("they"), and a discourse
    /// marker the pronoun closes with a comma ("Sehen Sie, das war so", in unquoted interview answers). The
    /// cheap tests run first (the pronoun, kind `polite`, is matched with every sentence); the on-demand pass
    /// only for a sentence whose second word is the capitalised pronoun.
    /// - Returns: the two words of the imperative, or `nil`.
    package func politeImperative(_ evidence: SentenceEvidence) -> String? {
        guard evidence.words.count >= 3,
            evidence.opinionCues.contains(where: { $0.pattern.label == "polite" && $0.wordIndices == [1] }),
            evidence.tokens.written(1).first?.isUppercase == true
        else { return nil }
        let trimmed = evidence.text.trimmingTrailing { $0 == " " || $0 == "\"" || $0 == "\u{201C}" || $0 == "\u{201D}" }
        guard trimmed.last != "?", !evidence.quotes.ranges.contains(where: { $0.contains(evidence.words[0].source.lowerBound) })
        else { return nil }
        guard evidence.onDemandCues("imperative").contains(where: { $0.wordIndices == [0, 1] }),
            !evidence.onDemandCues("call").isEmpty
        else { return nil }
        let after = evidence.text.utf8.dropFirst(evidence.words[1].source.upperBound).first { $0 != 0x20 }
        guard after != UInt8(ascii: ",") else { return nil }
        return "\(evidence.tokens.written(0)) \(evidence.tokens.written(1))"
    }

    /// A question in the writer's own voice.
    private func isRhetoricalQuestion(_ evidence: SentenceEvidence) -> Bool {
        let trimmed = evidence.text.trimmingTrailing { $0 == " " || $0 == "\"" || $0 == "\u{201C}" || $0 == "\u{201D}" }
        guard trimmed.last == "?" else { return false }
        return !evidence.isAttributedQuestion
    }

    private func attributionReason(_ evidence: SentenceEvidence) -> String? {
        if let cue = evidence.attributionCues.first(where: { $0.pattern.label != "distancing" }) {
            return "attributed: \(evidence.cueText(cue))"
        }
        if let claim = evidence.claimAttribution, !evidence.ownSource {
            return "attributed: \(claim)"
        }
        return nil
    }
}

extension String {
    /// The string without trailing characters that satisfy `predicate`.
    fileprivate func trimmingTrailing(while predicate: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex {
            let before = index(before: end)
            guard predicate(self[before]) else { break }
            end = before
        }
        return self[startIndex..<end]
    }
}
