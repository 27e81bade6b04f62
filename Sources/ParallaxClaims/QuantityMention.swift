import ParallaxModel

/// A quantity found in a sentence's tokens, before it becomes a claim.
struct QuantityMention: Sendable, Equatable {
    /// Index of the first token (the qualifier, currency sign or number).
    var first: Int
    /// Index one past the last token (the counted noun, when there is one).
    var end: Int
    /// Index of the number's first token.
    var number: Int
    var quantity: Quantity
    /// The measure the counted noun implies (`Gefallene` → killed).
    var impliedMeasure: String?
    /// The country of a national adjective on the counted noun (`nordkoreanische Soldaten`).
    var owner: String?
    /// True when words next to the number refer back to an earlier count (`weitere`, `von ihnen`).
    var anaphoric = false
    /// True when an unknown noun follows the number (`23 Schlepper`): it counts something all the same.
    var countsNoun = false
    /// A part of a whole named before it in the sentence (`von den rund 1.900 Autobahnbrücken … derzeit 240 als …`, `Of
    /// the 1,900 bridges, 240 are …`): it takes the whole's counted noun and is a count even when no lexicon knows it.
    var partOfWhole = false
    /// A bare figure that opens its sentence as the subject of a verb (`55.000 haben ihre Wurzeln in der Türkei`, `Rund 150
    /// können in einem Internat unterkommen`): it counts what the sentence before counted.
    var continuesCount = false
    /// A figure alone in a conjunct after a counted figure of its sentence (`14 Patienten, im Kreiskrankenhaus Kessdorf
    /// neun`, `114 Anfragen …, von der ÖVP 50`): it counts what that figure counts (round 16).
    var gapped = false
    /// A small spelled number determining a plural noun no lexicon knows (`at two stalls`; round 19,
    /// `QuantityFinder+SpelledCount.swift`): a count kept as a claim, whose unit the sentence may still supply as for a
    /// bare figure.
    var spelledCount = false
}

/// Conversions of areas to square kilometres and distances to kilometres.
enum UnitConversion {
    /// Unit → (factor to the common unit, the common unit). Made once (round 24b: the literal was built, and its seven keys
    /// hashed, at every call — 2.3 M instructions in 150 articles by callgrind).
    private static let factors: [String: (Double, String)] = [
        "square mile": (2.589_988_110_336, "square kilometre"),
        "square kilometre": (1, "square kilometre"),
        "hectare": (0.01, "square kilometre"),
        "square metre": (0.000_001, "square kilometre"),
        // Round 31: acres and the imperial lengths and areas, by their exact definitions (1 foot = 0.3048 m).
        "acre": (0.004_046_856_422_4, "square kilometre"),
        "square foot": (0.000_000_092_903_04, "square kilometre"),
        "mile": (1.609_344, "kilometre"),
        "kilometre": (1, "kilometre"),
        "metre": (0.001, "kilometre"),
        "yard": (0.000_914_4, "kilometre"),
        "foot": (0.000_304_8, "kilometre"),
    ]

    /// The value in the common unit of its dimension, or `nil` when the unit has none.
    static func normalize(_ value: Double?, unit: String?) -> Quantity.NormalizedValue? {
        guard let value, let unit else { return nil }
        guard let (factor, base) = factors[unit] else { return nil }
        let converted = value * factor
        // Two decimals, or four significant digits below 1 (`300 Quadratmeter` = 0.0003 km², not 0).
        var scale = 100.0
        if converted > 0 && converted < 1 {
            scale = 10_000
            var probe = converted
            while probe < 0.1 {
                probe *= 10
                scale *= 10
            }
        }
        return Quantity.NormalizedValue(value: (converted * scale).rounded() / scale, unit: base)
    }
}

extension LanguagePack {
    /// The counted noun a word names, from the unit lexicon: whole word, then its compound head
    /// after an inflection ending is removed (`Artilleriegranaten` → granate → shell).
    /// - Complexity: O(n·e) look-ups for a word of n characters and e endings.
    func unit(for word: String) -> Unit? {
        unitStems.lookup(word)
    }

    /// The counted noun a figure's word names: the listed units and the families of counted nouns (round 15). Only the
    /// quantity rules read the families; a source or a name is still told from the listed units alone (`die Forscher
    /// rechnen vor`, `der Manager`, `Kinderfonds` stay speakers and names).
    /// - Complexity: O(n·e) look-ups for a word of n characters and e endings.
    func countedUnit(for word: String) -> Unit? {
        countedNounStems.lookup(word)
    }

    /// The start of a qualifier of at most three words that ends right before `index` (`about`, `mehr als`), if any.
    /// - Complexity: O(1): three phrase look-ups.
    func qualifierStart(endingAt index: Int, in tokens: [ClaimToken]) -> Int? {
        for start in max(0, index - 3)..<index {
            if let qualifier = qualifiers.match(tokens, at: start), start + qualifier.length == index { return start }
        }
        return nil
    }
}
