public import ParallaxModel

/// Labels sentence roles and builds an article's framing profile.
///
/// For every sentence that is not a heading it sets the role (quote, opinion, reporting) and the
/// reason; it finds loaded terms in every sentence (headings included), judges the headline, and fills
/// the article's ``Framing`` except `omits`, which reconciliation adds. The rules are language-neutral;
/// the words come from the lexicon of the article's language (see `Lexicons/README.md`).
public struct FramingAnalyzer: Sendable {
    private let lexicons: FramingLexicons
    /// Characters of the body used to guess the language when the article does not name one.
    static let languageSample = 2_000

    /// An analyzer with the bundled lexicons; when they cannot be loaded, only the language-independent
    /// rules (quotation marks, questions, capitals, exclamation marks) apply.
    public init() {
        switch FramingLexicons.bundled {
        case .success(let lexicons): self.lexicons = lexicons
        case .failure: self.lexicons = FramingLexicons(byLanguage: [:])
        }
    }

    /// Why the bundled lexicons could not be loaded, as a sentence a user can act on, or `nil` when they loaded. An
    /// analyzer without them still labels quotes, questions and exclamations, but finds no cue or loaded term: the
    /// pipeline reports this so the run does not pass for a complete one.
    public static var lexiconProblem: String? { problem(of: FramingLexicons.bundled) }

    /// The problem a lexicon load result stands for (``lexiconProblem``; tests give a failed result).
    package static func problem(of result: Result<FramingLexicons, FramingLexiconError>) -> String? {
        switch result {
        case .success: nil
        case .failure(let error): "\(error.description) Sentence roles and loaded terms were found without the lexicons."
        }
    }

    /// An analyzer with the given lexicons (for tests).
    package init(lexicons: FramingLexicons) {
        self.lexicons = lexicons
    }

