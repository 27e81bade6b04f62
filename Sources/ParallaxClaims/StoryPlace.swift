import ParallaxModel

/// The place an article's story happens in, read from its headline and opening sentences, for the
/// bodies whose names carry their place (`place-named-bodies.txt`: `die Küstenwache` in a story about
/// the Strait of Coren is the `coren coast guard`, the electoral commission of an election in Lusaria
/// the `lusaria electoral commission`).
///
/// The place is the first capitalised name after a place opener of `place-names.txt` (`in`, `auf`,
/// `Straße von`, `Insel`, `on`, `Strait of`, `island of`) in the headline and the first three sentences
/// of the body (`vor`, `off` too: a wreck off a coast; `city of`, `Stadt`: a town named by its kind), skipping months, weekdays
/// (also as possessives: `in Sunday's vote`), determiners and the idioms the file lists as stops
/// (`in Flammen`, `in Sicherheit`) and, where every noun is capitalised, nouns the lexicons know
/// (units, measures, descriptors, common-noun endings: `Angriff auf Tanker`). A name the gazetteer knows goes by its canonical name.
enum StoryPlace {
    /// How many sentences (headline included) are searched.
    static let searchedSentences = 4

    /// The story's place, lower-case, or nil when the opening names none.
    /// - Complexity: O(n) in the tokens of the first ``searchedSentences`` sentences.
    static func find(in sentences: [TokenizedSentence], pack: LanguagePack, names: ArticleNames? = nil) -> String? {
        for sentence in sentences.prefix(searchedSentences) {
            let tokens = sentence.tokens
            var index = 0
            while index < tokens.count {
                guard tokens[index].kind == .word, let opener = pack.placeOpeners.match(tokens, at: index) else {
                    index += 1
                    continue
                }
                let start = index + opener.length
                if let place = name(tokens, at: start, pack: pack, names: names) { return place }
                index = start
            }
        }
        return nil
    }

    /// The name at `start`: one capitalised word in languages that capitalise nouns, else a run of up to
    /// three (`New Mexico`).
    private static func name(_ tokens: [ClaimToken], at start: Int, pack: LanguagePack, names: ArticleNames?) -> String? {
        guard start < tokens.count, isPlaceWord(tokens, start, pack) else { return nil }
        // A state the article also names by its adjective goes by its English name (`Varnesien` → varnesia).
        if let country = names?.country(forName: tokens[start].lower) { return country }
        if let known = pack.gazetteer.match(tokens, at: start),
            known.value.kind == "country" || known.value.kind == "place"
        {
            return known.value.name
        }
        var end = start + 1
        if !pack.capitalizesNouns {
            while end < tokens.count, end - start < 3, isPlaceWord(tokens, end, pack) { end += 1 }
        }
        return tokens[start..<end].map { possessiveOwner($0.lower) ?? $0.lower }.joined(separator: " ")
    }

    /// The owner a possessive names (`velmar's` → velmar), nil for a word that is none.
    private static func possessiveOwner(_ word: String) -> String? {
        guard let mark = ClaimExtractor.possessiveEndings.first(where: { word.hasSuffix($0) }), word.count > mark.count
        else { return nil }
        return String(word.dropLast(mark.count))
    }

    /// `in Sunday's vote`, `in May's election`: a day's, a month's or a season's possessive names a time, never a place (round 35).
    private static func isPossessiveTime(_ token: ClaimToken, _ pack: LanguagePack) -> Bool {
        guard let ownerText = possessiveOwner(token.text) else { return false }
        let owner = ClaimTokenizer.tokens(of: ownerText)
        return !owner.isEmpty
            && (pack.weekdays.match(owner, at: 0) != nil || pack.months.match(owner, at: 0) != nil
                || pack.seasons.match(owner, at: 0) != nil)
    }

    private static func isPlaceWord(_ tokens: [ClaimToken], _ index: Int, _ pack: LanguagePack) -> Bool {
        let token = tokens[index]
        return token.kind == .word && token.isCapitalized && token.text.count > 2
            && !pack.placeStops.contains(token) && !pack.sourceSkips.contains(token)
            && pack.months.match(tokens, at: index) == nil && pack.weekdays.match(tokens, at: index) == nil
            && pack.seasons.match(tokens, at: index) == nil
            && !isPossessiveTime(token, pack)
            // German headlines drop articles (`Angriff auf Tanker`): a word the lexicons know as a noun is no place.
            && (!pack.capitalizesNouns
                || (pack.unit(for: token.lower) == nil && pack.measures.match(tokens, at: index) == nil
                    && pack.descriptors.lookup(token.lower) == nil
                    && !pack.endsInCommonNounEnding(token.lower)))
    }

    /// The claims with a source that carries its place named by it (`coast guard` → `coren coast guard`).
    static func qualifying(
        _ claims: [Claim], sentences: [TokenizedSentence], names: ArticleNames, pack: LanguagePack
    ) -> [Claim] {
        guard !pack.placeNamedBodies.isEmpty,
            claims.contains(where: { $0.attribution?.source.map(pack.placeNamedBodies.contains) == true })
        else { return claims }
        guard let place = find(in: sentences, pack: pack, names: names) else { return claims }
        return claims.map { claim in
            guard var attribution = claim.attribution, let source = attribution.source,
                pack.placeNamedBodies.contains(source)
            else { return claim }
            var claim = claim
            attribution.source = "\(place) \(source)"
            attribution.why = (attribution.why ?? "") + "; named by the story's place “\(place)”"
            claim.attribution = attribution
            return claim
        }
    }
}
