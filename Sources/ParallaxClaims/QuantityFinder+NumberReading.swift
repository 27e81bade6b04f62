import ParallaxModel

/// Reading one number at a position: digits (with groups split by spaces), number words joined by connectors, vague
/// amounts (`Dutzende`), fractions and shares, half a multiplier or a unit (`eine halbe Million`, `eine halbe Stunde`),
/// span adjectives (`monthlong`) and the article that reads as one before a unit (`rund einen Kilometer`).
extension QuantityFinder {
    /// A number read at one position.
    struct Reading {
        var value: Double
        var end: Int
        var qualifier: Quantity.Qualifier?
        var unit: String?
        var multiplied: Bool
        var grouped: Bool
        var plain: Bool
        /// Written in words without a multiplier (`zwei`): a quantity only with a counted noun.
        var spelled = false
        /// A vague amount (`Dutzende`): its value is a lower bound.
        var vague = false
        /// An adjective of one unit of time (`monthlong`): a duration.
        var span = false
        /// Half of one unit (`eine halbe Stunde`): a span of time is given in the next smaller unit (30 minutes).
        var half = false
        /// The part of one unit a `half` reading names: one half, or another fraction (`a quarter of an hour`, 0.25).
        var spanShare = 0.5
        /// A number word fused with the noun of occasions (`dreimal`): a count of its own, with no counted noun.
        var frequency = false
        /// A vague amount that alone may name a crowd of people (`Tausende`, `thousands`; `vague-numbers.txt` `people`).
        var crowd = false
    }

    /// True when the figure read at `index` is a plain integer from 1900 to 2100 (`2014`): it may be a year rather than
    /// a count.
    static func mayBeYear(_ reading: Reading, at index: Int, in tokens: [ClaimToken]) -> Bool {
        tokens[index].isPlainInteger && (1900...2100).contains(reading.value)
    }

    /// Half a multiplier (`eine halbe Million`, `half a million`): the article, the half word, an article
    /// in between (`a`) and the multiplier.
    private func half(_ tokens: [ClaimToken], at index: Int) -> Reading? {
        guard tokens[index].kind == .word else { return nil }
        var scan = index
        if pack.halfArticles.contains(tokens[scan]), scan + 1 < tokens.count { scan += 1 }
        guard pack.halfWords.contains(tokens[scan]) else { return nil }
        scan += 1
        if scan < tokens.count, pack.halfArticles.contains(tokens[scan]) { scan += 1 }
        // Half of one unit of measure or time (`eine halbe Stunde`, `half a ton`; round 12): the unit is read after it.
        if isMeasureUnit(tokens, at: scan) {
            return Reading(value: 0.5, end: scan, qualifier: nil, unit: nil, multiplied: true, grouped: false, plain: false, half: true)
        }
        // A dozen or more (`half a dozen`, `ein halbes Dutzend`; round 16).
        guard scan < tokens.count, let multiplier = pack.multipliers.match(tokens, at: scan), multiplier.value >= 12 else { return nil }
        return Reading(
            value: multiplier.value / 2, end: scan + multiplier.length, qualifier: nil, unit: nil, multiplied: true,
            grouped: false, plain: false)
    }

    /// One unit of length or area named by the indefinite article after a qualifier (`almost a mile long`,
    /// `rund einen Kilometer`): the article reads as 1. Without a qualifier the article counts nothing. Units of time
    /// count too (`bis zu einer Woche`; `QuantityFinder+QualifiedOneSpan.swift`); those that date an event (`vor fast
    /// einem Jahr`, `about a year ago`) are left out later, as every dating span.
    private func oneMeasure(_ tokens: [ClaimToken], at index: Int) -> Reading? {
        guard tokens[index].kind == .word, index > 0, index + 1 < tokens.count, pack.halfArticles.contains(tokens[index]),
            tokens[index + 1].kind == .word, let unit = pack.countedUnit(for: tokens[index + 1].lower)?.unit,
            UnitConversion.normalize(1, unit: unit) != nil || isQualifiedOneSpan(unit, tokens, article: index),
            qualifierBefore(tokens, index) != nil, !isHalfAfterUnit(tokens, at: index + 4)
        else { return nil }
        return Reading(value: 1, end: index + 1, qualifier: nil, unit: nil, multiplied: true, grouped: false, plain: false)
    }

