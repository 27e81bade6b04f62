public import Foundation
public import ParallaxModel

/// Extracts the article and its metadata from an HTML page.
public struct HTMLExtractor: Sendable {
    public init() {}

    /// The cleaned article of the page `data`, read from `input`.
    /// - Throws: ``IngestError`` when the page holds no readable article.
    public func extract(data: Data, input: String) throws(IngestError) -> CleanDocument {
        throw IngestError(input: input, reason: "HTML pages are not supported yet")
    }
}
