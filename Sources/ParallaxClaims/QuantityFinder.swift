import ParallaxModel

/// Finds the quantities of a sentence: numbers with their qualifier, range, currency and counted noun.
///
/// Dates, times, years, ordinals, phone and house numbers and identifiers are not quantities; the
/// rules that tell them apart are language-neutral and read their words from the ``LanguagePack``.
struct QuantityFinder: Sendable {
    var pack: LanguagePack
    var parser: NumberParser
    /// True while reading a title-case sentence; only in languages that do not capitalise nouns (where
    /// every noun is capitalised, capitals say nothing of a headline, and no rule asks).
    var titleCase = false
    /// True when the article's headline names industrial action (`Teachers strike across Orvania`): people counted by their
    /// trade anywhere in it are workers, as in a sentence that names the strike itself (round 22).
    var industrialHeadline = false

    init(pack: LanguagePack) {
        self.pack = pack
        self.parser = NumberParser(pack: pack)
    }

    /// Half of a unit of time in the next smaller unit: `eine halbe Stunde` is 30 minutes, `ein halbes Jahr` six months.
    static let halfUnits: [String: (value: Double, unit: String)] = [
        "year": (6, "month"), "month": (15, "day"), "week": (3.5, "day"), "day": (12, "hour"), "hour": (30, "minute"),
        "minute": (30, "second"),
    ]

    /// The quantities of one sentence's tokens, in order.
    /// - Complexity: O(n) in the number of tokens, times a small constant for look-ups.
    func find(in tokens: [ClaimToken]) -> [QuantityMention] {
        var finder = self
        finder.titleCase = !pack.capitalizesNouns && Self.isTitleCase(tokens)
        let mentions = finder.comparingBackUnits(
            finder.inheritingBracketedQualifiers(finder.findAll(in: tokens), tokens: tokens), tokens: tokens)
        return finder.readingSpansAcross(mentions, tokens: tokens)
    }

    /// True when most longer words are capitalised (an English headline in title case), so that
    /// capitalisation says nothing about names.
    static func isTitleCase(_ tokens: [ClaimToken]) -> Bool {
        var words = 0
        var capitalized = 0
        for index in tokens.indices where tokens[index].kind == .word && tokens[index].text.utf8.count >= 4
            && (tokens[index].isASCII || tokens[index].text.utf8.count >= 16
                || ByteSuffix.scalarCount(tokens[index].text) >= 4)
        {
            words += 1
            if tokens[index].isCapitalized { capitalized += 1 }
        }
        return words >= 3 && capitalized * 10 >= words * 7
    }