    /// Reads a number (digits, number words, a vague amount or a fraction) starting at `index`.
    func read(_ tokens: [ClaimToken], at index: Int) -> Reading? {
        guard index < tokens.count else { return nil }
        // Most words start no number: one look-up of the key rejects them before the tables below.
        if tokens[index].kind == .word && !pack.numberStartKeys.contains(tokens[index].key) { return nil }
        if let vague = pack.vagueNumbers.match(tokens, at: index),
            // `25 Millionen`, `6,31 (2014: 4,86) Millionen Euro`: the multiplier of a figure is no vague amount.
            vague.value.value < 1_000_000 || index == 0 || tokens[index - 1].kind != .number && tokens[index - 1].text != ")"
        {
            // `Dutzende Millionen Muslime`, `hundreds of millions in profits`: a vague count of a multiplier (round 12).
            var value = vague.value.value, end = index + vague.length
            if vague.value.value < 1000, let multiplier = pack.multipliers.match(tokens, at: end), multiplier.value >= 1_000_000 {
                value *= multiplier.value
                end += multiplier.length
            }
            // A multiplier alone (`Millionen Pilger`) counts only a noun: `schätzt den Schaden auf Millionen` names no figure.
            return Reading(
                value: value, end: end, qualifier: vague.value.qualifier, unit: nil,
                multiplied: true, grouped: false, plain: false, spelled: vague.value.value >= 1_000_000, vague: true,
                crowd: vague.value.standsForPeople && end == index + vague.length)
        }
        if let half = half(tokens, at: index) { return half }
        if let qualified = qualifiedMultiplier(tokens, at: index) { return qualified }
        // `The monthlong reprieve`: one month (round 11b).
        if tokens[index].kind == .word, let unit = pack.spanAdjectives[tokens[index].lower] {
            return Reading(
                value: 1, end: index + 1, qualifier: nil, unit: unit, multiplied: true, grouped: false, plain: false, span: true)
        }
        // `zweitägigen Herbsttreffen`, `seven-hour siege`, `60-jährigen Bestehens` (round 14).
        if let compound = spanCompound(tokens, at: index) { return compound }
        if let one = oneMeasure(tokens, at: index) { return one }
        if let fraction = pack.fractions.match(tokens, at: index), !isNoShare(tokens, fraction.length, at: index),
            !isHalfAfterUnit(tokens, at: index)
        {
            if let scaled = fractionOfMultiplier(tokens, share: fraction.value, after: index + fraction.length) { return scaled }
            if let part = fractionOfUnit(tokens, share: fraction.value, after: index + fraction.length) { return part }
            return Reading(
                value: fraction.value, end: index + fraction.length, qualifier: nil, unit: "percent",
                multiplied: true, grouped: false, plain: false)
        }
        if let frequency = fusedFrequency(tokens, at: index) { return frequency }
        // The token is read in place, not copied (round 31). A plain integer's text is ASCII digits: its length in
        // characters is its count of bytes.
        let kind = tokens[index].kind
        let isPlainInteger = tokens[index].isPlainInteger
        var value: Double
        var end = index + 1
        var grouped = false
        var wordNumber = false
        if kind == .number {
            guard let parsed = parser.parseDigits(tokens[index].text) else { return nil }
            value = parsed
            grouped = tokens[index].text.contains(pack.groupSeparator) && parsed == parsed.rounded() && parsed >= 1000
            if isPlainInteger, tokens[index].text.utf8.count <= 3 {
                var digits = tokens[index].text
                while end < tokens.count, tokens[end].isPlainInteger, tokens[end].text.utf8.count == 3,
                    tokens[end].spaceBefore, tokens[end].start == tokens[end - 1].end + 1
                {
                    digits += tokens[end].text
                    end += 1
                    grouped = true
                }
                value = Double(digits) ?? value
            }
            if let part = vulgarFraction(tokens, at: end) {
                value += part
                end += 1
            }
        } else if kind == .word {
            var words: [String] = []
            var scan = index
            while scan < tokens.count, tokens[scan].kind == .word || tokens[scan].text == "-" {
                let word = tokens[scan].lower
                if parser.parseWord(tokens[scan]) == nil && !(!words.isEmpty && pack.numberConnectors.contains(word)) { break }
                // An ASCII letter first is a letter without the Unicode tables (`Character.isLetter` reads the first scalar's
                // `isAlphabetic`).
                if word.utf8.first.map({ ($0 | 0x20) &- 0x61 < 26 }) == true || word.first?.isLetter == true,
                    pack.numberConnectors.contains(word), !joinsNumberWords(words.last, tokens, scan + 1)
                {
                    break
                }
                words.append(word)
                scan += 1
            }
            while let last = words.last, pack.numberConnectors.contains(last) { words.removeLast(); scan -= 1 }
            guard !words.isEmpty, let parsed = parser.parseWords(words) else { return nil }
            // An article before a number word below a hundred is not part of it (`a seven percent rise`).
            if words.count > 1, parser.parseWord(words[0]) == 1, let next = parser.parseWord(words[1]), next < 100 { return nil }
            if isCardinalNoun(parsed, words.count, tokens, at: index) { return nil }
            value = parsed
            end = scan
            if value < 2 && pack.multipliers.match(tokens, at: end) == nil && !isOneOfMeasure(value, tokens, at: end)
                && !isCasualtyOne(value, tokens, from: index, to: end)
            {
                return nil
            }
            wordNumber = true
        } else {
            return nil
        }
        var multiplied = false
        if let multiplier = pack.multipliers.match(tokens, at: end) {
            value *= multiplier.value
            end += multiplier.length
            multiplied = true
        }
        return Reading(
            value: value, end: end, qualifier: nil, unit: nil, multiplied: multiplied, grouped: grouped,
            plain: isPlainInteger && !grouped, spelled: wordNumber && !multiplied)
    }

