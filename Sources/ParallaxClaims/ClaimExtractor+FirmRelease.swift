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
    static func functionWordRows(_ kind: String) -> Set<String> {
        Set(
            LexiconFile.languages.flatMap { language in
                LexiconFile.functionWords(language: language)
                    .filter { $0[0] == kind && $0.count > 1 }.map { $0[1] }
            })
    }

    /// Whether the article is a press release (not an advert) whose publisher is a trading company: its own release
    /// (`isOwnRelease`), no advert label in its dateline block, and a publisher whose name ends in a firm's legal form — or,
    /// since round 30, a sender its closing note names in a release that writes no association's mark (``releaseSender(_:)``).
    /// - Complexity: O(removed blocks + words of the publisher), once per article.
    static func isFirmRelease(_ article: Article) -> Bool {
        guard isOwnRelease(article), !hasAdvertLabel(article) else { return false }
        let words = (article.publisher ?? "").lowercased().split(separator: " ").map(String.init)
        if let last = words.last, words.count > 1, firmForms.contains(last) { return true }
        return releaseSender(article) != nil
    }

    /// Openers of a release's closing note about its sender, every language, longest first: `about-opener` rows of
    /// `function-words.txt` (`über`, `about`).
    static let aboutOpeners: [String] = functionWordRows("about-opener").sorted { $0.count > $1.count }

    /// Marks of a registered association, every language: `association-form` rows of `function-words.txt` (`e.v.`).
    static let associationForms: Set<String> = functionWordRows("association-form")

    /// The sender of a press release, from its closing note about itself (round 30): `Über die HVV: Die Hovelunder
    /// Versorgungswerke AöR liefern …` → `hvv`, `Über Halmer: …` → `halmer`, `About Norlotto` → `norlotto`.
    ///
    /// A release that leaves its sender out of the dateline (`PRESSEMITTEILUNG` / `Hovelund, 11. Oktober 2041`) still
    /// names it in the note the ingest stage removed as the sender's (`Über X:`, `About X`), by the name the release
    /// calls it by; the writers of dev22, dev23 and dev24 give the cue-less figures of such a release that sender as
    /// source, as round 22 did for a firm's release whose dateline names it (dev22's `Norlotto` has a publisher without
    /// a legal form; dev23's and dev24's releases have none). Nil when the article is no release or an advert's, when
    /// no removed block opens with an opener of `aboutOpeners` and one to four capitalised words (after an article) up
    /// to a colon or the line's end, when the note speaks of `uns`/`us`, and when a removed block writes an
    /// association's mark (`e. V.`): an association's release leaves its background facts without a source.
    /// - Complexity: O(removed blocks) for an article without a release label (their first lines); else O(removed
    ///   blocks' text). A few calls per article.
    static func releaseSender(_ article: Article) -> String? {
        guard hasReleaseLabel(article), !hasAdvertLabel(article) else { return nil }
        let association = (article.removed.map(\.text) + [article.publisher ?? ""]).contains { text in
            let words = text.lowercased().split(whereSeparator: { $0.isWhitespace })
                .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ",;()")) }
            return words.indices.contains { index in
                associationForms.contains(words[index])
                    || (index + 1 < words.count && associationForms.contains(words[index] + words[index + 1]))
            }
        }
        guard !association else { return nil }
        for block in article.removed where block.kind == .metadata {
            guard let line = block.text.split(separator: "\n").first.map(String.init) else { continue }
            if let sender = aboutNoteSender(line) { return sender }
        }
        return nil
    }

    /// The sender's name in lower case of a note's first line (`Über die HVV: …` → `hvv`), or nil: the line opens with an
    /// opener of `aboutOpeners`, then an optional article, then one to four capitalised words ending at a colon or the
    /// line's end; a pronoun (`Über uns`) names no one.
    static func aboutNoteSender(_ line: String) -> String? {
        let lowered = line.lowercased()
        guard let opener = aboutOpeners.first(where: { lowered.hasPrefix($0 + " ") }) else { return nil }
        let rest = line.dropFirst(opener.count + 1)
        let label = rest.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard let head = label.first, label.count == 2 || !rest.contains(where: { ".!?".contains($0) }) else { return nil }
        var words = head.split(separator: " ").map(String.init)
        if words.count > 1, leadingArticles.contains(words[0].lowercased()) { words.removeFirst() }
        guard (1...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        let name = words.joined(separator: " ").lowercased()
        return pronounNames.contains(name) ? nil : name
    }

    /// Pronouns a note's label may hold instead of a name (`über uns`, `about us`): `about-pronoun` rows of
    /// `function-words.txt`.
    static let pronounNames: Set<String> = functionWordRows("about-pronoun")

    /// Whether a removed metadata block's first line, or its part after a dash, is a release label.
    static func hasReleaseLabel(_ article: Article) -> Bool {
        hasGenreLabel(article, among: releaseLabels)
    }

    /// Whether a removed metadata block's first line, or its part after a dash, is an advert's genre label.
    static func hasAdvertLabel(_ article: Article) -> Bool {
        hasGenreLabel(article, among: advertLabels)
    }

    /// Whether a removed metadata block's first line (the dateline block's), or its part after a dash (`Spendenwacht e.V. –
    /// Pressemitteilung`), is one of `labels`.
    private static func hasGenreLabel(_ article: Article, among labels: Set<String>) -> Bool {
        article.removed.contains { block in
            guard block.kind == .metadata, let first = block.text.split(separator: "\n").first else { return false }
            let line = first.lowercased().trimmingCharacters(in: .whitespaces)
            return labels.contains(line) || labels.contains { line.hasSuffix(" – " + $0) || line.hasSuffix(" - " + $0) }
        }
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
