import Foundation

/// A press release or an advert names its kind above or beside its sender (round 20).
///
/// German and English press releases open `PRESSEMITTEILUNG` / `Verband … e. V.` / `Ort, Datum`, or `Spendenwacht e.V. –
/// Pressemitteilung`; adverts `ANZEIGE` / `Kanzlei …`. The dateline block took the first short line as the publisher, so
/// the publisher was `Pressemitteilung` or `Anzeige`, and a release whose date line names its place was not read at all
/// (no publisher). The publisher is now the first outlet line that is not such a label, without a label after a dash.
extension PlainTextReader {
    /// The sender among the outlet lines of a dateline block: the first that is not a genre label (`genre-label` rows of
    /// `boilerplate.txt`), with a trailing `– Pressemitteilung` dropped; nil when every line is a label.
    static func sender(among outletLines: [String], labels: [String] = BoilerplateCues.shared.genreLabels) -> String? {
        for line in outletLines {
            var name = line
            for separator in [" – ", " — ", " - ", " | "] {
                if let range = name.range(of: separator, options: .backwards),
                    labels.contains(String(name[range.upperBound...]).trimmingWhitespace().lowercased())
                {
                    name = String(name[..<range.lowerBound])
                }
            }
            let trimmed = name.trimmingWhitespace()
            if !trimmed.isEmpty, !isGenreLabel(trimmed, labels: labels) { return trimmed }
        }
        return nil
    }

    /// Whether `line` is a genre label, alone or with the running number a sender gives its releases (round 24:
    /// `Pressemitteilung Nr. 112/2031`, `Press release No. 14/2030`, `Pressemitteilung 07/2031`): after the label at most
    /// three words, at least one with a digit, the others short abbreviations ending in `.` or a `#`.
    static func isGenreLabel(_ line: String, labels: [String] = BoilerplateCues.shared.genreLabels) -> Bool {
        let lowered = line.trimmingWhitespace().lowercased()
        if labels.contains(lowered) { return true }
        for label in labels where lowered.hasPrefix(label + " ") {
            let rest = lowered.dropFirst(label.count).split(separator: " ")
            guard (1...3).contains(rest.count), rest.contains(where: { $0.contains(where: \.isNumber) }) else { continue }
            let numbered = rest.allSatisfy { word in
                word.contains(where: \.isNumber) ? word.allSatisfy { $0.isNumber || "/.-#".contains($0) }
                    : word == "#" || (word.hasSuffix(".") && word.count <= 5 && word.dropLast().allSatisfy(\.isLetter))
            }
            if numbered { return true }
        }
        return false
    }

    /// A sender's name under a genre label (`PRESS RELEASE` / `Ministry of Defence of the Republic of Elsing`): a line of
    /// at most twelve words that ends no sentence (unless in a legal form), no bullet, right after a line that is a label.
    static func isSenderLine(_ shape: LineShape, after outletLines: [String], labels: [String] = BoilerplateCues.shared.genreLabels) -> Bool {
        guard let previous = outletLines.last, isGenreLabel(previous, labels: labels) else { return false }
        return !shape.isBullet && shape.wordCount <= 12 && shape.content.count <= 100
            && (!shape.endsSentence || MastheadReader().endsWithLegalForm(shape))
    }
}
