public import ParallaxModel

/// The body, language and sentences of one article, built from its cleaned blocks.
public struct ArticleText: Sendable, Equatable {
    public var body: String
    public var language: String
    public var sentences: [Sentence]

    public init(body: String, language: String, sentences: [Sentence]) {
        self.body = body
        self.language = language
        self.sentences = sentences
    }
}

/// Joins an article's blocks into its body, identifies the language and splits sentences.
public struct ArticleTextBuilder: Sendable {
    public init() {}

    /// Builds the text of one article.
    /// - Parameters:
    ///   - document: the cleaned document from ingestion.
    ///   - articleID: the article's id, used to number sentences (`a1.s1`, …).
    public func build(document: CleanDocument, articleID: String) -> ArticleText {
        // Placeholder until the text stage lands: one sentence per block.
        var body = ""
        var sentences: [Sentence] = []
        for (index, block) in document.blocks.enumerated() {
            if !body.isEmpty { body += "\n\n" }
            let start = body.utf16.count
            body += block.text
            sentences.append(
                Sentence(
                    id: "\(articleID).s\(sentences.count + 1)", text: block.text,
                    role: block.kind == .heading ? .heading : .reporting, start: start, end: body.utf16.count,
                    paragraph: index))
        }
        return ArticleText(body: body, language: document.declaredLanguage ?? "und", sentences: sentences)
    }
}