    /// The article with sentence roles and `framing` filled in (all but `omits`).
    /// - Parameters:
    ///   - article: the article with its sentences; headings keep their role.
    ///   - claims: the article's claims; their attributions count as evidence for reporting and give
    ///     the attributed share.
    /// - Complexity: linear in the length of the body.
    public func analyze(_ article: Article, claims: [Claim]) -> Article {
        var article = article
        let tokenizer = WordTokenizer()
        let lexicon = lexicons.lexicon(
            for: article.language, sample: tokenizer.tokenize(String(article.body.prefix(Self.languageSample))))
        var attributionBySentence: [String: String] = [:]
        for claim in claims where claim.article == article.id || claim.article.isEmpty {
            // A release's `wir` names its publisher as the claims' source (round 20, `ClaimExtractor+PublisherVoice.swift`): the
            // writer speaking, not someone the writer reports, so it attributes the sentence to nobody else.
            if let attribution = claim.attribution, attributionBySentence[claim.sentence] == nil,
                attribution.why?.hasPrefix(Attribution.publisherVoiceReason) != true
            {
                attributionBySentence[claim.sentence] = attribution.text
            }
        }
        let speaker = article.publisher ?? Self.sender(of: article)
        let classifier = SentenceRoleClassifier()
        let detector = LoadedTermDetector()
        var loaded: [Framing.LoadedTerm] = []
        var headline: (evidence: SentenceEvidence, loaded: [Framing.LoadedTerm])?
        var storySentences = 0
        var bodyWords = 0
        var opinions = 0
        var evidences: [SentenceEvidence] = []
        evidences.reserveCapacity(article.sentences.count)
        var topics = Set<String>()
        let continuation = QuoteContinuation(sentences: article.sentences.map { ($0.text, $0.paragraph) })
        var insideQuote = false
        // Whether the sentence before reports someone's speech or names a source: indirect speech marked
        // only by Konjunktiv I in the next sentence continues it ("Die Wassermassen hätten Autos
        // mitgerissen, Verkehrsschilder seien wie Streichhölzer umgeknickt" after "…, berichtete ein Anrainer").
        var previousSpeaks = false
        for (index, sentence) in article.sentences.enumerated() {
            var evidence = SentenceEvidence(
                text: sentence.text, lexicon: lexicon, claimAttribution: attributionBySentence[sentence.id],
                insideQuote: insideQuote)
            if sentence.role != .heading, previousSpeaks, evidence.hasReportedSpeechMarker, !evidence.isAttributed {
                evidence.claimAttribution = Self.continuedSpeech
            }
            previousSpeaks = sentence.role != .heading && (evidence.reportsSpeech || evidence.isAttributed)
            insideQuote = evidence.quotes.endsOpen && continuation.continues(after: index)
            topics.formUnion(evidence.contexts)
            evidences.append(evidence)
        }
        let unquoted = Self.unquotedSpeech(article.sentences, evidences: evidences)
        // An article about a work of fiction or art (a review, a preview, a TV listing): its vivid words
        // describe the work or judge it as criticism does.
        let workSentences = evidences.filter { $0.contexts.contains(LoadedTermDetector.workTopic) }.count
        if workSentences >= Self.workPieceSentences,
            Double(workSentences) >= Self.workPieceShare * Double(max(1, article.sentences.count))
        {
            topics.insert(LoadedTermDetector.workPiece)
        }
        // Round 21: a writer who shouts (exclamations in the own voice) writes the tabloid register, in which
        // vivid verbs of impact and morbid compound heads are the writer's colour, not the wire's report.
        if Self.shouts(article.sentences, evidences: evidences, classifier: classifier) {
            topics.insert(LoadedTermDetector.shoutingRegister)
        }
        // A one-word evaluation cue that the article uses as part of a name anywhere ("Lichtblick
        // Kinderhilfe") judges nothing in any of its sentences ("Lichtblick wies … aus").
        let names = evidences.reduce(into: Set<String>()) { $0.formUnion($1.cueWordsUsedAsNames) }
        if !names.isEmpty {
            evidences = evidences.map { $0.droppingCues(usedAsNames: names) }
        }
        // Round 16: in a party's own text (a section of its view inside the body) news idiom is its framing.
        let partyVoice = Self.speaksAsParty(article.sentences, evidences: evidences, classifier: classifier)
        // A sentence repeated verbatim (a lede printed twice) counts its terms once.
        var seenSentences = Set<String>()
        // The opinion cue of the heading over the current section, if it opens one ("Unsere Forderungen").
        var sectionCue: String?
        // The cue of a sentence that announces a list of demands, while its items run.
        var listCue: String?
        var previousWhy: String?
        // Whether the sentence before is the writer's short pivot question ("Und die Reederei?").
        var previousPivot = false
        // Round 27: where each sentence's terms end in `loaded` (register-dependent terms are inserted there), and
        // the sentences whose terms count (a repeated sentence's do not).
        var loadedEnds = [Int](repeating: 0, count: article.sentences.count)
        var counted = [Bool](repeating: false, count: article.sentences.count)
        for index in article.sentences.indices {
            let sentence = article.sentences[index]
            let evidence = evidences[index]
            bodyWords += evidence.words.count
            var marked = detector.markedTerms(in: evidence, sentenceID: sentence.id, topics: topics, publisher: speaker)
            if let reason = unquoted[index] {
                // Speech whose quotation marks the outlet stripped: its words are the speaker's.
                marked = marked.map { entry in
                    guard entry.term.usage == "used" else { return entry }
                    var term = entry.term
                    term.usage = "reported"
                    let head = term.why.split(separator: "—", maxSplits: 1).first.map(String.init) ?? term.why
                    term.why = head + "— " + reason
                    return (term, false)
                }
            }
            let terms = marked.map(\.term)
            let firstSeen = terms.isEmpty || seenSentences.insert(sentence.text).inserted
            if sentence.role == .heading {
                let beforeHeading = index + 1 < article.sentences.count && article.sentences[index + 1].role == .heading
                let isHeadline =
                    headline == nil && !HeadlineAssessor.isDateline(sentence.text)
                    && !HeadlineAssessor.isMasthead(sentence.text, publisher: article.publisher, beforeHeading: beforeHeading)
                var headingTerms = terms
                // Round 21: the capitals label of a shouting article's headline ("EIS-GRAB HARZLINGEN!").
                if isHeadline, topics.contains(LoadedTermDetector.shoutingRegister) {
                    headingTerms += Self.shoutedLabels(in: evidence, sentenceID: sentence.id, publisher: speaker, listed: terms)
                }
                if firstSeen { loaded += headingTerms }
                loadedEnds[index] = loaded.count
                counted[index] = firstSeen
                if isHeadline {
                    headline = (evidence, headingTerms)
                    sectionCue = nil
                } else {
                    sectionCue = classifier.sectionCue(evidence)
                }
                previousWhy = nil
                previousPivot = false
                listCue = nil
                continue
            }
            var (role, why) = classifier.classify(evidence)
            // Round 32: a genre label before a colon ("Kommentar: …") opens a section in the writer's voice inline.
            if let label = classifier.inlineSectionLabel(evidence) {
                sectionCue = "section: \(label)"
                if role == .reporting { (role, why) = (.opinion, "section label: \(label)") }
            }
            if role == .reporting {
                if let context = classifier.contextualOpinion(
                    evidence, why: why, sectionCue: sectionCue ?? listCue, previousWhy: previousWhy,
                    publisher: speaker,
                    afterPivotQuestion: previousPivot && terms.contains(where: Self.isContempt))
                {
                    (role, why) = (.opinion, context)
                } else if why == SentenceRoleClassifier.noCue {
                    let contempt = terms.filter {
                        $0.usage == "used" && SentenceRoleClassifier.contemptCategories.contains($0.category ?? "")
                    }
                    let distinct = Set(contempt.map { $0.text.lowercased() }).count
                    if distinct >= SentenceRoleClassifier.contemptTerms {
                        (role, why) = (.opinion, "judgement: " + contempt.map(\.text).joined(separator: ", "))
                    } else if distinct >= SentenceRoleClassifier.trailingContemptTerms, classifier.trailsOff(evidence) {
                        // Round 26: one term of contempt and the writer's trailing innuendo.
                        (role, why) = (.opinion, "judgement: innuendo with " + contempt.map(\.text).joined(separator: ", "))
                    } else if let side = classifier.sideTaken(evidence, terms: terms) {
                        (role, why) = (.opinion, side)
                    }
                }
            }
            previousWhy = why
            previousPivot = classifier.isPivotQuestion(evidence, why: why)
            // A sentence ending in a colon that announces demands ("Die PGA fordert:") opens a list; its
            // items run while they end in a comma or semicolon, the last one included.
            let trimmed = sentence.text.reversed().drop { $0 == " " || $0 == "\n" || $0 == "\t" }
            if trimmed.first == ":" {
                listCue = classifier.sectionCue(evidence, announcesList: true).map { "list announced by \($0)" }
            } else if listCue != nil, trimmed.first != ",", trimmed.first != ";" {
                listCue = nil
            }
            // News idiom in the writer's voice ("The scandal forced her to step down") is loaded only
            // where the writer evaluates: in an opinion sentence, or right before other loaded words of
            // the writer ("the so-called special military operation"); headings keep theirs above.
            if firstSeen {
                loaded += marked.filter { entry in
                    guard entry.opinionOnly, role != .opinion, !partyVoice else { return true }
                    // A label that opens the sentence before a colon ("Der Skandal: Die Sprinkleranlage war
                    // abgeschaltet.") is the writer's framing device, not wire idiom.
                    if Self.isOpeningLabel(entry.term.text, in: sentence.text) { return true }
                    return marked.contains { other in
                        !other.opinionOnly && other.term.usage == "used"
                            && sentence.text.contains(entry.term.text + " " + other.term.text)
                    }
                }.map(\.term)
            }
            loadedEnds[index] = loaded.count
            counted[index] = firstSeen
            article.sentences[index].role = role
            article.sentences[index].why = why
            storySentences += 1
            if role == .opinion { opinions += 1 }
        }
        var framing = article.framing
        framing.loaded = loaded
        framing.opinionShare = storySentences == 0 ? 0 : Double(opinions) / Double(storySentences)
        let attributed = claims.filter { $0.attribution != nil }.count
        framing.attributedShare = claims.isEmpty ? 0 : Double(attributed) / Double(claims.count)
        if let headline {
            let verdict = HeadlineAssessor().assess(headline.evidence, loaded: headline.loaded)
            framing.sensationalHeadline = verdict.sensational
            framing.headlineWhy = verdict.why
        } else {
            framing.sensationalHeadline = false
            framing.headlineWhy = "no headline"
        }
        // Terms in the writer's voice per 1,000 words of the body.
        func density(_ terms: [Framing.LoadedTerm]) -> Double {
            bodyWords == 0 ? 0 : Double(terms.filter { $0.usage == "used" }.count) * 1000 / Double(bodyWords)
        }
        framing.loadedPerThousandWords = density(loaded)
        // Round 27: in an article of heightened register, the register-dependent lexicon counts too
        // (`FramingAnalyzer+Register.swift`).
        let register = Self.register(of: article.sentences, framing: framing)
        if register.isHeightened {
            framing.loaded = Self.admittingRegisterTerms(
                loaded, register: register, sentences: article.sentences, evidences: evidences,
                unquoted: unquoted, loadedEnds: loadedEnds, counted: counted, topics: topics, publisher: speaker)
            framing.loadedPerThousandWords = density(framing.loaded)
        }
        article.framing = framing
        return article
    }
}

