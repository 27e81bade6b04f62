import ParallaxModel

/// A body the article introduces with its abbreviation in brackets goes by that abbreviation (round 20).
///
/// News writing names an organisation once in full and gives its short form in brackets — `Der Wasserverband Obere
/// Selve (WOS)`, `the National Disaster Management Agency (NDMA)`, `Arbeiterkammer Niederösterreich (AKNÖ)` — and then uses
/// the short form. Every writer of the study splits and the annotators of the real splits label such a body by its
/// abbreviation (`wos`, `ndma`, `aknö`; 19 of 20 such bodies in the invented splits' gold, every body of the real splits'
/// gold), while Parallax gave the finder's label of the full name (`obere selve`, `national disaster management agency`).
/// The sources of the article's claims that carry the label of such a body now carry the abbreviation instead. A person's
/// bracket (`Hans Jörg Schelling (ÖVP)`) is a party affiliation, not a short form, and a place's bracket a region: neither
/// renames anything.
extension ClaimExtractor {
    /// The abbreviation each body of the article was introduced with: the finder's label of the body → the bracketed
    /// short form, lower-cased. The bracket stands right after the body (``resolvingAbbreviations(_:tokens:known:)`` may
    /// have drawn it into the body's span) and holds one word of two to six letters opening with a capital, with at
    /// least two capitals (`WOS`, `SdP`, `AKNÖ`; not `Wien` or `Bern`).
    /// - Complexity: O(tokens) of the article: one look at each token for a bracket.
    static func bracketedAbbreviations(_ analyses: [SentenceAnalysis], capitalizesNouns: Bool) -> [String: String] {
        var labels: [String: String] = [:]
        // By position: `for analysis in analyses` copied each analysis, retaining and releasing its every array and
        // string (round 20b: about 0.5 % of the stage by profile).
        for position in analyses.indices {
            let tokens = analyses[position].tokenized.tokens
            let entities = analyses[position].entities
            // A short form written after a capitalised word (`Verband Kastrischer Hafenbetriebe (VKH)`) though the finder named
            // no body there: kept under its own key, for a source whose initials spell it.
            for open in tokens.indices.dropFirst() where open + 2 < tokens.count && tokens[open].kind == .punctuation
                && tokens[open].text == "(" && tokens[open + 2].text == ")"
                && tokens[open - 1].isCapitalized && isAbbreviation(tokens[open + 1])
                && !entities.contains(where: { $0.first == open + 1 && $0.kind != "name" })
            {
                labels[initialsKey + tokens[open + 1].lower] = tokens[open + 1].lower
            }
            for entity in entities
            where entity.kind != "person" && entity.kind != "place" && entity.kind != "country" && !entity.isAdjective
                // Where nouns are capitalised a name found by its shape alone is a person's (`Michael Kessler (SPÖ)`).
                && !(capitalizesNouns && entity.kind == "name")
            {
                // The bracket inside the span (`(WOS)` joined to the body) or right after it.
                let open: Int
                if entity.end >= 3, entity.end - 3 > entity.first, tokens[entity.end - 1].text == ")", tokens[entity.end - 3].text == "(" {
                    open = entity.end - 3
                } else if entity.end + 2 < tokens.count, tokens[entity.end].text == "(", tokens[entity.end + 2].text == ")" {
                    open = entity.end
                } else {
                    // `die Katastrophenschutzbehörde NDMA`, `the state animal health institute LIT`: a body named by its kind
                    // and then, with no bracket, by a short form in capitals goes by the short form (round 25).
                    // The short form may stand inside the span, drawn into it by the finder, or right after it.
                    let short = entity.end - 1 > entity.first && isCapitalAbbreviation(tokens[entity.end - 1]) ? entity.end - 1 : entity.end
                    // A state's body keeps its canonical name (`der karsenische Geheimdienst SND` → karsenia intelligence).
                    // Words in capitals after or before a word in capitals are shouting (`POLICE SAY 40 DEAD`), not a short form.
                    if entity.kind == "generic" || entity.kind == "organisation", entity.country == nil, short < tokens.count,
                        isCapitalAbbreviation(tokens[short]), labels[entity.name] == nil, tokens[short].lower != entity.name,
                        tokens[short - 1].text.contains(where: \.isLowercase),
                        short + 1 == tokens.count || !isCapitalAbbreviation(tokens[short + 1]),
                        !entities.contains(where: { $0.first == short && $0.end > short && $0.kind != "name" && $0.first != entity.first })
                    {
                        labels[entity.name] = tokens[short].lower
                    }
                    continue
                }
                let word = tokens[open + 1]
                // A party the gazetteer knows in the bracket is an affiliation (`Michael Kessler (SPÖ)`), not a short form.
                guard isAbbreviation(word), word.lower != entity.name, labels[entity.name] == nil,
                    !entities.contains(where: { $0.first == open + 1 && $0.kind != "name" })
                else { continue }
                labels[entity.name] = word.lower
            }
        }
        return labels
    }

    /// The key prefix under which a short form no body was found for is kept (no label starts with a control character).
    static let initialsKey = "\u{1}"

    /// A short form: one word of two to six letters, the first a capital, at least two capitals (`WOS`, `SdP`, `IfH`, `AKNÖ`).
    static func isAbbreviation(_ token: ClaimToken) -> Bool {
        guard token.kind == .word, let first = token.text.first, first.isUppercase else { return false }
        let letters = token.text.filter(\.isLetter)
        return letters.count == token.text.count && (2...6).contains(letters.count) && letters.filter(\.isUppercase).count >= 2
    }

    /// A short form written without brackets: two to six letters, all capitals (`NDMA`, `VAB`), so that a capitalised word
    /// after a body (`der Gewerkschaft Verdi`) is never read as one.
    static func isCapitalAbbreviation(_ token: ClaimToken) -> Bool {
        isAbbreviation(token) && token.text.allSatisfy(\.isUppercase)
    }

    /// The claims with every source that is the label of a body introduced with an abbreviation given as that abbreviation;
    /// so is a source whose words' initials spell one of the article's abbreviations (the publisher's name `Verband
    /// Kastrischer Hafenbetriebe` when the release says `(VKH)`; a label the finder shortened is matched by the first rule)
    /// or that ends in one in brackets (a publisher line `Wasserverband Obere Selve (WOS)`).
    static func namingByAbbreviation(_ claims: [Claim], abbreviations: [String: String]) -> [Claim] {
        guard !abbreviations.isEmpty else { return claims }
        let shortForms = Set(abbreviations.values)
        let abbreviations = abbreviations.filter { !$0.key.hasPrefix(initialsKey) }
        func short(_ source: String) -> String? {
            if let short = abbreviations[source] { return short }
            var words = source.split(separator: " ")
            if let last = words.last, last.hasPrefix("("), last.hasSuffix(")") {
                let inner = String(last.dropFirst().dropLast())
                if shortForms.contains(inner) { return inner }
                words.removeLast()
            }
            // Initials of the words of two letters or more (`e. V.` is a legal form, no word of the name).
            let initials = String(words.filter { $0.filter(\.isLetter).count >= 2 }.compactMap(\.first))
            if initials.count >= 2, shortForms.contains(initials) { return initials }
            return nil
        }
        return claims.map { claim in
            guard var attribution = claim.attribution, let source = attribution.source, let short = short(source) else {
                return claim
            }
            var claim = claim
            attribution.source = short
            claim.attribution = attribution
            return claim
        }
    }
}
