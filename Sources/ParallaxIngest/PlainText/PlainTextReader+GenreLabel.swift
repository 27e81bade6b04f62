import Foundation
import ParallaxModel

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

/// An advert's label and sponsor line above its headline (round 29): `ANZEIGE` / `Ein Angebot der Muster GmbH` /
/// blank / headline, `ADVERTISEMENT` / `Presented by Smith & Co`. With no date under them, no dateline block took the
/// two lines, and the capitals kicker rule joined them into the title (`ANZEIGE Ein Angebot der …`): three writers'
/// advertorials had that title and no publisher. The label and the sponsor line are now metadata, the sponsor the
/// publisher, and the next line the headline.
extension PlainTextReader {
    /// Takes a leading genre label and the sponsor line right under it; the sponsor becomes the publisher.
    /// - Returns: whether the two lines were taken.
    @discardableResult
    func takeSponsorLabel(
        _ lines: inout [TextLine], into document: inout CleanDocument, cues: BoilerplateCues = .shared
    ) -> Bool {
        guard lines.count >= 3, Self.isGenreLabel(lines[0].shape.text, labels: cues.genreLabels), !lines[1].blankBefore,
            let sponsor = Self.sponsor(in: lines[1].shape, openers: cues.sponsorOpeners)
        else { return false }
        document.publisher = sponsor
        document.removed.append(
            RemovedBlock(
                kind: .metadata, text: lines[0].shape.text + "\n" + lines[1].shape.text,
                why: BoilerplateVerdict.dateline.why))
        lines.removeFirst(2)
        lines[0].blankBefore = false
        return true
    }

    /// The sponsor a line names after a sponsor opener (`Präsentiert von Hygieno` → `Hygieno`): a line of at most
    /// twelve words, no bullet, no question or exclamation, its opener a whole-word prefix, the name capitalised and
    /// without a colon (`Ein Angebot der Woche: …` is a headline).
    static func sponsor(in shape: LineShape, openers: [String]) -> String? {
        guard !shape.isBullet, shape.wordCount <= 12, shape.finalMark != "?", shape.finalMark != "!" else { return nil }
        let text = shape.content
        let lowered = shape.lowered
        for opener in openers where lowered.hasPrefix(opener + " ") {
            let name = String(text.dropFirst(opener.count)).trimmingWhitespace()
            guard let first = name.first, first.isUppercase || first.isNumber, !name.contains(":") else { continue }
            return name
        }
        return nil
    }
}
