extension EntityFinder {
    /// A place introduced by a descriptor noun (``PlaceDescriptors``): `der Grenzbezirk Halvor`, `im Landkreis
    /// Harburg`, `the district of Halvor` → the place `halvor`, `harburg`. The name is one or two name words after
    /// the descriptor (in a language that capitalises nouns, words that are no common noun, unit, measure or month);
    /// a name the gazetteer knows keeps its entry (`Region Kursk` → kursk region).
    ///
    /// Decided by structure, not by listing the name: a descriptor that is also a counted noun (`-bezirk` counts
    /// districts) no longer hides the place it introduces (round 14; before, `Grenzbezirk Halvor` was no entity).
    func placeAfterDescriptor(_ tokens: [ClaimToken], at index: Int) -> EntityMention? {
        guard let length = pack.placeDescriptors.length(tokens, at: index) else { return nil }
        let start = index + length
        if pack.gazetteer.match(tokens, at: index) != nil { return nil }
        if let known = pack.gazetteer.match(tokens, at: start) {
            guard known.value.kind == "place" else { return nil }
            return EntityMention(
                first: index, end: start + known.length, name: known.value.name, kind: "place", country: known.value.country,
                isAdjective: false)
        }
        func isName(_ position: Int) -> Bool {
            guard position < tokens.count, tokens[position].kind == .word, tokens[position].isCapitalized,
                pack.months.match(tokens, at: position) == nil, pack.weekdays.match(tokens, at: position) == nil
            else { return false }
            return !pack.capitalizesNouns || isNameWord(tokens, position)
        }
        guard isName(start) else { return nil }
        let end = isName(start + 1) && !pack.placeDescriptors.isDescriptor(tokens[start + 1].lower) ? start + 2 : start + 1
        let name = tokens[start..<end].map(\.lower).joined(separator: " ")
        return EntityMention(first: index, end: end, name: name, kind: "place", country: nil, isAdjective: false)
    }
}
