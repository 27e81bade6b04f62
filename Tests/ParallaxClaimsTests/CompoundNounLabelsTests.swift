import ParallaxTesting
import Testing

@testable import ParallaxClaims

/// `CompoundNounLabels.label(of:compounds:)` with the nouns' lengths counted once (round 22) answers as the obvious loop
/// over the nouns, longest first, that counts the word's and each noun's characters as it goes: for the German and English
/// nominal-measure nouns, for compounds written for this test, and for random words ending in listed nouns.
@Suite struct CompoundNounLabelsTests {
    /// The obvious version: the whole word, then the longest noun (alphabetical among equally long) the word ends in after a
    /// modifier of three characters or more.
    static func obviousLabel(_ labels: [String: String], of word: String, compounds: Bool) -> String? {
        if let label = labels[word] { return label }
        guard compounds else { return nil }
        let nouns = labels.keys.filter { !$0.contains(" ") }.sorted {
            $0.count != $1.count ? $0.count > $1.count : $0 < $1
        }
        for noun in nouns where word.count >= noun.count + 3 && word.hasSuffix(noun) { return labels[noun] }
        return nil
    }

    static let written: [String: [String]] = [
        "de": [
            "lohnerhöhung", "erhöhung", "preissenkung", "sachschaden", "gesamtschaden", "kostensteigerung", "rückgang",
            "umsatzrückgang", "abschwung", "mehrkosten", "baukosten", "ung", "xyzerhöhung", "straßenbau", "größenordnung",
        ],
        "en": [
            "increase", "pay increase", "price cut", "decrease", "cost", "costs", "overrun", "shortfall", "taxcut",
            "fareincrease", "rise", "sunrise", "damage", "xyz", "éclair",
        ],
    ]

    @Test(arguments: ["de", "en"])
    func answersAsTheObviousLoop(language: String) {
        let lexicon = NominalMeasures.of(language)
        let labels = lexicon.nouns.labels
        var generator = SeededGenerator(seed: 2202)
        var words = Self.written[language]!
        let nouns = Array(labels.keys).sorted()
        for _ in 0..<400 {
            let noun = nouns.isEmpty ? "" : nouns[Int.random(in: 0..<nouns.count, using: &generator)]
            let modifier = ByteLookupTests.randomWord(&generator, maxPieces: 3).lowercased()
            words.append(String(modifier.prefix(Int.random(in: 0...5, using: &generator))) + noun)
        }
        for word in words {
            for compounds in [false, true] {
                #expect(
                    lexicon.nouns.label(of: word, compounds: compounds) == Self.obviousLabel(labels, of: word, compounds: compounds),
                    "\(language): \(word) compounds \(compounds)")
            }
        }
    }

    /// Lengths are counted in characters, not bytes: an umlaut is one character of the three the modifier needs.
    @Test func modifierLengthCountsCharacters() {
        let labels = CompoundNounLabels(["erhöhung": "increase", "hung": "other"])
        #expect(labels.label(of: "äöüerhöhung", compounds: true) == "increase")
        #expect(labels.label(of: "äöerhöhung", compounds: true) == "other")
        #expect(labels.label(of: "äöerhöhung", compounds: false) == nil)
        #expect(labels.label(of: "erhöhung", compounds: false) == "increase")
    }

    /// Round 24b: the compound loop on bytes (Latin-1 words and nouns) and on `String`s (any other) answers as the obvious
    /// loop, on seeded random nouns and words of ASCII, Latin-1, decomposed umlauts, combining marks and other letters.
    @Test func randomNounsAndWords() {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<60 {
            var labels: [String: String] = [:]
            for index in 0..<Int.random(in: 0...8, using: &generator) {
                labels[ByteLookupTests.randomWord(&generator, maxPieces: 4).lowercased()] = "label\(index)"
            }
            let nounLabels = CompoundNounLabels(labels)
            let nouns = Array(labels.keys)
            for _ in 0..<200 {
                var word = ByteLookupTests.randomWord(&generator, maxPieces: 5).lowercased()
                if let noun = nouns.randomElement(using: &generator), Bool.random(using: &generator) { word += noun }
                for compounds in [false, true] {
                    #expect(
                        nounLabels.label(of: word, compounds: compounds) == Self.obviousLabel(labels, of: word, compounds: compounds),
                        "seed \(seed): \(word.unicodeScalars.map(\.value)) against \(nouns)")
                }
            }
        }
    }
}
