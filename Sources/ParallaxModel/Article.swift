/// One cleaned news article as the report shows it.
///
/// `body` holds the cleaned text: headings and paragraphs, each one block, blocks separated by a blank
/// line. Sentence offsets count UTF-16 code units into `body`, as JavaScript does, so that a web page
/// can highlight a sentence without re-counting.
public struct Article: Codable, Sendable, Equatable, Identifiable {
    /// Short id, stable inside one report: `a1`, `a2`, …
    public var id: String
    /// Path or URL as given; for an item of a feed or JSON Lines file `FILE#ID`.
    public var input: String
    /// The headline, or `nil` when none could be found.
    public var title: String?
    /// The outlet's name, or `nil`.
    public var publisher: String?
    /// Byline names, possibly empty.
    public var authors: [String]
    /// ISO 8601 date or date-time of first publication, or `nil`.
    public var published: String?
    /// ISO 639-1 code, or `und` when there is too little text to tell.
    public var language: String
    /// Cleaned text, boilerplate gone.
    public var body: String
    /// Everything that was taken out, with its kind.
    public var removed: [RemovedBlock]
    /// The body split into sentences and headings.
    public var sentences: [Sentence]
    /// Framing profile of the article.
    public var framing: Framing
    /// The page's canonical URL when it declares one (an addition to the contract).
    public var url: String?

    public init(
        id: String, input: String, title: String? = nil, publisher: String? = nil, authors: [String] = [],
        published: String? = nil, language: String = "und", body: String = "", removed: [RemovedBlock] = [],
        sentences: [Sentence] = [], framing: Framing = Framing(), url: String? = nil
    ) {
        self.id = id
        self.input = input
        self.title = title
        self.publisher = publisher
        self.authors = authors
        self.published = published
        self.language = language
        self.body = body
        self.removed = removed
        self.sentences = sentences
        self.framing = framing
        self.url = url
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(input, forKey: .input)
        try container.encode(title, forKey: .title)
        try container.encode(publisher, forKey: .publisher)
        try container.encode(authors, forKey: .authors)
        try container.encode(published, forKey: .published)
        try container.encode(language, forKey: .language)
        try container.encode(body, forKey: .body)
        try container.encode(removed, forKey: .removed)
        try container.encode(sentences, forKey: .sentences)
        try container.encode(framing, forKey: .framing)
        try container.encodeIfPresent(url, forKey: .url)
    }
}
