/// What the framing rules look at in one sentence: its words, quotations and lexicon matches.
package struct SentenceEvidence: Sendable {
    /// The fields, shared by copies until one is changed (see ``Storage``).
    var storage: Storage

    /// The sentence text.
    package var text: String {
        get { storage.text }
        set { writableStorage.text = newValue }
    }
    /// Its words, folded for matching (fixed at init: the on-demand cache depends on them).
    package var tokens: TokenizedText { storage.tokens }
    /// Its words.
    package var words: [WordToken] { storage.tokens.words }
    /// Its quotations (fixed at init: the on-demand cache depends on them).
    package var quotes: QuoteSpans { storage.quotes }
    /// Opinion cues found outside quotations.
    package var opinionCues: [PhraseMatcher.Match] {
        get { storage.opinionCues }
        set { writableStorage.opinionCues = newValue }
    }
    /// Attribution cues found outside quotations (`source`, `speech`, `distancing`).
    package var attributionCues: [PhraseMatcher.Match] {
        get { storage.attributionCues }
        set { writableStorage.attributionCues = newValue }
    }
    /// Loaded terms found anywhere in the sentence.
    package var loadedTerms: [PhraseMatcher.Match] {
        get { storage.loadedTerms }
        set { writableStorage.loadedTerms = newValue }
    }
    /// Headline cues found anywhere in the sentence.
    package var headlineCues: [PhraseMatcher.Match] {
        get { storage.headlineCues }
        set { writableStorage.headlineCues = newValue }
    }
    /// Neutral uses of loaded words (`technical`, `literal`, `name`) and negations found anywhere in
    /// the sentence (fixed at init: the on-demand cache depends on them).
    package var neutralUses: [PhraseMatcher.Match] { storage.neutralUses }
    /// The topics (labels of `contexts.txt`) the sentence touches.
    package var contexts: Set<String> {
        get { storage.contexts }
        set { writableStorage.contexts = newValue }
    }
    /// The attribution of a claim the claims stage found in the sentence, if any.
    package var claimAttribution: String? {
        get { storage.claimAttribution }
        set { writableStorage.claimAttribution = newValue }
    }
    /// The language of the lexicon the sentence was read with (ISO 639-1).
    package var language: String {
        get { storage.language }
        set { writableStorage.language = newValue }
    }
    /// Whether the sentence contains a marker of indirect speech.
    package var hasReportedSpeechMarker: Bool {
        get { storage.hasReportedSpeechMarker }
        set { writableStorage.hasReportedSpeechMarker = newValue }
    }
    /// The index of the first word that marks indirect speech ("könne", "sei"), when one does (round 22).
    package var firstReportedSpeechMarker: Int? { storage.hasReportedSpeechMarker ? storage.firstReportedSpeechMarker : nil }
    /// Whether the sentence names the writer's own organisation as a source (lexicon kind `own`: "nach
    /// unserer Schätzung"); such a source is left out of ``attributionCues``.
    package var ownSource: Bool {
        get { storage.ownSource }
        set { writableStorage.ownSource = newValue }
    }

    /// The lexicon the sentence was read with: its matchers of the on-demand cue kinds
    /// (``FramingLexicon/onDemandKinds``, ``FramingLexicon/firstPersonMatcher``,
    /// ``FramingLexicon/attributionMarkMatcher``). One reference instead of one per matcher: evidence is
    /// copied several times per sentence.
    private var lexicon: FramingLexicon { storage.lexicon }
    /// The sentence's on-demand cues of every kind, matched once on the first demand and shared by the
    /// copies of this evidence (they do not depend on what a copy changes: opinion cues, the claim's
    /// attribution).
    private var onDemandCache: OnDemandCueCache { storage.onDemandCache }

    /// The cues of an on-demand kind (`judgement`, `address`) outside quotations, matched when a rule
    /// asks: a word of the judgement form that a `plain` neutral use covers is left out.
    ///
    /// The sentence's words are matched against all on-demand kinds once, on the first call; later calls,
    /// for any kind, filter those matches (see ``OnDemandCueCache``).
    /// - Complexity: O(w · l) for w words of at most l bytes on the first call, O(m) in the sentence's
    ///   on-demand matches after it.
    package func onDemandCues(_ label: String) -> [PhraseMatcher.Match] {
        allOnDemandCues.filter { $0.pattern.label == label }
    }

    /// The cues of every on-demand kind outside quotations, less those a `plain` or `technical` neutral
    /// use covers, in the matcher's order; computed once (see ``onDemandCues(_:)``).
    package var allOnDemandCues: [PhraseMatcher.Match] {
        onDemandCache.matches { uncachedOnDemandCues() }
    }

    /// ``allOnDemandCues`` matched afresh, without the cache (what the cache stores; tests compare both).
    package func uncachedOnDemandCues() -> [PhraseMatcher.Match] {
        keptOnDemandCues(lexicon.onDemandMatcher.matches(in: tokens))
    }

    /// Whether the sentence has an on-demand cue of kind `firstperson` — `!onDemandCues("firstperson").isEmpty`
    /// — answered by the matcher of that kind alone unless the sentence's cues are cached already.
    package var speaksInFirstPerson: Bool {
        if let cached = onDemandCache.cached { return cached.contains { $0.pattern.label == "firstperson" } }
        return !keptOnDemandCues(lexicon.firstPersonMatcher.matches(in: tokens)).isEmpty
    }

    /// The on-demand matches outside quotations, less those a `plain` or `technical` neutral use covers.
    private func keptOnDemandCues(_ matches: [PhraseMatcher.Match]) -> [PhraseMatcher.Match] {
        if matches.isEmpty { return [] }
        let plain = neutralUses.filter { $0.pattern.label == "plain" || $0.pattern.label == "technical" }
        return matches.filter { cue in
            (quotes.ranges.isEmpty || cue.wordIndices.allSatisfy { quotes.enclosing(words[$0].source) == nil })
                && !plain.contains { neutral in cue.wordIndices.allSatisfy(neutral.wordIndices.contains) }
        }
    }

    /// Gathers the evidence for `text`.
    /// - Parameter claimAttribution: the attributing words of a claim in the sentence, if any.
    /// - Parameter insideQuote: whether the sentence continues a quotation left open by the previous
    ///   sentence of its paragraph.
    package init(text: String, lexicon: FramingLexicon, claimAttribution: String?, insideQuote: Bool = false) {
        let tokens = WordTokenizer().tokenize(text)
        let words = tokens.words
        let quotes = QuoteSpans(in: text, startsInside: insideQuote)
        func outsideQuotes(_ match: PhraseMatcher.Match) -> Bool {
            quotes.ranges.isEmpty || match.wordIndices.allSatisfy { quotes.enclosing(words[$0].source) == nil }
        }
        var opinionCues: [PhraseMatcher.Match] = []
        var attributionCues: [PhraseMatcher.Match] = []
        var loadedTerms: [PhraseMatcher.Match] = []
        var headlineCues: [PhraseMatcher.Match] = []
        var neutralUses: [PhraseMatcher.Match] = []
        var contexts = Set<String>()
        var hasMarker = false
        var firstMarker: Int?
        // Round 35: a separable verb's split form counts only where its particle ends the clause.
        func particleEndsClause(_ match: PhraseMatcher.Match) -> Bool {
            guard match.pattern.closesClause, let last = match.wordIndices.last,
                case .word(let particle, _, _) = match.pattern.elements[match.pattern.elements.count - 1]
            else { return true }
            return tokens.closesClause(at: last, particle: particle)
        }
        for match in lexicon.sentenceMatcher.matches(in: tokens) {
            switch match.pattern.list {
            case .opinionCues: if outsideQuotes(match) { opinionCues.append(match) }
            case .attributionCues: if outsideQuotes(match) { attributionCues.append(match) }
            case .loadedTerms: if particleEndsClause(match) { loadedTerms.append(match) }
            case .headlineCues: headlineCues.append(match)
            case .neutralUses: neutralUses.append(match)
            case .contexts: contexts.insert(match.pattern.label)
            case .reportedSpeech:
                hasMarker = true
                if let index = match.wordIndices.first { firstMarker = min(firstMarker ?? index, index) }
            case .functionWords: break
            }
        }
        // A technical term covers an opinion cue inside it: "fahrlässige Tötung", "negligent homicide"
        // name an offence, they do not judge.
        let technical = neutralUses.filter { $0.pattern.label == "technical" }
        if !technical.isEmpty {
            opinionCues.removeAll { cue in
                technical.contains { neutral in cue.wordIndices.allSatisfy(neutral.wordIndices.contains) }
            }
        }
        // The writer's own organisation as the source ("nach unserer Schätzung", "according to our
        // figures") attributes nothing to anyone else.
        let ownWords = Set(opinionCues.filter { $0.pattern.label == "own" }.flatMap(\.wordIndices))
        if !ownWords.isEmpty {
            attributionCues.removeAll { cue in
                guard cue.pattern.label == "source", let first = cue.wordIndices.first,
                    let last = cue.wordIndices.last
                else { return false }
                return (max(0, first - 1)...(last + 1)).contains { ownWords.contains($0) }
            }
        }
        // A word of saying inside an opinion formula ("Von Entspannung kann keine Rede sein", "what the
        // statements won't tell you") is part of the formula, not an attribution.
        let formulaWords = Set(
            opinionCues.filter {
                SentenceRoleClassifier.strongKinds.contains($0.pattern.label)
                    || SentenceRoleClassifier.weakKinds.contains($0.pattern.label)
            }.flatMap(\.wordIndices))
        if !formulaWords.isEmpty {
            attributionCues.removeAll { cue in
                cue.pattern.label != "distancing" && cue.wordIndices.allSatisfy(formulaWords.contains)
            }
        }
        // A verb of naming inside a parenthetical distancing phrase (after a comma: "Von „Schwund“, wie
        // der Verein es nennt, kann keine Rede sein", "…, as the council calls it, …") is part of the
        // writer's distancing, not an attribution of the sentence; "The minister blamed what he called …"
        // still reports the minister.
        var parenthetical: [PhraseMatcher.Match] = []
        if attributionCues.contains(where: { $0.pattern.label == "distancing" }) {
            parenthetical = attributionCues.filter { cue in
                guard cue.pattern.label == "distancing", let first = cue.wordIndices.first, first > 0 else {
                    return false
                }
                return tokens.separator(after: first - 1).contains(UInt8(ascii: ","))
            }
        }
        let distancingWords = Set(parenthetical.flatMap(\.wordIndices))
        if !distancingWords.isEmpty {
            attributionCues.removeAll { cue in
                cue.pattern.label != "distancing" && cue.wordIndices.allSatisfy(distancingWords.contains)
            }
        }
        // Round 16: a verb of saying whose subject names no one ("keiner hat uns gewarnt") reports no speech.
        attributionCues = Self.droppingSpeechOfNoOne(attributionCues, words: words, text: text)
        self.storage = Storage(
            text: text, tokens: tokens, quotes: quotes, opinionCues: opinionCues, attributionCues: attributionCues,
            loadedTerms: loadedTerms, headlineCues: headlineCues, neutralUses: neutralUses, contexts: contexts,
            claimAttribution: Self.claimAttribution(claimAttribution, outside: parenthetical, text: text, words: words),
            language: lexicon.language, hasReportedSpeechMarker: hasMarker, ownSource: !ownWords.isEmpty,
            lexicon: lexicon, onDemandCache: OnDemandCueCache())
        storage.firstReportedSpeechMarker = firstMarker
    }

    /// A claim's attributing words, unless they stand inside a parenthetical distancing phrase: "wie
    /// der Verein es nennt" names who uses the label the writer distances from; it does not make the
    /// writer's verdict around it ("…, kann keine Rede sein") the association's.
    private static func claimAttribution(
        _ attribution: String?, outside distancing: [PhraseMatcher.Match], text: String, words: [WordToken]
    ) -> String? {
        guard let attribution, !distancing.isEmpty else { return attribution }
        let haystack = Array(text.utf8)
        let needle = Array(attribution.utf8)
        guard !needle.isEmpty, needle.count <= haystack.count,
            let start = (0...(haystack.count - needle.count)).first(where: {
                haystack[$0..<($0 + needle.count)].elementsEqual(needle)
            })
        else { return attribution }
        let end = start + needle.count
        let inside = distancing.contains { cue in
            guard let first = cue.wordIndices.first, let last = cue.wordIndices.last else { return false }
            return words[first].source.lowerBound <= start && end <= words[last].source.upperBound
        }
        return inside ? nil : attribution
    }

    /// Whether someone other than the writer is named or implied as the source.
    package var isAttributed: Bool {
        (claimAttribution != nil && !ownSource) || attributionCues.contains { $0.pattern.label != "distancing" }
    }

    /// Whether a verb or noun that introduces someone else's label ("sprach von", "nannte",
    /// "called", "described … as") stands at most ``namingReach`` words before word `index`, or a
    /// naming cue in two parts brackets it: German puts the label between the verb and its particle
    /// ("wirft dem Minister Zynismus vor") or between "als" and the verb at the end ("als Farce
    /// bezeichnete").
    package func isNamed(wordAt index: Int) -> Bool {
        attributionCues.contains { cue in
            guard cue.pattern.label == "naming", let first = cue.wordIndices.first, let last = cue.wordIndices.last
            else { return false }
            return (last < index && index - last <= Self.namingReach) || (first < index && index < last)
        }
    }

    /// How many words after a naming cue its label may stand ("sprach von einem regelrechten Kahlschlag").
    package static let namingReach = 4

    /// The quotations that a distancing cue introduces directly ("what he called “an invasion by sea
    /// …”", "so-called 'peace talks'"): labels the writer distances from, not speech. After a plain
    /// naming cue ("sprach von einer „Prüfung, wie sie …“") a quotation may still be speech. At most one word (an article) may stand between cue and quotation.
    ///
    /// Round 12: after a plain naming cue, a short quotation (at most
    /// ``LoadedTermDetector/scareQuoteWords`` words) that does not end in punctuation is a label too ("Er
    /// sprach von einer „schmerzhaften, aber notwendigen Zäsur“."): a quoted noun phrase, not speech. A
    /// longer one may still be speech ("sprach von einer „Prüfung, wie sie unsere Generation noch nicht
    /// erlebt hat“").
    package var labelQuotations: Set<Int> {
        var result = Set<Int>()
        let cues = attributionCues.filter { $0.pattern.label == "distancing" || $0.pattern.label == "naming" }
        guard !cues.isEmpty else { return result }
        for (index, quote) in quotes.ranges.enumerated() {
            guard let firstQuoted = words.firstIndex(where: { quote.contains($0.source.lowerBound) }) else { continue }
            if cues.contains(where: { cue in
                guard let last = cue.wordIndices.last else { return false }
                if cue.pattern.label == "naming" {
                    let quoted = words.filter { quote.contains($0.source.lowerBound) }.count
                    if quotes.endsInPunctuation[index] || quoted > LoadedTermDetector.scareQuoteWords { return false }
                }
                return last < firstQuoted && firstQuoted - last <= 2
            }) {
                result.insert(index)
            }
        }
        return result
    }

    /// Whether the writer distances themself from a quoted phrase ("what it called", "so genannte").
    package var distances: Bool {
        attributionCues.contains { $0.pattern.label == "distancing" }
    }

    /// Whether a question is attributed to someone: a source ("laut", "according to"), a verb of asking
    /// ("fragte", "asked"), a claim with an attribution, or a verb of saying or naming before the first
    /// comma ("Warum kritisieren Sie die Regierung?"). A verb of saying in a clause after the comma does
    /// not make the question someone else's: in "Wer soll das noch glauben, wenn die nächste Sanierung
    /// verkündet wird?" it belongs to the writer's question.
    package var isAttributedQuestion: Bool {
        if claimAttribution != nil { return true }
        let comma = text.utf8.firstIndex(of: UInt8(ascii: ",")).map { text.utf8.distance(from: text.utf8.startIndex, to: $0) }
        return attributionCues.contains { cue in
            switch cue.pattern.label {
            case "source", "asking": return true
            case "speech", "naming":
                guard let first = cue.wordIndices.first else { return false }
                return comma.map { words[first].source.lowerBound < $0 } ?? true
            default: return false
            }
        }
    }

    /// The words before the first verb of saying, when they are at most ``selfNameWords`` words and all
    /// belong to `name` (the publisher), after an article (on-demand kind `article`): "The Blaze says: …"
    /// in The Daily Blaze is the outlet's own voice.
    package func isSelfAttributed(publisher name: String?) -> Bool {
        guard let name, reportsSpeech,
            let cue = attributionCues.filter({ $0.pattern.label == "speech" }).compactMap(\.wordIndices.first).min(),
            cue > 0, cue <= Self.selfNameWords
        else { return false }
        let nameTokens = WordTokenizer().tokenize(name)
        var nameWords = Set(nameTokens.words.indices.map { nameTokens.foldedWord($0) })
        // A hyphenated name ("BLITZ-KURIER") speaks by its parts too ("BLITZ fordert: …").
        for word in nameWords where word.contains("-") {
            nameWords.formUnion(word.split(separator: "-").map(String.init))
        }
        // A leading article belongs to the name's phrase ("Der Verbraucherschutz Halmstedt fordert:").
        let start =
            !nameWords.contains(tokens.foldedWord(0)) && cue > 1
                && onDemandCues("article").contains { $0.wordIndices == [0] } ? 1 : 0
        return (start..<cue).allSatisfy { nameWords.contains(tokens.foldedWord($0)) }
    }

    /// The UTF-8 offset of the clause mark (comma, – or —) that opens a trailing attribution, or `nil`:
    /// the first word after the mark begins a verb of saying or naming or a source ("…, sagt Frey",
    /// "…, hieß es", "…, kritisiert der Verband"), or the attributing "so" (on-demand kind `attributor`)
    /// before an article or a capitalised word ("…, so der Vorwurf der Staatsanwaltschaft", "…, so
    /// Grün-Abgeordneter Lambert"). The words before the mark are the attributed speech: derStandard and
    /// other wire copy strip the quotation marks of such speech.
    package func trailingAttributionMark() -> Int? {
        let bytes = Array(text.utf8)
        // An en or em dash (U+2013, U+2014) starts at `offset`: E2 80 93 or E2 80 94 in UTF-8.
        func isDash(at offset: Int) -> Bool {
            bytes[offset] == 0xE2 && offset + 2 < bytes.count && bytes[offset + 1] == 0x80
                && (bytes[offset + 2] == 0x93 || bytes[offset + 2] == 0x94)
        }
        let cueStarts = Set(attributionCues.filter { $0.pattern.label != "distancing" }.compactMap(\.wordIndices.first))
        // The `attributor` and `article` cues (see ``attributionMarkCues``), looked up at the first comma or dash.
        var marks: [PhraseMatcher.Match]?
        for (offset, byte) in bytes.enumerated() {
            guard byte == UInt8(ascii: ",") || isDash(at: offset), let next = words.firstIndex(where: { $0.source.lowerBound > offset })
            else { continue }
            if cueStarts.contains(next) { return offset }
            if marks == nil { marks = attributionMarkCues }
            if next + 1 < words.count,
                marks?.contains(where: { $0.pattern.label == "attributor" && $0.wordIndices == [next] }) == true
            {
                let following = tokens.written(next + 1)
                // The attribution ends the sentence: "– so die Hoffnung – künftig auch …" is a parenthesis.
                let closes = !bytes[(offset + 1)...].contains(UInt8(ascii: ","))
                    && !((offset + 1)..<bytes.count).contains(where: isDash(at:))
                if closes,
                    following.first?.isUppercase == true
                        || marks?.contains(where: { $0.pattern.label == "article" && $0.wordIndices == [next + 1] })
                            == true
                {
                    return offset
                }
            }
        }
        return nil
    }

    /// The on-demand cues of kinds `attributor` and `article` — those of ``onDemandCues(_:)`` — from the
    /// cache when it is filled, else from the lexicon's matcher of those two kinds alone (a pattern's
    /// matches do not depend on the matcher's other patterns; only ``PhraseMatcher/Match/order``, which
    /// these callers do not read, differs). Round 14: the full on-demand pass it replaces was a sentence's
    /// only on-demand question in most sentences that asked it.
    private var attributionMarkCues: [PhraseMatcher.Match] {
        if let cached = onDemandCache.cached {
            return cached.filter { $0.pattern.label == "attributor" || $0.pattern.label == "article" }
        }
        return keptOnDemandCues(lexicon.attributionMarkMatcher.matches(in: tokens))
    }

    /// The most words a publisher's name may have as the subject of a self-attribution.
    package static let selfNameWords = 4

    /// Whether the sentence reports what someone said (a speech verb, or indirect speech with a source).
    package var reportsSpeech: Bool {
        attributionCues.contains { $0.pattern.label == "speech" }
            || (hasReportedSpeechMarker && isAttributed)
    }

    /// Whether the sentence states an amount outside quotations: a number word (lexicon kind `amount`:
    /// "Tausende", "dozens") or a word of digits that is not an ordinal or a date ("7,1", "9,5", but not
    /// "10." in "am 10. Oktober").
    ///
    /// A number that labels rather than counts is no amount: a clock time ("um 11 Uhr", "at 6 pm") and a
    /// number after a numbering word ("Halle Nr. 1", "Gate 4") — lexicon kinds `clock` (the word after
    /// the number) and `numbering` (the word before it).
    package var statesAmount: Bool {
        if opinionCues.contains(where: { $0.pattern.label == "amount" }) { return true }
        let bytes = Array(text.utf8)
        var labelling = Set<Int>()
        for cue in opinionCues {
            guard let index = cue.wordIndices.first else { continue }
            if cue.pattern.label == "clock" { labelling.insert(index - 1) }
            if cue.pattern.label == "numbering", let last = cue.wordIndices.last { labelling.insert(last + 1) }
        }
        for (index, word) in words.enumerated() {
            guard let first = bytes[safe: word.source.lowerBound], first >= 0x30, first <= 0x39 else { continue }
            if quotes.enclosing(word.source) != nil || labelling.contains(index) { continue }
            let next = bytes[safe: word.source.upperBound + 1]
            let isOrdinal = bytes[safe: word.source.upperBound] == 0x2E && !(next.map { $0 >= 0x30 && $0 <= 0x39 } ?? false)
            if !isOrdinal { return true }
        }
        return false
    }

    /// The words of `match` as written, with `…` where the pattern skipped words.
    package func cueText(_ match: PhraseMatcher.Match) -> String {
        var parts: [String] = []
        var previous: Int?
        for index in match.wordIndices {
            if let last = previous, index > last + 1 { parts.append("…") }
            parts.append(tokens.written(index))
            previous = index
        }
        return parts.joined(separator: " ")
    }

    /// The UTF-8 range from the first to the last word of `match`.
    package func span(_ match: PhraseMatcher.Match) -> Range<Int> {
        let first = match.wordIndices.first ?? 0
        let last = match.wordIndices.last ?? first
        return words[first].source.lowerBound..<words[last].source.upperBound
    }
}

extension Array {
    /// The element at `index`, or `nil` outside the array.
    fileprivate subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
