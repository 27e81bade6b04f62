import ParallaxModel

/// The context rules of ``QuantityFinder``: what is not a quantity, and what is counted.
extension QuantityFinder {
    /// True when a span of time before or after an event (`sechs Monate nach`, `six hours before the`: the rows `event` of
    /// `not-quantity-after.txt`) is bounded by a qualifier word before it (`spätestens sechs Monate nach Ende des
    /// Geschäftsjahres`, `more than six hours before the first boat set out`): a deadline or the least or most time between
    /// two events is a stated length of time, where the bare span only dates the event (`drei Tage nach der Wahl`; round
    /// 26). A bound is `at-least`, `more-than`, `up-to` or `less-than`; `etwa`, `rund`, `about` only round a date. A
    /// bounded span opening its sentence or its line after a dateline dash or a colon still frames the time of the main
    /// clause (`Mehr als vier Jahre nach der Havarie hat … begonnen`) and stays out.
    /// - Complexity: O(1): called only where an `event` row matches after the figure; one unit look-up, then the qualifier
    ///   look-up before the figure.
    func isBoundedSpanBeforeEvent(_ tokens: [ClaimToken], at index: Int, reading: Reading) -> Bool {
        guard reading.end < tokens.count, tokens[reading.end].kind == .word,
            pack.countedUnit(for: tokens[reading.end].lower)?.measure == "duration"
        else { return false }
        let bound: (start: Int, qualifier: Quantity.Qualifier)?
        if let own = reading.qualifier { bound = (index, own) } else { bound = qualifierBefore(tokens, index) }
        guard let bound, [.atLeast, .moreThan, .upTo, .lessThan].contains(bound.qualifier) else { return false }
        if bound.start == 0 { return false }
        let before = tokens[bound.start - 1]
        return !(before.kind == .punctuation && ["–", "—", "-", ":"].contains(before.text))
    }

    /// True when the number at `index` is a date, time, year, ordinal, phone or house number or an
    /// identifier rather than a quantity.
    func isExcluded(_ tokens: [ClaimToken], at index: Int, reading: Reading) -> Bool {
        let token = tokens[index]
        // (Per figure one phrase look-up, as before; the bounded-span test runs only after an `event` row.)
        if let after = pack.notQuantityAfter.match(tokens, at: reading.end),
            !(after.value && isBoundedSpanBeforeEvent(tokens, at: index, reading: reading))
        {
            return true
        }
        // `Platz fünf von sechs`, `Teil zwei`: a rank or identifier in words too (round 12).
        if token.kind == .word, index > 0, !reading.vague {  // `zum Teil tausende Kilometer` counts
            for start in max(0, index - 3)..<index {
                if let match = pack.notQuantityBefore.match(tokens, at: start), start + match.length == index { return true }
            }
        }
        guard token.kind == .number else { return false }
        if token.text.hasPrefix("0") && token.text.count > 1 && token.isPlainInteger { return true }
        if isPostalCode(tokens, at: index) { return true }
        if isAgeApposition(tokens, at: index) { return true }
        if index > 0 {
            let previous = tokens[index - 1]
            if signOfChange(tokens, at: index, reading: reading) != nil { return false }
            // `-9C`, `(-3 Grad)`: the minus of a temperature below zero (round 19).
            if previous.kind == .punctuation, belowZeroSign(tokens, figure: index) != nil, isTemperature(tokens, at: reading.end) {
                return false
            }
            if !token.spaceBefore && (previous.kind == .word || previous.text == "-" || previous.text == "+"
                || previous.text == "#" || previous.text == "/")
            {
                return true
            }
            if previous.kind == .word && pack.endsInStreetSuffix(previous.lower) { return true }
            if isNumberedName(tokens, at: index, reading: reading) { return true }
            if isScore(tokens, at: index, reading: reading) { return true }
            // An abbreviated street, its full stop a token of its own (`Katharinenstr. 17`; round 18).
            if previous.text == ".", index >= 2, tokens[index - 2].kind == .word, !previous.spaceBefore {
                let abbreviation = tokens[index - 2].lower + "."
                if pack.streetSuffixes.contains(where: { $0.hasSuffix(".") && abbreviation.hasSuffix($0) }) { return true }
            }
            // A day or a year after a month (`February 14`, `Mai 2026`, tokenised `Jan . 8`); `bis Ende Februar 41
            // Fälle` counts.
            let afterMonth =
                previous.kind == .word && pack.months.match(tokens, at: index - 1) != nil
                || previous.text == "." && index >= 2 && pack.months.match(tokens, at: index - 2)?.length == 2
            if afterMonth && (reading.value <= 31 || token.isFourDigitInteger)
            {
                return true
            }
            if previous.kind == .number { return true }
        }
        // A list after such a word (`ages 10 , 9 and 4`, `Paragraf 3 und 4`): every element is what the first is (round 11b).
        var head = index
        while head >= 2, tokens[head - 2].kind == .number,
            tokens[head - 1].text == "," || pack.numberConnectors.contains(tokens[head - 1].lower)
        {
            head -= 2
        }
        for start in max(0, head - 3)..<head {
            if let match = pack.notQuantityBefore.match(tokens, at: start), start + match.length == head { return true }
        }
        let next = reading.end
        if isStreetAhead(tokens, next) { return true }
        if next < tokens.count {
            let after = tokens[next]
            if after.kind == .word && !after.spaceBefore && ["st", "nd", "rd", "th"].contains(after.lower) { return true }
            // A short group of digits before a long one, a space apart (`555 1234`, `0171 2345678`): a telephone number,
            // whose later groups are no quantity already (a figure right after a figure; round 31, qforms32).
            if next == index + 1, token.isPlainInteger, after.isPlainInteger, after.spaceBefore, after.text.utf8.count >= 4,
                token.text.utf8.count <= 3 || token.text.hasPrefix("0")
            {
                return true
            }
            // A letter glued to the figure before a hyphenated noun names an identifier (`mittels 15a-Vereinbarung`): the
            // noun after the hyphen is no counted noun unless the glued part is a unit itself (`10km-Lauf`; round 13).
            if after.kind == .word && !after.spaceBefore, let hyphen = after.lower.firstIndex(of: "-"),
                pack.countedUnit(for: String(after.lower[..<hyphen])) == nil
            {
                return true
            }
            if after.kind == .word && !after.spaceBefore && !reading.multiplied && pack.countedUnit(for: after.lower) == nil
                && pack.currencies.match(tokens, at: next) == nil && temperatureEnd(tokens, at: next) == nil
                && pack.gluedUnits[after.lower] == nil
            {
                return true
            }
            if pack.months.match(tokens, at: next) != nil { return true }
            // A grouped figure may be an ordinal too (`der 10.000. Besucher`, `zum 1.000. Mal`; round 31).
            if after.text == ".", !after.spaceBefore, token.isPlainInteger || reading.grouped, next + 1 < tokens.count {
                let following = tokens[next + 1]
                if reading.value <= 31 || !following.isCapitalized || pack.months.match(tokens, at: next + 1) != nil {
                    return true
                }
                // `im 91. Lebensjahr`, `zum 40. Mal`: after an article or a contracted preposition a number with
                // a full stop before a noun is an ordinal, whatever its size.
                if index > 0, pack.ordinalOpeners.contains(tokens[index - 1]) { return true }
            }
            if after.text == ":" && !after.spaceBefore { return true }
        }
        return false
    }

