import Foundation

/// Which loaded words carry their judgement into the other word classes of their family (round 20): a writer who
/// calls a deed "schamlos" may call it "Schamlosigkeit", "reckless" becomes "recklessness", "horrible" becomes
/// "horribly", "diffamieren" becomes "Diffamierung". The lexicons list one member of such a family — usually the
/// adjective or the verb — and the inflection endings (`inflections.txt`) reach the inflected forms of that word,
/// not its nouns or adverbs. Derivation by suffix is the grammar of both languages, so a listed word finds the
/// members no writer we studied used.
///
/// The rule is data, per language, in `derivations.txt` (optional: a language without it derives nothing):
/// `suffix<TAB>from>to` (a listed stem ending in `from` derives the stem with `to` in its place: `los>losigkeit`,
/// `less>lessness`, `ble>bly`; of several suffixes the longest `from` that fits is used, and each suffix line may
/// derive once per stem), `minimum<TAB>N` (the fewest UTF-8 bytes of a listed stem), `exclude-category<TAB>c` (a
/// category whose derivations are plain words), `exclude-ending<TAB>e` (listed stems so ending derive nothing: a
/// noun's "-schaft" is no adjective's "-haft"), `exclude<TAB>stem` (a derived stem that names something plain).
/// Every single-word exact entry of `loaded-terms.txt` (no `*`, no `+`, no `^`) that passes derives its family
/// members with its category and topic, after the listed patterns, unless a listed pattern already reaches the
/// derived stem (the same exact stem, or a prefix stem it starts with). Matching stays one trie walk per word.
package struct WordClassDerivationRule: Sendable, Equatable {
    /// One suffix replacement: a stem ending in `from` derives the stem with `to` in its place.
    package struct Suffix: Sendable, Equatable {
        package var from: String
        package var to: String
    }

    /// The fewest bytes a listed stem needs; 0 turns the rule off.
    package var minimumLength = 0
    /// The suffix replacements, in file order.
    package var suffixes: [Suffix] = []
    /// Categories whose entries derive nothing.
    package var excludedCategories: Set<String> = []
    /// Derived stems that are plain words.
    package var excludedStems: Set<String> = []
    /// Endings of listed stems that derive nothing (a noun's "-schaft" is no adjective's "-haft").
    package var excludedEndings: [String] = []

    /// A rule from the `label<TAB>value` lines of `derivations.txt`.
    /// - Throws: ``FramingLexiconError/badPattern(file:line:text:)`` for an unknown label, a bad number or a
    ///   suffix line without exactly one `>`.
    package init(lines: [(Int, String)], file: String) throws(FramingLexiconError) {
        for (number, text) in lines {
            let line = try LabelledRuleLines.line(number, text, file: file)
            let value = line.value.lowercased()
            switch line.label {
            case "minimum": minimumLength = try LabelledRuleLines.minimum(line, file: file)
            case "suffix":
                let sides = value.split(separator: ">", omittingEmptySubsequences: false)
                guard sides.count == 2, !sides[1].isEmpty else {
                    throw .badPattern(file: file, line: line.number, text: line.text)
                }
                suffixes.append(Suffix(from: String(sides[0]), to: String(sides[1])))
            case "exclude-category": excludedCategories.insert(line.value)
            case "exclude": excludedStems.insert(value)
            case "exclude-ending": excludedEndings.append(value)
            default: throw .badPattern(file: file, line: line.number, text: line.text)
            }
        }
    }

    /// A rule that derives nothing.
    package init() {}

    /// The derived stems of one listed stem: for the longest `from` among the suffixes that the stem ends in
    /// (leaving at least ``minimumLength`` bytes in all), every suffix line with that `from`.
    package func derivedStems(of stem: String) -> [String] {
        guard minimumLength > 0, stem.utf8.count >= minimumLength,
            !excludedEndings.contains(where: { stem.hasSuffix($0) })
        else { return [] }
        let fitting = suffixes.filter { stem.hasSuffix($0.from) && stem.utf8.count > $0.from.utf8.count }
        guard let longest = fitting.map(\.from.utf8.count).max() else { return [] }
        return fitting.filter { $0.from.utf8.count == longest }.map { String(stem.dropLast($0.from.count)) + $0.to }
    }

    /// The derived patterns for the single-word exact stems among `patterns` (the loaded terms of one language).
    package func derivedPatterns(from patterns: [LexiconPattern]) throws(FramingLexiconError) -> [LexiconPattern] {
        guard minimumLength > 0, !suffixes.isEmpty else { return [] }
        var exact = Set<String>()
        var prefixes: [String] = []
        for pattern in patterns where pattern.elements.count == 1 {
            guard case .word(let stem, let prefix, let head) = pattern.elements[0], !head else { continue }
            let written = String(decoding: stem, as: UTF8.self)
            if prefix { prefixes.append(written) } else { exact.insert(written) }
        }
        var result: [LexiconPattern] = []
        for pattern in patterns where pattern.elements.count == 1 && !pattern.anchored && !pattern.compoundOnly {
            guard case .word(let stem, false, false) = pattern.elements[0], !excludedCategories.contains(pattern.label)
            else { continue }
            let written = String(decoding: stem, as: UTF8.self)
            if written.contains("-") { continue }
            for derived in derivedStems(of: written)
            where !excludedStems.contains(derived) && !exact.contains(derived)
                && !prefixes.contains(where: { derived.hasPrefix($0) })
            {
                exact.insert(derived)
                result.append(
                    try LexiconPattern(
                        label: pattern.label, source: derived, list: pattern.list, file: "derivations.txt", line: 0,
                        context: pattern.context))
            }
        }
        return result
    }
}
