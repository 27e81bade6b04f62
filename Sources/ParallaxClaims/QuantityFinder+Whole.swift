/// Wholes and their parts (round 12d): a part preposition opening a whole (`von den rund 1.900 Autobahnbrücken`, `Of the
/// 1,900 bridges`) and the bare figure after it that is a part of that whole (`derzeit 240 als dringend
/// sanierungsbedürftig`); a whole is one of counted things, not of money, shares or measures.
extension QuantityFinder {
    /// True when the figure at `index` stands without a noun of its own, as a part or a subject does (`240 als`, `240 are`,
    /// `fünf im Krankenhaus`): not a year, not a vague amount, no noun or adjective before a noun after it.
    func isBareFigure(_ tokens: [ClaimToken], index: Int, end: Int, reading: Reading) -> Bool {
        guard !reading.vague, !Self.mayBeYear(reading, at: index, in: tokens) else { return false }
        // An article after the figure opens its object (`haben rund 240.000 einen Migrationshintergrund`), not its noun.
        let article = end < tokens.count && (pack.halfArticles.contains(tokens[end]) || pack.determiners.contains(tokens[end]))
        guard article || !isNounAhead(tokens, end) else { return false }
        return tokens[index].kind == .number || reading.spelled
    }

    /// True when a part preposition opens the figure starting at `start` as a whole: `von den`, `Of the state's`, or `Von` at
    /// the start of a sentence (`Von 1,1 Millionen Wahlberechtigten haben …`).
    func opensWhole(_ tokens: [ClaimToken], before start: Int) -> Bool {
        guard start > 0 else { return false }
        if start == 1 { return pack.partPrepositions.contains(tokens[0]) && !pack.sourceSkips.contains(tokens[0]) }
        for preposition in stride(from: start - 2, through: max(0, start - 6), by: -1) {
            let gap = (preposition + 1)..<start
            guard gap.allSatisfy({ tokens[$0].kind == .word && !(pack.capitalizesNouns && tokens[$0].isCapitalized)
                || tokens[$0].text == "'" || tokens[$0].text == "’" })
            else { return false }
            if pack.partPrepositions.contains(tokens[preposition]), !pack.sourceSkips.contains(tokens[preposition]),
                pack.sourceSkips.contains(tokens[preposition + 1])
            {
                // It opens its clause: at the start, after a comma or, where nouns are capitalised, after a verb (`gelten von
                // den …`); after a noun it names whose the figure is (`the bodies of the two missing sailors`).
                guard preposition > 0 else { return true }
                let before = tokens[preposition - 1]
                return [",", ";", ":"].contains(before.text) || pack.capitalizesNouns && before.kind == .word && !before.isCapitalized
            }
        }
        return false
    }

    /// True for a unit of money, shares or measure: no whole of counted things.
    func isMeasured(_ unit: String) -> Bool {
        unit == "percent" || pack.currencyCodes.contains(unit) || MeasureFinder.measurementUnits.contains(unit)
            || Self.durationParts[unit] != nil || unit == "second"
    }
}