extension FramingAnalyzer {
    /// The attribution given to a sentence whose only mark of speech is Konjunktiv I right after a
    /// sentence that reports speech or names a source: the indirect speech runs on.
    static let continuedSpeech = "indirect speech continued from the sentence before"

    /// The most words of a speaker label that opens an interview turn ("STANDARD:", "Glawischnig:").
    static let turnLabelWords = 2

    /// The speaker label that opens the sentence (the words before a colon within its first
    /// ``turnLabelWords`` words, the first of them capitalised or the outlet's own spelling), or `nil`.
    static func turnLabel(_ text: String) -> String? {
        // Most sentences have no colon, or more than `turnLabelWords` words before it: their UTF-8 bytes
        // say so in a few words' scan (round 14: the search for the colon and the split of the words
        // before it cost 5 % of framing by profile).
        if text.utf8.withContiguousStorageIfAvailable(Self.opensWithoutTurnLabel) == true { return nil }
        // The colon is found in the UTF-8 bytes: this runs for every sentence, and a search by characters
        // cost a twentieth of all framing.
        guard let colon = text.utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let label = text[..<colon]
        let words = label.split(separator: " ")
        guard !words.isEmpty, words.count <= turnLabelWords, label.first?.isLetter == true,
            words.allSatisfy({ word in word.contains { $0.isUppercase } }),
            !label.contains(where: { $0.isNumber })
        else { return nil }
        return String(label)
    }

