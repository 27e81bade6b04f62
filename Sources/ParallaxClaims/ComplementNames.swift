/// The words that make a body's kind into its own name (`complement-names.txt`, round 27, source27).
///
/// `des Fachverbands der Mineralölindustrie`, `des Amts für Infrastrukturschutz`, `the Institute for Fiscal Studies`: a
/// noun of a body's kind followed by a linking word and a capitalised complement names one body, and the writers label it
/// by that whole name, not by the kind (`association`, `agency`). Only the kinds listed take a complement as a name;
/// ministries, courts and companies keep their function or the name after them.
struct ComplementNames: Sendable {
    /// Words that join the complement to the kind's noun (`der`, `des`, `für`; `of`, `for`).
    let links: WordSet
    /// Generic labels whose noun a complement makes a name, each with the links it takes (empty: every link).
    let kinds: [String: Set<String>]
    /// Genitive endings of the kind's noun, dropped from the name (`Fachverbands` → `fachverband`).
    let genitiveEndings: [String]

    init(rows: [[String]]) {
        links = WordSet(rows.filter { $0.count > 1 && $0[0] == "link" }.map { $0[1] })
        kinds = Dictionary(
            rows.filter { $0.count > 1 && $0[0] == "kind" }.map { ($0[1], Set($0.dropFirst(2))) }, uniquingKeysWith: { $0.union($1) })
        genitiveEndings = rows.filter { $0.count > 1 && $0[0] == "genitive" }.map { $0[1] }.sorted { $0.count > $1.count }
    }

    /// True when a noun of the generic kind `label` takes a complement joined by `link` (lower-case) as its name.
    func joins(_ label: String, by link: String) -> Bool {
        guard let allowed = kinds[label] else { return false }
        return allowed.isEmpty || allowed.contains(link)
    }
}
