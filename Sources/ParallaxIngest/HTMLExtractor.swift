public import Foundation
public import ParallaxModel

/// Extracts the article and its metadata from an HTML page.
///
/// The page bytes are decoded (``HTMLCharsetDetector``), parsed by libxml2's tolerant HTML parser
/// (``HTMLDocumentParser``), mined for metadata (``PageSignals``, ``MetadataResolver``), cleared of
/// boilerplate containers (``BoilerplatePruner``), and the article container found by text density
/// (``ArticleLocator``) is turned into blocks (``ArticleTextEmitter``). Every step is linear in
/// the page size.
public struct HTMLExtractor: Sendable {
    private let lexicon: HTMLLexicon

    public init() {
        self.lexicon = .shared
    }

    /// The cleaned article of the page `data`, read from `input`.
    /// - Parameters:
    ///   - data: the raw page bytes, in any encoding.
    ///   - input: the path or URL the page came from; a URL there is also a date source.
    /// - Throws: ``IngestError`` when the page holds no readable article.
    /// - Complexity: O(n) in the page size.
    public func extract(data: Data, input: String) throws(IngestError) -> CleanDocument {
        let prepared = HTMLCharsetDetector.prepare(data)
        guard let root = HTMLDocumentParser.parse(prepared.bytes, encoding: prepared.encoding)
            ?? HTMLDocumentParser.parse(HTMLCharsetDetector.transcodeWindows1252(prepared.bytes, keepValidUTF8: true), encoding: "UTF-8")
        else {
            throw IngestError(input: input, reason: "the page holds no HTML that could be parsed")
        }
        root.measure()
        let signals = PageSignals(root: root)
        let pageURL = input.contains("://") ? input : nil
        let body = root.first { $0.tag == "body" } ?? root
        // Whether the page shows its description (a standfirst the article's container may lack).
        let description = (signals.meta["description"] ?? signals.meta["og:description"]).flatMap { $0.count >= 80 ? $0 : nil }
        let descriptionShown = description.map { body.normalizedText.contains($0.prefix(40)) } ?? false
        var removed = BoilerplatePruner().prune(body)
        var bodyHeadings: [String] = []
        // Short texts of the cleaned page that state a date, for dates and meta-line bylines.
        var bodyTexts: [String] = []
        let dates = VisibleDateParser(lexicon: lexicon)
        body.walk { node in
            // Short elements whose own text holds a date ("Gespeichert von <b>rasos</b> am 24. Juli
            // 2017"): their whole text, so bylines split over child elements stay together.
            if !node.isText, bodyTexts.count < 8, node.textLength >= 6, node.textLength < 160,
                node.children.contains(where: { $0.isText && $0.text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) })
            {
                let text = node.normalizedText
                if dates.firstDate(in: text) != nil { bodyTexts.append(text) }
            }
            if node.tag == "h1" {
                let text = node.headlineText
                if !text.isEmpty, !node.isFrontPageLink { bodyHeadings.append(text) }
                return false
            }
            return true
        }
        let metadata = MetadataResolver(lexicon: lexicon).resolve(
            signals, pageURL: pageURL, bodyHeadings: bodyHeadings, bodyTexts: bodyTexts)
        var emitter = ArticleTextEmitter(lexicon: lexicon)
        var content = emitter.emit(ArticleLocator().locate(in: body))
        let kept = content.blocks.reduce(0) { $0 + $1.text.count }
        if kept < 200 && body.textLength > kept * 3 {
            // The located container is too thin: take the whole cleaned page instead.
            var fallback = ArticleTextEmitter(lexicon: lexicon)
            let whole = fallback.emit([body])
            if whole.blocks.reduce(0, { $0 + $1.text.count }) > kept { content = whole }
        }
        removed += content.removed
        var blocks = content.blocks
        if let description, let lead = Self.missingLead(description, shown: descriptionShown, blocks: blocks) {
            blocks.insert(lead, at: 0)
        }
        // A page rendered by scripts (its text in script data or attributes) still has its
        // description, headline and date: only a page without any of them is unreadable.
        guard !blocks.isEmpty else {
            throw IngestError(input: input, reason: "the page holds no readable article text")
        }
        var authors = metadata.authors
        if authors.isEmpty {
            let cleaner = AuthorCleaner(lexicon: lexicon, siteName: metadata.publisher)
            for block in removed where block.why == "byline" {
                authors = cleaner.clean(block.text)
                if !authors.isEmpty { break }
            }
            // A short line among the article's first blocks may be its byline.
            for block in content.blocks.prefix(4) where authors.isEmpty && block.kind == .paragraph {
                authors = cleaner.openingByline(block.text) ?? []
            }
        }
        return CleanDocument(
            input: input, title: metadata.title, publisher: metadata.publisher, authors: authors,
            published: metadata.published, declaredLanguage: metadata.language, url: metadata.url,
            blocks: blocks, removed: removed)
    }

    /// The page's description as a lead paragraph when the text found does not hold it and either
    /// the page shows it (a standfirst outside the article's container) or the text found is thin
    /// (under 600 characters: pages built around a video or gallery show their prose from it).
    private static func missingLead(_ description: String, shown: Bool, blocks: [TextBlock]) -> TextBlock? {
        let length = blocks.reduce(0) { $0 + $1.text.count }
        guard shown || length < 600 else { return nil }
        let probe = String(description.prefix(40))
        guard !blocks.contains(where: { $0.text.contains(probe) }) else { return nil }
        return TextBlock(kind: .paragraph, text: description)
    }
}
