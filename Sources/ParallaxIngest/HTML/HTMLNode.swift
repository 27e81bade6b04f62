/// One element or text run of a parsed page, copied out of libxml2's tree into Swift values.
///
/// The tree is built once per page by ``HTMLDocumentParser`` and then only read. Scripts, styles and
/// other non-text elements never enter it (except JSON-LD scripts, kept for metadata), so nothing
/// executable can reach the extracted text.
package final class HTMLNode {
    /// Lower-case tag name, or `#text` for a text run.
    package let tag: String
    /// Attributes in document order, names lower-cased.
    package let attributes: [(name: String, value: String)]
    /// Child nodes in document order.
    package var children: [HTMLNode]
    /// Text of a `#text` node; empty for elements.
    package let text: String
    /// Characters of visible text below this node (whitespace runs count once), set by ``measure()``.
    package var textLength = 0
    /// Characters of that text inside links.
    package var linkTextLength = 0
    /// Whether this node or a descendant is an `h1`, an `article` or an `articleBody`.
    package var holdsArticleMarker = false

    package init(tag: String, attributes: [(name: String, value: String)] = [], children: [HTMLNode] = [], text: String = "") {
        self.tag = tag
        self.attributes = attributes
        self.children = children
        self.text = text
    }

    /// Whether this is a text run.
    package var isText: Bool { tag == "#text" }

    /// The value of attribute `name` (lower case), if present.
    package func attribute(_ name: String) -> String? {
        for attribute in attributes where attribute.name == name { return attribute.value }
        return nil
    }

    /// Lower-case letter runs of `class` and `id` (`post-footer` → `post`, `footer`), for evidence.
    package private(set) lazy var evidenceTokens: [String] = {
        var tokens: [String] = []
        for attribute in attributes where attribute.name == "class" || attribute.name == "id" {
            HTMLText.appendLetterRuns(of: attribute.value, to: &tokens)
        }
        return tokens
    }()

    /// Whether the class marks a screen-reader-only element (`visually-hidden`, `sr-only`,
    /// `screen-reader-text`): invisible labels, never article text.
    package var isScreenReaderOnly: Bool {
        let tokens = evidenceTokens
        guard !tokens.isEmpty else { return false }
        for (index, token) in tokens.enumerated() {
            if token == "visuallyhidden" || token == "sronly" { return true }
            let next = index + 1 < tokens.count ? tokens[index + 1] : ""
            if (token == "visually" && next == "hidden") || (token == "sr" && next == "only")
                || (token == "screen" && next == "reader")
            {
                return true
            }
        }
        return false
    }

    /// The parent element, set by ``linkParents()``; the tree's strong references run downward.
    package unowned(unsafe) var parent: HTMLNode?
    /// Content score of the article locator, `nil` while unscored.
    package var contentScore: Double?

    /// Sets ``parent`` throughout this subtree.
    package func linkParents() {
        for child in children {
            child.parent = self
            if !child.isText { child.linkParents() }
        }
    }

    /// Link share of the visible text, 0 when there is no text.
    package var linkDensity: Double {
        textLength == 0 ? 0 : Double(linkTextLength) / Double(textLength)
    }

    /// Fills ``textLength``, ``linkTextLength`` and ``holdsArticleMarker`` for this subtree.
    /// - Complexity: O(n) in the subtree size.
    package func measure(insideLink: Bool = false) {
        if isText {
            textLength = HTMLText.visibleLength(text)
            linkTextLength = insideLink ? textLength : 0
            return
        }
        let isLink = insideLink || tag == "a"
        var total = 0
        var links = 0
        var marker = tag == "h1" || tag == "article" || attribute("itemprop") == "articleBody"
        for child in children {
            child.measure(insideLink: isLink)
            total += child.textLength
            links += child.linkTextLength
            marker = marker || child.holdsArticleMarker
        }
        textLength = total
        linkTextLength = links
        holdsArticleMarker = marker
    }

    /// Calls `visit` for this node and every descendant in document order; `visit` returns `false`
    /// to skip a node's children.
    package func walk(_ visit: (HTMLNode) -> Bool) {
        guard visit(self) else { return }
        for child in children { child.walk(visit) }
    }

    /// The first descendant (or self) for which `predicate` holds, in document order.
    package func first(where predicate: (HTMLNode) -> Bool) -> HTMLNode? {
        if predicate(self) { return self }
        for child in children {
            if let found = child.first(where: predicate) { return found }
        }
        return nil
    }

    /// All visible text below this node, whitespace collapsed.
    package var normalizedText: String {
        var raw = ""
        appendText(to: &raw)
        return HTMLText.normalize(raw)
    }

    /// Class/id token openings of parts of a headline that are not the headline: kickers
    /// ("Klimaschutz:"), supertitles, dates and screen-reader separators.
    private static let kickerTokens = [
        "kicker", "supertitle", "subheading", "sub", "dachzeile", "overline", "topline", "roofline", "eyebrow",
        "visually", "sr", "hidden", "label", "category", "rubrik", "ressort",
    ]

    /// The headline text of a heading: its visible text without kicker, supertitle and date parts,
    /// element children separated by spaces.
    package var headlineText: String {
        var parts: [String] = []
        var hasKicker = false
        for child in children {
            if child.isText {
                parts.append(child.text)
            } else if child.tag == "time"
                || child.evidenceTokens.contains(where: { token in Self.kickerTokens.contains { token.hasPrefix($0) } })
            {
                hasKicker = true
            } else {
                parts.append(child.normalizedText)
            }
        }
        // A separator element between kicker and headline (": ") leaves its punctuation in front.
        let text = HTMLText.normalize(parts.joined(separator: " ")).drop { ":-–—|·•".contains($0) || $0 == " " }
        return hasKicker && text.contains(" ") ? String(text) : normalizedText
    }

    /// Whether this heading is the site's logo rather than a headline: all its text is a link to
    /// the site's front page (`<h1><a href="/">Site name</a></h1>`).
    package var isFrontPageLink: Bool {
        guard textLength > 0, linkTextLength >= textLength,
            let href = first(where: { $0.tag == "a" })?.attribute("href")
        else { return false }
        return Self.isFrontPage(href)
    }

    /// Whether `href` points at a site's front page: no path (or only `/`, `index.*`), any query.
    package static func isFrontPage(_ href: String) -> Bool {
        var target = Substring(href.prefix { $0 != "?" && $0 != "#" })
        // Archive addresses wrap the page's own URL: the last scheme starts it.
        var schemeEnd: Substring.Index?
        var index = target.startIndex
        while let colon = target[index...].firstIndex(of: ":") {
            index = target.index(after: colon)
            if target[index...].hasPrefix("//") { schemeEnd = target.index(index, offsetBy: 2) }
        }
        if let schemeEnd {
            target = target[schemeEnd...].drop { $0 != "/" }
        } else if target.hasPrefix("//") {
            target = target.dropFirst(2).drop { $0 != "/" }
        } else if target.isEmpty || !target.hasPrefix("/") {
            return false
        }
        let path = target.drop { $0 == "/" }
        return path.isEmpty || (path.hasPrefix("index.") && !path.contains("/"))
    }

    /// Appends the raw text below this node, with a space between block elements.
    package func appendText(to output: inout String) {
        if isText {
            output += text
            return
        }
        if tag == "br" || HTMLTags.blocks.contains(tag) { output += " " }
        for child in children { child.appendText(to: &output) }
        if HTMLTags.blocks.contains(tag) { output += " " }
    }
}