    private func findAll(in tokens: [ClaimToken]) -> [QuantityMention] {
        var mentions: [QuantityMention] = []
        var wholes = Set<Int>()
        /// The latest whole named after a part preposition (`von den rund 1.900 Autobahnbrücken`, `Of the 1,900 bridges`):
        /// its mention and counted noun, which a later bare figure of the sentence is a part of (round 12d).
        var openWhole: (mention: Int, unit: String?)?
        /// Whether the sentence names industrial action, read at its first count of people (round 22).
        var industrialAction: Bool?
        var index = 0
        while index < tokens.count {
            // Most words start no number: ``read(_:at:)``'s first test, asked here without the call (round 29: about
            // three of four tokens of German text end there).
            if tokens[index].kind == .word && !pack.numberStartKeys.contains(tokens[index].key) {
                index += 1
                continue
            }
            guard var reading = read(tokens, at: index), !isExcluded(tokens, at: index, reading: reading) else {
                index += 1
                continue
            }
            var low: Double?
            var high: Double?
            var start = index
            let opened = opener(tokens, before: index)
            // `cut its budget from £48 million to £31 million`, `rose from 40 to 55 percent`: after a verb of change, or going
            // down, `from … to` names the two levels of a change, no range, where its joiner is the preposition a change
            // reaches (`target-prepositions.txt`: `to`, not `bis`; round 12d).
            let reaching = opened.map { pack.targetPrepositions.contains($0.joiner) } ?? false
            let levels = reaching && isLevelChange(tokens, openerAt: opened?.start ?? 0)
            var rangeCurrency: String?
            if let opener = opened, !levels, let cents = subunitRange(tokens, first: reading, joiner: opener.joiner) {
                (low, high, rangeCurrency) = (cents.low, cents.high, cents.code)
                start = opener.start
                reading.end = cents.end
            } else if let opener = opened, !levels, let secondStart = rangeJoiner(opener.joiner, tokens, after: reading.end),
                let second = read(tokens, at: secondStart), !(reaching && isFall(reading, second))
            {
                (low, high) = scaled(reading, second)
                start = opener.start
                reading.end = second.end
            } else if !levels, let infix = pack.rangeInfixes.match(tokens, at: reading.end),
                let second = read(tokens, at: skipCurrency(tokens, reading.end + infix.length)), second.qualifier == nil,
                !(reaching && isFall(reading, second)),
                // A dash before a smaller figure joins no range but two entries of a table or a score (`Vtic (SLO) 98 – 4.
                // Pinkelnig 96`; round 13).
                scaled(reading, second).0 <= scaled(reading, second).1
            {
                (low, high) = scaled(reading, second)
                reading.end = second.end
            }
            // `between 2023 and 2027`, `von 2013 bis 2015`: a span of years with no counted noun dates (round 12).
            if let first = low, let last = high, tokens[index].isFourDigitInteger,
                (1900...2100).contains(first), (1900...2100).contains(last), pack.currencies.match(tokens, at: reading.end) == nil,
                countedNoun(tokens, from: reading.end).0 == nil
            {
                index = reading.end
                continue
            }
            if low != nil, pack.notQuantityAfter.match(tokens, at: reading.end) != nil {
                index = reading.end
                continue
            }
            var currency = rangeCurrency
            // Before the number only a sign or a code names the currency (`€ 15`, `EUR 15`); a spelled-out
            // currency word there belongs to the figure before (`125 Euro ein Zehntel des Nennwertes`).
            if index > 0, let sign = pack.currencies.match(tokens, at: index - 1), sign.length == 1,
                tokens[index - 1].kind == .punctuation || EntityFinder.isAcronym(tokens[index - 1])
            {
                currency = sign.value
                start = min(start, index - 1)
            }
            var qualifier = reading.qualifier ?? (low != nil ? .range : .exact)
            if let found = qualifierBefore(tokens, start) {
                if low == nil || reading.qualifier == nil { qualifier = low == nil ? found.qualifier : .range }
                start = found.start
            }
            var end = reading.end
            if currency == nil, let sign = pack.currencies.match(tokens, at: end) {
                currency = sign.value
                end += sign.length
            }
            // `um 9 Cent`, `9 cents a litre`: a hundredth of the currency (round 14).
            if currency == nil, let subunit = currencySubunit(tokens, at: end) {
                currency = subunit.code
                // Divided by the whole count of subunits, so that `70 Cent` is 0.7 and not 0.7000000000000001.
                let count = (1 / subunit.fraction).rounded()
                reading.value /= count
                low = low.map { $0 / count }
                high = high.map { $0 / count }
                end = subunit.end
            }
            var unit = currency ?? reading.unit
            var implied: String? = reading.span ? "duration" : nil
            var owner: String?
            // A figure whose noun stands past other words than adjectives (`2014 trat lediglich eine Frau auf`) or comes
            // from a whole (`2010 von den 13 Tigerstaaten`) may be a year: `nounApart` lets the year test below decide.
            var nounApart = false
            // `300 oder mehr Demonstranten`, `a 500-plus crowd`: a bound between the figure and its noun (round 32).
            var boundBeforeNoun: Quantity.Qualifier?
            if unit == nil, !reading.frequency, low == nil, let bound = qualifierAfter(tokens, at: end), isNounAhead(tokens, bound.end) {
                boundBeforeNoun = bound.qualifier
                end = bound.end
            }
            // An adverb of frequency counts occasions, no noun after it (`dreimal pro Woche` is no span of weeks).
            if unit == nil, !reading.frequency {
                let nounStart = end
                (unit, implied, owner, end) = countedNoun(tokens, from: end)
                nounApart = unit != nil && pack.capitalizesNouns && !isAdjectiveGap(tokens, from: nounStart, to: end - 1)
            }
            if unit == nil, low == nil, let shared = sharedUnit(tokens, first: start, after: end) {
                unit = shared
            }
            // `die 240 am stärksten geschädigten Autobahnbrücken`: the noun after an extended attribute (round 12d).
            var attributed = false
            if unit == nil, !reading.vague, !reading.frequency, !Self.mayBeYear(reading, at: index, in: tokens),
                let attribute = attributeNoun(tokens, from: end)
            {
                unit = attribute.unit?.unit
                implied = attribute.unit?.measure
                end = attribute.end
                attributed = true
                nounApart = true
            }
            if unit == nil, let whole = unitOfWhole(tokens, after: end) {
                nounApart = true
                unit = whole.unit
                wholes.insert(whole.whole)
            } else if unit == nil, let group = unitOfGroup(tokens, after: end) {
                // `12 of the aircraft`, `zwei der Verletzten`: a part of a group named without its number.
                (unit, implied, end) = group
            }
            // `Sieben der zehn Wagen`, `Seven of its ten carriages`, `all six of its hospitals` (round 14).
            var partOfGroup = false
            // A figure right after a capitalised word names it (`Tor 7 der Nordring-Arena`, `Gate 7 of the stadium`).
            if unit == nil, low == nil, !reading.vague, !Self.mayBeYear(reading, at: index, in: tokens),
                // (`All four of its hospitals` opens its sentence with a capital.)
                start == 0 || !(tokens[start - 1].kind == .word && tokens[start - 1].isCapitalized)
                    || start == 1 && !pack.capitalizesNouns,
                let part = partitive(tokens, after: end)
            {
                unit = part.unit
                if let whole = part.whole { wholes.insert(whole) }
                partOfGroup = true
                nounApart = true
            }
            // `von den rund 1.900 Autobahnbrücken … derzeit 240 als dringend sanierungsbedürftig`, `Of the 1,900 bridges, 240 are
            // …`, `Von den 13 Verletzten liegen noch fünf im Krankenhaus`: a bare figure after a whole is a part of it (round 12d).
            var partOfWhole = false
            if unit == nil, low == nil, let whole = openWhole, isBareFigure(tokens, index: index, end: end, reading: reading) {
                unit = whole.unit
                partOfWhole = true
                if mentions[whole.mention].impliedMeasure == nil { mentions[whole.mention].impliedMeasure = "size" }
            }
            // `55.000 haben ihre Wurzeln in der Türkei`: a bare figure opening its sentence as the subject of a verb.
            let continuesCount = unit == nil && low == nil && start == 0 && tokens[index].kind == .number
                && isBareFigure(tokens, index: index, end: end, reading: reading) && end < tokens.count
                && pack.subjectVerbs.contains(tokens[end])
            // The whole of a part (`68 der 150 Sitze`) states the size of what the part is taken from.
            if wholes.contains(index), implied == nil { implied = "size" }
            // So does the whole a sentence opens with (`Von den 120 Sitzen entfallen 44 …`, `Of the 42 aircraft, 30 …`).
            if start == 2, unit != nil, implied == nil || implied?.hasSuffix("?") == true, pack.partPrepositions.contains(tokens[0]),
                pack.sourceSkips.contains(tokens[1])
            {
                implied = "size"
            }
            // A whole's own counted noun keeps its measure (`acht Prozent der rund 30.000 Beschäftigten` → employed).
            if wholes.contains(index), let weak = implied, weak.hasSuffix("?") { implied = String(weak.dropLast()) }
            // `minus 9C`, `(-12 Grad)`: a temperature below zero; its sign is its value's, not a change (round 19).
            if unit == "degree", low == nil, start == index, let sign = belowZeroSign(tokens, figure: index) {
                reading.value = -reading.value
                start = sign
            }
            // `Maschinen (+0,6 Prozent)`: a signed figure states a rise or a fall (round 12).
            else if implied == nil || implied?.hasSuffix("?") == true, let change = signOfChange(tokens, at: index, reading: reading) {
                implied = change
                start = min(start, index - 1)
            }
            if reading.half, let span = unit, let smaller = Self.halfUnits[span] {
                reading.value = smaller.value * reading.spanShare / 0.5
                unit = smaller.unit
            }
            if let span = unit, Self.durationParts[span] != nil || span == "second",
                isDatingSpan(tokens, start: start, qualifier: qualifier) || isAgeSpan(tokens, start: start, end: end, unit: span)
                    || isFramingPeriod(tokens, start: start, end: end)
            {
                index = end
                continue
            }
            var added = 0.0
            if low == nil, let larger = unit, let part = durationPart(tokens, after: end, larger: larger) {
                added = part.value
                end = part.end
            }
            if unit == nil, start >= 2, ["of", "von"].contains(tokens[start - 1].lower), let noun = pack.countedUnit(for: tokens[start - 2].lower) {
                unit = noun.unit
                // The head noun of the figure (`workforce of some 30,000`) names its measure outright.
                implied = noun.measure.map { $0.hasSuffix("?") ? String($0.dropLast()) : $0 }
            }
            // Only a bare figure: one with a noun of its own counts that (`für zwei Wochen auf drei andere Schulen`; round 32).
            if unit == nil, start > 0, !(reading.vague && reading.spelled), pack.targetPrepositions.contains(tokens[start - 1]),
                !isNounAhead(tokens, end), let noun = nounEarlierInClause(tokens, before: start - 1)
            {
                unit = noun.unit
                implied = noun.measure
            }
            // `Die Zahl der Kinder …, liegt bereits bei 76.500`: a count named before its figure (round 14); a noun after the figure
            // no lexicon knows yields to it (`hat mit 3.850 absolutes Rekordniveau erreicht`).
            var countHeaded = false
            if unit == nil, low == nil, !reading.vague, !Self.mayBeYear(reading, at: index, in: tokens),
                let head = countHead(tokens, figureStart: start, number: index)
            {
                unit = head.unit
                if implied == nil { implied = head.measure }
                countHeaded = true
            }
            if unit == nil, implied == nil, let scale = scaleBefore(tokens, start) {
                implied = scale.measure
                start = scale.start
            }
            var anaphoric = isAnaphoric(tokens, before: start, after: end)
            // `14 Patienten, im Kreiskrankenhaus Kessdorf neun`, `killing eleven`: a figure alone in a conjunct after a counted
            // figure, or as a verb of people's object (round 16).
            // A year is no conjunct (`aus dem Jahr 1612`), nor is a figure beside a vague amount, whose magnitude it may leave
            // out (`mehrere Milliarden Dollar – manche sagen, vier, andere sagen, neun`).
            let gapped = unit == nil && low == nil && !reading.vague && !reading.frequency
                && !tokens[index].isFourDigitInteger
                && closesGappedConjunct(
                    tokens, start: start, end: end,
                    earlierEnd: mentions.last(where: { isParallelReferent($0, in: tokens) })?.end)
            // A number word counts only with a noun or a unit (`drei Grundschulen`, not `einer der`), or as
            // an elliptic count after a comma or `und` with its own verb (`…, neun wurden verletzt`), in a conjunct after a
            // counted figure, or as the object or subject of a verb of people (`killing eleven`; round 16).
            if reading.spelled && unit == nil && !anaphoric && !isNounAhead(tokens, end) {
                guard partOfWhole || partOfGroup || gapped || isEllipticCount(tokens, start: start, end: end)
                    || low == nil && isPeopleVerbCount(tokens, start: start, end: end)
                else {
                    index = reading.end
                    continue
                }
                anaphoric = true
            }
            // `the two leaders`, `the three groups`: a small spelled count after a referring determiner restates a
            // pair or trio the article named before (`referring-determiners.txt`); with a measure word it is a toll
            // (`the two missing fishermen`).
            if reading.spelled, low == nil, start == index, index > 0, (2...3).contains(reading.value),
                pack.referringDeterminers.contains(tokens[index - 1]), pack.measures.match(tokens, at: reading.end) == nil
            {
                index = max(end, reading.end)
                continue
            }
            if reading.plain, !reading.multiplied, (1900...2100).contains(reading.value), low == nil,
                unit == nil || nounApart || isYearContext(tokens, index)
            {
                index += 1
                continue
            }
            // `seit 1570`, `since 1848`: a year of an earlier century (round 16), also before a counted noun that is no span
            // of time (`das seit 1648 bestehende Kloster`; round 17: the families of counted nouns name more nouns), while
            // `seit 1500 Jahren` stays a duration.
            if low == nil, unit == nil || implied != "duration", isEarlierCenturyYear(reading, at: index, in: tokens) {
                index += 1
                continue
            }
            // `Tausende demonstrieren`, `Thousands protest`, `sickens hundreds`: a vague amount alone as a noun is a crowd (round 25).
            if unit == nil, low == nil, reading.crowd, isCrowdAlone(tokens, start: start, end: end) { unit = "person" }
            if reading.vague && low == nil {
                low = reading.value
                qualifier = .atLeast
            }
            // `Geiseln: 9`, `Einsatzkräfte der Polizei: ca. 250`: a fact-box figure counts its label (round 14).
            var boxed = false
            if unit == nil, low == nil, !reading.vague, let label = factBoxLabel(tokens, start: start, end: end) {
                unit = label.unit
                if implied == nil { implied = label.measure }
                boxed = true
            }
            let countsNoun = boxed || partOfGroup || countHeaded || reading.frequency || unit == nil && (attributed || (!reading.spelled || reading.value >= 3) && isNounAhead(tokens, end))
            let spelledCount = unit == nil && !countsNoun && low == nil
                && isSpelledDeterminerCount(tokens, start: start, number: index, end: end, reading: reading)
            let opensWhole = opensWhole(tokens, before: start)
            let value = low == nil ? reading.value + added : nil
            var coordinated = false
            if let counted = unit, let union = coordinatedPeopleUnit(tokens, unit: counted, after: end) {
                coordinated = union != counted
                unit = union
            }
            let noun = nounLemma(tokens, from: reading.end)
            // `ein Mann kam ums Leben`: one of a noun that measures many as another unit (`9.000 Mann`; round 33).
            if value == 1, let lemma = noun, let single = pack.oneUnits[lemma] { unit = single }
            // `Rund 1.350 Pilotinnen und Piloten streiken`: people by their trade in a sentence of a strike (round 22).
            if unit == "person", !coordinated, noun.map({ !pack.industrialAction.isGeneric($0) }) ?? true,
                !opensListOfKinds(tokens, end: end)
            {
                if industrialAction == nil { industrialAction = industrialHeadline || pack.industrialAction.isNamed(in: tokens) }
                if industrialAction == true { unit = "worker" }
            }
            // `60 Millionen Euro oder mehr`, `aged 65 and over`: a bound after the figure (round 32).
            if low == nil, qualifier == .exact, let bound = boundBeforeNoun {
                qualifier = bound
            } else if low == nil, qualifier == .exact, let trailing = qualifierAfter(tokens, at: end) {
                qualifier = trailing.qualifier
                end = trailing.end
            }
            let quantity = Quantity(
                value: value, low: low, high: high, qualifier: qualifier, unit: unit,
                normalized: UnitConversion.normalize(value ?? high, unit: unit), noun: noun)
            mentions.append(
                QuantityMention(
                    first: start, end: end, number: index, quantity: quantity, impliedMeasure: implied, owner: owner,
                    anaphoric: anaphoric, countsNoun: countsNoun, partOfWhole: partOfWhole, continuesCount: continuesCount,
                    gapped: gapped && unit == nil, spelledCount: spelledCount))
            // A whole of things counted, not of money, shares or measures (`eine Strafe von 500 Euro` names no whole).
            if opensWhole, low == nil, unit.map({ !isMeasured($0) }) ?? countsNoun {
                openWhole = (mentions.count - 1, unit)
            }
            index = max(end, reading.end)
        }
        return mentions
    }

    /// True when every token in `from..<to` is a lower-case word with an adjective's inflection ending (`2000 neue Wohnungen`).
    private func isAdjectiveGap(_ tokens: [ClaimToken], from start: Int, to end: Int) -> Bool {
        guard start < end else { return true }
        for index in start..<end {
            let token = tokens[index]
            guard token.kind == .word, !token.isCapitalized,
                pack.hasInflectedAdjectiveEnding(token.lower)
            else { return false }
        }
        return true
    }
}
