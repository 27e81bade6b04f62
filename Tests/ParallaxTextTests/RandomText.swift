import ParallaxTesting

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
