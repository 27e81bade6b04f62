/// A body named by its kind and a name after it (round 30, `docs/VOCABULARY.md`): `das Mietenbündnis Estbruck`.
extension LanguagePack {
    /// The name that follows a body's kind no lexicon lists (round 30): `das Mietenbündnis Estbruck`, `des Landesbetriebs
    /// Verkehr` are named by kind and name together, as the writers of dev9, dev22 and dev24 label them (`mietenbündnis
    /// estbruck`, `landesbetrieb verkehr`), not by the kind alone. Read for a source after a cue that no lexicon lists
    /// (`AttributionFinder.unlistedSource`). The name is the one capitalised word right after the
    /// kind that ends the noun phrase (a lower-case word, a mark or the sentence's end follows), not a stop word, day,
    /// month or unit, no common noun by its ending (`-ung`, `-heit`, …), no kind of body itself (`Mikl-Leitners Ministerium`:
    /// a descriptor or back-reference noun) and no abbreviation written in capitals (`VCÖ`).
    /// A kind the gazetteer or the descriptors know keeps its label (`Gesundheitsamt Wien` → health authorities, `Reederei
    /// Nordlicht` → nordlicht).
    /// - Parameters:
    ///   - tokens: the sentence's tokens.
    ///   - kind: the index of the kind's noun.
    /// - Complexity: O(1): two tokens after the kind's noun.
    func nameAfterKind(_ tokens: [ClaimToken], at kind: Int) -> String? {
        let name = kind + 1
        guard name < tokens.count, gazetteer.value(of: tokens[kind].lower) == nil,
            descriptors.lookup(tokens[kind].lower) == nil,
            tokens[name].kind == .word, tokens[name].spaceBefore, tokens[name].isCapitalized,
            tokens[name].text.count > 2, !tokens[name].text.allSatisfy({ $0.isUppercase }),
            !sourceStops.contains(tokens[name]), weekdays.match(tokens, at: name) == nil,
            months.match(tokens, at: name) == nil, unit(for: tokens[name].lower) == nil,
            !commonNounEndings.contains(where: { tokens[name].lower.hasSuffix($0) }),
            descriptors.lookup(tokens[name].lower) == nil, backReferences.nouns[tokens[name].lower] == nil
        else { return nil }
        if name + 1 < tokens.count, tokens[name + 1].kind == .word, tokens[name + 1].isCapitalized { return nil }
        return tokens[name].lower
    }
}