    /// The sentences that are someone's speech although no quotation mark or verb of saying of their own
    /// says so — real wire copy (derStandard, APA) strips the quotation marks of direct speech — with the
    /// reason, by index:
    /// - an interview answer: in an article whose turns open with speaker labels ("STANDARD: …?"), and
    ///   one label opens at least ``interviewQuestions`` turns that end in a question (the interviewer),
    ///   every sentence after the interviewer's question and every turn of another label up to the
    ///   interviewer's next turn;
    /// - speech attributed after the next sentence: the next sentence of the paragraph, without
    ///   quotation marks, opens with words attributed after a comma ("Hier ist ja mehr los als bei einem
    ///   Fußballspiel, erklärte der Steirer") and names no source before that comma, and the sentence
    ///   itself holds Konjunktiv I or the first person, or follows a sentence of speech;
    /// - speech in the first person right after a sentence that reports speech or names a source
    ///   ("…, orakelt der Professor. … bereitet es mir keine schlaflosen Nächte").
    /// A sentence with quotation marks, a heading, or one that names its own source is left to the
    /// sentence's own evidence.
    static func unquotedSpeech(_ sentences: [Sentence], evidences: [SentenceEvidence]) -> [String?] {
        var result = [String?](repeating: nil, count: sentences.count)
        // Interview turns.
        var labels = [String?](repeating: nil, count: sentences.count)
        var questionTurns: [String: Int] = [:]
        var current: String?
        for (index, sentence) in sentences.enumerated() {
            if sentence.role == .heading { current = nil; continue }
            if let label = turnLabel(sentence.text) { current = label; labels[index] = label }
            if let current, endsInQuestion(sentence.text),
                labels[index] != nil || (index > 0 && labels[index - 1] == current)
            {
                questionTurns[current, default: 0] += 1
            }
        }
        if let interviewer = questionTurns.filter({ $0.value >= interviewQuestions }).max(by: { $0.value < $1.value })?.key {
            var answering = false
            var asking = false
            for (index, sentence) in sentences.enumerated() {
                if sentence.role == .heading { answering = false; asking = false; continue }
                if let label = labels[index] {
                    asking = label == interviewer
                    answering = !asking
                }
                if answering { result[index] = "an interview answer" }
                if asking, endsInQuestion(sentence.text) {
                    asking = false
                    answering = true
                }
            }
        }
        for index in sentences.indices where result[index] == nil {
            let evidence = evidences[index]
            guard sentences[index].role != .heading, evidence.quotes.ranges.isEmpty, !evidence.isAttributed,
                !evidence.reportsSpeech
            else { continue }
            let previousSpeaks =
                index > 0 && sentences[index - 1].role != .heading
                && (evidences[index - 1].reportsSpeech || evidences[index - 1].isAttributed)
            // Whether the sentence speaks in the first person: asked only where a rule below needs it (an
            // on-demand cue pass over the sentence), at most once.
            var firstPersonAnswer: Bool?
            func firstPerson() -> Bool {
                if let firstPersonAnswer { return firstPersonAnswer }
                let answer = evidence.speaksInFirstPerson
                firstPersonAnswer = answer
                return answer
            }
            // Attributed by the next sentence only when the sentence itself sounds like speech (Konjunktiv
            // I, the first person) or the sentence before speaks too: a writer's sentence before a quote
            // ("Die vergangenen Tage dienten dazu, das Debakel … zu verarbeiten. …, sagte der Trainer")
            // is common.
            if index + 1 < sentences.count, sentences[index + 1].role != .heading,
                sentences[index + 1].paragraph == sentences[index].paragraph,
                previousSpeaks || evidence.hasReportedSpeechMarker || firstPerson()
            {
                let next = evidences[index + 1]
                if next.quotes.ranges.isEmpty, let mark = next.trailingAttributionMark(),
                    !next.attributionCues.contains(where: { cue in
                        cue.pattern.label != "distancing"
                            && (cue.wordIndices.first.map { next.words[$0].source.lowerBound < mark } ?? false)
                    })
                {
                    result[index] = "unquoted speech attributed after the next sentence"
                    continue
                }
            }
            if previousSpeaks, firstPerson() {
                result[index] = "unquoted speech in the first person after a sentence of speech"
            }
        }
        return result
    }

