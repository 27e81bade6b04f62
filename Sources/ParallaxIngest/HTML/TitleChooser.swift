import Foundation

/// Picks the article's headline from `<title>`, `og:title`, JSON-LD `headline` and the `<h1>`,
/// without the site name the page title usually carries (" | Site", " - Site").
package struct TitleChooser {
    /// Separators between a headline and a site name in page titles.
    private static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " « ", " • ", " / ", ": "]

    package init() {}

    /// The headline, or `nil` when the page names none.
    package func choose(signals: PageSignals, jsonLDHeadline: String?, siteName: String?) -> String? {
        let pageTitle = signals.title.map(HTMLText.normalize).flatMap { $0.isEmpty ? nil : $0 }
        let openGraph = signals.meta["og:title"] ?? signals.meta["twitter:title"]
        let titles = [jsonLDHeadline, openGraph, pageTitle].compactMap { $0 }
        let headings = (signals.markedHeadlines + signals.headings).filter { !$0.isEmpty && $0.count < 300 }
        // A heading that a page title confirms is the headline.
        for heading in headings {
            let key = Self.key(heading)
            if titles.contains(where: { Self.key($0) == key || Self.parts($0).contains { Self.key($0) == key } }) {
                return heading
            }
        }
        for heading in headings {
            let key = Self.key(heading)
            if key.count >= 10, titles.contains(where: { Self.key($0).contains(key) }) { return heading }
        }
        // A lone headline-sized h1 that is not the site name is the headline.
        if let heading = headings.first, heading.count >= 10, heading.contains(" "),
            siteName.map({ Self.key($0) != Self.key(heading) }) ?? true,
            !titles.contains(where: { title in Self.parts(title).count > 1 && Self.key(Self.parts(title).last ?? "") == Self.key(heading) })
        {
            return heading
        }
        if let jsonLDHeadline { return strip(jsonLDHeadline, siteName: siteName) }
        if let openGraph { return strip(openGraph, siteName: siteName) }
        if let pageTitle { return strip(pageTitle, siteName: siteName) }
        return headings.first
    }

    /// `title` without a leading or trailing site name.
    package func strip(_ title: String, siteName: String?) -> String {
        let parts = Self.parts(title)
        guard parts.count > 1 else { return title }
        if let siteName {
            let site = Self.key(siteName)
            let rest = parts.filter { Self.key($0) != site && !site.contains(Self.key($0)) && !Self.key($0).contains(site) }
            if !rest.isEmpty, rest.count < parts.count { return rest.joined(separator: " - ") }
        }
        // Without a known site name, keep the longest part when the others are short labels.
        let longest = parts.max { $0.count < $1.count } ?? title
        return longest.count >= 2 * (title.count - longest.count) / max(parts.count - 1, 1) ? longest : title
    }

    /// `title` split at the first separator kind it contains.
    private static func parts(_ title: String) -> [String] {
        for separator in separators where title.contains(separator) {
            let pieces = title.components(separatedBy: separator).map { HTMLText.normalize($0) }.filter { !$0.isEmpty }
            if pieces.count > 1 { return pieces }
        }
        return [title]
    }

    /// Case- and space-insensitive comparison key.
    private static func key(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { !HTMLText.isSpace($0) })
    }
}
