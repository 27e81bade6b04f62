extension LanguagePack {
    /// True when a lower-cased word ends like a people's name in the plural (`norvalians`, `pannonier`, `kubanern`) and not
    /// like a common noun that shares the ending (`geier`, `feiern`, `haustier`; `derived-names.txt`, round 34).
    func isPeoplePlural(_ word: String) -> Bool {
        peoplePluralEndings.contains { word.hasSuffix($0) } && !notPeoplePluralEndings.contains { word.hasSuffix($0) }
    }
}