    /// The measure a sign glued to a figure states (`(+0,6 Prozent)`, `(-0,1 Prozent)`, `nach +0,1 im vierten Quartal`):
    /// `increase` or `decrease`. The sign stands apart from the word before it (after a space, a bracket or a colon, so
    /// `Covid-19`, `A-38` and ranges like `10-12` are no change) and the figure is a decimal or a share; a phone number
    /// (`+43 1 …`) is neither.
    func signOfChange(_ tokens: [ClaimToken], at index: Int, reading: Reading) -> String? {
        guard index > 0, tokens[index].kind == .number, !tokens[index].spaceBefore else { return nil }
        let sign = tokens[index - 1].text
        guard sign == "+" || sign == "-" || sign == "−" else { return nil }
        guard index == 1 || tokens[index - 1].spaceBefore || ["(", ":", "["].contains(tokens[index - 2].text) else { return nil }
        // A share (`+0,6 Prozent`), or a decimal in brackets or before a lower-case word (`(-0,6)`, `nach +0,1 im vierten
        // Quartal`); not a sign before another unit (`-273,15 Grad`, `+12,5 Sek.` behind a winner) or in a list of scores.
        let next = reading.end < tokens.count ? tokens[reading.end] : nil
        if let next, pack.countedUnit(for: next.lower)?.unit == "percent" || pack.unitStems[next.lower]?.unit == "percent" {
            return sign == "+" ? "increase" : "decrease"
        }
        let decimal = tokens[index].text.contains(pack.decimalSeparator) && !tokens[index].text.hasPrefix(String(pack.decimalSeparator))
        guard decimal, let next, next.text == ")" || next.kind == .word && !next.isCapitalized && pack.countedUnit(for: next.lower) == nil
        else { return nil }
        return sign == "+" ? "increase" : "decrease"
    }

