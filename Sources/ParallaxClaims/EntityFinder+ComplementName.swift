/// A body named by its kind and a complement (round 27, source27).
///
/// `Nach einer Markteinschätzung des Fachverbands der Mineralölindustrie`, `Nach Zahlen des Amts für Infrastrukturschutz`,
/// `the Institute for Fiscal Studies said`: the kind's noun, a linking word (`complement-names.txt`) and a capitalised
/// complement are one body's name. Before, the finder saw no capitalised name right after the kind and gave the kind alone
/// (`association`, `agency`), while the writers of dev5 and the annotator of real label such a body by its whole name
/// (`fachverband der mineralölindustrie`, `amt für infrastrukturschutz`). Only kinds that take a complement as a name are
/// read so (associations, agencies, unions); a complement that is a party or place the gazetteer knows (`der Polizei`,
/// `der Türkei`) is no name of its own in German, and a complement with more capitalised words after it (`der Stadt Halberg`)
/// is left alone.
extension EntityFinder {
    /// The body named by the kind's noun at `index` (one word, generic label `label`) and the complement after it.
    /// - Parameter labelOf: the generic label of a word, to find the noun's form without its genitive ending.
    /// - Complexity: O(1): at most five tokens after the noun are read, only where a kind's noun has no name after it.
    func complementNamedBody(
        _ tokens: [ClaimToken], kindAt index: Int, label: String, labelOf: (String) -> String?
    ) -> EntityMention? {
        let names = pack.complementNames
        let link = index + 1
        guard link + 1 < tokens.count, tokens[index].isCapitalized, names.links.contains(tokens[link]),
            names.joins(label, by: tokens[link].lower)
        else { return nil }
        var end = link + 1
        while end < tokens.count, end - link <= 3, isComplementWord(tokens, end) { end += 1 }
        guard end > link + 1 else { return nil }
        if pack.capitalizesNouns {
            // One noun, not a party or place the gazetteer knows, and nothing capitalised after it.
            guard end == link + 2, pack.gazetteer.match(tokens, at: link + 1) == nil,
                end == tokens.count || !tokens[end].isCapitalized || tokens[end].kind != .word
            else { return nil }
        }
        var kind = tokens[index].lower
        for ending in names.genitiveEndings where kind.hasSuffix(ending) && kind.count - ending.count >= 3 {
            let stem = String(kind.dropLast(ending.count))
            if labelOf(stem) == label {
                kind = stem
                break
            }
        }
        let name = ([kind, tokens[link].lower] + tokens[(link + 1)..<end].map(\.lower)).joined(separator: " ")
        return EntityMention(first: index, end: end, name: name, kind: "organisation", country: nil, isAdjective: false, type: label)
    }

    /// A capitalised word that may be part of a complement: no month, weekday, role, number or currency. A counted noun may
    /// be one (`Verband der Landwirte`, `Institut für Bodenkunde`, whose head is a unit's noun).
    private func isComplementWord(_ tokens: [ClaimToken], _ index: Int) -> Bool {
        tokens[index].kind == .word && tokens[index].isCapitalized
            && pack.months.match(tokens, at: index) == nil && pack.weekdays.match(tokens, at: index) == nil
            && pack.roles.match(tokens, at: index) == nil && pack.numberWords[tokens[index].lower] == nil
            && pack.currencies.match(tokens, at: index) == nil
            && !pack.sourceSkips.contains(tokens[index])
    }
}
