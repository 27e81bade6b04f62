package import Foundation
package import ParallaxModel

/// The html-eval corpus (`pages/*.html.gz` plus `gold.json`) and the scoring rules shared by the
/// evaluation and the benchmark.
///
/// Scoring follows trafilatura's evaluation (it reproduces the figures the corpus README gives for
/// trafilatura 2.3.1): per page the extracted body (blocks joined) is searched for each `with`
/// snippet (found: true positive, missing: false negative) and each `without` snippet (found:
/// false positive), after collapsing whitespace on both sides. Metadata counts only pages whose
/// gold value is not empty. Title: exact after whitespace normalisation. Date: same calendar day.
/// Author: the authors joined with "; ", lower-cased and whitespace-collapsed, contain the gold
/// string or are contained in it (so "Anna Muster" matches "Anna Muster; Bernd Beispiel" and
/// "dpa/Anna Muster"); no author never matches.
package struct HTMLEvaluationCorpus: Sendable {
    /// One page with its gold annotations.
    package struct Page: Sendable {
        package var key: String
        package var url: String
        package var bytes: [UInt8]
        package var with: [String]
        package var without: [String]
        package var title: String?
        package var date: String?
        package var author: String?

        /// The held-out split: gold keys whose first hex digit is 0–3 (about a quarter).
        package var isHeldOut: Bool { key.first.map { "0123".contains($0) } ?? false }
    }

    package var pages: [Page]

    /// Reads the corpus in `folder`.
    /// - Throws: when `gold.json` is missing or not the expected shape.
    package init(folder: URL) throws {
        let gold = try Data(contentsOf: folder.appendingPathComponent("gold.json"))
        guard let entries = try JSONSerialization.jsonObject(with: gold) as? [String: [String: Any]] else {
            throw CocoaError(.fileReadCorruptFile)
        }
        pages = []
        let inflater = GzipDecompressor(maximumOutputBytes: 64 << 20)
        for key in entries.keys.sorted() {
            guard let entry = entries[key], let file = entry["file"] as? String else { continue }
            let compressed = try Data(contentsOf: folder.appendingPathComponent("pages").appendingPathComponent(file))
            guard let inflated = try? inflater.inflate(compressed) else { continue }
            let bytes = [UInt8](inflated)
            let url = (entry["url"] as? String) ?? ""
            pages.append(
                Page(
                    key: key, url: url, bytes: bytes, with: entry["with"] as? [String] ?? [],
                    without: entry["without"] as? [String] ?? [], title: entry["title"] as? String,
                    date: entry["date"] as? String,
                    author: entry["author"] as? String ?? (entry["author"] as? [String])?.joined(separator: "; ")))
        }
    }

    /// Running totals of one split.
    package struct Score: Sendable {
        package var truePositives = 0
        package var falseNegatives = 0
        package var falsePositives = 0
        package var pages = 0
        package var titleHits = 0
        package var titleTotal = 0
        package var dateHits = 0
        package var dateTotal = 0
        package var authorHits = 0
        package var authorTotal = 0

        package init() {}

        package var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        package var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        package var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        package var title: Double { ratio(titleHits, titleTotal) }
        package var date: Double { ratio(dateHits, dateTotal) }
        package var author: Double { ratio(authorHits, authorTotal) }

        private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }

        /// Adds the result `document` (nil when extraction failed) for `page`.
        package mutating func add(_ document: CleanDocument?, for page: Page) {
            pages += 1
            let body = " " + HTMLText.normalize(document?.blocks.map(\.text).joined(separator: "\n") ?? "") + " "
            for snippet in page.with {
                if body.contains(HTMLText.normalize(snippet)) { truePositives += 1 } else { falseNegatives += 1 }
            }
            for snippet in page.without where body.contains(HTMLText.normalize(snippet)) { falsePositives += 1 }
            if let gold = page.title.map(HTMLText.normalize), !gold.isEmpty {
                titleTotal += 1
                if gold == HTMLText.normalize(document?.title ?? "") { titleHits += 1 }
            }
            if let gold = page.date, !gold.isEmpty {
                dateTotal += 1
                if gold.prefix(10) == (document?.published ?? "").prefix(10) { dateHits += 1 }
            }
            if let gold = page.author.map({ HTMLText.normalize($0).lowercased() }), !gold.isEmpty {
                authorTotal += 1
                let found = HTMLText.normalize(document?.authors.joined(separator: "; ") ?? "").lowercased()
                if !found.isEmpty && (found.contains(gold) || gold.contains(found)) { authorHits += 1 }
            }
        }
    }
}
