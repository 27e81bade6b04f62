import CLibXML2
import ParallaxModel

/// Reads RSS 2.0 (and RSS 1.0 / RDF) and Atom feeds with libxml2: each item becomes an article.
///
/// Broken feeds are read in libxml2's recovery mode, so a feed cut off in its last item still gives
/// the items before it. Each item is labelled `FILE#ID` (its `guid` or `id`, else its 1-based
/// position); it takes the title, link, authors (`author`, `dc:creator`, Atom `author/name`), date
/// (`pubDate`, `dc:date`, Atom `published` before `updated`), the feed's title as publisher and
/// language, and its content from `content:encoded` / Atom `content`, else `description` / `summary`,
/// read by ``HTMLFragmentReader``; share boxes, "read more" teasers, tag lists and adverts in the content
/// are moved to `removed` by ``PlainTextBoilerplateClassifier`` (without its menu rule: HTML lists are content).
package struct FeedReader: Sendable {
    private let fragments = HTMLFragmentReader()
    private let dates = PublicationDateParser()
    private let normalizer = TextNormalizer()
    private let classifier = PlainTextBoilerplateClassifier(detectsMenus: false)

    /// A feed reader; it holds no state.
    package init() {}

    /// The items of the feed `text` read from `input`.
    package func read(text: String, input: String) -> IngestResult {
        var bytes = Array(CharacterReferenceDecoder.replacingNonXMLNames(in: text).utf8)
        let options = Int32(
            XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
                | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)
        let document = bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document, let root = xmlDocGetRootElement(document) else {
            return IngestResult(problems: [IngestError(input: input, reason: IngestError.Reason.brokenFeed)])
        }
        defer { xmlFreeDoc(document) }
        let rootName = XMLNodeAccess.name(root)
        let channel = rootName == "feed" ? root : XMLNodeAccess.child(root, named: "channel") ?? root
        let feed = FeedInfo(
            title: XMLNodeAccess.child(channel, named: "title").map { clean(XMLNodeAccess.text($0)) },
            language: (XMLNodeAccess.child(channel, named: "language")).map {
                XMLNodeAccess.text($0).trimmingWhitespace()
            }
                ?? XMLNodeAccess.language(channel))
        let items: [xmlNodePtr] =
            rootName == "feed"
            ? XMLNodeAccess.children(root, named: "entry")
            : XMLNodeAccess.children(channel, named: "item")
                + (channel == root ? [] : XMLNodeAccess.children(root, named: "item"))
        guard !items.isEmpty else {
            let reason =
                rootName == "rss" || rootName == "feed" || rootName == "rdf"
                ? IngestError.Reason.feedWithoutItems : IngestError.Reason.brokenFeed
            return IngestResult(problems: [IngestError(input: input, reason: reason)])
        }
        var result = IngestResult()
        for (position, item) in items.enumerated() {
            let identifier = (XMLNodeAccess.child(item, named: "guid") ?? XMLNodeAccess.child(item, named: "id"))
                .map { XMLNodeAccess.text($0).trimmingWhitespace() }
            let label = "\(input)#\(identifier.flatMap { $0.isEmpty ? nil : $0 } ?? String(position + 1))"
            let document = article(item, label: label, feed: feed)
            if document.blocks.contains(where: { $0.kind != .heading }) {
                result.documents.append(document)
            } else {
                result.problems.append(IngestError(input: label, reason: IngestError.Reason.noArticleText))
            }
        }
        return result
    }

    private struct FeedInfo {
        var title: String?
        var language: String?
    }

    private func article(_ item: xmlNodePtr, label: String, feed: FeedInfo) -> CleanDocument {
        func first(_ names: String...) -> xmlNodePtr? {
            for name in names { if let node = XMLNodeAccess.child(item, named: name) { return node } }
            return nil
        }
        // A channel title often adds a section to the outlet (`Example Post – Region`): the outlet is the publisher.
        let publisher = feed.title.map { MastheadReader().name(of: LineShape($0)) ?? $0 }
        var document = CleanDocument(input: label, publisher: publisher, declaredLanguage: feed.language)
        if let title = first("title").map({ clean(XMLNodeAccess.text($0)) }), !title.isEmpty { document.title = title }
        document.url = link(of: item)
        document.authors = authors(of: item)
        if let date = first("published", "pubdate", "date", "issued", "updated", "modified") {
            document.published = dates.parse(XMLNodeAccess.text(date))
        }
        if let language = XMLNodeAccess.child(item, named: "language").map({
            XMLNodeAccess.text($0).trimmingWhitespace()
        })
            ?? XMLNodeAccess.language(item)
        {
            document.declaredLanguage = language
        }
        var body: [TextBlock] = []
        if let content = first("encoded", "content") ?? first("description", "summary") {
            let type = XMLNodeAccess.attribute(content, "type")?.lowercased()
            if type == "xhtml" {
                body = fragments.blocks(node: content)
            } else if type == "text" {
                body = fragments.plainBlocks(XMLNodeAccess.text(content))
            } else {
                body = fragments.blocks(html: XMLNodeAccess.text(content))
            }
        }
        (body, document.removed) = classifier.filter(body)
        if let title = document.title {
            if body.first?.text == title { body.removeFirst() }
            body.insert(TextBlock(kind: .heading, text: title), at: 0)
        }
        document.blocks = body
        return document
    }

    private func link(of item: xmlNodePtr) -> String? {
        for link in XMLNodeAccess.children(item, named: "link") {
            if let href = XMLNodeAccess.attribute(link, "href") {
                let relation = XMLNodeAccess.attribute(link, "rel") ?? "alternate"
                if relation == "alternate" { return href.trimmingWhitespace() }
            } else {
                let text = XMLNodeAccess.text(link).trimmingWhitespace()
                if !text.isEmpty { return text }
            }
        }
        if let guid = XMLNodeAccess.child(item, named: "guid") {
            let text = XMLNodeAccess.text(guid).trimmingWhitespace()
            if XMLNodeAccess.attribute(guid, "isPermaLink") != "false", text.hasPrefix("http") { return text }
        }
        return nil
    }

    private func authors(of item: xmlNodePtr) -> [String] {
        var names: [String] = []
        for node in XMLNodeAccess.children(item, named: "author") + XMLNodeAccess.children(item, named: "creator") {
            var name = XMLNodeAccess.child(node, named: "name").map(XMLNodeAccess.text) ?? XMLNodeAccess.text(node)
            // RSS writes "mail@example.org (Name)".
            if name.contains("@"), let open = name.firstIndex(of: "("), let close = name.lastIndex(of: ")"),
                open < close
            {
                name = String(name[name.index(after: open)..<close])
            }
            name = clean(name)
            if !name.isEmpty, !name.contains("@"), !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// A one-line text: markup removed, entities decoded, whitespace collapsed.
    private func clean(_ text: String) -> String {
        let plain = text.contains("<") ? fragments.blocks(html: text).map(\.text).joined(separator: " ") : text
        return HTMLFragmentReader.collapse(normalizer.normalize(plain))
    }
}