    /// True when a span of time starting at `start` dates rather than measures: after an ago word (`vor vier
    /// Wochen`), or as an age bound right after a counted noun (`vier Kinder unter fünf Jahren`, `people over
    /// 65 years`).
    func isDatingSpan(_ tokens: [ClaimToken], start: Int, qualifier: Quantity.Qualifier) -> Bool {
        guard start > 0, tokens[start - 1].kind == .word else { return false }
        if pack.agoWords.contains(tokens[start - 1]) || pack.timeFrames.contains(tokens[start - 1]) { return true }
        return (qualifier == .lessThan || qualifier == .moreThan) && pack.countedUnit(for: tokens[start - 1].lower) != nil
    }

    /// True when a word next to the quantity refers back to an earlier count.
    func isAnaphoric(_ tokens: [ClaimToken], before start: Int, after end: Int) -> Bool {
        if start > 0, pack.anaphora.match(tokens, at: start - 1)?.length == 1 { return true }
        return pack.anaphora.match(tokens, at: end) != nil
    }

    /// True when a bare number word continues a count of the sentence with a verb of its own: after a
    /// comma or `und`/`and`, a measure verb within three words (`…, neun wurden verletzt`, `and two
    /// suffered minor injuries`).
    func isEllipticCount(_ tokens: [ClaimToken], start: Int, end: Int) -> Bool {
        guard start > 0, tokens[start - 1].text == "," || pack.numberConnectors.contains(tokens[start - 1].lower),
            tokens[..<start].contains(where: { $0.kind == .number || parser.parseWord($0) != nil })
        else { return false }
        for scan in end..<min(tokens.count, end + 3) where tokens[scan].kind == .word {
            if let measure = pack.measures.match(tokens, at: scan), !measure.value.isNoun { return true }
        }
        return false
    }

    /// The counted noun of the clause before `index` (`Zahl der Toten steigt auf`), up to eight words back.
    func nounEarlierInClause(_ tokens: [ClaimToken], before index: Int) -> LanguagePack.Unit? {
        var scan = index - 1
        while scan >= 0 && scan >= index - 8 {
            if tokens[scan].kind == .punctuation { return nil }
            if tokens[scan].kind == .word, let unit = pack.countedUnit(for: tokens[scan].lower), unit.unit != "percent" {
                return unit
            }
            scan -= 1
        }
        return nil
    }

    /// How many of a larger duration unit one smaller unit is (`month` → 1/12 `year`).
    static let durationParts: [String: [String: Double]] = [
        "year": ["month": 1.0 / 12, "week": 7.0 / 365, "day": 1.0 / 365],
        "month": ["week": 7.0 / 30, "day": 1.0 / 30],
        "week": ["day": 1.0 / 7],
        "day": ["hour": 1.0 / 24],
        "hour": ["minute": 1.0 / 60],
        "minute": ["second": 1.0 / 60],
    ]

    /// The smaller part of a compound duration (`vier Jahre und sechs Monate`, `four years and six
    /// months`): its value in the larger unit and the end of its noun.
    func durationPart(_ tokens: [ClaimToken], after end: Int, larger: String) -> (value: Double, end: Int)? {
        guard let parts = Self.durationParts[larger], end + 1 < tokens.count, tokens[end].kind == .word,
            pack.numberConnectors.contains(tokens[end].lower), let second = read(tokens, at: end + 1)
        else { return nil }
        let noun = countedNoun(tokens, from: second.end)
        guard let smaller = noun.0, let ratio = parts[smaller] else { return nil }
        return (second.value * ratio, noun.3)
    }

    /// True when a noun follows (`sechs Ortschaften`, `six villages`), so a spelled number counts it.
    func isNounAhead(_ tokens: [ClaimToken], _ index: Int) -> Bool {
        guard index < tokens.count, tokens[index].kind == .word, !pack.unitGapStops.contains(tokens[index]) else {
            return false
        }
        if pack.capitalizesNouns {
            // One inflected adjective before the noun (`60 heldenhafte Retter`).
            if !tokens[index].isCapitalized, index + 1 < tokens.count, tokens[index + 1].kind == .word,
                tokens[index + 1].isCapitalized, pack.hasInflectedAdjectiveEnding(tokens[index].lower)
            {
                return true
            }
            return tokens[index].isCapitalized
        }
        if tokens[index].lower.hasSuffix("s") { return true }
        // One adjective before the plural noun (`three primary schools`).
        let next = index + 1
        return next < tokens.count && tokens[next].kind == .word && !pack.unitGapStops.contains(tokens[next])
            && tokens[next].lower.hasSuffix("s") && tokens[next].text.count > 3
    }

    /// True when a street name follows the number (`14 Quay Road`): a house number. A word that only ends like a street but
    /// is a counted noun the lexicon knows is no street (`13 Schlittschuhläufer`, `20 Käufer`: `-läufer`, `-käufer` end in
    /// the street suffix `ufer`; round 33).
    func isStreetAhead(_ tokens: [ClaimToken], _ index: Int) -> Bool {
        var scan = index
        while scan < tokens.count && scan < index + 3 && tokens[scan].isCapitalized {
            if pack.endsInStreetSuffix(tokens[scan].lower) { return pack.countedUnit(for: tokens[scan].lower) == nil }
            scan += 1
        }
        return false
    }

