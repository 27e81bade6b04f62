import Foundation
package import ParallaxModel

/// Reads the byline and date lines just below a headline (`Von Jana Probe`, `By Sam Sample and
/// Kim Example`, `28.04.2025, 05:37 Uhr`) into metadata.
///
/// A byline is a line of at most twelve words (names, then perhaps a date) that starts with a byline word of the lexicon and names
/// one to three people (each two to four capitalised words, joined by `,` or a conjunction); a date
/// in the same line is read too. Only the lines directly after the headline are looked at, and
/// only while each is a byline or a date line.
package struct BylineReader: Sendable {
    private let cues: BoilerplateCues
    private let dates: PublicationDateParser

    /// A reader over the byline words of `cues`.
    package init(cues: BoilerplateCues = .shared, dates: PublicationDateParser = PublicationDateParser()) {
        self.cues = cues
        self.dates = dates
    }

    /// Takes byline and date lines that follow the headline at `lines[0]` into `document`.
    package func take(_ lines: inout [TextLine], into document: inout CleanDocument) {
        // Up to three lines, always leaving the headline at 0 and at least one line of text.
        let index = 1
        var taken = 0
        while taken < 3, index < lines.count - 1 {
            taken += 1
            let shape = lines[index].shape
            if let names = authors(in: shape) {
                document.authors += names.filter { !document.authors.contains($0) }
                if document.published == nil { document.published = dates.parse(shape.content) }
                document.removed.append(RemovedBlock(kind: .metadata, text: shape.text, why: "byline"))
            } else if dates.isDateOrTime(shape.text) {
                if document.published == nil { document.published = dates.parse(shape.text) }
                document.removed.append(
                    RemovedBlock(kind: .metadata, text: shape.text, why: BoilerplateVerdict.dateline.why))
            } else {
                break
            }
            lines.remove(at: index)
        }
    }

    /// The people a byline line names, or `nil` when the line is no byline.
    package func authors(in shape: LineShape) -> [String]? {
        guard shape.wordCount <= 12, !shape.isBullet,
            let opener = cues.byline.sorted(by: { $0.count > $1.count }).first(where: {
                shape.lowered.hasPrefix($0 + " ")
            })
        else { return nil }
        var rest = String(shape.content.dropFirst(opener.count)).trimmingWhitespace()
        // A date after the names ("Von Jana Probe, 28.04.2025") is read separately.
        if let cut = rest.firstIndex(where: { $0.isNumber || $0 == "|" }) { rest = String(rest[..<cut]) }
        var parts = [rest]
        for separator in [","] + cues.conjunctions.map({ " \($0) " }) {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        let names = parts.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        guard (1...3).contains(names.count), names.allSatisfy(isName) else { return nil }
        return names
    }

    private func isName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return (2...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true && $0.count > 1 }
    }
}
