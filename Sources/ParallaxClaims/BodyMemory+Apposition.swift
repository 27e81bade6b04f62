/// A body whose kind an apposition gives (`Kondora, one of central Europe's largest cryptocurrency exchanges,`), so that a later
/// `the company` or `das Unternehmen` refers back to it.
extension BodyMemory {
    /// The kind (a descriptor's label, `company`, `association`) that an apposition right after a name gives it, and the
    /// apposition's head noun, or nil.
    ///
    /// News writing introduces a body by a name and then, between commas, says what it is: `Kondora, one of central Europe's
    /// largest cryptocurrency exchanges, froze …`, `Lichtblick Kinderhilfe, one of Wendmark's best-known children's charities,`,
    /// `Brammer, a caterer from Lindhausen,`, `Kondora, eine der größten Kryptobörsen Europas,`. Later sentences refer to it by
    /// its kind (`the company said`, `the charity`), which ``resolve(base:type:current:families:)`` matches by type; without the
    /// apposition's kind the reference fell back to any body named before (the investigators, the police). The apposition must
    /// open with an indefinite article, `one of`, `the` (`function-words.txt` `apposition` rows; German's definite articles
    /// after a comma open relative clauses and are not listed), and its head noun must be a descriptor of
    /// `organisation-descriptors.txt` — the first capitalised word where nouns are capitalised (adjectives are lower-case), else
    /// the last word before a complement (`apposition-end` rows: `of`, `from`, `in`, `based`) or the closing comma, so that
    /// `Smith, the company's chief executive,` gives no kind (its head is `executive`).
    /// - Parameters:
    ///   - end: the token after the name (a comma for an apposition).
    /// - Complexity: O(1): at most eight tokens after the comma are read, once per name followed by a comma.
    static func appositionKind(after end: Int, _ tokens: [ClaimToken], pack: LanguagePack) -> (kind: String, head: Int)? {
        guard end + 2 < tokens.count, tokens[end].text == ",",
            let opener = pack.appositionOpeners.match(tokens, at: end + 1)
        else { return nil }
        let start = end + 1 + opener.length
        var head: Int?
        var cursor = start
        while cursor < tokens.count, cursor - start < 8 {
            let token = tokens[cursor]
            if AttributionFinder.closesClause(token) || pack.appositionEnds.contains(token) { break }
            if token.kind == .word {
                if pack.capitalizesNouns {
                    if token.isCapitalized {
                        head = cursor
                        break
                    }
                } else {
                    head = cursor
                }
            }
            cursor += 1
        }
        guard let head else { return nil }
        let word = tokens[head].lower, lemma = pack.nounLemmatizer.lemma(word)
        // A descriptor of two words (`cryptocurrency exchanges`, `logistics group`) before one of its last word alone.
        if head > start, tokens[head - 1].kind == .word,
            let kind = pack.descriptors.wholeWord(tokens[head - 1].lower + " " + lemma)
        {
            return (kind, head)
        }
        return (pack.descriptors.lookup(word) ?? pack.descriptors.lookup(lemma)).map { ($0, head) }
    }

    /// The bodies of one sentence with the kinds their appositions give: a found body without a type takes the apposition's
    /// kind, a name found by its shape alone becomes a body of that kind, and where no finder read the name — a single
    /// capitalised word or two opening the sentence (`Kondora, one of …`), which English capitalises anyway — the words
    /// before the comma are the body's name. Persons and places are never such bodies.
    /// - Complexity: O(entities), plus one apposition read per name followed by a comma.
    static func withAppositionKinds(
        _ found: [NamedBody], tokens: [ClaimToken], entities: [EntityMention], pack: LanguagePack
    ) -> [NamedBody] {
        var bodies = found
        var added = false
        /// Records the name `first..<end` as a body of `kind`; a body the descriptor inside the apposition made of the word
        /// after it (`Kryptobörsen Europas` → europas) is part of the description, not a body of its own.
        func record(_ first: Int, _ end: Int, label: String?, kind: (kind: String, head: Int)) {
            bodies.removeAll { $0.index > end && $0.index <= kind.head + 1 }
            if let index = bodies.firstIndex(where: { $0.index == first }) {
                if bodies[index].type == nil { bodies[index].type = kind.kind }
                return
            }
            let words = tokens[first..<end].map(\.lower).joined(separator: " ")
            bodies.append(NamedBody(index: first, label: label ?? words, type: kind.kind, words: words))
            added = true
        }
        for entity in entities where !entity.isAdjective && (entity.kind == "name" || entity.kind == "organisation") {
            guard entity.end < tokens.count, tokens[entity.end].text == ",", !pack.backReferences.groupLabels.contains(entity.name),
                let kind = appositionKind(after: entity.end, tokens, pack: pack)
            else { continue }
            // `Lichtblick Kinderhilfe, one of …` opening an English sentence: the finder may leave the capitalised first word out.
            let lead = tokens[0..<entity.first]
            if entity.first > 0, entity.first <= 2, bodies.allSatisfy({ $0.index != entity.first }),
                lead.allSatisfy({ $0.kind == .word && $0.isCapitalized && !pack.determiners.contains($0)
                    && !pack.backReferences.determiners.contains($0) })
            {
                record(0, entity.end, label: nil, kind: kind)
            } else {
                record(entity.first, entity.end, label: entity.name, kind: kind)
            }
        }
        // `Kondora, one of …` opening the sentence: no finder reads a lone capitalised first word as a name.
        if let comma = tokens.prefix(3).firstIndex(where: { $0.text == "," }), comma > 0,
            tokens[0..<comma].allSatisfy({ $0.kind == .word && $0.isCapitalized }),
            !entities.contains(where: { $0.first < comma }),
            let kind = appositionKind(after: comma, tokens, pack: pack)
        {
            record(0, comma, label: nil, kind: kind)
        }
        return added ? bodies.sorted { $0.index < $1.index } : bodies
    }
}