    /// True when the words before a four-digit number make it a year (`im Jahr 2024`, `since 2022`).
    func isYearContext(_ tokens: [ClaimToken], _ index: Int) -> Bool {
        if index > 0, pack.unitGapStops.contains(tokens[index - 1]) { return true }
        for start in max(0, index - 2)..<index {
            if let match = pack.yearWords.match(tokens, at: start), start + match.length == index { return true }
            if pack.seasons.match(tokens, at: start) != nil { return true }
        }
        return false
    }

    /// The counted noun after a number: unit, the measure it implies, the country of a national
    /// adjective before it, and the index after it.
    /// The unit of the whole a bare number is a part of: `68 der 150 Abgeordneten`, `14 of the country's
    /// roughly 2,300 polling stations` — a part preposition, at most four words, then a number and its
    /// counted noun. Returns the unit and the token index of the whole's number.
    func unitOfWhole(_ tokens: [ClaimToken], after index: Int) -> (unit: String, whole: Int)? {
        guard index < tokens.count, pack.partPrepositions.contains(tokens[index]) else { return nil }
        var scan = index + 1
        while scan < tokens.count, scan - index <= 5, tokens[scan].kind != .number {
            guard tokens[scan].kind == .word || tokens[scan].text == "'" || tokens[scan].text == "’" else { return nil }
            scan += 1
        }
        guard scan < tokens.count, tokens[scan].kind == .number, let whole = read(tokens, at: scan),
            let unit = countedNoun(tokens, from: whole.end).0
        else { return nil }
        return (unit, scan)
    }

    /// The counted noun of a group a bare number is a part of, named without its own number: `12 of the
    /// aircraft`, `zwei der Verletzten` — a part preposition, a determiner or not, then right away the counted
    /// noun (`3 der geplanten Stunden` names no group).
    func unitOfGroup(_ tokens: [ClaimToken], after index: Int) -> (unit: String, measure: String?, end: Int)? {
        guard index + 1 < tokens.count, pack.partPrepositions.contains(tokens[index]), tokens[index + 1].kind == .word
        else { return nil }
        let first = pack.sourceSkips.contains(tokens[index + 1]) ? index + 2 : index + 1
        guard first < tokens.count, tokens[first].kind == .word,
            pack.units.match(tokens, at: first) != nil || pack.countedUnit(for: tokens[first].lower) != nil
        else { return nil }
        let noun = countedNoun(tokens, from: first)
        guard let unit = noun.0, unit != "percent" else { return nil }
        return (unit, noun.1, noun.3)
    }

    /// The counted noun after an extended attribute (`die 240 am stärksten geschädigten Autobahnbrücken`, `alle rund 1.300 vor
    /// 1975 gebauten Brücken`, `13 von der BVOG vergebenen langfristigen Krediten`): a preposition of `attribute-openers.txt`
    /// right after the figure, at most five words, then a lower-case participle or adjective not right after a determiner
    /// (`500 an die betroffenen Familien` gives to families, it counts none) and the capitalised noun. Its unit, if a lexicon
    /// knows it, and the index after it.
    /// - Complexity: O(1): at most eight tokens are read.
    func attributeNoun(_ tokens: [ClaimToken], from index: Int) -> (unit: LanguagePack.Unit?, end: Int)? {
        guard pack.capitalizesNouns, index + 2 < tokens.count else { return nil }
        // A determiner opens the object of a present participle (`rund 130.000 die Hauptstadt passierende Personen`; round 13).
        let objectOpened = pack.determiners.contains(tokens[index])
        guard objectOpened || pack.attributeOpeners.contains(tokens[index]) else { return nil }
        var scan = index + 1
        while scan + 1 < tokens.count, scan - index <= 5 {
            let token = tokens[scan]
            guard token.kind == .word || token.isFourDigitInteger else { return nil }
            // A participle (`gebauten`, `vergebenen`, `leidenden`) after at least one word of the preposition's phrase.
            if scan > index + 1, token.kind == .word, !token.isCapitalized, Self.isParticiple(token.lower),
                !objectOpened || Self.isPresentParticiple(token.lower),
                tokens[scan + 1].kind == .word, !isDeterminerLike(token), !isDeterminerLike(tokens[scan - 1])
            {
                var noun = scan + 1
                // Further adjectives (`vergebenen langfristigen Krediten`).
                while noun + 1 < tokens.count, !tokens[noun].isCapitalized, pack.hasInflectedAdjectiveEnding(tokens[noun].lower) {
                    noun += 1
                }
                guard tokens[noun].kind == .word, tokens[noun].isCapitalized else { return nil }
                return (pack.countedUnit(for: tokens[noun].lower), noun + 1)
            }
            scan += 1
        }
        return nil
    }

