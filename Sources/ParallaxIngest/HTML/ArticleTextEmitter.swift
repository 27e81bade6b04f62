package import ParallaxModel

/// Turns the article containers into text blocks in document order, taking out what does not
/// belong to the article text: link lists, "read also" lines, bylines, datelines and captions.
package struct ArticleTextEmitter {
    private let lexicon: HTMLLexicon
    private let dates: VisibleDateParser
    private(set) var blocks: [TextBlock] = []
    private(set) var removed: [RemovedBlock] = []
    /// Inline text gathered since the last block boundary.
    private var buffer = ""
    private var bufferLinks = 0
    /// Indices in ``blocks`` of figure captions.
    private var captionIndices: Set<Int> = []

    package init(lexicon: HTMLLexicon) {
        self.lexicon = lexicon
        self.dates = VisibleDateParser(lexicon: lexicon)
    }

    /// Blocks and removals of `containers`.
    package mutating func emit(_ containers: [HTMLNode]) -> (blocks: [TextBlock], removed: [RemovedBlock]) {
        for container in containers {
            visit(container, kind: .paragraph)
            flush(kind: .paragraph)
        }
        dropRepeatedCaptions()
        dropComments()
        dropHeadingsWithoutText()
        return (blocks, removed)
    }

    private mutating func visit(_ node: HTMLNode, kind: TextBlock.Kind) {
        if node.isText {
            buffer += node.text
            return
        }
        let tag = node.tag
        if tag == "br" {
            buffer += " "
            return
        }
        if tag == "head" || tag == "title" || tag == "meta" || tag == "script" || tag == "link" { return }
        if !HTMLTags.blocks.contains(tag) {
            // Inline element: its text joins the current run.
            let before = buffer.utf8.count
            for child in node.children { visit(child, kind: kind) }
            if tag == "a" { bufferLinks += buffer.utf8.count - before }
            return
        }
        flush(kind: kind)
        switch tag {
        case "h1":
            add(node.normalizedText, kind: .heading, linkDensity: 0, node: node)
        case "h2", "h3", "h4", "h5", "h6":
            // Linked subheadings are teaser titles.
            add(node.normalizedText, kind: .heading, linkDensity: node.linkDensity, node: node, linkedHeadingIsTeaser: true)
        case "figcaption", "caption":
            // Kept for now; ``dropRepeatedCaptions()`` removes those that repeat the text.
            let count = blocks.count
            add(node.normalizedText, kind: .paragraph, linkDensity: node.linkDensity, node: node)
            if blocks.count > count { captionIndices.insert(count) }
        case "blockquote":
            for child in node.children { visit(child, kind: .quote) }
            flush(kind: .quote)
        case "li":
            if node.children.contains(where: { !$0.isText && HTMLTags.blocks.contains($0.tag) }) {
                for child in node.children { visit(child, kind: .listItem) }
                flush(kind: .listItem)
            } else {
                add(node.normalizedText, kind: kind == .quote ? .quote : .listItem, linkDensity: node.linkDensity, node: node)
            }
        case "tr":
            add(node.normalizedText, kind: kind, linkDensity: node.linkDensity, node: node)
        case "p", "pre", "address", "dt", "dd", "summary":
            if node.children.contains(where: { !$0.isText && HTMLTags.blocks.contains($0.tag) }) {
                for child in node.children { visit(child, kind: kind) }
                flush(kind: kind)
            } else {
                add(node.normalizedText, kind: kind, linkDensity: node.linkDensity, node: node)
            }
        default:
            for child in node.children { visit(child, kind: kind) }
            flush(kind: kind)
        }
    }

    /// Removes captions whose text the article repeats, short lines and those carrying a picture
    /// credit ("Foto: …", "©").
    private mutating func dropRepeatedCaptions() {
        guard !captionIndices.isEmpty else { return }
        let body = blocks.enumerated().filter { !captionIndices.contains($0.offset) }.map(\.element.text).joined(separator: "\n")
        var kept: [TextBlock] = []
        for (index, block) in blocks.enumerated() {
            if captionIndices.contains(index) {
                let probe = String(block.text.prefix(60))
                if block.text.count < 40 || body.contains(probe) || lexicon.containsCredit(block.text) {
                    removed.append(RemovedBlock(kind: .other, text: Self.truncate(block.text), why: "caption"))
                    continue
                }
            }
            kept.append(block)
        }
        blocks = kept
        captionIndices = []
    }

    /// Removes a comment section that survived pruning: everything from a heading such as
    /// "Kommentare" or "3 Comments" on, logged as one removal.
    private mutating func dropComments() {
        guard let start = blocks.indices.dropFirst().first(where: {
            blocks[$0].kind == .heading && lexicon.isCommentHeading(blocks[$0].text)
        }) else { return }
        let text = blocks[start...].map(\.text).joined(separator: " ")
        removed.append(RemovedBlock(kind: .other, text: Self.truncate(text), why: "comments"))
        blocks.removeSubrange(start...)
    }

    /// Removes headings that no text follows (before the next heading or the end): the titles of
    /// boxes whose links were removed.
    private mutating func dropHeadingsWithoutText() {
        var kept: [TextBlock] = []
        for (index, block) in blocks.enumerated() {
            if block.kind == .heading, index > 0 || blocks.count == 1 {
                let next = index + 1 < blocks.count ? blocks[index + 1] : nil
                if next == nil || next?.kind == .heading {
                    removed.append(RemovedBlock(kind: .related, text: Self.truncate(block.text), why: "heading without text"))
                    continue
                }
            }
            kept.append(block)
        }
        blocks = kept
    }

    /// Ends the current inline run as a block of `kind`.
    private mutating func flush(kind: TextBlock.Kind) {
        guard !buffer.isEmpty else { return }
        let text = HTMLText.normalize(buffer)
        let density = Double(bufferLinks) / Double(max(buffer.utf8.count, 1))
        buffer = ""
        bufferLinks = 0
        add(text, kind: kind, linkDensity: density, node: nil)
    }

    /// Adds `text` as a block unless it is boilerplate.
    private mutating func add(
        _ text: String, kind: TextBlock.Kind, linkDensity: Double, node: HTMLNode?, linkedHeadingIsTeaser: Bool = false
    ) {
        guard !text.isEmpty else { return }
        if linkedHeadingIsTeaser && linkDensity > 0.6 {
            removed.append(RemovedBlock(kind: .related, text: Self.truncate(text), why: "teaser heading"))
            return
        }
        if let reason = boilerplateReason(text, kind: kind, linkDensity: linkDensity) {
            removed.append(RemovedBlock(kind: reason.kind, text: Self.truncate(text), why: reason.why))
            return
        }
        if let last = blocks.last, last.text == text { return }
        blocks.append(TextBlock(kind: kind, text: text))
    }

    /// Why `text` is not article text, or `nil` when it is.
    private func boilerplateReason(_ text: String, kind: TextBlock.Kind, linkDensity: Double)
        -> (kind: RemovedBlock.Kind, why: String)?
    {
        let length = text.count
        if lexicon.startsWithReadAlso(text) && length < 300 { return (.related, "read also link") }
        if kind != .heading && linkDensity > 0.6 && length < 400 { return (.related, "link list") }
        if length < 120 {
            if lexicon.startsWithByline(text) { return (.metadata, "byline") }
            if dates.isDateLine(text) { return (.metadata, "dateline") }
        }
        return nil
    }

    /// `text` cut to a few hundred characters for the removal log.
    package static func truncate(_ text: String) -> String {
        text.count <= 300 ? text : String(text.prefix(300)) + "…"
    }
}
