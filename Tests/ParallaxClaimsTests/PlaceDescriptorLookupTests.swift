import Testing
@testable import ParallaxClaims

/// Round 15 (lead, speed): ``PlaceDescriptors/isDescriptor(_:)`` looks words up in suffix tables instead of comparing
/// every head with `hasSuffix` (the old test was a fifth of the claims stage by profile). The answer must not change:
/// round 14's definition is kept here as the reference and compared word by word.
@Suite struct PlaceDescriptorLookupTests {
    /// Round 14's test, verbatim in substance: a listed word, or a word ending in a head, as it stands or after one
    /// inflection ending (leaving at least three letters) is removed.
    static func reference(_ word: String, heads: [String], words: Set<String>, endings: [String]) -> Bool {
        if words.contains(word) || heads.contains(where: { word.hasSuffix($0) }) { return true }
        for ending in endings where word.hasSuffix(ending) && word.count > ending.count + 2 {
            let stem = String(word.dropLast(ending.count))
            if words.contains(stem) || heads.contains(where: { stem.hasSuffix($0) }) { return true }
        }
        return false
    }

    static let heads = ["bezirk", "landkreis", "region", "insel", "gemeinde"]
    static let words: Set<String> = ["kreis", "stadt", "dorf"]
    static let endings = ["en", "es", "e", "n", "s"]

    static let samples: [String] = {
        let prefixes = ["", "grenz", "stadt", "nord", "a", "ü", "heim"]
        let stems = ["bezirk", "landkreis", "region", "insel", "gemeinde", "kreis", "stadt", "dorf", "bezir", "kreise", "dorfe",
                     "haus", "inse", "egion", "reis", "tadt", "rf", "d"]
        let suffixes = ["", "en", "es", "e", "n", "s", "er", "ern"]
        return prefixes.flatMap { prefix in stems.flatMap { stem in suffixes.map { prefix + stem + $0 } } }
    }()

    @Test func answersAsRoundFourteenDid() {
        let rows = Self.heads.map { ["head", $0] } + Self.words.map { ["word", $0] }
        let descriptors = PlaceDescriptors(rows: rows, inflectionEndings: Self.endings)
        var disagreements: [String] = []
        for word in Self.samples
        where descriptors.isDescriptor(word)
            != Self.reference(word, heads: Self.heads, words: Self.words, endings: Self.endings)
        {
            disagreements.append(word)
        }
        #expect(disagreements.isEmpty, "differs from round 14 on \(disagreements)")
        #expect(Self.samples.count > 900)
    }

    @Test(arguments: ["de", "en"]) func bundledListsAnswerAsRoundFourteenDid(_ language: String) {
        let pack = LanguagePack.pack(for: language, sample: "")
        let rows = LexiconFile.rows("place-descriptors.txt", in: LexiconFile.folder(language: language))
        let heads = rows.filter { $0[0] == "head" && $0.count > 1 }.map { $0[1].lowercased() }
        let words = Set(rows.filter { $0[0] == "word" && $0.count > 1 }.map { $0[1].lowercased() })
        let endings = pack.inflectionEndings
        let candidates = Self.samples + heads.flatMap { head in ["", "en", "es", "s", "e"].map { "land" + head + $0 } }
            + words.flatMap { word in ["", "en", "es", "s", "e", "chen"].map { word + $0 } }
        for word in candidates {
            #expect(pack.placeDescriptors.isDescriptor(word)
                == Self.reference(word, heads: heads, words: words, endings: endings), "\(word)")
        }
    }
}
