package import ParallaxModel

/// Finds loaded terms in a sentence and decides whose voice they are in.
///
/// A lexicon match is no loaded term when a neutral use covers it ("Katastrophenschutz", "sanctions
/// regime"), a negation stands right before it ("kein Chaos"), or it needs a topic the article does not
/// touch ("befreien" outside a report on fighting). Otherwise it becomes a ``Framing/LoadedTerm`` with a
/// usage:
/// - `reported` — inside a quotation of someone's speech: a long quotation, or a short one in a
///   sentence that names who said it (den "Mut" und das "Heldentum", lobt Gerassimow); unquoted a few
///   words after a verb that introduces someone's label ("sprach von einem Kahlschlag", "called it a
///   bloodbath"); in a reported-speech sentence after its verb of saying ("Moskau erklärte, die Truppen
///   hätten die Region befreit") or before an attribution that follows a comma ("…, sagte er"); and,
///   anywhere in indirect speech that only Konjunktiv I with a source marks (round 12b: every category,
///   not only glorifying, alarmist and euphemistic terms), and in a sentence of Konjunktiv I without a
///   named source; unquoted before a trailing attribution (`…, hieß es`, `…, so der Vorwurf der …`).
/// - `distancing` — scare quotes: a short quotation (at most ``scareQuoteWords`` words) that is not
///   attributed speech, or that a distancing phrase introduces ("what it called 'an operation to …'").
/// - `used` — everything else: the writer's own word. An epithet before the verb of saying in the same
///   clause ("Der Machthaber erklärte, …") stays `used`, because choosing it unquoted is the writer's
///   choice; so does an alarmist word in a paraphrase after a verb of saying that neither Konjunktiv I
///   nor a colon hands to the speaker ("Officials say the fire has devoured 14,000 acres").
package struct LoadedTermDetector: Sendable {
    /// The most words a quotation may have to count as scare quotes rather than speech.
    package static let scareQuoteWords = 4
    /// Categories that an indirect-speech sentence hands to the speaker. Round 12b: all of them. Real
    /// German copy reports a party's contempt in Konjunktiv I with a source ("Demnach sei der Widerruf ein
    /// geradezu lächerlicher Versuch", "Doch nun drohe durch … unfähige Finanzexperten …"), and
    /// realframing-de's gold reads it as `reported`; 9 of 10 changed terms on the 10kGNAD study copy
    /// were right, dev … dev9 unchanged.
    package static let speakerCategories: Set<String> = [
        "glorifying", "alarmist", "euphemism", "demonising", "belittling", "propaganda",
    ]

    /// Creates a detector.
    package init() {}

    /// The loaded terms of one sentence.
    ///
    /// Where matches overlap, the one covering more words wins, then the one listed first. A match
    /// that a neutral use covers ("Katastrophenschutz", "sanctions regime") or that a negation
    /// directly precedes ("kein Chaos", "not a disaster") is no loaded term.
    /// A pattern tagged with a topic (`@military`) counts only when `topics` holds it.
    /// - Parameters:
    ///   - sentenceID: the id the terms point to.
    ///   - topics: the topics of the article (labels of `contexts.txt` found in any of its sentences).
    package func terms(in evidence: SentenceEvidence, sentenceID: String, topics: Set<String>)
        -> [Framing.LoadedTerm]
    {
        markedTerms(in: evidence, sentenceID: sentenceID, topics: topics).map(\.term)
    }

    /// The mark before a topic that must be absent (`@!military`): a war metaphor for a non-war event.
    package static let absentTopicMark = "!"

    /// The context label of news idiom (`@opinion`): words that wire copy itself writes when it reports
    /// ("The scandal forced her to step down", "months of drama", "created chaos", "a dramatic
    /// about-face"). In the writer's voice they are loaded only where the writer evaluates: in the
    /// headline or in an opinion sentence; the caller drops them elsewhere.
    package static let opinionOnlyContext = "opinion"

    /// The topic of works of fiction and art (`contexts.txt`).
    package static let workTopic = "work"
    /// The pseudo-topic the analyser adds when the article is about a work (a review, a preview, a TV
    /// listing, a game test): enough of its sentences touch ``workTopic``. There the writer's vivid words
    /// describe the work or are the critic's verdict — the genre, no framing of a party — and count only
    /// for patterns of context ``reviewContext``.
    package static let workPiece = "work-piece"
    /// The pseudo-topic of an article in the shouting register (round 21, `FramingAnalyzer+ShoutingRegister.swift`):
    /// patterns of context `@shouting` (vivid verbs of impact, morbid compound heads) count only there.
    package static let shoutingRegister = "shouting"
    /// The context of the register-dependent lexicon (`register-terms.txt`, round 27, ``ArticleRegister``): words
    /// that the wire writes plainly and the tabloid, the partisan blog and the advertorial write as colour. They count
    /// only through ``registerTerms(in:sentenceID:topics:publisher:register:)``, in an article of heightened register.
    package static let registerContext = "register"
    /// The context label of words that frame even in a review (`@review`): a critic's cheering that
    /// stands as a sentence of its own ("Bravo!").
    package static let reviewContext = "review"

    /// The loaded terms of one sentence, each with whether it counts in the writer's voice only in a
    /// headline or an opinion sentence (a pattern of context ``opinionOnlyContext``).
    /// - Parameter publisher: the article's publisher or sender; a sentence whose verb of saying has it as
    ///   its subject ("Die KNALL-POST meint: …") speaks in the writer's voice, so its unquoted terms are `used`.
    package func markedTerms(
        in evidence: SentenceEvidence, sentenceID: String, topics: Set<String>, publisher: String? = nil
    ) -> [(term: Framing.LoadedTerm, opinionOnly: Bool)] {
        detectedTerms(in: evidence, sentenceID: sentenceID, topics: topics, publisher: publisher, register: nil)
            .map { ($0.term, $0.opinionOnly) }
    }

    /// The terms of the register-dependent lexicon (`register-terms.txt`, round 27) in one sentence of an article
    /// whose register is heightened: each where no listed term overlaps it, with the usage rules of every term and
    /// a reason that names the register and its evidence. The terms of ``markedTerms(in:sentenceID:topics:publisher:)``
    /// are not repeated.
    /// - Complexity: nothing beyond a scan of the sentence's loaded matches when none is register-dependent.
    package func registerTerms(
        in evidence: SentenceEvidence, sentenceID: String, topics: Set<String>, publisher: String?,
        register: ArticleRegister
    ) -> [Framing.LoadedTerm] {
        guard evidence.loadedTerms.contains(where: { isRegisterDependent($0) }) else { return [] }
        let detected = detectedTerms(
            in: evidence, sentenceID: sentenceID, topics: topics, publisher: publisher, register: register)
        return detected.filter(\.fromRegister).map(\.term)
    }

    /// Whether a match counts only through a heightened register: a pattern of `register-terms.txt`.
    private func isRegisterDependent(_ match: PhraseMatcher.Match) -> Bool {
        match.pattern.context == Self.registerContext
    }

    /// The loaded terms of one sentence; with `register`, also the register-dependent ones that no listed term
    /// overlaps (marked `fromRegister`).
    private func detectedTerms(
        in evidence: SentenceEvidence, sentenceID: String, topics: Set<String>, publisher: String?,
        register: ArticleRegister?
    ) -> [(term: Framing.LoadedTerm, opinionOnly: Bool, fromRegister: Bool)] {
        let intensified = intensifiedJudgements(in: evidence)
        if evidence.loadedTerms.isEmpty && intensified.isEmpty { return [] }
        let candidates = yieldingNamedGroups(evidence.loadedTerms.compactMap { namedGroup($0, in: evidence) }).filter { match in
            guard let context = match.pattern.context else { return true }
            if context == Self.opinionOnlyContext { return true }
            // Round 27: register-dependent terms yield to every listed one; they are added below.
            if context == Self.registerContext { return false }
            // Round 20: a collective noun tied to a name; `namedGroup` has checked its shape.
            if context == Self.namedContext || context == Self.remoteContext { return true }
            // A cheer counts only as a sentence of its own ("Bravo!"; not the goalkeeper Claudio Bravo).
            if context == Self.reviewContext { return match.wordIndices.count == evidence.words.count }
            // `@!military`: a war metaphor counts only outside a report on fighting ("Trommelfeuer der
            // Kritik", "crusade against smokers"); in a war report the word is literal.
            if context.hasPrefix(Self.absentTopicMark) { return !topics.contains(String(context.dropFirst())) }
            return topics.contains(context)
        }
        // Wider first; then (round 19) a hyphenated tabloid compound before news idiom over the same
        // words ("Skandal-Caterer" is the writer's epithet for a firm, `skandal-*`, not `skandal*`
        // `@opinion`, the wire's name for an affair); then the one listed first.
        func width(_ match: PhraseMatcher.Match) -> Int { (match.wordIndices.last ?? 0) - (match.wordIndices.first ?? 0) }
        let ranked = candidates.sorted { lhs, rhs in
            if width(lhs) != width(rhs) { return width(lhs) > width(rhs) }
            if lhs.wordIndices == rhs.wordIndices {
                if lhs.pattern.isHyphenatedCompound, rhs.pattern.context == Self.opinionOnlyContext { return true }
                if rhs.pattern.isHyphenatedCompound, lhs.pattern.context == Self.opinionOnlyContext { return false }
            }
            return lhs.order < rhs.order
        }
        // Each match in turn where no match chosen before overlaps it.
        var chosen: [(span: Range<Int>, match: PhraseMatcher.Match)] = []
        func choose(_ matches: [PhraseMatcher.Match]) {
            for match in matches {
                let span = evidence.span(match)
                if chosen.contains(where: { $0.span.overlaps(span) }) { continue }
                chosen.append((span, match))
            }
        }
        choose(ranked)
        choose(intensified)
        if register != nil {
            // The wider first, then the one listed first, as for listed terms.
            choose(evidence.loadedTerms.filter { isRegisterDependent($0) }.sorted { lhs, rhs in
                width(lhs) != width(rhs) ? width(lhs) > width(rhs) : lhs.order < rhs.order
            })
        }
        chosen.sort { $0.span.lowerBound < $1.span.lowerBound }
        var result: [(term: Framing.LoadedTerm, opinionOnly: Bool, fromRegister: Bool)] = []
        // Once per sentence: whether the outlet itself is the subject of the verb of saying.
        let selfAttributed =
            publisher != nil && !chosen.isEmpty && evidence.reportsSpeech && evidence.isSelfAttributed(publisher: publisher)
        for (span, match) in chosen where !isNeutral(match, in: evidence) {
            if match.pattern.label == "intensifier" {
                let term = Framing.LoadedTerm(
                    text: evidence.tokens.slice(span), sentence: sentenceID,
                    why: "\(Self.intensifiedCategory): \(evidence.cueText(match)) — "
                        + "intensified judgement in the writer's voice",
                    category: Self.intensifiedCategory, usage: "used")
                result.append((term, false, false))
                continue
            }
            let category = match.pattern.label
            if let label = distancedLabel(after: match, in: evidence) {
                // "so-called 'peace talks'": the sneer is aimed at the quoted label, which the writer
                // distances from; the distancing word is no term of its own.
                let term = Framing.LoadedTerm(
                    text: evidence.tokens.slice(label), sentence: sentenceID,
                    why: "\(category): \(match.pattern.source) — label in scare quotes after a distancing word",
                    category: category, usage: "distancing")
                result.append((term, false, false))
                continue
            }
            let (usage, usageRule) = usage(
                of: span, match: match, category: category, in: evidence, selfAttributed: selfAttributed)
            var rule = usageRule
            let fromRegister = isRegisterDependent(match)
            if fromRegister, let register { rule += "; " + register.evidence }
            // Round 26: news idiom that an intensifier heightens or the shouting register carries is the writer's
            // evaluation in any sentence (`LoadedTermDetector+Register.swift`).
            var opinionOnly = usage == "used" && match.pattern.context == Self.opinionOnlyContext
            var span = span
            if opinionOnly, let use = idiomInWritersUse(match, in: evidence, topics: topics) {
                opinionOnly = false
                rule += "; " + use.reason
                if let intensifier = use.intensifier { span = evidence.words[intensifier].source.lowerBound..<span.upperBound }
            }
            if usage == "used", topics.contains(Self.workPiece), match.pattern.context != Self.reviewContext {
                continue
            }
            // One count per term and sentence: "keine anderen als willfährige Autoren, keine andere als
            // willfährige Literatur" holds one loaded term.
            let text = evidence.tokens.slice(span)
            if result.contains(where: { $0.term.usage == usage && $0.term.text.lowercased() == text.lowercased() }) { continue }
            let term = Framing.LoadedTerm(
                text: text, sentence: sentenceID,
                why: "\(category): \(match.pattern.source) — \(rule)", category: category, usage: usage)
            result.append((term, opinionOnly, fromRegister))
        }
        return result
    }

    /// The category of an intensified judgement that no lexicon classifies: an intensifier before a
    /// word of negative judgement ("völlig planlos", "total überfordert", "utterly incompetent") makes
    /// the judged person or thing small.
    package static let intensifiedCategory = "belittling"
    /// The fewest letters (bytes) a judging word needs, so that the bare affix ("los", "über") is no
    /// judgement.
    package static let judgementMinimumBytes = 6

    /// Intensified judgements in the writer's voice: a cue of kind `intensifier` ("völlig", "total",
    /// "utterly") directly before a word of kind `judgement` — a negative judgement by its form (German
    /// "-los", "über-" adjectives and participles: "planlos", "überfordert") or by a short list of
    /// judging adjectives ("inkompetent", "absurd", "clueless") — outside quotations, in a sentence that
    /// names no source, reports no speech and holds no marker of indirect speech ("sei … überfordert").
    /// Words of the form that do not judge ("kostenlos", "überraschend") are `plain` neutral uses. Each is returned as one match of the intensifier whose
    /// word indices run over both words; the phrase is loaded whether or not a lexicon lists the
    /// adjective.
    private func intensifiedJudgements(in evidence: SentenceEvidence) -> [PhraseMatcher.Match] {
        let cues = evidence.opinionCues
        guard cues.contains(where: { $0.pattern.label == "intensifier" }), !evidence.isAttributed,
            !evidence.reportsSpeech, !evidence.hasReportedSpeechMarker
        else { return [] }
        var result: [PhraseMatcher.Match] = []
        let judgements = evidence.onDemandCues("judgement")
        for intensifier in cues where intensifier.pattern.label == "intensifier" {
            guard let index = intensifier.wordIndices.last, index + 1 < evidence.words.count,
                evidence.words[index + 1].bytes.count >= Self.judgementMinimumBytes,
                judgements.contains(where: { $0.wordIndices == [index + 1] })
            else { continue }
            // A capitalised word after a lower-case intensifier is a noun ("die völlige Überraschung").
            let intensifierWritten = evidence.tokens.written(index)
            let judgedWritten = evidence.tokens.written(index + 1)
            if intensifierWritten.first?.isLowercase == true, judgedWritten.first?.isUppercase == true { continue }
            var match = intensifier
            match.wordIndices.append(index + 1)
            result.append(match)
        }
        return result
    }

    /// The quotation a loaded distancing word ("so-called", "sogenannt") introduces, when the match is
    /// that word alone: the label in scare quotes right after it.
    private func distancedLabel(after match: PhraseMatcher.Match, in evidence: SentenceEvidence) -> Range<Int>? {
        guard let last = match.wordIndices.last,
            evidence.attributionCues.contains(where: { cue in
                cue.pattern.label == "distancing" && match.wordIndices.allSatisfy(cue.wordIndices.contains)
            })
        else { return nil }
        for index in evidence.labelQuotations.sorted() {
            let quote = evidence.quotes.ranges[index]
            guard let first = evidence.words.firstIndex(where: { quote.contains($0.source.lowerBound) }) else { continue }
            let words = evidence.words.filter { quote.contains($0.source.lowerBound) }.count
            if first == last + 1, words <= Self.scareQuoteWords { return quote }
        }
        return nil
    }

    /// The first word of the first verb or noun of saying or naming, if any.
    private func firstSpeechCue(in evidence: SentenceEvidence) -> Int? {
        evidence.attributionCues.filter { $0.pattern.label == "speech" || $0.pattern.label == "naming" }
            .compactMap(\.wordIndices.first).min()
    }

    /// Whether the term is a lower-case label right before a name of two or more capitalised words
    /// ("North Korean dictator Kim Jong Un promised …"): the title by which the writer refers to a
    /// person is the writer's choice even in a clause that reports the person's speech. Languages that
    /// capitalise nouns write the label itself in capitals and are not read so.
    private func isTitleBeforeName(_ span: Range<Int>, match: PhraseMatcher.Match, in evidence: SentenceEvidence) -> Bool {
        guard let first = match.wordIndices.first, let last = match.wordIndices.last, last + 2 < evidence.words.count,
            evidence.tokens.written(first).first?.isLowercase == true
        else { return false }
        return evidence.tokens.written(last + 1).first?.isUppercase == true
            && evidence.tokens.written(last + 2).first?.isUppercase == true
            && !evidence.quotes.ranges.contains { $0.overlaps(evidence.words[last + 1].source) }
    }

    /// Whether a speech cue covers every word of the match: the loaded word is itself the verb of
    /// saying ("complaining", "bragged").
    private func isSpeechVerb(_ match: PhraseMatcher.Match, in evidence: SentenceEvidence) -> Bool {
        evidence.attributionCues.contains { cue in
            cue.pattern.label == "speech" && match.wordIndices.allSatisfy(cue.wordIndices.contains)
        }
    }

    /// How many words may stand between a quotation's end and the verb of saying that attributes it
    /// (`" … , " Foreign Minister Sergei Lavrov said`).
    package static let attributionReach = 4

    /// Whether the word at `index` is the writer's narration after direct speech: the nearest verb of
    /// saying before it attributes a quotation that closed at most ``attributionReach`` words before
    /// that verb (`" I like him a lot , " Trump said sheepishly after …`), and no later verb of saying,
    /// naming cue or quotation opens new speech before the word. The speech is the quotation; the
    /// unquoted words after its attribution are the writer's.
    private func isNarrationAfterQuotation(_ index: Int, in evidence: SentenceEvidence) -> Bool {
        let cues = evidence.attributionCues.filter { $0.pattern.label == "speech" || $0.pattern.label == "naming" }
        guard let cue = cues.filter({ ($0.wordIndices.last ?? index) < index }).max(by: { $0.wordIndices[0] < $1.wordIndices[0] }),
            let cueFirst = cue.wordIndices.first
        else { return false }
        if cue.pattern.label == "naming" { return false }
        let cueStart = evidence.words[cueFirst].source.lowerBound
        let termStart = evidence.words[index].source.lowerBound
        guard let quoteEnd = evidence.quotes.ranges.filter({ $0.upperBound <= cueStart }).map(\.upperBound).max()
        else { return false }
        let between = evidence.words.filter { $0.source.lowerBound >= quoteEnd && $0.source.lowerBound < cueStart }.count
        guard between <= Self.attributionReach else { return false }
        // A quotation that opens between the verb and the word is new speech.
        return !evidence.quotes.ranges.contains { $0.lowerBound > cueStart && $0.lowerBound < termStart }
    }

    /// Whether a comma, colon or dash (– or —) stands between two UTF-8 offsets: the quoted clause
    /// ends there ("Die Lage sei dramatisch, sagte er").
    /// - Parameter colon: whether a colon counts. Before a trailing attribution it does not: a colon
    ///   opens what follows ("Giftwelle in der Warnel: Flussallianz fordert …" is a topic, then the
    ///   source's demand), while quoted words end in a comma or dash ("…, sagte er").
    private func punctuationStands(
        between start: Int, and end: Int, in evidence: SentenceEvidence, colon: Bool = true
    ) -> Bool {
        guard start < end else { return false }
        let bytes = Array(evidence.text.utf8.dropFirst(start).prefix(end - start))
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: ",") || (colon && byte == UInt8(ascii: ":")) { return true }
            // U+2013 and U+2014 are E2 80 93 and E2 80 94.
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94
            {
                return true
            }
        }
        return false
    }

    /// The UTF-8 offsets of the clause marks (comma, – and —) of the sentence, ascending.
    private func clauseMarks(in evidence: SentenceEvidence) -> [Int] {
        var marks: [Int] = []
        let bytes = Array(evidence.text.utf8)
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: ",") {
                marks.append(index)
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94
            {
                marks.append(index)
            }
        }
        return marks
    }

    /// The shape by which the term stands in an appositive rather than in speech that a verb of saying
    /// after a comma attributes (`…, sagte er`), or `nil`: the verb of saying stands in a relative clause
    /// (`Sadiq Khan , a self - confessed " big fan " of Hillary Clinton , who has talked up …`) — the
    /// clause after the last mark before the verb opens with a relative pronoun (on-demand kind
    /// `relative`) followed by a lower-case word, so its subject is the noun the appositive describes and
    /// what stands before the mark is no speech. The lower-case word tells the pronoun from an article
    /// before a German noun (`…, die Polizei warnt vor nix`). A trailing attribution (`Das Regime habe
    /// versagt, sagte der Minister`, `…, the minister said`) has no such shape.
    ///
    /// A parenthesis between a subject and its verb (`The council , apparently without irony , praised
    /// …`) is not told apart: in German the same shape is inverted speech (`Daher ist es inakzeptabel,
    /// …, sagte der Chef`), and without parts of speech the subject cannot be told from a clause.
    private func appositiveShape(_ span: Range<Int>, cue: Int, in evidence: SentenceEvidence) -> String? {
        let cueStart = evidence.words[cue].source.lowerBound
        guard let closing = clauseMarks(in: evidence).last(where: { $0 >= span.upperBound && $0 < cueStart }),
            let clauseStart = evidence.words.firstIndex(where: { $0.source.lowerBound > closing }),
            clauseStart + 1 < evidence.words.count,
            evidence.tokens.written(clauseStart + 1).first?.isLowercase == true,
            evidence.onDemandCues("relative").contains(where: { $0.wordIndices.first == clauseStart })
        else { return nil }
        return "an appositive before a relative clause"
    }

    /// The most words a fronted label may stand before its verb of naming, and from the sentence's start.
    package static let frontedLabelReach = 3

    /// Whether the term opens a German sentence as the label fronted before a verb of naming or
    /// describing, with the subject after the verb ("Gruselig beschrieb sie auch, wie …", "Enttäuschend
    /// und unverschämt nannte der Grünen-Finanzexperte den Auftritt"): German puts the object first and
    /// the verb second, so the label is the source's. Only in German: in English the words before the
    /// verb are its subject ("Corrupt officials called it …" is the writer's epithet).
    private func isFrontedLabel(_ span: Range<Int>, match: PhraseMatcher.Match, in evidence: SentenceEvidence) -> Bool {
        guard evidence.language == "de", let first = match.wordIndices.first, let last = match.wordIndices.last,
            first < Self.frontedLabelReach
        else { return false }
        return evidence.attributionCues.contains { cue in
            guard cue.pattern.label == "naming", let start = cue.wordIndices.first, start > last,
                start - last <= Self.frontedLabelReach
            else { return false }
            // The subject follows the verb ("beschrieb sie", "nannte der Experte"); in "Die Systempresse
            // spricht brav von …" the term is the subject itself.
            let subject = start + 1
            guard subject < evidence.words.count,
                evidence.onDemandCues("pronoun").contains(where: { $0.wordIndices == [subject] })
                    || evidence.onDemandCues("article").contains(where: { $0.wordIndices == [subject] })
            else { return false }
            return !punctuationStands(
                between: span.upperBound, and: evidence.words[start].source.lowerBound, in: evidence)
        }
    }

    /// How many words after a term an indefinite article may open the label of a naming verb whose
    /// object the term is ("called the chaos a “challenging weather event”").
    package static let namedObjectReach = 2

    /// Whether the term is the object a naming verb labels rather than the label: an indefinite article
    /// (on-demand kind `indefinite`: "a", "an", "ein", "einen") follows it within ``namedObjectReach``
    /// words, opening the label ("The firm called the chaos a “challenging weather event”", "nannte das
    /// Chaos eine Folge des Wetters"). In "called it a bloodbath" the article stands before the term.
    private func isNamedObject(_ match: PhraseMatcher.Match, in evidence: SentenceEvidence) -> Bool {
        guard let last = match.wordIndices.last else { return false }
        let reach = (last + 1)...(last + Self.namedObjectReach)
        return evidence.onDemandCues("indefinite").contains { cue in
            cue.wordIndices.first.map(reach.contains) ?? false
        }
    }

    /// Whether the negation word at `index` opens an elliptical correction rather than denying the term:
    /// it follows a comma or dash and a definite article follows it (on-demand kind `article`): "demand a
    /// full public inquiry — not the whitewash Minister Ferriter is planning" calls the planned inquiry a
    /// whitewash.
    private func isCorrection(negationAt index: Int, in evidence: SentenceEvidence) -> Bool {
        guard index > 0, index + 1 < evidence.words.count,
            punctuationStands(
                between: evidence.words[index - 1].source.upperBound, and: evidence.words[index].source.lowerBound,
                in: evidence, colon: false)
        else { return false }
        return evidence.onDemandCues("article").contains { $0.wordIndices == [index + 1] }
    }

    /// Whether the negation word at `index` negates the clause's verb rather than denying the term that
    /// follows it (round 13): "nicht" or "not" directly before an article whose noun phrase holds the term,
    /// in the middle of a clause and not at most two words after a copula. German places "nicht" before the objects of a
    /// verb at the clause's end ("dürfen nicht der Profitgier eines Heimbetreibers geopfert werden", "nicht
    /// dem Chaos überlassen"), and a noun phrase is denied with "kein", not "nicht"; the denial keeps the
    /// copula ("das ist nicht der Skandal") or opens a clause ("Nicht der Regen, sondern …").
    private func negatesPredicate(negationAt index: Int, term: Int, in evidence: SentenceEvidence) -> Bool {
        guard index > 0, index + 1 < term else { return false }
        if punctuationStands(
            between: evidence.words[index - 1].source.upperBound, and: evidence.words[index].source.lowerBound,
            in: evidence, colon: true)
        {
            return false
        }
        guard evidence.onDemandCues("determiner").contains(where: { $0.wordIndices == [index + 1] }) else {
            return false
        }
        // The copula may stand an adverb away: "Das war natürlich nicht der Traumstart".
        return !evidence.onDemandCues("copula").contains { cue in
            cue.wordIndices.count == 1 && cue.wordIndices[0] < index && index - cue.wordIndices[0] <= 2
        }
    }

    /// How many words a negation may stand before the term it negates ("keine echte Katastrophe").
    package static let negationReach = 2

    /// Whether a neutral use covers the match's words, or a negation directly precedes it.
    private func isNeutral(_ match: PhraseMatcher.Match, in evidence: SentenceEvidence) -> Bool {
        guard let first = match.wordIndices.first else { return false }
        // "nicht nur", "not only": a negation word that adds rather than denies.
        let additive = evidence.neutralUses.filter { $0.pattern.label == "additive" }.flatMap(\.wordIndices)
        for neutral in evidence.neutralUses {
            switch neutral.pattern.label {
            case "additive", "plain":
                continue
            case "negation":
                if let last = neutral.wordIndices.last, last < first, first - last <= Self.negationReach,
                    !additive.contains(last), !isCorrection(negationAt: last, in: evidence),
                    !negatesPredicate(negationAt: last, term: first, in: evidence)
                {
                    return true
                }
            default:
                if match.wordIndices.allSatisfy(neutral.wordIndices.contains) { return true }
            }
        }
        return false
    }

    /// The quotation that holds the term: the one enclosing it, or a short one (scare quotes) that
    /// holds its last word while the words before it stand outside ("die sogenannte „Regierung“": the
    /// pattern reaches back to the distancing word, the quotation marks hold the label).
    private func quotation(holding span: Range<Int>, in evidence: SentenceEvidence) -> Int? {
        if let enclosing = evidence.quotes.enclosing(span) { return enclosing }
        guard let index = evidence.quotes.ranges.firstIndex(where: { $0.overlaps(span) && $0.upperBound >= span.upperBound })
        else { return nil }
        let quote = evidence.quotes.ranges[index]
        let words = evidence.words.filter { quote.contains($0.source.lowerBound) }.count
        return words <= Self.scareQuoteWords ? index : nil
    }

    /// Categories whose words in a paraphrase are the writer's own: vivid alarm ("the fire has devoured
    /// 14,000 acres, officials say") is rarely the source's wording unless quoted.
    package static let paraphraseCategories: Set<String> = ["alarmist"]

    /// Whether a term after a verb of saying is the writer's wording rather than the speaker's: an
    /// alarmist word, unquoted, in a clause that no marker of indirect speech (German Konjunktiv I:
    /// "habe", "sei") hands to the speaker and no colon or dash opens as direct speech ("Officials say
    /// the fire has devoured 14,000 acres"). Speech attributed after the clause ("…, sagte er") stays
    /// the speaker's: that is how unquoted direct speech reads.
    private func isWritersParaphrase(
        _ category: String, cue: Int, term: Range<Int>, indices: [Int], in evidence: SentenceEvidence
    ) -> Bool {
        guard !evidence.hasReportedSpeechMarker,
            Self.paraphraseCategories.contains(category)
                || isWritersDescription(category, indices: indices, in: evidence)
        else { return false }
        return !punctuationStands(between: evidence.words[cue].source.upperBound, and: term.lowerBound, in: evidence)
    }

    /// The usage and the rule that decided it.
    private func usage(
        of span: Range<Int>, match: PhraseMatcher.Match, category: String, in evidence: SentenceEvidence,
        selfAttributed: Bool = false
    ) -> (String, String) {
        if let quoteIndex = quotation(holding: span, in: evidence) {
            let quote = evidence.quotes.ranges[quoteIndex]
            let quoteWords = evidence.words.filter { quote.contains($0.source.lowerBound) }.count
            if quoteWords > Self.scareQuoteWords {
                return ("reported", "inside a quotation")
            }
            if evidence.quotes.crossesSentence[quoteIndex] {
                return ("reported", "inside a quotation that runs over sentences")
            }
            if evidence.distances {
                return ("distancing", "quoted with a distancing phrase")
            }
            if evidence.reportsSpeech || evidence.isAttributed {
                return ("reported", "quoted from the source the sentence names")
            }
            return ("distancing", "scare quotes")
        }
        if let first = match.wordIndices.first, evidence.isNamed(wordAt: first), !isNamedObject(match, in: evidence) {
            // Round 22: a quoted label in the slot leaves the unquoted word beside it to the writer.
            if let rule = writersWordBesideNamedLabel(match, in: evidence) { return ("used", rule) }
            return ("reported", "the label a named source gives")
        }
        if isFrontedLabel(span, match: match, in: evidence) {
            return ("reported", "the label fronted before a verb of naming")
        }
        if evidence.reportsSpeech, let first = match.wordIndices.first {
            // Round 13: the outlet as the subject of its own verb of saying ("Die KNALL-POST meint: Wer …
            // muss die volle Härte des Gesetzes spüren!", "The Blaze says: …") speaks in the writer's voice.
            if selfAttributed {
                return ("used", "the outlet's own voice (its name before the verb of saying)")
            }
            if isTitleBeforeName(span, match: match, in: evidence) {
                return ("used", "the writer's title before a name")
            }
            if isSpeechVerb(match, in: evidence) {
                // "…, complaining his policies …", "bragged": a loaded verb of saying is the writer's
                // choice of how to present the speaker, not the speaker's word.
                return ("used", "the writer's verb of saying")
            }
            if isNarrationAfterQuotation(first, in: evidence) {
                return ("used", "narration after a quotation and its attribution")
            }
            if let cue = firstSpeechCue(in: evidence) {
                if cue < first,
                    isWritersParaphrase(category, cue: cue, term: span, indices: match.wordIndices, in: evidence)
                {
                    return Self.paraphraseCategories.contains(category)
                        ? ("used", "alarmist paraphrase in the writer's words (no marker of indirect speech)")
                        : ("used", "the writer's definite description in a paraphrase (no marker of indirect speech)")
                }
                if cue < first {
                    return ("reported", "in the clause a verb of saying introduces")
                }
                let cueStart = evidence.words[cue].source.lowerBound
                if punctuationStands(between: span.upperBound, and: cueStart, in: evidence, colon: false) {
                    if let shape = appositiveShape(span, cue: cue, in: evidence) {
                        return ("used", "writer's voice: \(shape) before the verb of saying")
                    }
                    return ("reported", "in speech attributed after it")
                }
                // Before the verb of saying and in the same clause: the writer's words for the speaker.
            } else if Self.speakerCategories.contains(category) {
                return ("reported", "indirect speech")
            }
        }
        // Konjunktiv I without a named source ("Mit wahnwitzigen Ideen … müsse Schluss sein", "Hinzu komme
        // … ein Kaputtsparen"): real German copy writes a speaker's view so over several sentences; the
        // concessive "Sei es … oder …" is the writer's own.
        if !evidence.reportsSpeech, evidence.hasReportedSpeechMarker,
            !(evidence.words.count > 1 && evidence.tokens.foldedWord(0) == "sei" && evidence.tokens.foldedWord(1) == "es")
        {
            // Round 22: the main clause of a reported belief ("Die Schlafwandler … glauben, man könne …").
            if standsBeforeReportedBelief(match, in: evidence) {
                return ("used", "writer's voice: the main clause of a belief reported in Konjunktiv I")
            }
            return ("reported", "indirect speech without a named source")
        }
        if !evidence.reportsSpeech, evidence.quotes.ranges.isEmpty, let mark = evidence.trailingAttributionMark(),
            span.upperBound <= mark,
            let next = evidence.words.firstIndex(where: { $0.source.lowerBound > mark }),
            appositiveShape(span, cue: next, in: evidence) == nil
        {
            // "…, hieß es", "…, so der Vorwurf der Staatsanwaltschaft": speech whose quotation marks the
            // outlet stripped, attributed after it by a source or an attributing "so".
            return ("reported", "in speech attributed after it")
        }
        if category == "propaganda" {
            return ("used", "contested framing in the writer's voice")
        }
        return ("used", "writer's voice")
    }
}