    /// True when a half word closes `… and a half` after a noun (`an hour and a half`, `a mile and a half`): half of the
    /// thing just named, not a share of a whole, and `about a week and a half` no figure of one week either (round 31).
    private func isHalfAfterUnit(_ tokens: [ClaimToken], at index: Int) -> Bool {
        guard index >= 3, index < tokens.count, pack.halfWords.contains(tokens[index]), pack.halfArticles.contains(tokens[index - 1]),
            pack.numberConnectors.contains(tokens[index - 2].lower)
        else { return false }
        return tokens[index - 3].kind == .word && parser.parseWord(tokens[index - 3]) == nil
    }

    /// The value of a vulgar fraction written against the digits before it (`2½ Meter`, `1¾ miles`), from the character's
    /// Unicode numeric value, so that no language lists them (round 31).
    private func vulgarFraction(_ tokens: [ClaimToken], at index: Int) -> Double? {
        guard index < tokens.count, index > 0, tokens[index].kind == .punctuation, tokens[index].start - tokens[index - 1].end <= 1,
            tokens[index].text.unicodeScalars.count == 1, let scalar = tokens[index].text.unicodeScalars.first,
            scalar.properties.numericType == .numeric, let value = scalar.properties.numericValue, value > 0, value < 1
        else { return nil }
        return value
    }

    /// True when a small cardinal is a noun: where nouns are capitalised, cardinals are written lower-case, so one word below
    /// twelve written capitalised after another word names a thing (`mit dem Dreier`, `im Zweier ohne Steuermann`,
    /// `eine Drei in Mathematik`, `die Elf des Trainers`), not a count; `Dutzend`, `Hunderte`, `Tausende` are nouns that count
    /// (round 31).
    private func isCardinalNoun(_ value: Double, _ wordCount: Int, _ tokens: [ClaimToken], at index: Int) -> Bool {
        guard pack.capitalizesNouns, wordCount == 1, value < 12, index > 0, tokens[index].isCapitalized else { return false }
        return tokens[index - 1].kind == .word
    }

    /// True when `ein`/`one` reads as the number one: before a share or a length, the word itself and not a compound's
    /// head (`auf ein Prozent`, `um einen Prozentpunkt`, `einen Kilometer vor der Küste`; real.md), never before a
    /// counted noun, where it is the article. Spans of time stay articles (`für einen Tag`, `a day`): the invented
    /// splits' writers do not count them, the real splits' annotator does — a convention, not tuned (round 13).
    private func isOneOfMeasure(_ value: Double, _ tokens: [ClaimToken], at end: Int) -> Bool {
        guard value == 1, end < tokens.count, tokens[end].kind == .word,
            let unit = pack.units.match(tokens, at: end)?.value ?? pack.unitStems.wholeWord(tokens[end].lower)
        else { return false }
        return Self.oneUnits.contains(unit.unit)
    }

    /// Shares and lengths: a reference amount (`Ein Liter Diesel kostet`, `a decade`) is no claim.
    private static let oneUnits: Set<String> = ["percent", "percentage point", "per mille", "kilometre", "metre", "mile"]

    /// True when a share phrase is no share: it runs on into a range (`einer von fünf, sechs Politikern`: a group of five
    /// or six, not a fifth), or it is a share of several words (`zwei von drei`) after a determiner or a copula
    /// (`shareBlockers`), which names members of a group (`die zwei von fünf Kindern`, `ist eine von vier Institutionen`), or
    /// it is followed by a unit of time (`every second day`: a frequency).
    private func isNoShare(_ tokens: [ClaimToken], _ length: Int, at index: Int) -> Bool {
        let end = index + length
        if length >= 3, index > 0, pack.shareBlockers.contains(tokens[index - 1]) { return true }
        // `every second day`, `jedes dritte Jahr`: a distributive ordinal before a unit of time is a frequency (round 32).
        if end < tokens.count, tokens[end].kind == .word, let unit = pack.countedUnit(for: tokens[end].lower)?.unit,
            Self.durationParts[unit] != nil || unit == "second"
        {
            return true
        }
        guard end + 1 < tokens.count, tokens[end].text == ",", tokens[end - 1].kind == .word else { return false }
        return tokens[end + 1].kind == .number || parser.parseWord(tokens[end + 1]) != nil
    }

    /// True when a connector word (`und`, `and`) joins number words into one number: after a hundred or
    /// more (`one hundred and twenty`), or a unit before a multiple of ten (`sechs und zwanzig`); not two
    /// numbers of a range (`zwischen sechs und zwölf Wochen`).
    private func joinsNumberWords(_ previous: String?, _ tokens: [ClaimToken], _ next: Int) -> Bool {
        guard let previous, let before = parser.parseWord(previous) else { return true }
        guard next < tokens.count, let after = parser.parseWord(tokens[next]) else { return true }
        if before >= 100 { return after < before }
        // `four and a half`; not the article-numeral of another noun phrase (`der einen und einer weiteren Person`; round 20).
        if after <= 1 { return after < 1 || next + 1 < tokens.count && pack.halfWords.contains(tokens[next + 1]) }
        return before < 10 && after >= 20 && after < 100 && after.truncatingRemainder(dividingBy: 10) == 0
    }
}
