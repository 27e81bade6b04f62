/// What ingestion hands to the text stage: one article's metadata and its cleaned blocks.
///
/// Ingestion reads a file, a page, a feed item or a JSON Lines record, strips boilerplate and parses
/// metadata; the text stage then joins the blocks into the body and splits sentences.
public struct CleanDocument: Sendable, Equatable {
    /// Path or URL as given; `FILE#ID` for an item of a feed or JSON Lines file.
    public var input: String
    public var title: String?
    public var publisher: String?
    public var authors: [String]
    /// ISO 8601 date or date-time.
    public var published: String?
    /// The language the input declares (`<html lang>`, a feed's `<language>`, a JSON Lines field), if any.
    public var declaredLanguage: String?
    /// Canonical URL, if the input names one.
    public var url: String?
    /// The article's headings and paragraphs in document order, boilerplate gone.
    public var blocks: [TextBlock]
    /// Everything that was taken out.
    public var removed: [RemovedBlock]

    public init(
        input: String, title: String? = nil, publisher: String? = nil, authors: [String] = [],
        published: String? = nil, declaredLanguage: String? = nil, url: String? = nil, blocks: [TextBlock] = [],
        removed: [RemovedBlock] = []
    ) {
        self.input = input
        self.title = title
        self.publisher = publisher
        self.authors = authors
        self.published = published
        self.declaredLanguage = declaredLanguage
        self.url = url
        self.blocks = blocks
        self.removed = removed
    }
}

/// A heading, paragraph, list item or block quote of an article's body.
public struct TextBlock: Sendable, Equatable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case heading
        case paragraph
        case listItem
        case quote
    }

    public var kind: Kind
    public var text: String

    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }
}