    /// Endings of inflected participles: weak (`gebauten`), strong (`vergebenen`) and present (`leidenden`).
    static let participleEndings = ["ten", "te", "tes", "tem", "ter", "enen", "ene", "enes", "enem", "ener", "nden", "nde", "ndes", "ndem", "nder"]

    /// True when a lower-case word ends like an inflected present participle (`passierende`, `leidenden`).
    static func isPresentParticiple(_ word: String) -> Bool {
        word.utf8.count >= 6 && ["nde", "nden", "ndes", "ndem", "nder"].contains { word.hasSuffix($0) }
    }

    /// True when a lower-case word of at least six letters ends like an inflected participle.
    static func isParticiple(_ word: String) -> Bool {
        word.utf8.count >= 6 && participleEndings.contains { word.hasSuffix($0) }
    }

    /// A determiner, article or possessive, after which an adjective belongs to the preposition's own noun.
    private func isDeterminerLike(_ token: ClaimToken) -> Bool {
        if pack.determiners.contains(token) || pack.halfArticles.contains(token) || pack.sourceSkips.contains(token) { return true }
        let word = token.lower
        return word.utf8.count <= 7 && ["sein", "ihr", "unser", "euer", "eur", "mein", "dein", "kein", "dies", "jen", "welch", "all"]
            .contains { word.hasPrefix($0) }
    }

    /// True when a capitalised word right after a figure, where only names are capitalised, modifies a counted noun the
    /// lexicon knows: up to three capitalised words and lower-case words of a compound, then the noun (`two Democratic
    /// donors`, `three House Republican committee chairmen`; round 15). A name followed by anything else stays a name.
    /// - Complexity: O(1): at most five tokens are read.
    func isCapitalizedModifier(_ tokens: [ClaimToken], at start: Int, from index: Int) -> Bool {
        guard start >= index, start <= index + 2 else { return false }
        // A year before a name and a noun dates it (`the 2016 Trump Tower meeting`).
        if index > 0, tokens[index - 1].isFourDigitInteger { return false }
        var scan = start
        var capitals = 0
        while scan < tokens.count, scan - start < 5, tokens[scan].kind == .word {
            if tokens[scan].isCapitalized {
                capitals += 1
                guard capitals <= 3 else { return false }
            } else if let unit = pack.countedUnit(for: tokens[scan].lower) {
                return !MeasureFinder.measurementUnits.contains(unit.unit) && unit.unit != "percent"
            } else if pack.unitGapStops.contains(tokens[scan]) {
                return false
            }
            scan += 1
        }
        return false
    }

    /// The first part of a hyphenated word, which is what a figure glued before it counts (`120.000-Einwohner-Stadt` counts
    /// inhabitants, not towns; `360-Grad-Videos` degrees; round 15); a word without a hyphen is itself.
    static func firstPart(of word: String) -> String {
        guard let hyphen = word.firstIndex(of: "-"), hyphen != word.startIndex else { return word }
        return String(word[..<hyphen])
    }

    /// The unit a hyphenated word names when its parts, read as words, open a unit phrase of `units.txt`
    /// (`square-kilometre`, `cubic-metres`; round 25): English joins a measurement unit of several words with hyphens
    /// when it stands before a noun (`a 1,900-square-kilometre reserve`). A word without a hyphen names none here.
    func hyphenatedPhraseUnit(_ word: String) -> LanguagePack.Unit? {
        guard word.contains("-") else { return nil }
        let parts = ClaimTokenizer.tokens(of: String(word.map { $0 == "-" ? " " : $0 }))
        guard parts.count > 1, let phrase = pack.units.match(parts, at: 0), phrase.length > 1 else { return nil }
        return phrase.value
    }

