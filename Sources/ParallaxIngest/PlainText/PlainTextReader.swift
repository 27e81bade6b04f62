import Foundation
package import ParallaxModel

/// Reads a plain-text article: dateline, headline, headings, paragraphs, list items, furniture.
///
/// The shape it expects is that of text saved from a news page: an optional dateline block of
/// outlet / date / time lines, the headline, then the body with or without blank lines between
/// paragraphs, often followed or interrupted by site furniture (see ``PlainTextBoilerplateClassifier``).
/// Wrapped lines (a line without final punctuation followed by one starting in lower case) are joined.
package struct PlainTextReader: Sendable {
    /// Whether the first line is the headline (`false` when the title is known from elsewhere).
    package var headlineFirst: Bool
    private let classifier: PlainTextBoilerplateClassifier
    private let dates: PublicationDateParser
    private let mastheads = MastheadReader()

    /// A reader; `headlineFirst` defaults to `true`.
    package init(
        headlineFirst: Bool = true, classifier: PlainTextBoilerplateClassifier = PlainTextBoilerplateClassifier()
    ) {
        self.headlineFirst = headlineFirst
        self.classifier = classifier
        dates = PublicationDateParser()
    }

    /// The document of the normalized `text` read from `input`; its blocks may be empty.
    /// - Complexity: O(n) in the length of `text`.
    package func read(text: String, input: String) -> CleanDocument {
        var document = CleanDocument(input: input)
        var lines = TextLine.lines(of: text)
        if headlineFirst { takeSponsorLabel(&lines, into: &document) }
        if headlineFirst, !takeDateline(&lines, into: &document) { takeOutletAboveHeadline(&lines, into: &document) }
        joinKicker(&lines)
        BylineReader(dates: dates).take(&lines, into: &document, headlineFirst: headlineFirst)
        lines = joinWrappedLines(lines)
        if let publisher = document.publisher, let masthead = document.removed.first?.text,
            !masthead.contains(publisher),
            let written = mastheads.writtenForm(of: publisher, in: lines.map(\.shape.text))
        {
            // A name recased from capitals or read from a web address yields to its form in the text.
            document.publisher = written
        }
        let verdicts = classifier.classify(lines)
        var kept: [SentencePerLineLayout.Entry] = []
        var pending: (verdict: BoilerplateVerdict, text: String)?
        var previousKept = false
        for (line, verdict) in zip(lines, verdicts) {
            guard let verdict else {
                kept.append(.init(line: line, followsPrevious: previousKept && !line.blankBefore))
                previousKept = true
                continue
            }
            previousKept = false
            if verdict.kind == .navigation, document.publisher == nil,
                let outlet = classifier.outletOfSectionLine(line.shape) ?? classifier.ownerOfCopyrightLine(line.shape)
            {
                document.publisher = outlet
            }
            if let open = pending, open.verdict == verdict {
                pending = (verdict, open.text + "\n" + line.shape.text)
            } else {
                if let open = pending {
                    document.removed.append(
                        RemovedBlock(kind: open.verdict.kind, text: open.text, why: open.verdict.why))
                }
                pending = (verdict, line.shape.text)
            }
        }
        if let open = pending {
            document.removed.append(RemovedBlock(kind: open.verdict.kind, text: open.text, why: open.verdict.why))
        }
        document.blocks = blocks(of: SentencePerLineLayout.paragraphs(of: kept), title: &document.title)
        dropOutletHeading(from: &document)
        return document
    }

    /// When the first heading only names the outlet that a footer or section menu names too, it is an
    /// outlet line above the headline: the next heading becomes the title.
    private func dropOutletHeading(from document: inout CleanDocument) {
        guard headlineFirst, let publisher = document.publisher, document.title == publisher,
            document.blocks.count >= 3, document.blocks[1].kind == .heading
        else { return }
        document.removed.insert(
            RemovedBlock(kind: .metadata, text: publisher, why: BoilerplateVerdict.dateline.why), at: 0)
        document.blocks.removeFirst()
        document.title = document.blocks[0].text
    }

    /// Takes a leading block of outlet, date and time lines as metadata.
    ///
    /// The block is one or two short outlet lines (the first names the publisher, read by
    /// ``MastheadReader``; a second is a section), then date and time lines, perhaps followed by a
    /// section, breadcrumb or status line (`Ressort: Lokales`, `Home > News`, `Eilmeldung – 2. Fassung`);
    /// or one line of outlet and date (`Example Post | 3 March 2026`). With an outlet line, it must end with a blank line or be followed by a headline (a
    /// heading-like line, then a byline or a paragraph); a headline followed by a date and a byline is
    /// no outlet.
    /// - Returns: whether a dateline block was taken.
    @discardableResult
    private func takeDateline(_ lines: inout [TextLine], into document: inout CleanDocument) -> Bool {
        var outletLines: [String] = []
        var dateLines: [String] = []
        var blockLines: [String] = []
        var authors: [String] = []
        var end = 0
        let bylines = BylineReader(dates: dates)
        for (index, line) in lines.prefix(7).enumerated() {
            if dates.isDateOrTime(line.shape.text) {
                dateLines.append(line.shape.text)
            } else if dateLines.isEmpty, outletLines.isEmpty, let (outlet, date) = outletAndDate(line.shape) {
                outletLines.append(outlet)
                dateLines.append(date)
            } else if dateLines.isEmpty, !outletLines.isEmpty, let (_, date) = outletAndDate(line.shape) {
                // A press release's place and date under its sender (`Selvenau, 15. Juli 2030`): the place is no outlet.
                dateLines.append(date)
            } else if let date = dateInLine(line.shape) {
                dateLines.append(date)
            } else if !dateLines.isEmpty, authors.isEmpty, let names = bylines.authors(in: line.shape) {
                // A byline under the date (`Von Jana Beispiel`, `By Sam Sample, Regional Reporter`).
                authors = names
            } else if !dateLines.isEmpty, authors.isEmpty, index + 1 < lines.count, lines[index + 1].blankBefore,
                let name = bareName(line.shape)
            {
                // A name alone under the date and above the blank line before the headline is the byline.
                authors = [name]
            } else if dateLines.isEmpty, outletLines.count < 2,
                isOutletLine(line.shape) || (outletLines.isEmpty && mastheads.name(of: line.shape) != nil)
                    || Self.isSenderLine(line.shape, after: outletLines)
            {
                outletLines.append(line.shape.text)
                blockLines.append(line.shape.text)
                continue
            } else if !dateLines.isEmpty, classifier.isMastheadFurniture(line.shape) {
                // A section, breadcrumb or status line under the date (`Ressort: Lokales`, `Eilmeldung`).
            } else {
                break
            }
            blockLines.append(line.shape.text)
            end = index + 1
        }
        guard !dateLines.isEmpty, end < lines.count, end == blockLines.count else { return false }
        // An outlet line is told from a short headline by the blank line that ends the block, or by a
        // headline right after the block, followed by a byline or a paragraph.
        guard outletLines.isEmpty || lines[end].blankBefore || isHeadline(at: end, of: lines) else { return false }
        // A byline or a paragraph right after the block shows its first line was the headline, not an
        // outlet: a headline has at most 30 words and no full stop, comma, colon or semicolon at the end.
        let next = lines[end].shape
        guard outletLines.isEmpty || (BylineReader(dates: dates).authors(in: next) == nil
            && !next.isBullet && next.wordCount <= 30 && !next.endsClause)
        else { return false }
        document.published = dates.parse(dateLines.joined(separator: " "))
        document.authors += authors
        if let outlet = Self.sender(among: outletLines) { document.publisher = mastheads.name(of: LineShape(outlet)) ?? outlet }
        // A byline may stand in the block, below the outlet ("Example Post / By Sam Sample / 4 May 2026").
        for line in outletLines.dropFirst() {
            if let names = BylineReader(dates: dates).authors(in: LineShape(line)) { document.authors += names }
        }
        document.removed.append(
            RemovedBlock(
                kind: .metadata, text: blockLines.joined(separator: "\n"),
                why: BoilerplateVerdict.dateline.why))
        lines.removeFirst(end)
        if !lines.isEmpty { lines[0].blankBefore = false }
        return true
    }

    /// The date of a dateline: the whole line, or its date and time parts when the line strings them
    /// together with short notes such as a reading time (`12. Oktober 2026 · 11:20 Uhr · Lesezeit 3 Min.`).
    private func dateInLine(_ shape: LineShape) -> String? {
        guard shape.text.utf8.count <= 120 else { return nil }
        let parts = shape.text.components(separatedBy: CharacterSet(charactersIn: "·•|"))
            .map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        guard parts.count >= 2 else { return nil }
        let dated = parts.filter { dates.isDateOrTime($0) }
        let notes = parts.filter { !dates.isDateOrTime($0) }
        guard !dated.isEmpty, notes.allSatisfy({ LineShape($0).wordCount <= 4 && !$0.contains(where: { ",;:!?".contains($0) }) }) else {
            return nil
        }
        return dated.joined(separator: " ")
    }

    /// A personal name standing alone on a line: two or three capitalised words of letters, hyphens
    /// and apostrophes, not in capitals, that are no date.
    private func bareName(_ shape: LineShape) -> String? {
        let words = shape.content.split(separator: " ")
        guard (2...3).contains(words.count), !shape.isBullet, !dates.isDateOrTime(shape.text),
            words.allSatisfy({ word in
                word.first?.isUppercase == true && word.dropFirst().contains(where: \.isLowercase)
                    && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }
            })
        else { return nil }
        return shape.content
    }

    /// Takes an outlet line that stands alone above the headline, when the date or byline follows
    /// the headline (`Example Post` / blank / headline / `4 December 2026` / …).
    private func takeOutletAboveHeadline(_ lines: inout [TextLine], into document: inout CleanDocument) {
        guard lines.count >= 4, isOutletLine(lines[0].shape), lines[1].blankBefore, !lines[2].blankBefore,
            lines[1].shape.couldBeHeading, lines[1].shape.wordCount > lines[0].shape.wordCount,
            dates.isDateOrTime(lines[2].shape.text) || BylineReader(dates: dates).authors(in: lines[2].shape) != nil
        else { return }
        document.publisher = mastheads.name(of: lines[0].shape) ?? lines[0].shape.text
        document.removed.append(
            RemovedBlock(kind: .metadata, text: lines[0].shape.text, why: BoilerplateVerdict.dateline.why))
        lines.removeFirst()
        lines[0].blankBefore = false
    }

    /// Joins a kicker to the headline below it (`SKANDAL!` / `Minister tritt zurück` → `SKANDAL!
    /// Minister tritt zurück`): a first line of one to three words that ends with `!`, or is in capitals
    /// and directly above the headline, followed by a line that could be a heading and no byline or date.
    private func joinKicker(_ lines: inout [TextLine]) {
        guard headlineFirst, lines.count >= 3 else { return }
        let kicker = lines[0].shape
        let headline = lines[1].shape
        let letters = kicker.content.filter(\.isLetter)
        let capitals = letters.count >= 3 && letters.allSatisfy(\.isUppercase) && !lines[1].blankBefore
        guard (1...3).contains(kicker.wordCount), !kicker.isBullet, kicker.finalMark == "!" || (capitals && !kicker.endsSentence),
            headline.couldBeHeading, headline.wordCount >= 3, headline.content.contains(where: \.isLowercase),
            BylineReader(dates: dates).authors(in: headline) == nil, !dates.isDateOrTime(headline.text)
        else { return }
        lines[0] = TextLine(kicker.text + " " + headline.text, blankBefore: false)
        lines.remove(at: 1)
    }

    /// Whether `lines[index]` reads as a headline: it could be a heading, is no byline or date, and
    /// a byline or a paragraph follows it.
    private func isHeadline(at index: Int, of lines: [TextLine]) -> Bool {
        let bylines = BylineReader(dates: dates)
        let shape = lines[index].shape
        guard index + 1 < lines.count, shape.couldBeHeading, bylines.authors(in: shape) == nil,
            !dates.isDateOrTime(shape.text)
        else { return false }
        let next = lines[index + 1].shape
        return bylines.authors(in: next) != nil || isParagraph(next)
    }

    /// Whether a line may name an outlet or a section: at most 50 characters, no sentence mark, no
    /// list marker, and at most four words, or up to six when every word is capitalised as in a name
    /// (`The North Coast Evening Post`) rather than a headline.
    private func isOutletLine(_ shape: LineShape) -> Bool {
        guard shape.content.count <= 50, !shape.endsSentence || mastheads.endsWithLegalForm(shape), !shape.isBullet else {
            return false
        }
        if shape.wordCount <= 4 { return shape.content.count <= 40 }
        return shape.wordCount <= 6
            && shape.content.split(separator: " ").allSatisfy { $0.first?.isUppercase == true || $0 == "&" }
    }

    /// The outlet and the date of a line that holds both, split at `|`, `·`, `•`, ` – `, ` - ` or `,`
    /// (`Example Post · Monday 3 March 2026`); the outlet part has no digits.
    private func outletAndDate(_ shape: LineShape) -> (String, String)? {
        // A dateline is a short line; a paragraph never is one.
        guard shape.text.utf8.count <= 200 else { return nil }
        for separator in [" | ", " · ", " • ", " – ", " - ", ", "] {
            guard let range = shape.text.range(of: separator) else { continue }
            let outlet = String(shape.text[..<range.lowerBound]).trimmingWhitespace()
            let date = String(shape.text[range.upperBound...]).trimmingWhitespace()
            if isOutletLine(LineShape(outlet)), outlet.first?.isUppercase == true,
                !outlet.contains(where: \.isNumber), !dates.isDateOrTime(outlet), dates.isDateOrTime(date)
            {
                return (outlet, date)
            }
        }
        return nil
    }

    private func joinWrappedLines(_ lines: [TextLine]) -> [TextLine] {
        var joined: [TextLine] = []
        joined.reserveCapacity(lines.count)
        for line in lines {
            // A line continues the previous one when that one cannot end a paragraph: it stops without
            // punctuation and either the next starts in lower case or it is too long for a heading.
            if let last = joined.last, !line.blankBefore, !line.shape.isBullet, !last.shape.isBullet,
                !last.shape.endsSentence, !last.shape.text.contains("|"), !last.shape.isBracketed,
                line.shape.startsLowercase || (last.shape.wordCount > 15 && (joined.count > 1 || !headlineFirst))
            {
                joined[joined.count - 1] = TextLine(
                    last.shape.text + " " + line.shape.text, blankBefore: last.blankBefore)
            } else {
                joined.append(line)
            }
        }
        return joined
    }

    /// Blocks of the kept lines: the headline, headings, list items, quotes and paragraphs.
    private func blocks(of lines: [TextLine], title: inout String?) -> [TextBlock] {
        var blocks: [TextBlock] = []
        blocks.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            let shape = line.shape
            if index == 0, headlineFirst, shape.wordCount <= 30, shape.finalMark != ".", !shape.isBullet {
                title = shape.content
                blocks.append(TextBlock(kind: .heading, text: shape.content))
            } else if shape.isBullet {
                blocks.append(TextBlock(kind: .listItem, text: shape.content))
            } else if shape.text.hasPrefix("> ") {
                blocks.append(TextBlock(kind: .quote, text: String(shape.text.dropFirst(2))))
            } else if shape.couldBeHeading, index + 1 < lines.count, isParagraph(lines[index + 1].shape) {
                blocks.append(TextBlock(kind: .heading, text: shape.content))
            } else {
                blocks.append(TextBlock(kind: .paragraph, text: shape.content))
            }
        }
        return blocks
    }

    private func isParagraph(_ shape: LineShape) -> Bool {
        !shape.isBullet && (shape.wordCount > 15 || shape.endsSentence)
    }
}
