import Foundation
public import ParallaxModel

/// Reads JSON Lines: one article per line, as a JSON object.
///
/// Fields read: `id` (string or number; the item's label is `FILE#ID`, else `FILE#N` for line N),
/// `url`, `title`, `text` (plain text, read by ``PlainTextReader``) or `html` (a page, read by
/// ``HTMLExtractor``), `publisher`, `published` (read by ``PublicationDateParser``), `language`
/// (or `lang`). Other fields are ignored. A bad line becomes a problem for `FILE#N`; the other lines
/// still give their articles. Literal `\n` sequences left by double escaping are read as line breaks.
package struct JSONLinesReader: Sendable {
    private let normalizer = TextNormalizer()
    private let dates = PublicationDateParser()

    package init() {}

    /// The articles of the JSON Lines `text` read from `input`.
    /// - Complexity: O(n) in the length of `text`.
    package func read(text: String, input: String) -> IngestResult {
        var result = IngestResult()
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { !$0.isWhitespace }) else { continue }
            let lineLabel = "\(input)#\(lineNumber)"
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                result.problems.append(IngestError(input: lineLabel, reason: IngestError.Reason.badJSONLine))
                continue
            }
            do throws(IngestError) {
                result.documents.append(try article(object, input: input, lineLabel: lineLabel))
            } catch {
                result.problems.append(error)
            }
        }
        return result
    }

    private func article(_ object: [String: Any], input: String, lineLabel: String) throws(IngestError) -> CleanDocument {
        func string(_ key: String) -> String? {
            guard let value = object[key] as? String else { return nil }
            let cleaned = normalizer.normalize(value).trimmingWhitespace()
            return cleaned.isEmpty ? nil : cleaned
        }
        let identifier: String? =
            if let text = object["id"] as? String { text } else if let number = object["id"] as? NSNumber { number.stringValue } else { nil }
        let label = identifier.map { "\(input)#\($0)" } ?? lineLabel
        let title = string("title")
        var document: CleanDocument
        if let html = object["html"] as? String, !html.isEmpty {
            document = try HTMLExtractor().extract(data: Data(html.utf8), input: label)
        } else if let raw = object["text"] as? String {
            let text = normalizer.normalize(raw.replacingOccurrences(of: "\\n", with: "\n"))
            document = PlainTextReader(headlineFirst: title == nil).read(text: text, input: label)
            if let title { document.blocks.insert(TextBlock(kind: .heading, text: title), at: 0) }
        } else {
            throw IngestError(input: label, reason: IngestError.Reason.missingTextField)
        }
        document.input = label
        if let title { document.title = title }
        if let url = string("url") { document.url = url }
        if let publisher = string("publisher") ?? string("outlet") { document.publisher = publisher }
        if let published = string("published") ?? string("date") { document.published = dates.parse(published) ?? document.published }
        if let language = string("language") ?? string("lang") { document.declaredLanguage = language }
        guard document.blocks.contains(where: { $0.kind != .heading }) else {
            throw IngestError(input: label, reason: IngestError.Reason.noArticleText)
        }
        return document
    }
}
