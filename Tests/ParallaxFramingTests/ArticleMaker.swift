import ParallaxModel
import ParallaxText

/// Builds articles for tests: the first block is the headline, the rest paragraphs or headings.
enum ArticleMaker {
    /// An article from blocks; a block starting with `# ` is a heading.
    static func article(
        _ blocks: [String], id: String = "a1", language: String = "de", publisher: String? = nil
    ) -> Article {
        var textBlocks: [TextBlock] = []
        for (index, block) in blocks.enumerated() {
            if index == 0 || block.hasPrefix("# ") {
                let text = block.hasPrefix("# ") ? String(block.dropFirst(2)) : block
                textBlocks.append(TextBlock(kind: .heading, text: text))
            } else {
                textBlocks.append(TextBlock(kind: .paragraph, text: block))
            }
        }
        let document = CleanDocument(
            input: "\(id).txt", publisher: publisher, declaredLanguage: language, blocks: textBlocks)
        let text = ArticleTextBuilder().build(document: document, articleID: id)
        return Article(
            id: id, input: document.input, publisher: publisher, language: text.language, body: text.body,
            sentences: text.sentences)
    }

    /// A one-paragraph article (with a neutral headline) whose only story sentence is `sentence`.
    static func single(_ sentence: String, language: String = "de") -> Article {
        article(["Bericht", sentence], language: language)
    }
}
