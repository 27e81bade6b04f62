/// A small deterministic random generator (SplitMix64) so property tests can report their seed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random paragraphs mixing the pieces sentence splitting and tokenising care about.
enum RandomText {
    static let pieces = [
        "Die", "Regierung", "sagte", "z. B.", "Dr.", "3.", "Oktober", "14.000", "1,5", "U.S.", "„Wir", "gehen.“",
        "Dann", "…", "...", "?", "!", "F.", "Etienne", "😀", "Größe", "don't", "All-in", "(", ")", "\"", "etc.",
        "usw.", "am", "28.", "April", "the", "troops", ".", ",", ":", "ï", "\u{00A0}", "23.04.2025", "Mio.", "e.g.",
    ]

    static func paragraph(using generator: inout SeededGenerator) -> String {
        let count = Int.random(in: 0...30, using: &generator)
        var parts: [String] = []
        for _ in 0..<count {
            parts.append(pieces.randomElement(using: &generator)!)
            if Bool.random(using: &generator) { parts.append([" ", "  ", " ", "\n"].randomElement(using: &generator)!) }
        }
        return parts.joined(separator: " ")
    }
}
