/// How a language refers back to a body named before, from `back-references.txt`: the nouns
/// (`Behörde`, `agency`) with the form a compound ends in, the determiners before them, and the
/// labels of groups of people that are never such a body.
struct BackReferenceLexicon: Sendable {
    /// Back-reference nouns → the form a name ends with (`amtes` → `amt`).
    let nouns: [String: String]
    /// The distinct bases, longest first.
    let bases: [String]
    /// The bases and base + genitive ending as UTF-8 bytes with the ending's length, longest first.
    let suffixes: [(bytes: [UInt8], ending: Int)]
    /// Which pairs of last two bytes (first << 8 | second) end one of `suffixes`, to reject most
    /// words at once.
    let lastBytePairs: [Bool]
    /// The tails (``SuffixTails``) of the `suffixes` of four bytes or more, and the shorter ones' bytes: a word whose tails
    /// are none of these and that ends in none of the short ones ends in no suffix, answered in at most three look-ups
    /// however many nouns the file has (round 20: the loop over the suffixes was 1.6 % of the claims stage by profile).
    let suffixTails: SuffixTails
    let shortSuffixes: [[UInt8]]
    /// Determiners before such a noun (`die`, `the`).
    let determiners: WordSet
    /// Labels of groups of people (`officials`), never a body referred back to.
    let groupLabels: Set<String>
    /// Descriptor types a general type also stands for (`company` → airline, bank, insurers …):
    /// `das Unternehmen` refers back to an airline named before.
    let families: [String: Set<String>]
    /// Last words of names that make a name a body of a type (`Velora Air` → airline, `Borkmann Bank` → bank).
    let nameTails: [String: String]

    /// Parses the rows of `back-references.txt` (`noun | word | base`, `determiner | word`, `group | label`,
    /// `family | type | type …`, `tail | word | type`).
    init(rows: [[String]], genitiveEndings: [String]) {
        func field(_ row: [String], _ index: Int) -> String? { index < row.count && !row[index].isEmpty ? row[index] : nil }
        nouns = Dictionary(rows.filter { $0[0] == "noun" }.compactMap { row in
            field(row, 1).map { ($0, field(row, 2) ?? $0) }
        }) { first, _ in first }
        bases = Set(nouns.values).sorted { $0.count > $1.count }
        var suffixes: [(bytes: [UInt8], ending: Int)] = []
        for base in bases {
            suffixes.append((Array(base.utf8), 0))
            for ending in genitiveEndings { suffixes.append((Array((base + ending).utf8), ending.utf8.count)) }
        }
        self.suffixes = suffixes.sorted { $0.bytes.count > $1.bytes.count }
        var pairs = [Bool](repeating: false, count: 65_536)
        for suffix in suffixes where suffix.bytes.count >= 2 {
            pairs[Int(suffix.bytes[suffix.bytes.count - 2]) << 8 | Int(suffix.bytes[suffix.bytes.count - 1])] = true
        }
        lastBytePairs = pairs
        suffixTails = SuffixTails(suffixes.map(\.bytes))
        shortSuffixes = suffixes.map(\.bytes).filter { $0.count < 4 }
        determiners = WordSet(rows.filter { $0[0] == "determiner" }.compactMap { field($0, 1) })
        groupLabels = Set(rows.filter { $0[0] == "group" }.compactMap { field($0, 1) })
        families = Dictionary(rows.filter { $0[0] == "family" && $0.count > 2 }.map { row in
            (row[1].lowercased(), Set(row[2...].filter { !$0.isEmpty }))
        }) { first, _ in first }
        nameTails = Dictionary(rows.filter { $0[0] == "tail" }.compactMap { row in
            field(row, 2).map { (row[1].lowercased(), $0) }
        }) { first, _ in first }
    }
}
