import Foundation

/// How the story's articles write a party's name, where that is not each word of its label capitalised.
///
/// Party labels are lower case (`vkb`, `chemie ag`, `mcallister`), and the brief capitalised each of their words, which
/// turned abbreviations into names no article wrote: "Quelle: Vkb", "according to Ndma", "Chemie Ag" (40 such labels in
/// round 29's demo report). A word now keeps the casing a cited article gives it when that casing has a capital after
/// the word's first letter (`VKB`, `AG`, `McAllister`); the label's other words are capitalised as before, so a name an
/// article writes plainly ("Schifferbund Elmar") or does not write at all (a canonical English label in a German
/// report) reads as it did. Shouted text is no evidence: an occurrence beside another word in capitals (an all-caps
/// headline, "POLIZEI WARNT") is skipped, and a label the articles write in more than one way (a dateline's
/// "BRAKELSTADT" beside "Brakelstadt" in the text) keeps the plain capitalisation.
extension BriefWriter {
    /// The written form of every label that the texts given for it always write alike, with an inner capital.
    /// - Complexity: O(l × t × n) for l labels, t texts each and n characters per text.
    static func writtenForms(of textsByLabel: [String: [String]]) -> [String: String] {
        var forms: [String: String] = [:]
        for (label, texts) in textsByLabel where label.contains(where: \.isLetter) {
            let surfaces = Set(texts.flatMap { cleanOccurrences(of: label, in: $0) })
            // A place in a dateline's capitals ("BRAKELSTADT (Northline) –") is written plainly elsewhere.
            guard surfaces.count == 1, let written = surfaces.first,
                written.split(separator: " ").contains(where: hasInnerCapital)
            else { continue }
            forms[label] = written
        }
        return forms
    }

    /// The label as a text writes it, at each occurrence that stands as whole words and outside shouted text.
    static func cleanOccurrences(of label: String, in text: String) -> [String] {
        var surfaces: [String] = []
        var start = text.startIndex
        while start < text.endIndex,
            let range = text.range(of: label, options: .caseInsensitive, range: start..<text.endIndex)
        {
            start = range.upperBound
            let surface = String(text[range])
            guard surface.lowercased() == label, standsAlone(range, in: text), !isShouted(range, in: text) else { continue }
            surfaces.append(surface)
        }
        return surfaces
    }

    /// Whether a word has a capital after its first letter (`VKB`, `McAllister`; not `Vkb`, `Polizei`).
    static func hasInnerCapital(_ word: Substring) -> Bool {
        word.dropFirst().contains { $0.isUppercase }
    }

    /// Whether the range starts and ends at word edges.
    private static func standsAlone(_ range: Range<String.Index>, in text: String) -> Bool {
        let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
        let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
        return !before.isLetter && !before.isNumber && !after.isLetter && !after.isNumber
    }

    /// Whether an occurrence in capitals stands in capitals: beside another word in capitals (an all-caps headline,
    /// "POLIZEI WARNT") or opening a line (a dateline, "BRAKELSTADT, Vessaria –"). An abbreviation in running text
    /// ("laut VKB", "of Brakelstadt, VKB,") is not shouted.
    private static func isShouted(_ range: Range<String.Index>, in text: String) -> Bool {
        let surface = text[range]
        guard surface.contains(where: \.isLetter), !surface.contains(where: \.isLowercase) else { return false }
        let lineBefore = text[..<range.lowerBound].reversed().prefix { !$0.isNewline }
        if lineBefore.allSatisfy({ $0 == " " || $0 == "\t" }) { return true }
        let before = text[..<range.lowerBound].reversed().drop { !$0.isLetter }.prefix { $0.isLetter }
        let after = text[range.upperBound...].drop { !$0.isLetter }.prefix { $0.isLetter }
        return [String(before), String(after)].contains { word in
            word.count >= 2 && word.allSatisfy(\.isUppercase)
        }
    }
}
