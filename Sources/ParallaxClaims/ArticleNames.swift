/// Place names an article uses that no gazetteer lists, recognised from word formation.
///
/// A national adjective (`karsenische`, `Ostravian`) and a capitalised name with the same stem
/// (`Karsenien`, `Ostravia`) in the same article make a country, named in English by the lexicon's
/// ending rules (`-ien` → `-ia`). Both words must occur, so a common adjective (`politisch`) does
/// not turn a noun (`Politik`) into a country.
struct ArticleNames: Sendable {
    private var adjectiveStems: [String: String] = [:]
    private var names: [String: String] = [:]
    /// A first test of `names`' keys for an ASCII word (round 24b: ``country(forName:)`` hashed every capitalised word with
    /// SipHash in articles with such names).
    private var nameFilter: WordKeyFilter?
    /// The words of the article with a derived adjective's ending, and their keys (a cheap first test).
    private var adjectiveWords: Set<String> = []
    /// The keys of `adjectiveWords`: an `IntKeyIndex`, which answers the usual miss without SipHash.
    private var adjectiveKeys = IntKeyIndex([])
    private var hasAdjectives = false
    private var pack: LanguagePack

    /// Collects the names of one article from all its sentences' tokens.
    init(sentences: [[ClaimToken]], pack: LanguagePack) {
        self.pack = pack
        var candidates: Set<String> = []
        for tokens in sentences {
            for index in tokens.indices where tokens[index].kind == .word && isAdjective(tokens[index].lower) {
                candidates.insert(tokens[index].lower)
            }
        }
        adjectiveWords = candidates
        guard !candidates.isEmpty else { return }
        // Capitalised words are collected only for articles that have a candidate adjective, and only
        // those sharing an adjective's first three letters (`Karsenien` for `karsenisch`).
        let candidateKeys = IntKeyIndex(keys: candidates.map { ClaimToken.key(of: $0) })
        adjectiveKeys = candidateKeys
        hasAdjectives = true
        var capitalized: Set<String> = []
        for tokens in sentences {
            for index in tokens.indices.dropFirst() where tokens[index].kind == .word && tokens[index].isCapitalized {
                if candidateKeys.contains(tokens[index].key) && !isAdjective(tokens[index].lower) {
                    capitalized.insert(tokens[index].lower)
                }
            }
        }
        candidates = Set(candidates.map(Self.fold))
        capitalized = Set(capitalized.map(Self.fold))
        for adjective in candidates {
            guard let stem = stem(of: adjective), stem.count >= 4 else { continue }
            let matches = capitalized.filter { name in
                name.hasPrefix(stem) && pack.derivedNameTails.contains(String(name.dropFirst(stem.count)))
            }
            guard let shortest = matches.min(by: { $0.count < $1.count }) else { continue }
            let english = englishName(shortest)
            adjectiveStems[adjective] = english
            for name in matches { names[name] = english }
        }
        if !names.isEmpty { nameFilter = WordKeyFilter(names.keys) }
    }

    /// False when no adjective of the article names a country, so that ``country(forAdjective:)`` answers `nil` for every
    /// word: the entity finder asks this before that call for every capitalised word (round 32: the call and the string it
    /// passed cost about 3 M instructions of the claims benchmark, where most articles derive no country).
    var mayNameAdjectiveCountries: Bool { !adjectiveStems.isEmpty }

    /// False when no name of the article is a country's, so that ``country(forName:)`` answers `nil` for every word (round 32,
    /// as ``mayNameAdjectiveCountries``).
    var mayNameCountries: Bool { !names.isEmpty }

    /// The country a derived adjective refers to.
    func country(forAdjective word: String) -> String? {
        adjectiveStems.isEmpty || !isAdjective(word) ? nil : adjectiveStems[Self.fold(word)]
    }

    /// The country a capitalised name is.
    func country(forName word: String) -> String? {
        guard !names.isEmpty else { return nil }
        // An ASCII word is its own fold, so the filter of the names' keys answers for it (`WordKeyFilter.mayContain(ascii:)`).
        if let mayBeAName = nameFilter?.mayContain(ascii: word) {
            return mayBeAName ? names[word] : nil
        }
        return names[Self.fold(word)]
    }

    /// A country name guessed from an adjective alone (`karsenisch` → karsenia), for an adjective
    /// that qualifies a state body; `nil` for the common adjectives the lexicon lists.
    func guess(adjective word: String) -> String? {
        let folded = Self.fold(word)
        guard isAdjective(folded), let stem = stem(of: folded), stem.count >= 4,
            !pack.commonDerivedAdjectives.contains(where: { folded.hasPrefix($0) }), let ending = pack.guessedNameEnding
        else { return nil }
        return stem + ending
    }

