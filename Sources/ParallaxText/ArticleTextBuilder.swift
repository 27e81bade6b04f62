public import ParallaxModel

/// The body, language and sentences of one article, built from its cleaned blocks.
public struct ArticleText: Sendable, Equatable {
    /// The blocks joined with a blank line (`"\n\n"`).
    public var body: String
    /// ISO 639-1 code, or `und`.
    public var language: String
    /// The body's sentences in order; offsets are UTF-16 offsets into ``body``.
    public var sentences: [Sentence]

    public init(body: String, language: String, sentences: [Sentence]) {
        self.body = body
        self.language = language
        self.sentences = sentences
    }
}

/// Joins an article's blocks into its body, identifies the language and splits sentences.
///
/// Every block is split on its own, so no sentence spans two blocks; a heading block is one
/// sentence with role `heading`, every other sentence gets role `reporting` (the framing stage
/// assigns `quote` and `opinion` later). The language is identified from the body; the declared
/// language is used when identification cannot tell, or when it disagrees with little confidence.
public struct ArticleTextBuilder: Sendable {
    /// Below this confidence a declared language wins over a disagreeing identification.
    public var minimumOverrideConfidence: Double

    let identifier: LanguageIdentifier

    public init(minimumOverrideConfidence: Double = 0.3) {
        self.minimumOverrideConfidence = minimumOverrideConfidence
        self.identifier = LanguageIdentifier()
    }

    /// Builds the text of one article.
    /// - Parameters:
    ///   - document: the cleaned document from ingestion.
    ///   - articleID: the article's id, used to number sentences (`a1.s1`, …).
    /// - Complexity: O(*n*) in the length of the document's text.
    public func build(document: CleanDocument, articleID: String) -> ArticleText {
        var body = ""
        body.reserveCapacity(document.blocks.reduce(0) { $0 + $1.text.utf8.count + 2 })
        var blockStarts: [Int] = []
        var offset = 0
        for block in document.blocks {
            if !blockStarts.isEmpty {
                body += "\n\n"
                offset += 2
            }
            blockStarts.append(offset)
            body += block.text
            offset += block.text.utf16.count
        }
        let language = resolveLanguage(identified: identifier.identify(body), declared: document.declaredLanguage)
        let splitter = SentenceSplitter(language: language)

        var sentences: [Sentence] = []
        for (index, block) in document.blocks.enumerated() {
            let spans: [SentenceSpan]
            if block.kind == .heading {
                spans = splitter.wholeBlock(block.text, baseOffset: blockStarts[index])
            } else {
                spans = splitter.split(block.text, baseOffset: blockStarts[index])
            }
            for span in spans {
                sentences.append(
                    Sentence(
                        id: "\(articleID).s\(sentences.count + 1)", text: span.text,
                        role: block.kind == .heading ? .heading : .reporting, start: span.start, end: span.end,
                        paragraph: index))
            }
        }
        return ArticleText(body: body, language: language, sentences: sentences)
    }

    /// The article's language from the identified and the declared one.
    func resolveLanguage(identified: LanguageGuess, declared: String?) -> String {
        let declaredCode = declared.flatMap(Self.normalizedCode)
        guard identified.isDetermined else { return declaredCode ?? LanguageGuess.undetermined }
        if let declaredCode, declaredCode != identified.code, identified.confidence < minimumOverrideConfidence {
            return declaredCode
        }
        return identified.code
    }

    /// `de-AT` → `de`; `nil` for an empty or undetermined code.
    static func normalizedCode(_ code: String) -> String? {
        let base = code.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        guard base.count >= 2, base.count <= 3, base != LanguageGuess.undetermined else { return nil }
        return base
    }
}
