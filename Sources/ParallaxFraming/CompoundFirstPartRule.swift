import Foundation

/// Which news-idiom nouns make a hyphenated compound loaded when they stand as its first part (round 19): German
/// tabloid and partisan writing labels a party by putting a loaded noun before a hyphen and any head
/// (`Skandal-Caterer`, `Debakel-Trainer`, `Trauerspiel-Koalition`). The first part of a German compound qualifies
/// its head, so the compound carries the first part's judgement. A single-word loaded term already matches as a
/// part of a hyphenated compound (``PhraseMatcher``: "Chaos-Funktionäre", "Gier-Firma", "Lügen-Kanzler"), but
/// a noun that is news idiom (`@opinion`: "Der Skandal um … weitet sich aus" is wire copy's name for an affair)
/// then counts only in a headline or an opinion sentence. Before a hyphen it names no affair: "Der
/// Skandal-Caterer hat zugegeben" is the writer's epithet for the firm. So every single-word news-idiom noun
/// derives a hyphenated prefix pattern without the `@opinion` context (`skandal-*`, `skandal{e,en,s}-*`), which
/// ``LoadedTermDetector`` ranks before the news-idiom reading of the same word
/// (``LexiconPattern/isHyphenatedCompound``). Closed compounds ("Skandalurteil") stay news idiom.
///
/// The rule is data, per language, in `compound-first-parts.txt` (optional: a language without it derives
/// nothing): `minimum<TAB>N` (the fewest UTF-8 bytes of a first part), `linking<TAB>s` (a linking element
/// between the noun and the hyphen: `Tragödien-`; the empty one is implied), `exclude-ending<TAB>isch` (stems so
/// ending are adjectives), `exclude-category<TAB>c`, `exclude<TAB>stem` (a noun whose hyphenated compounds are
/// plain names: `Katastrophen-Alarm` of civil protection, `Diktator-Sohn`). The patterns come after the listed
/// ones; matching stays one trie walk per word.
package struct CompoundFirstPartRule: Sendable, Equatable {
    /// The fewest bytes a first part needs; 0 turns the rule off.
    package var minimumLength = 0
    /// Linking elements after the noun, before the hyphen; the empty one is always allowed.
    package var linkingElements: [String] = [""]
    /// Stem endings that mark an adjective or a verb.
    package var excludedEndings: [String] = []
    /// Categories whose entries derive no first part.
    package var excludedCategories: Set<String> = []
    /// Stems whose hyphenated compounds are plain names.
    package var excludedStems: Set<String> = []

    /// A rule from the `label<TAB>value` lines of `compound-first-parts.txt`.
    /// - Throws: ``FramingLexiconError/badPattern(file:line:text:)`` for an unknown label or a bad number.
    package init(lines: [(Int, String)], file: String) throws(FramingLexiconError) {
        for (number, text) in lines {
            let line = try LabelledRuleLines.line(number, text, file: file)
            let value = line.value.lowercased()
            switch line.label {
            case "minimum": minimumLength = try LabelledRuleLines.minimum(line, file: file)
            case "linking": if !linkingElements.contains(value) { linkingElements.append(value) }
            case "exclude-ending": excludedEndings.append(value)
            case "exclude-category": excludedCategories.insert(line.value)
            case "exclude": excludedStems.insert(value)
            default: throw .badPattern(file: file, line: line.number, text: line.text)
            }
        }
    }

    /// A rule that derives nothing.
    package init() {}

    /// The hyphenated first-part patterns the rule derives from the news-idiom nouns among `patterns` (the loaded
    /// terms of one language), without their `@opinion` context.
    package func derivedFirstParts(from patterns: [LexiconPattern]) throws(FramingLexiconError) -> [LexiconPattern] {
        guard minimumLength > 0 else { return [] }
        var seen = Set<String>()
        var result: [LexiconPattern] = []
        for pattern in patterns where pattern.elements.count == 1 && !pattern.anchored {
            guard case .word(let stem, false, false) = pattern.elements[0], stem.count >= minimumLength,
                pattern.context == LoadedTermDetector.opinionOnlyContext, !excludedCategories.contains(pattern.label)
            else { continue }
            let written = String(decoding: stem, as: UTF8.self)
            if written.contains("-") || excludedStems.contains(written)
                || excludedEndings.contains(where: { written.hasSuffix($0) })
            {
                continue
            }
            for linking in linkingElements {
                let source = written + linking + "-*"
                guard seen.insert(source).inserted else { continue }
                result.append(
                    try LexiconPattern(
                        label: pattern.label, source: source, list: pattern.list, file: "compound-first-parts.txt",
                        line: 0))
            }
        }
        return result
    }
}
