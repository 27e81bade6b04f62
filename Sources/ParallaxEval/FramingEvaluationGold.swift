/// The parts of a gold file (`examples/gold/<split>.json`) that the framing evaluation scores.
package struct FramingEvaluationGold: Decodable, Sendable {
    /// One annotated article.
    package struct Article: Decodable, Sendable {
        /// Path relative to `examples/corpus/`, `#ID` for a feed item.
        package var input: String
        package var language: String?
        /// The clean body, blocks separated by a blank line.
        package var body: String?
        /// Every sentence of the body, headings included.
        package var sentences: [String]
        /// One role per sentence: `heading`, `reporting`, `opinion`, `quote`.
        package var roles: [String]
        package var loaded: [LoadedTerm]
        package var sensationalHeadline: Bool
    }

    /// One annotated loaded term.
    package struct LoadedTerm: Decodable, Sendable {
        package var text: String
        package var category: String
        /// `used`, `reported` or `distancing`.
        package var usage: String
    }

    package var split: String
    package var articles: [Article]
}
