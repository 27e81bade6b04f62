import Foundation
import ParallaxModel

/// A firm's press release states its own figures (round 22).
///
/// A company that issues a press release (`PRESSEMITTEILUNG` / `Carvena Pharma AG`, `PRESS RELEASE` / `Polarion Cruises Inc.`)
/// announces its own acts and counts: `Altavia streicht 640 von 980 Flügen`, `Derzeit sind 243 Personen an Bord erkrankt`,
/// `Betroffen sind rund 85.000 Fluggäste`. The writers who annotated firms' releases give every cue-less figure of the release
/// its sender as source (dev15: `carvena`, `altavia`; dev16: `polarion`; like dev13's and dev14's issuers), while the releases of
/// registered associations (`e. V.`: an advocacy group reporting someone else's disaster, dev6, dev9, dev10, dev11, dev12) and
/// adverts (`ANZEIGE`) leave their background facts without a source. So the mark is the sender's legal form of a trading
/// company (`firm-form` rows of `function-words.txt`) under a press-release label that is not an advert's
/// (`release-advert-label` rows). A sentence of such a release with no cue, carry or hedge of its own has the publisher as
/// source (the `@outlet` label).
///
/// The label is the name the release calls its sender by: a firm that writes `Polarion erstattet …`, `Carvena hat …` beside its
/// full name `Polarion Kreuzfahrten AG` goes by the first word of that name (`polarion`), as the writers label it.
extension ClaimExtractor {
    /// Legal forms of a trading company, every language: `firm-form` rows of `function-words.txt`.
    static let firmForms: Set<String> = functionWordRows("firm-form")

    /// Genre labels of adverts, every language: `release-advert-label` rows of `function-words.txt`.
    static let advertLabels: Set<String> = functionWordRows("release-advert-label")

    /// The second column of every `kind` row of `function-words.txt`, every language.
    private static func functionWordRows(_ kind: String) -> Set<String> {
        Set(
            LexiconFile.languages.flatMap { language in
                LexiconFile.rows("function-words.txt", in: LexiconFile.folder(language: language))
                    .filter { $0[0] == kind && $0.count > 1 }.map { $0[1] }
            })
    }

    /// Whether the article is a press release (not an advert) whose publisher is a trading company: its own release
    /// (`isOwnRelease`), no advert label in its dateline block, and a publisher whose name ends in a firm's legal form.
    /// - Complexity: O(removed blocks + words of the publisher), once per article.
    static func isFirmRelease(_ article: Article) -> Bool {
        guard isOwnRelease(article), let publisher = article.publisher else { return false }
        let words = publisher.lowercased().split(separator: " ").map(String.init)
        guard let last = words.last, words.count > 1, firmForms.contains(last) else { return false }
        let advert = article.removed.contains { block in
            guard block.kind == .metadata, let first = block.text.split(separator: "\n").first else { return false }
            let line = first.lowercased().trimmingCharacters(in: .whitespaces)
            return advertLabels.contains { line == $0 || line.hasSuffix(" – " + $0) || line.hasSuffix(" - " + $0) }
        }
        return !advert
    }

    /// The name a firm's release calls its sender by: the first word of the publisher's label when the body writes that word
    /// on its own (not followed by the label's second word, nor joined to another by a hyphen) at least twice — `Polarion
    /// Kreuzfahrten AG` that writes `Polarion erstattet …`, `Polarion arbeitet …` is `polarion`; else the label unchanged.
    /// - Complexity: O(body length), once per article whose claims name the outlet.
    static func shortFirmLabel(_ label: String, body: String) -> String {
        let words = label.split(separator: " ").map(String.init)
        guard words.count > 1, let first = words.first, first.count > 2 else { return label }
        let tokens = body.split(whereSeparator: { $0.isWhitespace }).map { String($0) }
        var alone = 0
        for (index, token) in tokens.enumerated() {
            let trimmed = token.trimmingCharacters(in: .punctuationCharacters.subtracting(CharacterSet(charactersIn: "-")))
            guard trimmed.lowercased() == first, trimmed.first?.isUppercase == true else { continue }
            let endsClause = token.last.map { ",.;:!?".contains($0) } ?? false
            let next = index + 1 < tokens.count ? tokens[index + 1].lowercased() : ""
            if endsClause || !next.hasPrefix(words[1]) { alone += 1 }
        }
        return alone >= 2 ? first : label
    }
}
