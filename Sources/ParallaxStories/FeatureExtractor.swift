public import ParallaxModel

/// Turns an article (and its claims) into the compact `ArticleFeatures` that clustering uses.
///
/// Words become keys of four kinds: stems of one language, concepts of the bilingual lexicon,
/// entities (capitalised names, lexicon entities, claims' subjects and sources) and figures
/// (normalised, so "14.000" and "14,000" share a key; from quantity claims when there are any, else
/// from the number scanner). Order of first statement of names and figures is kept for rewrite
/// evidence (lexicon entities — countries, nationalities — are the story's protagonists, not
/// evidence of copying, and are left out of it); a MinHash sketch of word-pair shingles serves near-duplicate
/// detection.
public struct FeatureExtractor: Sendable {
    /// Tunable limits.
    public struct Configuration: Sendable {
        /// Terms kept per article (the most frequent, weighted by kind).
        public var maximumTerms = 80
        /// Facts kept per article.
        public var maximumFacts = 32
        /// Keywords kept for labels.
        public var maximumKeywords = 6
        /// Days before the article's publication (or, undated, before the latest day its claims name) from
        /// which a claim's time can date the event: older ones are background ("the dam, built in 1971").
        public var eventLookbackDays: Int32 = 366
        /// Days after publication up to which a claim's time can date the event (a verdict due next week).
        public var eventLookaheadDays: Int32 = 92
        /// Creates the default configuration.
        public init() {}
    }

    public var lexicon: StoryLexicon
    public var tokenizer: any StoryTokenizing
    public var configuration: Configuration
    private let scanner: FigureScanner

    /// Creates an extractor; by default with the bundled lexicon and the simple tokenizer.
    public init(
        lexicon: StoryLexicon = .bundled(), tokenizer: any StoryTokenizing = SimpleStoryTokenizer(),
        configuration: Configuration = Configuration()
    ) {
        self.lexicon = lexicon
        self.tokenizer = tokenizer
        self.configuration = configuration
        scanner = FigureScanner(scales: lexicon.scales, numberWords: lexicon.numberWords)
    }

    /// Features of `article`, using the claims about it (claims of other articles are ignored).
    public func features(of article: Article, claims: [Claim] = []) -> ArticleFeatures {
        let own = claims.filter { $0.article == article.id }
        let features = features(
            id: article.id, title: article.title, body: article.body, language: article.language,
            published: article.published, claims: own)
        return addingCredits(to: features, of: article)
    }

    /// The distinct numbers `claims` state as quantities (a value and a range's ends), sorted.
    static func statedValues(of claims: [Claim]) -> [Double] {
        let numbers = claims.compactMap(\.quantity).flatMap { [$0.value, $0.low, $0.high].compactMap { $0 } }
        return Array(Set(numbers)).sorted()
    }

    /// The days the claims' times name that can date the article's event: within `eventLookbackDays` before
    /// and `eventLookaheadDays` after its publication day — or, undated, before the latest day they name —
    /// so that background dates (a dam built in 1971, a war that began in 2022) do not stretch the event.
    func eventDays(claims: [Claim], published: Int32?) -> [Int32] {
        let days = claims.compactMap(\.time).flatMap { [StoryDate.day($0.start), StoryDate.day($0.end)] }.compactMap {
            $0
        }
        guard let anchor = published ?? days.max() else { return [] }
        return days.filter {
            $0 >= anchor - configuration.eventLookbackDays && $0 <= anchor + configuration.eventLookaheadDays
        }
    }

    /// Features of a text given by its parts.
    /// - Complexity: O(n) in the text length, plus O(n × sketch size) for the MinHash.
    public func features(
        id: String, title: String?, body: String, language: String, published: String?, claims: [Claim] = []
    ) -> ArticleFeatures {
        let text = title.map { $0 + "\n\n" + body } ?? body
        let (builder, shingleKeys, language, placeNames) = collect(text: text, language: language, claims: claims)
        var shingles: [UInt64] = []
        shingles.reserveCapacity(shingleKeys.count)
        for position in shingleKeys.indices.dropLast() {
            shingles.append(StableHash.combine(shingleKeys[position], shingleKeys[position + 1]))
        }
        if shingleKeys.count == 1 { shingles = shingleKeys }
        let days = eventDays(claims: claims, published: StoryDate.day(published))
        let ranked = builder.ranked()
        let terms = builder.topTerms(configuration.maximumTerms, ranked: ranked)
        return ArticleFeatures(
            id: id, language: language, day: StoryDate.day(published), firstDay: days.min(), lastDay: days.max(),
            terms: terms, facts: builder.facts,
            sketch: MinHashSketch(shingles: shingles),
            keywords: builder.keywords(configuration.maximumKeywords, ranked: ranked),
            neutralFacts: neutralFacts(claims: claims, days: days, placeNames: placeNames, terms: terms),
            publishedMinute: StoryDate.minute(published), statedValues: Self.statedValues(of: claims))
    }

