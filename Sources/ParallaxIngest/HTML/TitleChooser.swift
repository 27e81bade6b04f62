import Foundation

/// Picks the article's headline from `<title>`, `og:title`, JSON-LD `headline` and the `<h1>`,
/// without the site name the page title usually carries (" | Site", " - Site").
///
/// A heading (or one part of it, when a kicker precedes it: "Klimaschutz: Bohren, bis es heiß
/// wird") that a title source confirms wins. Otherwise JSON-LD, then `og:title`, then `<title>`
/// with the site name stripped, then the first `h1`.
package struct TitleChooser {
    /// Separators between a headline and a site name in page titles.
    private static let siteSeparators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " « ", " • ", " / "]
    /// Separators between a kicker and a headline.
    private static let kickerSeparators = [": ", " : "]

    /// From this many unconfirmed headline-sized `h1`s on, the page's `h1`s are not its headline.
    private static let manyHeadings = 4

    package init() {}

    /// The headline, or `nil` when the page names none.
    /// - Parameter bodyHeadings: `h1` texts left after boilerplate removal, if known.
    package func choose(signals: PageSignals, jsonLDHeadline: String?, siteName: String?, bodyHeadings: [String]? = nil)
        -> String?
    {
        let pageTitle = signals.title.map(HTMLText.normalize).flatMap { $0.isEmpty ? nil : $0 }
        var openGraph = signals.meta["og:title"] ?? signals.meta["twitter:title"]
        if let cut = openGraph, let pageTitle, Self.isTruncatedCopy(cut, of: pageTitle) {
            // An unescaped quote in the attribute cut the meta value short: the page title is whole.
            openGraph = pageTitle
        }
        let titles = [jsonLDHeadline, openGraph, pageTitle].compactMap { $0 }
        let wholeKeys = Set(titles.map(Self.key))
        var partKeys = wholeKeys
        for title in titles {
            for part in Self.parts(title, Self.siteSeparators) + Self.parts(title, Self.kickerSeparators) {
                partKeys.insert(Self.key(part))
            }
        }
        let site = siteName
        let headings = (signals.markedHeadlines + (bodyHeadings ?? signals.headings)).filter {
            !$0.isEmpty && $0.count < 300 && (site.map(Self.key) != Self.key($0))
        }
        // A heading confirmed by a title (or part of one) wins, unless it is the site's name.
        let siteKeys = siteKeysOf(titles, site, siteName)
        for heading in headings where partKeys.contains(Self.key(heading)) && !siteKeys.contains(Self.key(heading)) {
            // Metadata headlines are often cut to a length; a visible h1 that goes on with more
            // words ("… Kapazität" / "… Kapazität in Tennessee") is the whole headline.
            let fuller = (bodyHeadings ?? []).first { $0.count > heading.count && $0.hasPrefix(heading + " ") }
            return fuller ?? heading
        }
        // A heading that ends with a title (part) carries a kicker, section or date before it:
        // "Politics | Headline", "Jun 17 Headline". The title's wording wins.
        if let headline = kickerFreeHeadline(headings, titles: titles.map { strip($0, siteName: site) }, siteKeys: siteKeys) {
            return headline
        }
        // The visible headline wins unless it looks like the site's name or a section label. Where
        // the page has many headline-sized `h1`s (editors who format paragraphs as headings, teaser
        // lists), none of them is the headline when no title confirms it.
        let headlineSized = headings.filter { heading in
            (heading.split(separator: " ").count >= 2 || heading.count >= 15) && !siteKeys.contains(Self.key(heading))
        }
        if let heading = headlineSized.first, headlineSized.count < Self.manyHeadings || titles.isEmpty {
            return heading
        }
        // A part of a heading (after a kicker) may match a whole title.
        for heading in headings {
            for part in Self.parts(heading, Self.kickerSeparators) + Self.parts(heading, Self.siteSeparators)
            where wholeKeys.contains(Self.key(part)) && site.map(Self.key) != Self.key(part) {
                return part
            }
        }
        for heading in headings {
            let key = Self.key(heading)
            if key.count >= 10, titles.contains(where: { Self.key($0).contains(key) }) { return heading }
        }
        // A headline that is one end of the page title (the rest being the site name) has no site
        // name to strip, even when it holds a separator itself ("NWO – Radio-Marathon | Blog").
        let pageTitleParts = Self.parts(pageTitle ?? "", Self.siteSeparators)
        let pageTitleEnds = Set([pageTitleParts.first, pageTitleParts.last].compactMap { $0.map(Self.key) })
        if let headline = jsonLDHeadline ?? openGraph {
            return pageTitleEnds.contains(Self.key(headline)) ? headline : strip(headline, siteName: site)
        }
        if let pageTitle { return strip(pageTitle, siteName: site) }
        return headings.first
    }

    /// The title (without site name) of at least three words that a heading ends with, after other words.
    private func kickerFreeHeadline(_ headings: [String], titles: [String], siteKeys: Set<String>) -> String? {
        let candidates = titles.filter { $0.split(separator: " ").count >= 3 && !siteKeys.contains(Self.key($0)) }
        for heading in headings {
            let headingKey = Self.key(heading)
            for candidate in candidates {
                let key = Self.key(candidate)
                if key.count >= 15, headingKey.count > key.count, headingKey.hasSuffix(key) { return candidate }
            }
        }
        return nil
    }

    /// Keys of the site name and of the shorter parts of multi-part titles.
    private func siteKeysOf(_ titles: [String], _ names: String?...) -> Set<String> {
        var siteKeys = Set(names.compactMap { $0 }.map(Self.key))
        for title in titles {
            let parts = Self.parts(title, Self.siteSeparators)
            guard let first = parts.first, let last = parts.last, parts.count > 1 else { continue }
            // Site names sit at either end of a title: the end that names the site, else the shorter end.
            let named = [last, first].first { part in
                let key = Self.key(part)
                return names.contains { $0.map { Self.key($0) == key } ?? false }
            }
            siteKeys.insert(Self.key(named ?? (last.count <= first.count ? last : first)))
        }
        return siteKeys
    }

    /// `title` without a leading or trailing site name.
    package func strip(_ title: String, siteName: String?) -> String {
        let parts = Self.parts(title, Self.siteSeparators)
        guard parts.count > 1 else { return title }
        if let siteName {
            let site = Self.key(siteName)
            let rest = parts.filter { Self.key($0) != site && !site.contains(Self.key($0)) && !Self.key($0).contains(site) }
            if !rest.isEmpty, rest.count < parts.count { return rest.joined(separator: " - ") }
        }
        // Without a known site name: a short last (or first) part is the site name.
        let first = parts[0]
        let last = parts[parts.count - 1]
        if last.count <= 40 && last.count < first.count { return parts.dropLast().joined(separator: " - ") }
        if first.count <= 30 && first.count < last.count { return parts.dropFirst().joined(separator: " - ") }
        return title
    }

    /// Whether `value` is `title` cut short inside the headline: `title` goes on after it with
    /// more words or a quotation ("… de "incapacitado""), not with a separator and a site name.
    private static func isTruncatedCopy(_ value: String, of title: String) -> Bool {
        guard value.count >= 10, title.count > value.count, title.hasPrefix(value) else { return false }
        let rest = title.dropFirst(value.count)
        guard let next = rest.first, next == " " || "\"'«»„“”‘’".contains(next) else { return false }
        return !(siteSeparators + kickerSeparators).contains { rest.hasPrefix($0) }
    }

    /// `title` split at the first of `separators` it contains.
    private static func parts(_ title: String, _ separators: [String]) -> [String] {
        for separator in separators where title.contains(separator) {
            let pieces = title.components(separatedBy: separator).map { HTMLText.normalize($0) }.filter { !$0.isEmpty }
            if pieces.count > 1 { return pieces }
        }
        return []
    }

    /// Case- and space-insensitive comparison key.
    private static func key(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { !HTMLText.isSpace($0) })
    }
}
