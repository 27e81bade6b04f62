/// The byte tables of ``EntityFinder``'s spokesperson-role test (`Polizeisprecher`, `eines Polizeisprechers`), made once
/// per language pack.
///
/// Round 19: the entity finder built them in its initialiser, once per article, from the pack's roles and genitive
/// endings (key-path closures over every role: about 0.8 % of the claims stage by profile); they depend on the pack alone.
struct SpeakerRoleEndings: Sendable {
    /// The last bytes of the spokesperson roles and of the genitive endings: a word ending in none of them is no such role, and
    /// most words are rejected without a suffix test per role.
    let lastBytes: ByteSet
    /// The last bytes of the spokesperson roles alone: a word as written can end in a role only if it ends in one of them.
    let roleOnlyLastBytes: ByteSet
    /// The number of Unicode scalars of each role of `roleBytes`, at the same positions.
    let roleScalarCounts: [Int]
    /// The genitive endings with their UTF-8 bytes, for a byte test before the `String` one.
    let genitiveEndingBytes: [(ending: String, bytes: [UInt8])]
    /// True when every genitive ending is Latin-1 text (``ClaimToken/isLatin1(_:)``): for a Latin-1 word that ends in an
    /// ending's bytes, `hasSuffix` holds and the word has more characters than the ending exactly when it has more bytes
    /// (Latin-1 text has no combining marks, and a word token no CR LF pair), round 29.
    let genitiveEndingsAreLatin1: Bool
    /// The genitive endings' last bytes, a first test for ``EntityFinder/withoutGenitive(_:endings:ends:)`` (round 24b).
    let genitiveEnds: LastByteFilter
    /// The tails (``SuffixTails``) of every role as written and followed by each genitive ending; `nil` when one of those
    /// forms has fewer than four bytes (the tails say nothing about it). A word of the role test ends in one of the forms
    /// (`polizeisprechers` in `sprechers`), so a word whose last four to six bytes are none of these tails is no
    /// spokesperson role, answered with at most three look-ups (round 20: most words that reach the test end in a
    /// genitive `s`, and each was cut and counted as a `String` before the roles were compared).
    let formTails: SuffixTails?

    /// - Parameters:
    ///   - roleBytes: the spokesperson roles' UTF-8 bytes (``LanguagePack/speakerRoleBytes``).
    ///   - genitiveEndings: the genitive endings, longest first (``LanguagePack/genitiveEndings``).
    init(roleBytes: [[UInt8]], genitiveEndings: [String]) {
        // An empty role would end every word.
        let anyEmpty = roleBytes.contains { $0.isEmpty }
        self.lastBytes =
            anyEmpty ? ByteSet(UInt8.min...UInt8.max) : ByteSet(roleBytes.compactMap { $0.last } + genitiveEndings.compactMap { $0.utf8.last })
        self.roleOnlyLastBytes = anyEmpty ? ByteSet(UInt8.min...UInt8.max) : ByteSet(roleBytes.compactMap { $0.last })
        self.roleScalarCounts = roleBytes.map { bytes in bytes.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) } }
        self.genitiveEndingBytes = genitiveEndings.map { ($0, Array($0.utf8)) }
        self.genitiveEndingsAreLatin1 = genitiveEndings.allSatisfy(ClaimToken.isLatin1)
        self.genitiveEnds = LastByteFilter(genitiveEndings)
        let forms = roleBytes.flatMap { role in [role] + genitiveEndings.map { role + Array($0.utf8) } }
        self.formTails = forms.contains { $0.count < 4 } ? nil : SuffixTails(forms)
    }
}
