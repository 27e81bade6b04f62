public import ParallaxModel

/// Reads a plain-text article: dateline, headline, headings, paragraphs, list items, furniture.
///
/// The shape it expects is that of text saved from a news page: an optional dateline block of
/// outlet / date / time lines, the headline, then the body with or without blank lines between
/// paragraphs, often followed or interrupted by site furniture (see ``BoilerplateClassifier``).
/// Wrapped lines (a line without final punctuation followed by one starting in lower case) are joined.
package struct PlainTextReader: Sendable {
    /// Whether the first line is the headline (`false` when the title is known from elsewhere).
    package var headlineFirst: Bool
    private let classifier: BoilerplateClassifier
    private let dates: PublicationDateParser

    /// A reader; `headlineFirst` defaults to `true`.
    package init(headlineFirst: Bool = true, classifier: BoilerplateClassifier = BoilerplateClassifier()) {
        self.headlineFirst = headlineFirst
        self.classifier = classifier
        dates = PublicationDateParser()
    }

    /// The document of the normalized `text` read from `input`; its blocks may be empty.
    /// - Complexity: O(n) in the length of `text`.
    package func read(text: String, input: String) -> CleanDocument {
        var document = CleanDocument(input: input)
        var lines = TextLine.lines(of: text)
        if headlineFirst { takeDateline(&lines, into: &document) }
        lines = joinWrappedLines(lines)
        let verdicts = classifier.classify(lines)
        var kept: [TextLine] = []
        var pending: (verdict: BoilerplateVerdict, text: String)?
        for (line, verdict) in zip(lines, verdicts) {
            guard let verdict else {
                kept.append(line)
                continue
            }
            if verdict.kind == .navigation, document.publisher == nil,
                let outlet = classifier.outletOfSectionLine(line.shape)
            {
                document.publisher = outlet
            }
            if let open = pending, open.verdict == verdict {
                pending = (verdict, open.text + "\n" + line.shape.text)
            } else {
                if let open = pending { document.removed.append(RemovedBlock(kind: open.verdict.kind, text: open.text, why: open.verdict.why)) }
                pending = (verdict, line.shape.text)
            }
        }
        if let open = pending { document.removed.append(RemovedBlock(kind: open.verdict.kind, text: open.text, why: open.verdict.why)) }
        document.blocks = blocks(of: kept, title: &document.title)
        return document
    }

    /// Takes a leading block of outlet, date and time lines as metadata.
    private func takeDateline(_ lines: inout [TextLine], into document: inout CleanDocument) {
        var outletLines: [String] = []
        var dateLines: [String] = []
        var end = 0
        for (index, line) in lines.prefix(6).enumerated() {
            if dates.isDateOrTime(line.shape.text) {
                dateLines.append(line.shape.text)
                end = index + 1
            } else if dateLines.isEmpty, outletLines.count < 2, line.shape.wordCount <= 4, line.shape.content.count <= 40,
                !line.shape.endsSentence, !line.shape.isBullet
            {
                outletLines.append(line.shape.text)
            } else {
                break
            }
        }
        guard !dateLines.isEmpty, end < lines.count, end == outletLines.count + dateLines.count else { return }
        document.published = dates.parse(dateLines.joined(separator: " "))
        if outletLines.count == 1 { document.publisher = outletLines[0] }
        document.removed.append(
            RemovedBlock(kind: .metadata, text: (outletLines + dateLines).joined(separator: "\n"), why: BoilerplateVerdict.dateline.why))
        lines.removeFirst(end)
        if !lines.isEmpty { lines[0].blankBefore = false }
    }

    private func joinWrappedLines(_ lines: [TextLine]) -> [TextLine] {
        var joined: [TextLine] = []
        joined.reserveCapacity(lines.count)
        for line in lines {
            // A line continues the previous one when that one cannot end a paragraph: it stops without
            // punctuation and either the next starts in lower case or it is too long for a heading.
            if let last = joined.last, !line.blankBefore, !line.shape.isBullet, !last.shape.isBullet,
                !last.shape.endsSentence, !last.shape.text.contains("|"),
                line.shape.startsLowercase || (last.shape.wordCount > 15 && (joined.count > 1 || !headlineFirst))
            {
                joined[joined.count - 1] = TextLine(last.shape.text + " " + line.shape.text, blankBefore: last.blankBefore)
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
