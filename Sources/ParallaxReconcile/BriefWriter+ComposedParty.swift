import Foundation

/// A party label the display names do not list but whose last words do: a place or organisation's name and a listed
/// body (`varnesia coast guard`, `karsenia intelligence`). Round 28's briefs showed such labels in English title case
/// inside German sentences ("so Varnesia Coast Guard"). A language whose brief.tsv has a `party.composed` template
/// now composes them from the listed body and the name: German "Küstenwache von Varnesia". The name is not inflected:
/// labels name places in the articles' language or in English ("Serbia"), and a German genitive of an English name
/// ("Serbias") reads worse than the preposition. A name that reads as an adjective (its last word ends as a demonym does,
/// `party.composed.adjectiveEndings`: `north korean military`), holds a word of rank or reach rather than a name
/// (`party.composed.modifiers`: `state environment agency`, `district health office`) or an abbreviation or possessive
/// (`st. annen hospital`, `st. anselm's hospital`) is left alone, as is every label in a language without the template
/// (English keeps "Varnesia Coast Guard", which is already English word order).
extension BriefWriter {
    func composedParty(_ label: String, lexicon: ReconcileLexicon) -> String? {
        guard let template = lexicon.templates["party.composed"] else { return nil }
        let words = label.split(separator: " ")
        guard words.count >= 2, let parties = lexicon.display["party"] else { return nil }
        let adjectiveEndings = lexicon.composedPartyAdjectiveEndings
        let modifiers = lexicon.composedPartyModifiers
        for bodyLength in stride(from: min(3, words.count - 1), through: 1, by: -1) {
            guard let body = parties[words.suffix(bodyLength).joined(separator: " ")] else { continue }
            let nameWords = words.dropLast(bodyLength)
            let nameLabel = nameWords.joined(separator: " ")
            guard parties[nameLabel] == nil, let last = nameWords.last,
                !adjectiveEndings.contains(where: { last.hasSuffix($0) }),
                !nameWords.contains(where: { modifiers.contains($0) || $0.contains(where: { ".'’".contains($0) }) })
            else { return nil }
            let name = nameWords.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
            return template.replacingOccurrences(of: "{body}", with: body.singular).replacingOccurrences(of: "{name}", with: name)
        }
        return nil
    }
}
