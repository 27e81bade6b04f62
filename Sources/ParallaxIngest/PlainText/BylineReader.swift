import Foundation
package import ParallaxModel

/// Reads the byline and date lines just below a headline (`Von Jana Probe`, `By Sam Sample and
/// Kim Example`, `28.04.2025, 05:37 Uhr`) into metadata.
///
/// A byline is a line of at most twelve words (names, then perhaps a job title, a place or a date)
/// that starts with a byline word of the lexicon and names one to three people (each two to four
/// capitalised words, joined by `,` or a conjunction), or a line of one name and a job title; a date
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

    /// Takes byline and date lines that follow the headline at `lines[0]` into `document`; with
    /// `headlineFirst` false (the title is known from elsewhere), those that open the text.
    package func take(_ lines: inout [TextLine], into document: inout CleanDocument, headlineFirst: Bool = true) {
        // Up to three lines, always leaving the headline and at least one line of text.
        let index = headlineFirst ? 1 : 0
        var taken = 0
        while taken < 3, index < lines.count - 1 {
            taken += 1
            let shape = lines[index].shape
            if let names = authors(in: shape) ?? nameAndPlace(shape) {
                document.authors += names.filter { !document.authors.contains($0) }
                if document.published == nil { document.published = dates.parse(shape.content) }
                document.removed.append(RemovedBlock(kind: .metadata, text: shape.text, why: "byline"))
            } else if isAgencyCredit(shape) {
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
    ///
    /// A byline starts with a byline word (`Von`, `By`, `Autorin:`) and names one to three people;
    /// a job title, agency or place after a name (`, Local Democracy Reporter`, `, dpa`, `, Berlin`),
    /// a place (`in Brennau`), a date and further credits after `;` (`; editing by …`) are not names. Without a byline word, a line of a
    /// name and a job title (`Daniel Okafor, Europe correspondent`) is a byline too.
    package func authors(in shape: LineShape) -> [String]? {
        guard shape.wordCount <= 12, !shape.isBullet else { return nil }
        guard
            let opener = cues.byline.sorted(by: { $0.count > $1.count }).first(where: {
                shape.lowered.hasPrefix($0 + " ") || shape.lowered.hasPrefix($0 + ":")
            })
        else { return nameAndRole(shape) }
        var rest = String(shape.content.dropFirst(opener.count)).trimmingWhitespace()
        if rest.hasPrefix(":") { rest = String(rest.dropFirst()).trimmingWhitespace() }
        // A date after the names ("Von Jana Probe, 28.04.2025") is read separately.
        if let cut = rest.firstIndex(where: { $0.isNumber || "|;(".contains($0) }) { rest = String(rest[..<cut]) }
        rest = withoutPlace(rest)
        var parts = [rest]
        for separator in [","] + cues.conjunctions.map({ " \($0) " }) {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        var names = parts.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        // Job titles, agencies and places after the names are dropped ("…, Europe correspondent",
        // "…, dpa", "…, Berlin"), and so are words before the first name ("Von unserem Korrespondenten …").
        while names.count > 1, let last = names.last, isRole(last) || isAgency(last) || !last.contains(" ") {
            names.removeLast()
        }
        if let first = names.first { names[0] = withoutLeadingTitle(first) }
        guard (1...3).contains(names.count), names.allSatisfy(isName), !names.contains(where: isCollective) else {
            return nil
        }
        return names.map(Self.outOfCapitals)
    }

    /// `name` in title case when written in capitals (`SAM SAMPLE` → `Sam Sample`), else as written.
    private static func outOfCapitals(_ name: String) -> String {
        let letters = name.filter(\.isLetter)
        return letters.count >= 4 && letters.allSatisfy(\.isUppercase) ? MastheadReader.titleCased(name) : name
    }

    /// Whether `name` names a team, not a person (`Team Example`, `Example Staff`).
    private func isCollective(_ name: String) -> Bool {
        name.split(separator: " ").contains { cues.collectives.contains(LineShape.lowercase(String($0))) }
    }

    /// The name of a line `Name, Place` directly under the headline (`Sam Sample, Brennau`): two parts,
    /// a name and one or two capitalised words without digits, at most six words in all.
    private func nameAndPlace(_ shape: LineShape) -> [String]? {
        guard shape.wordCount <= 6, !shape.endsClause, !shape.isBullet else { return nil }
        let parts = shape.content.split(separator: ",").map { String($0).trimmingWhitespace() }
        guard parts.count == 2, isName(parts[0]), !isCollective(parts[0]) else { return nil }
        let place = parts[1].split(separator: " ")
        guard (1...2).contains(place.count),
            place.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "-" } })
        else { return nil }
        return [Self.outOfCapitals(parts[0])]
    }

    /// `name` without leading lower-case words and role words (`unserem Korrespondenten Sam Sample` →
    /// `Sam Sample`), as long as two words remain.
    private func withoutLeadingTitle(_ name: String) -> String {
        var words = name.split(separator: " ")
        while words.count > 2, let first = words.first,
            first.first?.isLowercase == true || cues.roles.contains(first.lowercased())
        {
            words.removeFirst()
        }
        return words.joined(separator: " ")
    }

    /// Whether a line credits only news agencies (`Von dpa`, `Mit Material von dpa und AFP`): a byline
    /// word, then agency short names joined by `,` or a conjunction.
    package func isAgencyCredit(_ shape: LineShape) -> Bool {
        guard shape.wordCount <= 8, !shape.isBullet,
            let opener = cues.byline.sorted(by: { $0.count > $1.count }).first(where: {
                shape.lowered.hasPrefix($0 + " ") || shape.lowered.hasPrefix($0 + ":")
            })
        else { return false }
        var rest = String(shape.content.dropFirst(opener.count)).trimmingWhitespace()
        if rest.hasPrefix(":") { rest = String(rest.dropFirst()) }
        var parts = [rest]
        for separator in [",", "/"] + cues.conjunctions.map({ " \($0) " }) {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        let names = parts.map { $0.trimmingWhitespace().trimmingSentenceMarks() }.filter { !$0.isEmpty }
        return !names.isEmpty && names.allSatisfy { isAgency($0) || isCollective($0) }
    }

    /// The name of a line `Name, job title`, or `nil`.
    private func nameAndRole(_ shape: LineShape) -> [String]? {
        guard shape.wordCount <= 8, !shape.endsClause else { return nil }
        let parts = shape.content.split(separator: ",").map { String($0).trimmingWhitespace() }
        guard parts.count == 2, isName(parts[0]), isRole(parts[1]) else { return nil }
        return [parts[0]]
    }

    /// Whether `text` is a job title: it holds a role word of the lexicon (`Europe correspondent`).
    private func isRole(_ text: String) -> Bool {
        let lowered = LineShape.lowercase(text)
        return cues.roles.contains { lowered.containsPhrase($0) }
    }

    /// Whether `text` is a news agency's short name after the names (`dpa`, `AFP`): one word of at
    /// most six letters, all of one case.
    private func isAgency(_ text: String) -> Bool {
        text.count <= 6 && text.allSatisfy(\.isLetter)
            && (text.allSatisfy(\.isUppercase) || text.allSatisfy(\.isLowercase))
    }

    /// `text` up to a place word followed by a capitalised word (`Grace Whitfield in Brennau`).
    private func withoutPlace(_ text: String) -> String {
        let words = text.split(separator: " ")
        guard words.count >= 3 else { return text }
        for index in 2..<(words.count - 1)
        where cues.places.contains(words[index].lowercased()) && words[index + 1].first?.isUppercase == true {
            return words[..<index].joined(separator: " ")
        }
        return text
    }

    private func isName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return (2...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true && $0.count > 1 }
    }
}

extension String {
    /// The string without a final `.`.
    fileprivate func trimmingSentenceMarks() -> String {
        hasSuffix(".") ? String(dropLast()) : self
    }
}
