import Foundation

/// Which loaded nouns are also the heads of compounds (round 14): German builds new loaded words by
/// putting any first part before a loaded noun (`Pokalblamage`, `Patentschwätzer`, `Behördenwillkür`),
/// so a listed noun should find the compounds no writer we studied used.
///
/// The rule is data, per language, in `compound-heads.txt` (optional: a language without it derives
/// nothing): `minimum<TAB>N` (the fewest UTF-8 bytes of a stem; short stems end too many plain words:
/// "panisch" in "spanisch", "lügen" in "Flügen"), `exclude-ending<TAB>e` (stems ending so are adjectives
/// or verbs, whose compounds are rarely loaded: "-isch", "-lich", "-iert"), `exclude-category<TAB>c` (a
/// category whose compounds are literal: a euphemism's "Freisetzung" in "Neurotransmitterfreisetzung").
/// Every single-word loaded term that passes becomes a compound-only head (`+stem`, see
/// ``LexiconPattern/compoundOnly``) with its category and topic, after the listed patterns, unless the
/// lexicon already lists the stem as a head. Matching stays one trie walk per word.
package struct CompoundHeadRule: Sendable, Equatable {
    /// The fewest bytes a stem needs; 0 turns the rule off.
    package var minimumLength = 0
    /// Stem endings that mark an adjective or verb.
    package var excludedEndings: [String] = []
    /// Categories whose entries derive no head.
    package var excludedCategories: Set<String> = []

    /// A rule from the `label<TAB>value` lines of `compound-heads.txt`.
    /// - Throws: ``FramingLexiconError/badPattern(file:line:text:)`` for an unknown label or a bad number.
    package init(lines: [(Int, String)], file: String) throws(FramingLexiconError) {
        for (number, text) in lines {
            let line = try LabelledRuleLines.line(number, text, file: file)
            switch line.label {
            case "minimum": minimumLength = try LabelledRuleLines.minimum(line, file: file)
            case "exclude-ending": excludedEndings.append(line.value.lowercased())
            case "exclude-category": excludedCategories.insert(line.value)
            default: throw .badPattern(file: file, line: line.number, text: line.text)
            }
        }
    }

    /// A rule that derives nothing.
    package init() {}

    /// The compound-only heads the rule derives from `patterns` (the loaded terms of one language).
    package func derivedHeads(from patterns: [LexiconPattern]) throws(FramingLexiconError) -> [LexiconPattern] {
        guard minimumLength > 0 else { return [] }
        var heads = Set<[UInt8]>()
        for pattern in patterns where pattern.elements.count == 1 {
            if case .word(let stem, false, true) = pattern.elements[0] { heads.insert(stem) }
        }
        var result: [LexiconPattern] = []
        for pattern in patterns where pattern.elements.count == 1 && !pattern.anchored {
            guard case .word(let stem, false, false) = pattern.elements[0], stem.count >= minimumLength,
                !excludedCategories.contains(pattern.label), !heads.contains(stem)
            else { continue }
            let written = String(decoding: stem, as: UTF8.self)
            if written.contains("-") || excludedEndings.contains(where: { written.hasSuffix($0) }) { continue }
            heads.insert(stem)
            result.append(
                try LexiconPattern(
                    label: pattern.label, source: "+" + written, list: pattern.list, file: "compound-heads.txt",
                    line: 0, context: pattern.context))
        }
        return result
    }
}
