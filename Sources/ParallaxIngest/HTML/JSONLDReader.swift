import Foundation

/// What the JSON-LD blocks of a page say about its article.
package struct JSONLDFacts: Sendable, Equatable {
    package var headline: String?
    package var datePublished: String?
    package var dateModified: String?
    package var authors: [String] = []
    package var publisher: String?
    package var url: String?
    package var language: String?
    /// The name of the only `Person` object, if exactly one is given.
    package var person: String?
}

/// Reads schema.org JSON-LD (`<script type="application/ld+json">`) tolerantly: single objects,
/// arrays, `@graph` lists and articles nested in other objects all count; broken JSON is skipped.
package struct JSONLDReader {
    /// `@type` values that describe the article itself.
    fileprivate static let articleTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
        "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "techarticle", "scholarlyarticle",
        "report", "socialmediaposting", "liveblogposting", "posting", "review", "recipe", "howto",
    ]
    /// `@type` values whose dates and names are a fallback.
    fileprivate static let pageTypes: Set<String> = ["webpage", "itempage", "aboutpage", "collectionpage", "profilepage", "videoobject"]

    package init() {}

    /// Facts from the script texts `scripts`; article objects win over page objects.
    package func read(_ scripts: [String]) -> JSONLDFacts {
        var article = JSONLDFacts()
        var page = JSONLDFacts()
        var values: [Any] = []
        for script in scripts {
            var text = script.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.hasPrefix("<!--") { text = String(text.dropFirst(4)) }
            if text.hasSuffix("-->") { text = String(text.dropLast(3)) }
            // Raw line breaks and tabs inside strings are invalid JSON but common; between tokens
            // they are plain whitespace, so spaces are safe everywhere.
            if text.utf8.contains(where: { $0 < 0x20 }) {
                text = String(decoding: text.utf8.map { $0 < 0x20 ? 0x20 : $0 }, as: UTF8.self)
            }
            guard let data = text.data(using: .utf8),
                let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            else { continue }
            values.append(value)
        }
        // Authors are often given as {"@id": …} pointing at a Person elsewhere in the graph.
        var names: [String: String] = [:]
        for value in values { Self.collectNames(value, depth: 0, into: &names) }
        let reader = Resolver(names: names)
        for value in values { reader.visit(value, depth: 0, article: &article, page: &page) }
        var persons: Set<String> = []
        for value in values { Self.collectPersons(value, depth: 0, into: &persons) }
        if persons.count == 1 { article.person = persons.first }
        if article.headline == nil { article.headline = page.headline }
        if article.datePublished == nil { article.datePublished = page.datePublished }
        if article.dateModified == nil { article.dateModified = page.dateModified }
        if article.authors.isEmpty { article.authors = page.authors }
        if article.publisher == nil { article.publisher = page.publisher }
        if article.url == nil { article.url = page.url }
        if article.language == nil { article.language = page.language }
        return article
    }

}

extension JSONLDReader {
    /// Names of every object typed `Person`.
    fileprivate static func collectPersons(_ value: Any, depth: Int, into persons: inout Set<String>) {
        guard depth < 8 else { return }
        if let list = value as? [Any] {
            for item in list { collectPersons(item, depth: depth + 1, into: &persons) }
        } else if let object = value as? [String: Any] {
            let type = object["@type"]
            let isPerson = (type as? String) == "Person" || ((type as? [Any])?.contains { ($0 as? String) == "Person" } ?? false)
            if isPerson, let name = string(object["name"]) { persons.insert(name) }
            for child in object.values where child is [Any] || child is [String: Any] {
                collectPersons(child, depth: depth + 1, into: &persons)
            }
        }
    }

    /// Names of every object with an `@id`.
    fileprivate static func collectNames(_ value: Any, depth: Int, into names: inout [String: String]) {
        guard depth < 8 else { return }
        if let list = value as? [Any] {
            for item in list { collectNames(item, depth: depth + 1, into: &names) }
        } else if let object = value as? [String: Any] {
            if let id = object["@id"] as? String, let name = string(object["name"]) { names[id] = name }
            for child in object.values where child is [Any] || child is [String: Any] {
                collectNames(child, depth: depth + 1, into: &names)
            }
        }
    }
}

/// Walks JSON-LD values and takes the article's facts, resolving `@id` references to names.
private struct Resolver {
    let names: [String: String]

    func visit(_ value: Any, depth: Int, article: inout JSONLDFacts, page: inout JSONLDFacts) {
        guard depth < 8 else { return }
        if let list = value as? [Any] {
            for item in list { visit(item, depth: depth + 1, article: &article, page: &page) }
            return
        }
        guard let object = value as? [String: Any] else { return }
        let types = Self.types(of: object)
        if types.contains(where: JSONLDReader.articleTypes.contains) {
            take(object, into: &article)
        } else if types.contains(where: JSONLDReader.pageTypes.contains) {
            take(object, into: &page)
        }
        for (key, child) in object where key != "author" && key != "publisher" && key != "creator" {
            if child is [Any] || child is [String: Any] { visit(child, depth: depth + 1, article: &article, page: &page) }
        }
    }

    /// Fills the unset fields of `facts` from `object`.
    func take(_ object: [String: Any], into facts: inout JSONLDFacts) {
        if facts.headline == nil { facts.headline = JSONLDReader.string(object["headline"]) ?? JSONLDReader.string(object["name"]) }
        if facts.datePublished == nil {
            facts.datePublished = JSONLDReader.string(object["datePublished"]) ?? JSONLDReader.string(object["dateCreated"])
                ?? JSONLDReader.string(object["uploadDate"])
        }
        if facts.dateModified == nil { facts.dateModified = JSONLDReader.string(object["dateModified"]) }
        if facts.authors.isEmpty {
            facts.authors = names(object["author"] ?? object["creator"] as Any)
        }
        if facts.publisher == nil { facts.publisher = names(object["publisher"] as Any).first }
        if facts.url == nil { facts.url = JSONLDReader.string(object["url"]) }
        if facts.language == nil { facts.language = JSONLDReader.string(object["inLanguage"]) }
    }

    /// Person or organisation names in a string, an object with `name`, or a list of those.
    private func names(_ value: Any) -> [String] {
        if let text = JSONLDReader.string(value) { return [text] }
        if let list = value as? [Any] { return list.flatMap { names($0) } }
        if let object = value as? [String: Any] {
            if let name = JSONLDReader.string(object["name"]) { return [name] }
            let parts = [JSONLDReader.string(object["givenName"]), JSONLDReader.string(object["familyName"])].compactMap { $0 }
            if !parts.isEmpty { return [parts.joined(separator: " ")] }
            if let id = object["@id"] as? String, let name = self.names[id] { return [name] }
        }
        return []
    }

    /// Lower-case `@type` values of `object`.
    private static func types(of object: [String: Any]) -> [String] {
        if let type = object["@type"] as? String { return [type.lowercased()] }
        if let types = object["@type"] as? [Any] { return types.compactMap { ($0 as? String)?.lowercased() } }
        return []
    }
}

extension JSONLDReader {
    /// A non-empty trimmed string, or the first of a list of strings.
    fileprivate static func string(_ value: Any?) -> String? {
        if let text = value as? String {
            let trimmed = HTMLText.normalize(HTMLEntities.decode(text))
            return trimmed.isEmpty ? nil : trimmed
        }
        if let list = value as? [Any], let first = list.first { return string(first) }
        return nil
    }
}
