import ParallaxText

/// Everything the metadata rules look at, gathered in one walk over the unpruned page.
package struct PageSignals {
    /// `<title>` text.
    package var title: String?
    /// Meta tags by lower-case `name`, `property`, `itemprop` or `http-equiv`, first value wins.
    package var meta: [String: String] = [:]
    /// `<link rel=canonical>` target.
    package var canonical: String?
    /// `<html lang>`.
    package var language: String?
    /// Texts of JSON-LD scripts.
    package var jsonLD: [String] = []
    /// `h1` texts in document order.
    package var headings: [String] = []
    /// Headline elements with the first few short texts holding digits that follow each (before
    /// the next one and within ``headingDateReach`` characters of text): where the article's date
    /// line sits, under its headline. Every `h1`, and an `h2`/`h3` that is or begins the page title.
    package var dateHeadings: [(text: String, dateTexts: [String])] = []
    /// Headline elements marked by `itemprop=headline` or a title/headline class.
    package var markedHeadlines: [String] = []
    /// `datetime` values of `<time>` elements: `rank` 2 for `itemprop=datePublished` or `pubdate`,
    /// 1 for a class that speaks of publication, 0 otherwise; `modified` for modification dates.
    package var times: [(value: String, rank: Int, modified: Bool)] = []
    /// Short texts of elements whose class/id speaks of dates.
    package var dateTexts: [String] = []
    /// Short visible texts that contain a date, in document order (at most a few).
    package var textDates: [String] = []
    /// Author names from `itemprop=author`, `rel=author` and byline classes.
    package var authorTexts: [String] = []
    /// Short `<address>` texts (HTML's element for the article author's contact, "By Anna Muster").
    package var addressTexts: [String] = []

    /// How many characters of text after a headline are searched for its date line.
    private static let headingDateReach = 1500
    /// The headline whose date line is being looked for, and the text seen since it.
    private var openHeading: Int?
    private var textSinceHeading = 0
    /// Whether the walk is inside an element already taken as a date text.
    private var capturingDateText = false

    /// The signals of the page under `root`.
    /// - Complexity: O(n) in the number of nodes.
    package init(root: HTMLNode) {
        visit(root, inHead: false)
    }

    /// Whether class/id tokens mark a comment area (its dates and names are the commenters'). A
    /// comment word right after `category` or `tag` is a post's taxonomy class (`category-kommentar`
    /// on an opinion piece), not a comment area.
    private static func namesCommentArea(_ tokens: [String]) -> Bool {
        for (index, token) in tokens.enumerated()
        where token.utf8.starts(with: "comment".utf8) || token.utf8.starts(with: "kommentar".utf8)
            || token.utf8.starts(with: "respond".utf8)
        {
            let previous = index > 0 ? tokens[index - 1] : ""
            if previous != "category" && previous != "tag" && previous != "kategorie" { return true }
        }
        return false
    }

    private mutating func visit(_ node: HTMLNode, inHead: Bool) {
        if node.isText {
            if openHeading != nil {
                textSinceHeading += node.textLength
                if textSinceHeading > Self.headingDateReach { openHeading = nil }
            }
            if !inHead, textDates.count < 40, node.textLength >= 6, node.textLength < 200,
                node.text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 })
            {
                textDates.append(node.text)
            }
            return
        }
        switch node.tag {
        case "html":
            if let lang = node.attribute("lang") ?? node.attribute("xml:lang"), !lang.isEmpty { language = lang }
        case "title" where title == nil:
            title = HTMLEntities.decode(node.normalizedText)
            return
        case "meta":
            let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop")
                ?? node.attribute("http-equiv"))?.lowercased()
            if let key, let content = node.attribute("content") ?? node.attribute("datetime") {
                let value = HTMLText.normalize(HTMLEntities.decode(content))
                if !value.isEmpty && meta[key] == nil { meta[key] = value }
            }
            return
        case "link":
            if canonical == nil, node.attribute("rel")?.lowercased() == "canonical", let href = node.attribute("href") {
                canonical = href
            }
            return
        case "script":
            var text = ""
            node.appendText(to: &text)
            jsonLD.append(text)
            return
        case "address":
            if addressTexts.count < 3, node.textLength > 0, node.textLength < 100 { addressTexts.append(node.normalizedText) }
        case "h1":
            let text = node.normalizedText
            if !text.isEmpty, !node.isFrontPageLink { headings.append(text) }
        case "time":
            if let value = node.attribute("datetime") ?? node.attribute("content") {
                let evidence = node.evidenceTokens + [(node.attribute("itemprop") ?? "").lowercased()]
                func mentions(_ word: String) -> Bool { evidence.contains { $0.containsBytes(word) } }
                let itemprop = (node.attribute("itemprop") ?? "").lowercased()
                let rank = node.attribute("pubdate") != nil || itemprop == "datepublished" ? 2
                    : mentions("publish") || mentions("created") || evidence.contains("entry") ? 1 : 0
                times.append((value, rank, mentions("modif") || mentions("update")))
            }
        default:
            break
        }
        if let itemprop = node.attribute("itemprop")?.lowercased() {
            if itemprop == "headline", markedHeadlines.isEmpty { markedHeadlines.append(node.headlineText) }
            if itemprop == "author" || itemprop == "creator" {
                if let name = node.first(where: { $0.attribute("itemprop") == "name" }) {
                    authorTexts.append(name.attribute("content") ?? name.normalizedText)
                } else if node.textLength > 0, node.textLength < 120 {
                    authorTexts.append(node.normalizedText)
                } else if let content = node.attribute("content") {
                    authorTexts.append(content)
                }
                return
            }
            if itemprop == "datepublished", node.tag != "time", let value = node.attribute("content") ?? node.attribute("datetime") {
                times.append((value, 2, false))
            }
        }
        if node.tag == "a", authorTexts.count < 3, node.attribute("rel")?.lowercased().contains("author") == true, node.textLength < 80 {
            authorTexts.append(node.normalizedText)
            return
        }
        let tokens = node.evidenceTokens
        if Self.namesCommentArea(tokens)
            || (node.tag == "footer" || node.tag == "aside" || node.tag == "form") && !node.holdsArticleMarker
        {
            return
        }
        if !tokens.isEmpty, node.textLength > 0, node.textLength < 200 {
            if tokens.contains(where: { $0.utf8.starts(with: "author".utf8) || $0.utf8.starts(with: "byline".utf8) || $0.utf8.starts(with: "autor".utf8) || $0 == "writer" || $0.utf8.starts(with: "verfasser".utf8) }),
                node.textLength < 120
            {
                authorTexts.append(node.normalizedText)
            }
            if tokens.contains(where: {
                $0.containsBytes("date") || $0.containsBytes("datum") || $0 == "time" || $0.utf8.starts(with: "posted".utf8) || $0 == "meta"
                    || $0.utf8.starts(with: "publish".utf8) || $0 == "publication" || $0 == "byline" || $0 == "dateline" || $0 == "timestamp"
            }) {
                dateTexts.append(node.normalizedText)
            }
        }
        // The outermost short element holding digits, so that a date split over spans
        // ("Feb" "18" "2009") stays one text.
        var captures = false
        if let open = openHeading, !capturingDateText, node.textLength >= 6, node.textLength < 100 {
            let text = node.normalizedText
            if text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
                dateHeadings[open].dateTexts.append(text)
                if dateHeadings[open].dateTexts.count >= 4 { openHeading = nil }
                captures = true
            }
        }
        let childInHead = inHead || node.tag == "head"
        if captures { capturingDateText = true }
        for child in node.children { visit(child, inHead: childInHead) }
        if captures { capturingDateText = false }
        if node.tag == "h1" || node.tag == "h2" || node.tag == "h3" { openDateHeading(node) }
    }

    /// Starts looking for the date line under `heading` when it is a headline: an `h1`, or an
    /// `h2`/`h3` that is or begins the page title (pages whose headline is no `h1`).
    private mutating func openDateHeading(_ heading: HTMLNode) {
        guard heading.textLength > 0, heading.textLength < 300, !heading.isFrontPageLink else { return }
        let text = heading.normalizedText
        if heading.tag != "h1" {
            guard let title, text.count >= 15 && title.hasPrefix(text) || text.count >= 8 && title == text else { return }
        }
        dateHeadings.append((text, []))
        openHeading = dateHeadings.count - 1
        textSinceHeading = 0
    }
}