    /// Every key of an article with the text it was first written as: a diagnostic (the features
    /// keep keys only), used by the evaluation's debug output to show what two articles share.
    package func surfaces(of article: Article, claims: [Claim] = []) -> [UInt64: String] {
        let text = article.title.map { $0 + "\n\n" + article.body } ?? article.body
        let own = claims.filter { $0.article == article.id }
        return collect(text: text, language: article.language, claims: own).collector.surfaceByKey
    }

    /// The terms, facts and shingle keys of a text, and its resolved language.
    private func collect(
        text: String, language: String, claims: [Claim]
    ) -> (collector: TermCollector, shingleKeys: [UInt64], language: String, placeNames: Set<UInt64>) {
        let tokens = tokenizer.tokens(in: text)
        let language = resolvedLanguage(language, tokens: tokens)
        let stop = lexicon.stopWords[language] ?? []
        let concepts = lexicon.concepts[language] ?? [:]
        let nounCapitalising = lexicon.nounEndings[language] != nil
        var builder = TermCollector(maximumFacts: configuration.maximumFacts)
        var shingleKeys: [UInt64] = []
        var placeNames = Set<UInt64>()
        let lowered = tokens.map { $0.text.lowercased() }
        let stems = lowered.map { tokenizer.stem($0, language: language) }
        let phraseStarts = lexicon.phraseStarts[language] ?? []
        let claimed = claims.sorted { ($0.start ?? 0) < ($1.start ?? 0) }
            .compactMap { $0.quantity?.value ?? $0.quantity?.high }.filter { $0 >= 10 }
        var scanned: [Int: String] = [:]
        if claimed.isEmpty {
            for (position, figure) in scanner.positionedFigures(in: tokens) { scanned[position] = figure }
        }
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            let word = lowered[index]
            if let figure = scanned[index] {
                builder.add(
                    key: ArticleFeatures.key(figure, kind: .figure), surface: Self.grouped(figure), isFact: true)
            }
            if token.isNumeric || scanned[index] != nil || stop.contains(word) || word.count < 2 {
                index += 1
                continue
            }
            if let (concept, length) = concept(at: index, stems: stems, concepts: concepts, phraseStarts: phraseStarts)
            {
                let isEntity = lexicon.entityConcepts.contains(concept)
                let key = ArticleFeatures.key(concept, kind: isEntity ? .entity : .concept)
                let surface = tokens[index..<index + length].map(\.text).joined(separator: " ")
                builder.add(key: key, surface: surface, isFact: false)
                shingleKeys.append(key)
                index += length
                continue
            }
            if token.isCapitalized, word.utf8.contains(UInt8(ascii: "-")),
                let parts = namedCompoundParts(token.text, language: language, concepts: concepts, stop: stop)
            {
                for part in parts {
                    builder.add(key: part.key, surface: part.surface, isFact: part.isFact, weight: part.weight)
                    shingleKeys.append(part.key)
                }
                index += 1
                continue
            }
            if token.isCapitalized {
                var end = index + 1
                while end < tokens.count, tokens[end].isCapitalized, !tokens[end].isNumeric,
                    !tokens[end].startsSentence,
                    !stop.contains(lowered[end]), concepts[stems[end]] == nil
                {
                    end += 1
                }
                var start = index
                let isName: Bool
                if end - index >= 2 && token.startsSentence {
                    isName = tokens[index..<end].allSatisfy { lexicon.mayBeName($0.text, language: language) }
                } else if end - index >= 2 {
                    // Mid-sentence runs of capitalised words are names, possibly after a title noun
                    // ("Feuerwehrsprecher Jens Albrecht"): drop leading noun-like words while two remain.
                    // In languages that capitalise nouns, two capitalised words in a row mid-sentence
                    // are a name even when both end like nouns ("Piet Hollander"): nouns rarely meet
                    // without an article between them.
                    while end - start > 2 && !lexicon.mayBeName(tokens[start].text, language: language) { start += 1 }
                    isName =
                        nounCapitalising
                        || tokens[start..<end].contains { lexicon.mayBeName($0.text, language: language) }
                } else {
                    isName = !token.startsSentence && lexicon.mayBeName(token.text, language: language)
                }
                if start > index {
                    for position in index..<start {
                        let key = ArticleFeatures.key(stems[position], kind: .stem)
                        builder.add(key: key, surface: String(tokens[position].text), isFact: false)
                        shingleKeys.append(key)
                    }
                    // A leading word dropped as a title noun may be the adjective of a place name ("am
                    // Fennbrücker Marktplatz Nr. 4"): it names that place to articles in other languages.
                    if isName, lexicon.isPlaceAdjective(token.text, language: language) {
                        placeNames.insert(ArticleFeatures.key(tokenizer.nameStem(word), kind: .entity))
                    }
                }
                if isName {
                    let name = lowered[start..<end].map(tokenizer.nameStem).joined(separator: " ")
                    let key = ArticleFeatures.key(name, kind: .entity)
                    // In languages that capitalise nouns a single word may still be a noun: half weight.
                    let uncertain = end - start == 1 && nounCapitalising && !Self.isAcronym(tokens[start].text)
                    builder.add(
                        key: key, surface: tokens[start..<end].map(\.text).joined(separator: " "), isFact: true,
                        weight: uncertain ? 0.5 : 1)
                    shingleKeys.append(key)
                    // A run's last word is the name it is usually shortened to ("Bergwerk Korvik",
                    // "Betreibers Stavren", "Piet Hollander" → Korvik, Stavren, Hollander): it counts
                    // too, at half weight, so the run meets the bare name in other articles.
                    if end - start >= 2 {
                        let tail = ArticleFeatures.key(tokenizer.nameStem(lowered[end - 1]), kind: .entity)
                        if tail != key {
                            builder.add(key: tail, surface: String(tokens[end - 1].text), isFact: false, weight: 0.5)
                        }
                        // A run opened by an adjective of a place name names that place to articles in other
                        // languages ("Karbenfelder Sparkasse" → Karbenfeld), which never write the adjective.
                        if lexicon.isPlaceAdjective(tokens[start].text, language: language) {
                            placeNames.insert(ArticleFeatures.key(tokenizer.nameStem(lowered[start]), kind: .entity))
                        }
                    }
                    index = end
                    continue
                }
            }
            // A capitalised word of a noun-capitalising language is a noun or a name: it shares the
            // key of a name of the same stem ("Kelsburger" / "Kelsburg"), at half weight.
            let capitalisedNoun = nounCapitalising && token.isCapitalized
            let key =
                capitalisedNoun
                ? ArticleFeatures.key(tokenizer.nameStem(word), kind: .entity)
                : ArticleFeatures.key(stems[index], kind: .stem)
            builder.add(key: key, surface: String(token.text), isFact: false, weight: capitalisedNoun ? 0.5 : 1)
            shingleKeys.append(key)
            for concept in compoundConcepts(word, language: language, concepts: concepts) {
                builder.add(
                    key: ArticleFeatures.key(concept, kind: .concept), surface: concept, isFact: false, weight: 0.5)
            }
            index += 1
        }
        for figure in claimed.map(FigureScanner.canonical) {
            builder.add(key: ArticleFeatures.key(figure, kind: .figure), surface: Self.grouped(figure), isFact: true)
        }
        addClaimEntities(claims, to: &builder)
        return (builder, shingleKeys, language, placeNames)
    }

    /// The longest lexicon phrase starting at `index`, with its length in tokens.
    private func concept(
        at index: Int, stems: [String], concepts: [String: String], phraseStarts: Set<String>
    ) -> (String, Int)? {
        guard !concepts.isEmpty else { return nil }
        if phraseStarts.contains(stems[index]) {
            var length = min(lexicon.longestPhrase, stems.count - index)
            while length >= 2 {
                if let concept = concepts[stems[index..<index + length].joined(separator: " ")] {
                    return (concept, length)
                }
                length -= 1
            }
        }
        return concepts[stems[index]].map { ($0, 1) }
    }

    /// Claims' subjects and named sources as entities, stemmed as names: each party once per article, however many
    /// claims name it (round 33). The text's own mentions of a name already weigh it; the claims add the party the
    /// extractor resolved (`Feuerwehr` → `fire service`), so that a story's key does not move with the number of
    /// statements the claims stage finds (one more statement on a spokesman's word had made his name heavier and moved a
    /// short article that never names him out of its story).
    private func addClaimEntities(_ claims: [Claim], to builder: inout TermCollector) {
        var added: Set<UInt64> = []
        for claim in claims {
            for name in [claim.subject, claim.attribution?.source].compactMap({ $0 }) where !name.isEmpty {
                let stemmed = tokenizer.tokens(in: name).map { tokenizer.nameStem($0.text.lowercased()) }
                guard !stemmed.isEmpty else { continue }
                let key = ArticleFeatures.key(stemmed.joined(separator: " "), kind: .entity)
                guard added.insert(key).inserted else { continue }
                builder.add(key: key, surface: name, isFact: true)
            }
        }
    }

    /// One key a word yields, with how it counts.
    struct WordPart {
        var key: UInt64
        var surface: String
        var isFact: Bool
        var weight: Float
    }

    /// The parts of a capitalised hyphenated compound that joins a name to known words
    /// ("Sarnak-Hügeln", "Sarnak-Brand"): the known parts as their concepts and the name parts as
    /// entities, so that the compound meets the same name and noun written apart in another
    /// language ("Sarnak Hills", "the Sarnak fire"). Nil when no part is known or no other part is
    /// capitalised (such compounds keep their own key).
    func namedCompoundParts(
        _ text: Substring, language: String, concepts: [String: String], stop: Set<String>
    ) -> [WordPart]? {
        let pieces = text.split(separator: "-")
        guard pieces.count >= 2 else { return nil }
        var parts: [WordPart] = []
        var known = 0
        var named = 0
        for piece in pieces {
            let lowered = piece.lowercased()
            if let concept = concepts[tokenizer.stem(lowered, language: language)] {
                let isEntity = lexicon.entityConcepts.contains(concept)
                let key = ArticleFeatures.key(concept, kind: isEntity ? .entity : .concept)
                parts.append(WordPart(key: key, surface: String(piece), isFact: false, weight: 1))
                known += 1
            } else if piece.count >= 2, piece.first?.isUppercase == true, !stop.contains(lowered),
                !piece.contains(where: \.isNumber)
            {
                // In languages that capitalise nouns the part may still be a noun ("Horror-Nacht"):
                // half weight, as for a single capitalised word, unless it is an acronym in a
                // compound not written all in capitals ("NATO-Gipfel", not "STREIK-HÖLLE").
                let mayBeName = lexicon.mayBeName(piece, language: language)
                let nounCapitalising = lexicon.nounEndings[language] != nil
                let certain = mayBeName && (!nounCapitalising || (Self.isAcronym(piece) && !Self.isAcronym(text)))
                let key = ArticleFeatures.key(tokenizer.nameStem(lowered), kind: .entity)
                parts.append(WordPart(key: key, surface: String(piece), isFact: mayBeName, weight: certain ? 1 : 0.5))
                named += 1
            } else if piece.count >= 2, !stop.contains(lowered) {
                let key = ArticleFeatures.key(tokenizer.stem(lowered, language: language), kind: .stem)
                parts.append(WordPart(key: key, surface: String(piece), isFact: false, weight: 1))
            }
        }
        return known > 0 && named > 0 ? parts : nil
    }

    /// The declared language, or the language whose stop words the text uses most.
    private func resolvedLanguage(_ declared: String, tokens: [StoryToken]) -> String {
        if declared != "und" && !declared.isEmpty { return declared }
        var best = (language: declared, hits: 0)
        for (language, words) in lexicon.stopWords.sorted(by: { $0.key < $1.key }) {
            let hits = tokens.prefix(400).reduce(0) { $0 + (words.contains($1.text.lowercased()) ? 1 : 0) }
            if hits > best.hits { best = (language, hits) }
        }
        return best.language
    }

    /// The lexicon concepts a compound word is made of: hyphenated parts, or, in languages with
    /// closed compounds, a known tail and a known head joined by a linking element.
    func compoundConcepts(_ word: String, language: String, concepts: [String: String]) -> [String] {
        if word.utf8.contains(UInt8(ascii: "-")) {
            return word.split(separator: "-").compactMap { concepts[tokenizer.stem(String($0), language: language)] }
        }
        guard let links = lexicon.compoundLinks[language], word.count >= 8 else { return [] }
        let characters = Array(word)
        for split in max(3, characters.count - 12)...(characters.count - 4) {
            guard let tail = concepts[tokenizer.stem(String(characters[split...]), language: language)] else {
                continue
            }
            let head = String(characters[..<split])
            for link in links where head.hasSuffix(link) && head.count - link.count >= 3 {
                if let first = concepts[tokenizer.stem(String(head.dropLast(link.count)), language: language)] {
                    return [first, tail]
                }
            }
            return [tail]
        }
        return []
    }

    /// True for words written in capitals only ("KCNA", "NATO").
    static func isAcronym(_ word: Substring) -> Bool {
        word.count >= 2 && !word.contains { $0.isLowercase }
    }

    /// `14000` → `14,000` for evidence text.
    static func grouped(_ figure: String) -> String {
        guard !figure.utf8.contains(UInt8(ascii: ".")), figure.count >= 4 else { return figure }
        var result = ""
        for (offset, character) in figure.reversed().enumerated() {
            if offset > 0 && offset % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return String(result.reversed())
    }
}
