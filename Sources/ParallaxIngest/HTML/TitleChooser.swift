import Foundation

/// Picks the article's headline from `<title>`, `og:title`, JSON-LD `headline` and the `<h1>`,
/// without the site name the page title usually carries (" | Site", " - Site").
///
/// A heading (or one part of it, when a kicker precedes it: "Klimaschutz: Bohren, bis es heiß
/// wird") that a title source confirms wins. Otherwise JSON-LD, then `og:title`, then `<title>`
/// with the site name stripped, then the first `h1`. The sources check one another: a headline
/// that `<title>` continues with a separator and more is whole (its own dashes are no site
/// separators), dashes do not count when comparing, the middle parts of breadcrumb titles confirm
/// no heading, and the end of a title that starts with the host's name is the site.
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
    /// - Parameter pageURL: the page's canonical URL or address, whose host names the site.
    package func choose(
        signals: PageSignals, jsonLDHeadline: String?, siteName: String?, bodyHeadings: [String]? = nil,
        pageURL: String? = nil
    ) -> String? {
        let hostLabel = pageURL.flatMap(Self.hostLabel)
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
            // The middle parts of a breadcrumb title ("Site | Kultur | Literatur | Headline") are
            // section names: they confirm no heading unless they read like a headline.
            let siteParts = Self.parts(title, Self.siteSeparators)
            for (index, part) in siteParts.enumerated()
            where index == 0 || index == siteParts.count - 1 || part.split(separator: " ").count >= 3 {
                partKeys.insert(Self.key(part))
            }
            for part in Self.parts(title, Self.kickerSeparators) { partKeys.insert(Self.key(part)) }
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
            if let pageTitle, let whole = Self.end(of: pageTitle, matching: headline) {
                // … unless the headline carries the site's name itself ("Headline | Site" in a
                // page title "Headline | Site | Section").
                if pageTitleEnds.contains(Self.key(whole)) { return whole }
                return strip(whole, siteName: site, hostLabel: hostLabel, knownSiteOnly: true)
            }
            return pageTitleEnds.contains(Self.key(headline)) ? headline : strip(headline, siteName: site, hostLabel: hostLabel)
        }
        if let pageTitle { return strip(pageTitle, siteName: site, hostLabel: hostLabel) }
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
    /// - Parameter hostLabel: the main label of the page's host name ("beispiel" for
    ///   `www.beispiel.de`): an end part that alone contains it is the site name.
    /// - Parameter knownSiteOnly: strip only a part that names the site or host, not a part
    ///   that is merely the shorter end.
    package func strip(_ title: String, siteName: String?, hostLabel: String? = nil, knownSiteOnly: Bool = false) -> String {
        let parts = Self.parts(title, Self.siteSeparators)
        guard parts.count > 1 else { return title }
        if let siteName {
            let site = Self.key(siteName)
            // A short part inside the site's name ("Nord" in "Vereinsblog vom Nordufer") counts
            // only when any short end may be the site.
            let rest = parts.filter {
                Self.key($0) != site && (knownSiteOnly || !site.contains(Self.key($0))) && !Self.key($0).contains(site)
            }
            if !rest.isEmpty, rest.count < parts.count { return rest.joined(separator: " - ") }
        }
        if let hostLabel {
            // A site part is short and starts with the host's name or has it as a word ("sheego ♥
            // Magazin", "DER SPIEGEL"); a word that merely contains it ("Vereinstag") is no name.
            func names(_ part: String) -> Bool {
                guard part.count <= 40 else { return false }
                return Self.letters(part).hasPrefix(hostLabel)
                    || part.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains { $0 == hostLabel }
            }
            let firstNames = names(parts[0])
            let lastNames = names(parts[parts.count - 1])
            if lastNames && !firstNames { return parts.dropLast().joined(separator: " - ") }
            if firstNames && !lastNames { return parts.dropFirst().joined(separator: " - ") }
        }
        if knownSiteOnly { return title }
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
        if separators == siteSeparators, let pieces = unspacedParts(title) { return pieces }
        return []
    }

    /// Words that end the names of Chinese and Japanese news sites (net, paper, news, channel).
    private static let cjkSiteEndings = ["网", "網", "报", "報", "新闻", "新聞", "频道", "頻道", "电视台", "電視台"]

    /// Chinese and Japanese titles, written without spaces, join the site name without spaces
    /// too ("标题-新华网", "标题_某某日报", "标题｜某某新聞"): the title split at the last such mark,
    /// when the text before it is Han or kana script and the part after it is a short site name
    /// (ending in a site word, or written in Latin letters) shorter than the headline.
    private static func unspacedParts(_ title: String) -> [String]? {
        guard !title.contains(" - "), let mark = title.lastIndex(where: { "-_|｜–—".contains($0) }) else { return nil }
        let head = title[..<mark]
        let tail = HTMLText.normalize(String(title[title.index(after: mark)...]))
        guard let last = head.last, last.unicodeScalars.allSatisfy(isHanOrKana) || "！？。」』）".contains(last),
            head.count >= 5, !tail.isEmpty, tail.count <= 12, tail.count < head.count,
            cjkSiteEndings.contains(where: { tail.hasSuffix($0) }) || tail.unicodeScalars.contains(where: { $0.isASCII && $0.properties.isAlphabetic })
        else { return nil }
        return [HTMLText.normalize(String(head)), tail]
    }

    private static func isHanOrKana(_ scalar: Unicode.Scalar) -> Bool {
        (0x3040...0x30FF).contains(scalar.value) || (0x4E00...0x9FFF).contains(scalar.value)
            || (0x3400...0x4DBF).contains(scalar.value)
    }

    /// Case-, space- and dash-insensitive comparison key ("Januar – Mai" and "Januar - Mai" agree).
    private static func key(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars where !HTMLText.isSpace(scalar) {
            scalars.append(scalar == "\u{2013}" || scalar == "\u{2014}" ? "-" : scalar)
        }
        return String(scalars)
    }

    /// Lower-case letters and digits of `text` only ("Women's Health" → "womenshealth").
    private static func letters(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) })
    }

    /// The end of `pageTitle` that is `headline` (dashes aside), in the page title's wording, when
    /// the rest is a separator and more ("Headline – with a dash – Site"): the headline is whole
    /// and its own separators are no site separators.
    private static func end(of pageTitle: String, matching headline: String) -> String? {
        let title = Array(pageTitle)
        let wanted = Array(headline)
        guard wanted.count >= 10, title.count > wanted.count else { return nil }
        func same(_ a: ArraySlice<Character>) -> Bool { key(String(a)) == key(headline) }
        let head = title[..<wanted.count]
        let afterHead = String(title[wanted.count...])
        if same(head), siteSeparators.contains(where: { afterHead.hasPrefix($0) }) { return String(head) }
        let tail = title[(title.count - wanted.count)...]
        let beforeTail = String(title[..<(title.count - wanted.count)])
        if same(tail), siteSeparators.contains(where: { beforeTail.hasSuffix($0) }) { return String(tail) }
        return nil
    }

    /// The main label of the host in `url` ("beispiel" for `https://www.beispiel.co.uk/a`), when
    /// it has four or more letters.
    private static func hostLabel(_ url: String) -> String? {
        guard let host = URL(string: url)?.host?.lowercased() else { return nil }
        var labels = host.split(separator: ".")
        guard labels.count >= 2 else { return nil }
        labels.removeLast()
        // Second-level registries: co.uk, com.au, gv.at …
        if labels.count >= 2, let last = labels.last, last.count <= 3 { labels.removeLast() }
        guard let label = labels.last, label.count >= 4 else { return nil }
        return letters(String(label))
    }
}