    /// Whether UTF-8 `bytes` certainly open with no speaker label (``turnLabel(_:)`` is `nil`): they hold
    /// no colon, or more than ``turnLabelWords`` words (runs of bytes other than a space) stand before
    /// the first one. `false` means undecided. A space beside a non-ASCII byte leaves it undecided: it
    /// might belong to a larger character (a combining mark after it), which the split by characters
    /// would not cut at.
    static func opensWithoutTurnLabel(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var words = 0
        var inWord = false
        for offset in 0..<bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: ":") { return false }
            if byte == UInt8(ascii: " ") {
                let before = offset > 0 ? bytes[offset - 1] : 0
                let after = offset + 1 < bytes.count ? bytes[offset + 1] : 0
                if before >= 0x80 || after >= 0x80 {
                    return false
                }
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words > turnLabelWords { return true }
            }
        }
        return true
    }

    /// Whether the text's last character other than a space or a closing quotation mark is "?".
    static func endsInQuestion(_ text: String) -> Bool {
        text.reversed().first { !$0.isWhitespace && !"\"“”»«'’".contains($0) } == "?"
    }

    /// The fewest turns ending in a question that make a label the interviewer's.
    static let interviewQuestions = 2

    /// Whether `term` stands at the start of `text`, after at most one word (an article), directly
    /// before a colon: "Der Skandal:", "Das Debakel:", "The scandal:".
    static func isOpeningLabel(_ term: String, in text: String) -> Bool {
        guard let colon = text.utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
        let head = text[..<colon]
        guard head.hasSuffix(term) else { return false }
        return head.dropLast(term.count).split(separator: " ").count <= 1
    }

    /// The fewest sentences touching the topic of works that make an article a piece about a work.
    static let workPieceSentences = 3
    /// The least share of its sentences that must touch the topic of works.
    static let workPieceShare = 0.05

    /// The most words of a sender line.
    static let senderWords = 6

    /// The sender of an article that names no publisher: a line of at most ``senderWords`` words that
    /// opens the article directly above its first heading, as a press release names its organisation
    /// ("Verbraucherschutz Halmstedt e. V." above "Nach Festnahme von Kondora-Gründer: …"). Its sentences
    /// whose verb of saying has that name as subject ("Der Verbraucherschutz Halmstedt fordert
    /// deshalb:") are the sender's own voice, like an outlet's.
    static func sender(of article: Article) -> String? {
        guard article.sentences.count > 1, article.sentences[0].role != .heading,
            article.sentences[1].role == .heading
        else { return nil }
        let line = article.sentences[0].text
        let words = line.split(whereSeparator: { $0 == " " })
        return words.count <= senderWords ? line : nil
    }

    /// Whether a term is contempt for people in the writer's voice (demonising or belittling, used).
    fileprivate static func isContempt(_ term: Framing.LoadedTerm) -> Bool {
        term.usage == "used" && SentenceRoleClassifier.contemptCategories.contains(term.category ?? "")
    }
}