    /// True when the article's word `token` has the ending of a derived adjective (cheap test before a
    /// look-up: the article's such words were collected once, when its names were).
    @inline(__always)
    func mayBeAdjective(_ token: ClaimToken) -> Bool {
        hasAdjectives && adjectiveKeys.contains(token.key) && adjectiveWords.contains(token.lower)
    }

    private func isAdjective(_ word: String) -> Bool {
        // Too short for any ending with more than three characters before it (``hasAdjectiveEnding(_:endings:pack:)``).
        guard word.utf8.count >= pack.derivedAdjectiveMinimumBytes else { return false }
        guard let last = ByteSuffix.lastByte(of: word), pack.derivedAdjectiveLastBytes.contains(last) else { return false }
        let endings = pack.derivedAdjectiveEndingBytes
        // On the string's own contiguous bytes where it has them: the copy `withUTF8` needs was retained and released for
        // every word of the article (round 20b).
        if let result = word.utf8.withContiguousStorageIfAvailable({ Self.hasAdjectiveEnding($0, endings: endings, pack: pack) }) {
            return result
        }
        var word = word
        return word.withUTF8 { Self.hasAdjectiveEnding($0, endings: endings, pack: pack) }
    }

    /// True when `bytes` end in one of `endings` with more than three characters (scalars, not bytes) before it.
    /// - Complexity: O(e·m) for e endings of at most m bytes, plus one count of the bytes for an ending that matches.
    private static func hasAdjectiveEnding(_ bytes: UnsafeBufferPointer<UInt8>, endings: [[UInt8]], pack: LanguagePack) -> Bool {
        // Most words end in no ending: the pack's filter says so in a few look-ups (round 21), read in place.
        guard pack.derivedAdjectiveEndingFilter.mayEnd(bytes) else { return false }
        for ending in endings where bytes.count > ending.count + 3 {
            let matches = ending.withUnsafeBufferPointer { ending in
                var offset = 1
                while offset <= ending.count {
                    if bytes[bytes.count - offset] != ending[ending.count - offset] { return false }
                    offset += 1
                }
                return true
            }
            guard matches else { continue }
            var characters = 0
            for byte in bytes[..<(bytes.count - ending.count)] where byte & 0xC0 != 0x80 { characters += 1 }
            if characters > 3 { return true }
        }
        return false
    }

    private func stem(of adjective: String) -> String? {
        pack.derivedAdjectiveEndings.first { adjective.hasSuffix($0) }.map { String(adjective.dropLast($0.count)) }
    }

    private func englishName(_ name: String) -> String {
        for (ending, english) in pack.derivedNameEndings where name.hasSuffix(ending) && name.count > ending.count + 3 {
            return String(name.dropLast(ending.count)) + english
        }
        return name
    }

    /// Lower-case without umlauts, so that `veldmärkisch` meets `Veldmark`.
    /// - Complexity: O(n) in the word's UTF-8 bytes; composed umlauts are replaced byte by byte.
    static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word }
        if let folded = foldComposed(word) { return folded }
        return foldCharacters(word)
    }

    /// `fold` on UTF-8 bytes: `ä` `ö` `ü` (C3 A4, C3 B6, C3 BC) become `a` `o` `u`. Only for words whose
    /// other characters are ASCII or Latin-1 (lead bytes C2, C3): no combining mark can then join a
    /// letter into another character, so bytes and characters fold alike; `nil` for any other word.
    private static func foldComposed(_ word: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(word.utf8.count)
        var afterC3 = false
        for byte in word.utf8 {
            if afterC3 {
                afterC3 = false
                switch byte {
                case 0xA4: bytes[bytes.count - 1] = UInt8(ascii: "a")
                case 0xB6: bytes[bytes.count - 1] = UInt8(ascii: "o")
                case 0xBC: bytes[bytes.count - 1] = UInt8(ascii: "u")
                default: bytes.append(byte)
                }
                continue
            }
            if byte >= 0xC0 && byte != 0xC2 && byte != 0xC3 { return nil }
            afterC3 = byte == 0xC3
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The obvious version of `fold`, by characters; the reference of `foldComposed`'s tests.
    static func foldCharacters(_ word: String) -> String {
        var out = ""
        for character in word {
            switch character {
            case "ä": out.append("a")
            case "ö": out.append("o")
            case "ü": out.append("u")
            default: out.append(character)
            }
        }
        return out
    }
}
