/// A body named with a bracketed list of its parts (`United Internet (1&1, GMX, Web.de)`, `die Schwarz-Gruppe (Lidl,
/// Kaufland)`, `Carevo Holding (Carevo Air, Carevo Rail)`): the parts are not the body a later `das Unternehmen` or
/// `the company` refers back to.
extension BodyMemory {
    /// The bodies of one sentence without those named inside a bracketed list right after another name, and with that name
    /// a body of its own.
    ///
    /// News writing names a group once with its brands, subsidiaries or members in brackets; the next sentence's definite
    /// description (`das Unternehmen aus Montabaur`, `the group`) means the group, the subject of the sentence, never the last
    /// brand listed — yet the latest body named was that brand. The bracket must follow a name or body directly and hold a list
    /// (a comma or a `list-joiner` row of `function-words.txt`: `und`, `and`) within sixteen tokens; a single name in brackets
    /// is the body's abbreviation or another name of it (`Landesamt für Wasserwirtschaft (LWW)`) and stays.
    /// - Complexity: O(tokens + bodies × brackets); a sentence without `(` is returned as it is after one scan.
    static func withoutBracketedParts(
        _ found: [NamedBody], tokens: [ClaimToken], entities: [EntityMention], pack: LanguagePack
    ) -> [NamedBody] {
        guard tokens.contains(where: { $0.kind == .punctuation && $0.text == "(" }) else { return found }
        var bodies = found
        var added = false
        for open in tokens.indices.dropFirst() where tokens[open].kind == .punctuation && tokens[open].text == "(" {
            // The list names parts: bodies, or names found by their shape (`GMX`, `Web.de`).
            guard let inside = bracketedList(openingAt: open, tokens, pack: pack),
                bodies.contains(where: { inside.contains($0.index) })
                    || entities.contains(where: { inside.contains($0.first) && ($0.kind == "name" || $0.kind == "organisation") })
            else { continue }
            // The owner: a name or body ending right before the bracket.
            let owner = entities.first {
                $0.end == open && !$0.isAdjective && ($0.kind == "name" || $0.kind == "organisation" || $0.kind == "generic")
            }
            guard owner != nil || bodies.contains(where: { $0.index == open - 1 }) else { continue }
            bodies.removeAll { inside.contains($0.index) }
            if let owner, !bodies.contains(where: { $0.index >= owner.first && $0.index < owner.end }) {
                let words = tokens[owner.first..<owner.end].map(\.lower).joined(separator: " ")
                bodies.append(NamedBody(index: owner.first, label: owner.name, type: owner.type, words: words))
                added = true
            }
        }
        return added ? bodies.sorted { $0.index < $1.index } : bodies
    }

    /// The tokens inside a bracket opening at `open` when they are a list (a comma or a `list-joiner` word inside, the closing
    /// bracket within sixteen tokens, no other bracket opening before it), else nil.
    /// - Complexity: O(1): at most sixteen tokens read.
    static func bracketedList(openingAt open: Int, _ tokens: [ClaimToken], pack: LanguagePack) -> Range<Int>? {
        guard open + 1 < tokens.count, tokens[open].kind == .punctuation, tokens[open].text == "(",
            let close = tokens[(open + 1)...].prefix(16).firstIndex(where: { $0.text == ")" || $0.text == "(" }),
            tokens[close].text == ")"
        else { return nil }
        let inside = (open + 1)..<close
        guard inside.contains(where: { tokens[$0].text == "," || pack.listJoiners.contains(tokens[$0]) }) else { return nil }
        return inside
    }
}