    func countedNoun(_ tokens: [ClaimToken], from index: Int) -> (String?, String?, String?, Int) {
        var scan = index
        var owner: String?
        var steps = 0
        // `41.3C`, `30 °C`, `86°F`: a temperature written with symbols (round 19).
        if let temperature = temperatureEnd(tokens, at: scan) { return ("degree", nil, nil, temperature) }
        // `3pc`: an abbreviation that is a unit only against the figure (`glued-units.txt`; round 31, qforms32).
        if scan > 0, scan < tokens.count, !tokens[scan].spaceBefore, tokens[scan - 1].kind == .number, tokens[scan].kind == .word,
            let unit = pack.gluedUnits[tokens[scan].lower]
        {
            return (unit, nil, nil, scan + 1)
        }
        if scan < tokens.count, let unit = pack.unitStems[tokens[scan].lower], tokens[scan].kind == .punctuation {
            return (unit.unit, unit.measure, nil, scan + 1)
        }
        // `150-member parliament`: a phrase after the hyphen names the unit before its first word does. Tokenised text
        // spaces the hyphen on both sides (`the 30 - day reprieve`; round 11b).
        if scan + 1 < tokens.count, tokens[scan].text == "-", tokens[scan].spaceBefore == tokens[scan + 1].spaceBefore,
            let phrase = pack.units.match(tokens, at: scan + 1)
        {
            return (phrase.value.unit, phrase.value.measure, nil, scan + 1 + phrase.length)
        }
        // `a 1,900-square-kilometre reserve`: a unit of several words written with hyphens as one word (round 25).
        if scan + 1 < tokens.count, tokens[scan].text == "-", tokens[scan].spaceBefore == tokens[scan + 1].spaceBefore,
            let unit = hyphenatedPhraseUnit(tokens[scan + 1].lower)
        {
            return (unit.unit, unit.measure, nil, scan + 2)
        }
        if scan + 1 < tokens.count, tokens[scan].text == "-", tokens[scan].spaceBefore == tokens[scan + 1].spaceBefore,
            let unit = pack.countedUnit(for: Self.firstPart(of: tokens[scan + 1].lower))
        {
            return (unit.unit, unit.measure, nil, scan + 2)
        }
        // An age between the count and its noun is read past as an adjective (`Drei 67-jährige Männer`; round 33).
        if scan + 2 < tokens.count, tokens[scan].kind == .number, let age = ageAdjectiveEnd(tokens, at: scan) { scan = age }
        while scan < tokens.count && steps < 5 {
            let token = tokens[scan]
            steps += 1
            // A compound modifier as tokenised text writes it, the hyphen spaced on both sides (`dozens of open - ended
            // questions`, `two long - range missiles`; round 18): its second half is read past, as one adjective.
            if isSpacedCompoundHyphen(tokens, at: scan, after: index) {
                scan += 2
                continue
            }
            if token.kind != .word { break }
            if !pack.capitalizesNouns && !titleCase && token.isCapitalized && scan > 0 && pack.adjectives.match(tokens, at: scan) == nil
                && !Self.isShoutedRun(tokens[index - 1], token)
                && !pack.derivedAdjectiveEndings.contains(where: { token.lower.hasSuffix($0) })
            {
                // A capitalised modifier of a known counted noun is no noun itself (`three House Republican … chairmen`).
                guard isCapitalizedModifier(tokens, at: scan, from: index) else { break }
                scan += 1
                continue
            }
            // A verb phrase of a measure ends the search (`two suffered minor injuries` counts no minors).
            if let measure = pack.measures.match(tokens, at: scan), measure.length > 1, !measure.value.isNoun { break }
            // Where nouns are capitalised, a lower-case verb of a measure past the first word is a participle of the
            // clause, not a noun (`vier weitere werden noch vermisst`), unless it qualifies a noun (`drei verletzte Seeleute`).
            if pack.capitalizesNouns, scan > index, !token.isCapitalized, pack.measures.match(tokens, at: scan) != nil,
                scan + 1 >= tokens.count || !tokens[scan + 1].isCapitalized
            {
                break
            }
            if let match = pack.units.match(tokens, at: scan) {
                return (match.value.unit, match.value.measure, owner, scan + match.length)
            }
            if let unit = pack.countedUnit(for: token.lower) {
                // Where nouns are capitalised, a lower-case word before a capitalised one is its attribute (`zwei betroffene
                // Gemeinden`, `100 deutsche Soldaten`): without a measure of its own it names no unit (round 15).
                if pack.capitalizesNouns, !token.isCapitalized, unit.measure == nil, token.lower.count >= 5,
                    pack.hasInflectedAdjectiveEnding(token.lower), !MeasureFinder.measurementUnits.contains(unit.unit),
                    scan + 1 < tokens.count,
                    tokens[scan + 1].kind == .word, tokens[scan + 1].isCapitalized
                {
                    scan += 1
                    continue
                }
                // A participle that may count people alone (`the missing`) before a counted noun qualifies it
                // (`two missing sailors`, `drei verletzte Seeleute`): the noun is the unit, the participle the measure. Where
                // nouns are capitalised, a lower-case word after it is the clause's verb, no noun (`Vier Opfer kämpfen um ihr
                // Leben` counts no fighters; round 33).
                if scan + 1 < tokens.count, tokens[scan + 1].kind == .word,
                    !pack.capitalizesNouns || tokens[scan + 1].isCapitalized, pack.measures.match(tokens, at: scan) != nil,
                    let noun = pack.countedUnit(for: tokens[scan + 1].lower)
                {
                    return (noun.unit, unit.measure ?? noun.measure, owner, scan + 2)
                }
                // Where compounds are written apart, a noun before another counted noun modifies it: the last is the head
                // (`Three bank employees` are workers, `two party members` persons; round 13).
                // A share or a measure is no first part of a compound (`the 95 percent experts consider necessary`; round 15).
                // A participle of harm after the noun is the clause's verb, no head (`two workers killed`; round 24).
                if !pack.capitalizesNouns, scan + 1 < tokens.count, tokens[scan + 1].kind == .word,
                    unit.unit != "percent", !MeasureFinder.measurementUnits.contains(unit.unit),
                    let head = pack.countedUnit(for: tokens[scan + 1].lower),
                    !(head.measure.map { Self.casualtyMeasures.contains($0) } ?? false)
                {
                    return (head.unit, head.measure ?? unit.measure, owner, scan + 2)
                }
                // `2,150 state schools`: a singular before a plural no lexicon counts modifies it (round 22).
                if unit.unit != "percent", !MeasureFinder.measurementUnits.contains(unit.unit), isCompoundModifier(tokens, at: scan) {
                    return (nil, nil, owner, index)
                }
                return (unit.unit, unit.measure, owner, scan + 1)
            }
            // A plural of a people's name (`a million ordinary Norvalians`, `300.000 Pannonier`) counts persons; its
            // singular is an adjective in English, and common German nouns in `-ier` take `-e` in the plural (round 34).
            if token.isCapitalized, token.text.utf8.count >= 6, pack.isPeoplePlural(token.lower),
                scan + 1 >= tokens.count || tokens[scan + 1].kind != .word || pack.countedUnit(for: tokens[scan + 1].lower) == nil
            {
                return ("person", nil, owner ?? pack.adjectives.match(tokens, at: scan)?.value.country, scan + 1)
            }
            if let adjective = pack.adjectives.match(tokens, at: scan) {
                owner = owner ?? adjective.value.country
                scan += adjective.length
                continue
            }
            if pack.unitGapStops.contains(token) { break }
            // An indefinite article opens another noun phrase (`haben 12 eine Gegenstimme abgegeben`; round 12d).
            if pack.halfArticles.contains(token) { break }
            // A capitalised adjective of a fixed name (`17 Kurze Debatten`, `vier Dringliche Anträge`) belongs to the noun
            // after it when the lexicon knows that noun (round 13).
            if pack.capitalizesNouns && token.isCapitalized {
                guard scan + 1 < tokens.count, tokens[scan + 1].isCapitalized, tokens[scan + 1].kind == .word,
                    pack.inflectedAdjectiveEndings.contains(where: { token.lower.hasSuffix($0) }),
                    pack.countedUnit(for: tokens[scan + 1].lower) != nil
                else { break }
            }
            scan += 1
        }
        return (nil, nil, owner, index)
    }

