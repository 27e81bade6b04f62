/// What the article told before a sentence that names who speaks or acts in it: the person named last (for a
/// pronoun), the persons named in full (for a last name alone), the roles they were introduced by (for `der Kanzler`,
/// `sagte der Bürgermeister`), the bodies named before (for `die Behörde`, `the agency`) and those this sentence names.
/// ``AttributionFinder`` reads a verb's speaker with it; a denial's party is read the same way later, by
/// ``StatementFinder``. ``ClaimExtractor`` keeps one value for the article and records each sentence into it.
struct SpeakerContext: Sendable {
    var lastPerson: String?
    /// The party that opened the sentence before (a person or a body named within its first three words), for a pronoun in a
    /// prepositional source (`Ihm zufolge`, `nach ihren Angaben`; round 31, cues32); nil when that sentence opened otherwise.
    var previousOpener: String?
    var bodies = BodyMemory()
    var named: [NamedBody] = []
    /// Persons named in full, by their last name, lower-case (`thann` → othmar thann). Filed only by ``file(_:under:)``,
    /// which keeps ``personKeys`` in step.
    private(set) var people: [String: String] = [:]
    /// A first test of `people`'s keys by a token's ``ClaimToken/wordKey`` (round 24b: ``recordPersons(_:introduced:tokens:)``
    /// looked up every capitalised word of every sentence in `people`, hashing it with SipHash).
    private var personKeys = PersonKeyFilter()
    /// Persons introduced by a role before their full name (`EU-Ratspräsident Donald Tusk`), by the role as written and by
    /// the role of `roles.txt` it ends in, lower-case, without a case ending (``roleKey(_:)``: `eu-ratspräsident`,
    /// `präsident` → donald tusk); the latest wins.
    var roles: [String: String] = [:]

    /// Records the persons a sentence names: those the entity finder found (`entities`) and those introduced by a role
    /// that no gazetteer lists (`introduced`, ``AttributionFinder/introducedPersons(in:)``). The person named last in the
    /// sentence (also by a last name alone) becomes ``lastPerson``; every full name is filed under its last name, an introduced one also under its role.
    mutating func recordPersons(_ entities: [EntityMention], introduced: [IntroducedPerson], tokens: [ClaimToken]) {
        // The person named last in the sentence — by the entity finder, by a role, or by the last name of a person named in
        // full before (`Demirtaş bestreitet …`) — is the one a pronoun stands for.
        var last: (index: Int, name: String)?
        if let person = entities.last(where: { $0.kind == "person" }) { last = (person.first, person.name) }
        if let person = introduced.last, person.index >= (last?.index ?? 0) { last = (person.index, person.name) }
        if !people.isEmpty,
            let mention = tokens.indices.last(where: {
                tokens[$0].kind == .word && tokens[$0].isCapitalized && personKeys.mayContain(tokens[$0]) && people[tokens[$0].lower] != nil
            }),
            mention > (last?.index ?? -1), !(entities.contains { $0.first <= mention && $0.end > mention })
        {
            last = (mention, people[tokens[mention].lower]!)
        }
        if let last { lastPerson = last.name }
        for person in entities where person.kind == "person" && !person.isAdjective {
            if let last = person.name.split(separator: " ").last, person.name.contains(" ") { file(person.name, under: String(last)) }
        }
        for person in introduced {
            if let last = person.name.split(separator: " ").last { file(person.name, under: String(last)) }
            roles[Self.roleKey(person.role)] = person.name
            roles[Self.roleKey(person.head)] = person.name
        }
    }

    /// Files `person` under the last name `key` in ``people`` and its key in ``personKeys``.
    private mutating func file(_ person: String, under key: String) {
        people[key] = person
        personKeys.insert(key)
    }

    /// The person the article introduced by the role `label` names (`sachverständige` after `medizinischem
    /// Sachverständigen Wolfgang Denk`), or nil: a one-word label only, compared without its case ending.
    func person(introducedAs label: String) -> String? {
        guard !roles.isEmpty, !label.contains(" ") else { return nil }
        return roles[Self.roleKey(label)]
    }

    /// A role word without the case and number ending of a noun declined like an adjective (`Sachverständigen`,
    /// `Sachverständiger`, `Sachverständige` → sachverständig; `Staatssekretärs` → staatssekretär); other words unchanged
    /// but for a genitive `s`. The same key for the introduction and the reference, so both need only agree.
    static func roleKey(_ word: String) -> String {
        // The endings are ASCII, compared as bytes first; the word's length (in characters, a walk over the word)
        // is counted only when one matches — asked for every capitalised word by the role introductions.
        for (ending, bytes) in roleEndings where ByteSuffix.hasSuffix(word, bytes) && word.count > ending.count + 4 {
            return String(word.dropLast(ending.count))
        }
        return word
    }

    /// The inflection endings ``roleKey(_:)`` strips, longest first where one ends another, with their bytes.
    static let roleEndings: [(ending: String, bytes: [UInt8])] = ["en", "er", "es", "e", "s"].map { ($0, Array($0.utf8)) }
}

/// A 128-bit filter of the last names ``SpeakerContext`` files persons under, by their ``ClaimToken/wordKey`` (round 24b).
///
/// Exact in one direction: two Latin-1 strings are equal exactly when their bytes are, so a Latin-1 token whose key's bit
/// is clear equals no filed name while every name is Latin-1. A token with another character, or any filed name with one,
/// is always let through to the dictionary.
struct PersonKeyFilter: Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private var isLatin1 = true

    /// Adds `name` (a key of the dictionary the filter stands in front of).
    mutating func insert(_ name: String) {
        guard isLatin1 else { return }
        guard ClaimToken.isLatin1(name) else {
            isLatin1 = false
            return
        }
        let bit = Self.bit(ClaimToken.wordKey(of: name))
        if bit < 64 { low |= 1 << UInt64(bit) } else { high |= 1 << UInt64(bit - 64) }
    }

    /// False when `token.lower` is none of the inserted names; true when it may be one.
    /// - Complexity: O(1).
    @inline(__always)
    func mayContain(_ token: ClaimToken) -> Bool {
        guard isLatin1, token.isLatin1 else { return true }
        let bit = Self.bit(token.wordKey)
        return (bit < 64 ? low >> UInt64(bit) : high >> UInt64(bit - 64)) & 1 != 0
    }

    /// A word key spread over the 128 bits (its low bits alone are the FNV hash's weakest).
    @inline(__always)
    private static func bit(_ key: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15) >> 57)
    }
}
