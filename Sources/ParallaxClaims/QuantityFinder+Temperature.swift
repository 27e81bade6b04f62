extension QuantityFinder {
    /// The letters of a temperature scale written as a symbol after a figure (Celsius, Fahrenheit).
    static let temperatureScaleLetters: Set<String> = ["C", "F"]

    /// The end of a temperature written with symbols right after a figure, or `nil`: a degree sign with or without its
    /// scale (`30°`, `30 °C`, `86°F`) or the scale's capital glued to the figure (`41.3C`, `-9C`, `86F`), as news in
    /// English and German write temperatures.
    ///
    /// The glued capital must follow the figure with no space and end its word (`9C-Klasse`, `41.3Cm` are no temperature);
    /// a capital standing apart (`Gruppe 3 C`) names a group, not a scale, and so does a glued capital after a capitalised
    /// word inside the sentence (`Apartment 4C`), before a capitalised word or on a figure that opens its sentence (the
    /// entries of a catalogue: `21C FRIDO`). These symbols are the same in every language.
    /// - Parameters:
    ///   - tokens: the sentence's tokens.
    ///   - index: the first token after the figure.
    func temperatureEnd(_ tokens: [ClaimToken], at index: Int) -> Int? {
        guard index > 0, index < tokens.count, tokens[index - 1].kind == .number else { return nil }
        func endsWord(_ next: Int) -> Bool {
            next >= tokens.count || tokens[next].spaceBefore || tokens[next].kind == .punctuation && tokens[next].text != "-"
        }
        let token = tokens[index]
        if token.text == "°" {
            let scale = index + 1
            // The scale after the sign, glued or spaced (`30°C`, `30° C`).
            if scale < tokens.count, Self.temperatureScaleLetters.contains(tokens[scale].text), endsWord(scale + 1) {
                return scale + 1
            }
            return scale
        }
        // A capitalised word before the figure makes it a label's identifier (`Apartment 4C`, `Block 3F`), and so does a
        // capitalised word after it or the figure opening its sentence, as entries of a list or catalogue are written
        // (`21C FRIDO, Motiv …`, `44C Singer`).
        let figure = index - 1
        let labelled = figure == 0 || figure > 1 && tokens[figure - 1].kind == .word && tokens[figure - 1].isCapitalized
            || index + 1 < tokens.count && tokens[index + 1].kind == .word && tokens[index + 1].isCapitalized
        if !token.spaceBefore, token.kind == .word, Self.temperatureScaleLetters.contains(token.text), endsWord(index + 1),
            !labelled
        {
            return index + 1
        }
        return nil
    }
}

extension QuantityFinder {
    /// The first token of the sign of a temperature below zero right before its figure, or `nil`: a minus sign glued to
    /// the figure and standing apart from the word before (`-9C`, `(-12 Grad)`), or a word that names a fall by itself
    /// (`function-words.txt`, `change … decrease`: `minus 9C`, `minus 5 Grad`).
    ///
    /// A temperature's sign is part of its value (`minus 9C` is −9 degrees), not a change, as it is before a share
    /// (`minus 6,2 Prozent` is a fall of 6.2 percent).
    func belowZeroSign(_ tokens: [ClaimToken], figure index: Int) -> Int? {
        guard index > 0, tokens[index].kind == .number else { return nil }
        let before = tokens[index - 1]
        if before.text == "-" || before.text == "−", !tokens[index].spaceBefore,
            index == 1 || before.spaceBefore || ["(", ":", "["].contains(tokens[index - 2].text)
        {
            return index - 1
        }
        if before.kind == .word, let change = pack.changeWords.match(tokens, at: index - 1), change.length == 1,
            change.value == "decrease"
        {
            return index - 1
        }
        return nil
    }
}

extension QuantityFinder {
    /// Whether a temperature's unit starts at `index`, right after a figure: a symbol (`C`, `°C`) or a counted noun of
    /// degrees (`Grad`, `degrees`).
    func isTemperature(_ tokens: [ClaimToken], at index: Int) -> Bool {
        guard index < tokens.count else { return false }
        return temperatureEnd(tokens, at: index) != nil || pack.countedUnit(for: tokens[index].lower)?.unit == "degree"
    }
}
