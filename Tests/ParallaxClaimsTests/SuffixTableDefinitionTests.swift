import ParallaxTesting
import Testing

@testable import ParallaxClaims

/// `SuffixTable.lookup` (stems grouped by their last three bytes, each group scanned longest first) against the plain
/// definition: after the first inflection ending (the empty one first) under which some stem matches, the longest stem
/// of three bytes or more that the rest of the word ends with and that is the whole rest or, in a compounding table, a
/// head of four characters or more; words the byte path does not read are looked up whole. Random stems and words of
/// ASCII, Latin-1, decomposed umlauts and letters outside Latin-1 (written in round 18 for a trie that would have
/// replaced the scan, kept as the definition any faster structure must meet).
@Suite struct SuffixTableDefinitionTests {
    static func reference(_ stems: [String: Int], endings: [String], compounds: Bool, _ word: String) -> Int? {
        let bytes = Array(word.utf8)
        let scalars = word.unicodeScalars.count
        for ending in [""] + endings where bytes.count >= ending.utf8.count && bytes.suffix(ending.utf8.count).elementsEqual(ending.utf8) {
            let rest = Array(bytes.dropLast(ending.utf8.count))
            let length = scalars - ending.unicodeScalars.count
            guard length >= 3 else { continue }
            var best: (count: Int, value: Int)?
            for (stem, value) in stems where stem.utf8.count >= 3 && rest.count >= stem.utf8.count && rest.suffix(stem.utf8.count).elementsEqual(stem.utf8) {
                let count = stem.unicodeScalars.count
                guard count == length || (compounds && count >= 4 && count < length) else { continue }
                if best == nil || count > best!.count { best = (count, value) }
            }
            if let best { return best.value }
        }
        // Words the byte path does not read are looked up whole.
        return bytes.count < 3 || (bytes.count <= 8 && scalars < 3) ? stems[word] : nil
    }

    @Test(arguments: [1811, 1812, 1813] as [UInt64])
    func lookupAgreesWithThePlainDefinition(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let endings = ["en", "n", "e", "s", "es", "ern"]
        for compounds in [true, false] {
            var stems: [String: Int] = ["granate": 1, "km": 2, "öl": 3, "soldat": 4, "ate": 5, "nate": 6, "ranate": 7]
            for value in 10..<300 { stems[ByteLookupTests.randomWord(&generator, maxPieces: 7)] = value }
            let table = SuffixTable(stems, endings: endings, compounds: compounds)
            let keys = Array(stems.keys)
            for _ in 0..<3_000 {
                let word: String
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: word = ByteLookupTests.randomWord(&generator, maxPieces: 5) + keys.randomElement(using: &generator)! + (endings.randomElement(using: &generator)!)
                case 1: word = keys.randomElement(using: &generator)! + (Bool.random(using: &generator) ? endings.randomElement(using: &generator)! : "")
                default: word = ByteLookupTests.randomWord(&generator, maxPieces: 9)
                }
                #expect(table.lookup(word) == Self.reference(stems, endings: endings, compounds: compounds, word), "seed \(seed): \(Array(word.utf8)) compounds \(compounds)")
            }
        }
    }
}