    /// True when a spelled figure and the word after it are both written in capitals (`for NINE HOURS`, `TWO MILLION left`):
    /// a shouted run of a tabloid, whose capitals name nothing, so the word is read as a common noun (round 18, dev6 and
    /// dev11 annotate `NINE HOURS` as hours). A figure in digits keeps the name test: `5 NGOs`, `3 US soldiers`.
    static func isShoutedRun(_ figure: ClaimToken, _ word: ClaimToken) -> Bool {
        isShouted(figure) && isShouted(word)
    }

    /// True for a word of two or more letters with no lower-case letter.
    static func isShouted(_ token: ClaimToken) -> Bool {
        guard token.kind == .word, token.text.utf8.count >= 2 else { return false }
        var letters = 0
        for scalar in token.text.unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.properties.isLowercase { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// True when the number at `index` is the postal code of an address (`Gerberstraße 9, 24481 Grauhofen`, `Am Salzmarkt 3
    /// · 24410 Tessenau`): a plain four- or five-digit integer after a street name, a house number and a separator, before a
    /// capitalised word no lexicon counts (the town); the house number may carry a letter (`69f`) and the street be
    /// abbreviated (`Katharinenstr. 17, 04109 Leipzig`). An imprint or press contact at an article's foot (round 18: dev10,
    /// dev12); `Hafenstraße 40, 2000 Besucher` still counts its visitors.
    func isPostalCode(_ tokens: [ClaimToken], at index: Int) -> Bool {
        let token = tokens[index]
        guard token.isPlainInteger, (4...5).contains(token.text.utf8.count), index >= 3, index + 1 < tokens.count,
            Self.addressSeparators.contains(tokens[index - 1].text),
            tokens[index + 1].kind == .word, tokens[index + 1].isCapitalized,
            pack.countedUnit(for: tokens[index + 1].lower) == nil
        else { return false }
        // The house number, perhaps with a letter glued to it (`69f`), after the street's name or its abbreviation (`Str. 1`).
        var house = index - 2
        if tokens[house].kind == .word, tokens[house].text.utf8.count == 1, !tokens[house].spaceBefore, house > 0 { house -= 1 }
        guard house >= 1, tokens[house].kind == .number, tokens[house].isPlainInteger, tokens[house].text.utf8.count <= 4
        else { return false }
        let street = tokens[house - 1]
        if street.kind == .word { return street.isCapitalized }
        return street.text == "." && house >= 2 && tokens[house - 2].kind == .word && tokens[house - 2].isCapitalized
    }

    /// Marks that part the lines of an address written on one line.
    static let addressSeparators: Set<String> = [",", "·", "|", "•"]

    /// True when the token at `at` is a hyphen spaced on both sides between two lower-case words past the figure's first
    /// word, the second of which counts nothing (`open - ended`, `long - range`): the halves of one compound modifier.
    func isSpacedCompoundHyphen(_ tokens: [ClaimToken], at scan: Int, after index: Int) -> Bool {
        guard scan > index, scan + 2 < tokens.count, tokens[scan].text == "-", tokens[scan].spaceBefore,
            tokens[scan + 1].spaceBefore
        else { return false }
        let first = tokens[scan - 1]
        let second = tokens[scan + 1]
        return first.kind == .word && second.kind == .word && !first.isCapitalized && !second.isCapitalized
            && pack.countedUnit(for: second.lower) == nil && tokens[scan + 2].kind == .word
    }

    /// True when a plain integer names a thing by its number: after a noun of `numbered-things.txt` in any language (`Gleis
    /// 3`, `Linie 5`, `gate 7`), or after a capitalised word of an English sentence (`Route 66`, `Windows 10`, `Arsenal 2
    /// Chelsea 1`; round 31). Where only names are capitalised, a capitalised word inside the sentence is a name, and a
    /// count does not follow a name unmarked. The capitalised word counts not in a language that capitalises every noun
    /// (`meldete die Polizei 300 Festnahmen`), not in a title-case headline (`Storm Kills 300`), not for a common word or a
    /// qualifier (`Some 300`, `Nearly 40`), not after a quotation mark, bracket or colon, and not after an earlier figure.
    private func isNumberedName(_ tokens: [ClaimToken], at index: Int, reading: Reading) -> Bool {
        guard index >= 1, reading.plain, tokens[index].spaceBefore, tokens[index - 1].kind == .word else { return false }
        let previous = tokens[index - 1]
        let numberedThing = pack.numberedThings.contains(previous)
        guard numberedThing || !pack.capitalizesNouns && !titleCase && previous.isCapitalized && !pack.commonWords.contains(previous.lower)
            && (index == 1 || tokens[index - 2].kind == .word || tokens[index - 2].text == ",") && qualifierBefore(tokens, index) == nil
            // After an earlier figure a name may open a gapped conjunct (`treated 30 patients, in Fenmouth 12`).
            && !tokens[..<index].contains(where: { $0.kind == .number })
        else { return false }
        // A currency code is no name (`EUR 320`); a possessive names an owner (`Gravelin's 28-storey tower`).
        if pack.currencies.match(tokens, at: index - 1) != nil || previous.text.contains("'") || previous.text.contains("’") {
            return false
        }
        // A count may start a new phrase after a name (`In Kursk 300 soldiers died`, `gives the Civic Alliance 68 of the 150
        // seats`): only a figure with no counted noun, unit, currency, part or glued word after it names a thing.
        let end = reading.end
        if end < tokens.count, !tokens[end].spaceBefore && (tokens[end].kind == .word || tokens[end].text == "-")
            || pack.partPrepositions.contains(tokens[end])
            // Where nouns are capitalised, a capitalised word after the figure is the noun it counts (`Gleis 3 Waggons`).
            || pack.capitalizesNouns && tokens[end].kind == .word && tokens[end].isCapitalized
        {
            return false
        }
        return countedNoun(tokens, from: end).0 == nil && pack.currencies.match(tokens, at: end) == nil
    }

    /// True when a plain integer opens a score, tally or number with a dash glued to both sides and a smaller second
    /// figure or one with a leading zero after it (`won 3-1`, `ruled 5-4`, `52–48`, `555-0199`; round 31): a range rises
    /// (`10-12`), and the second figure is already set aside by its glued dash.
    private func isScore(_ tokens: [ClaimToken], at index: Int, reading: Reading) -> Bool {
        let dash = reading.end
        guard reading.plain, dash + 1 < tokens.count, ["-", "–"].contains(tokens[dash].text), !tokens[dash].spaceBefore,
            !tokens[dash + 1].spaceBefore, tokens[dash + 1].isPlainInteger, let second = Double(tokens[dash + 1].text)
        else { return false }
        return second < reading.value || tokens[dash + 1].text.hasPrefix("0")
    }
}
