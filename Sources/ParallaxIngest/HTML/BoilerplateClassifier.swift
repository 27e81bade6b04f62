package import ParallaxModel
import ParallaxText

/// Decides from tag, role, class and id whether an element is boilerplate, and of which kind.
///
/// Class and id values are split into tokens at non-letters (`post-footer` → `post`, `footer`);
/// evidence words match whole tokens or token prefixes, so `ad` matches `ad-slot` but not `header`.
package enum BoilerplateClassifier {
    /// Evidence that overrides positive hints: these containers are never the article.
    private static let strong: [(prefix: String, kind: RemovedBlock.Kind, why: String)] = [
        ("comment", .other, "comments"), ("kommentar", .other, "comments"), ("disqus", .other, "comments"),
        ("respond", .other, "comments"), ("replies", .other, "comments"),
        ("share", .other, "share buttons"), ("sharing", .other, "share buttons"), ("social", .other, "share buttons"),
        ("shariff", .other, "share buttons"), ("sociable", .other, "share buttons"),
        ("newsletter", .other, "newsletter"), ("subscribe", .other, "newsletter"), ("signup", .other, "newsletter"),
        ("cookie", .other, "cookie banner"), ("consent", .other, "cookie banner"), ("gdpr", .other, "cookie banner"),
        ("paywall", .other, "paywall"), ("plenigo", .other, "paywall"), ("piano", .other, "paywall"),
        ("related", .related, "related links"), ("verwandt", .related, "related links"),
        ("outbrain", .advertisement, "sponsored links"), ("taboola", .advertisement, "sponsored links"),
        ("breadcrumb", .navigation, "breadcrumb"), ("pagination", .navigation, "pagination"),
        ("skiplink", .navigation, "skip links"), ("navbar", .navigation, "navigation"),
        ("footer", .navigation, "footer"), ("copyright", .navigation, "footer"),
        ("sidebar", .related, "sidebar"), ("teaser", .related, "teaser"), ("recommend", .related, "recommendations"),
        ("empfehlung", .related, "recommendations"), ("advert", .advertisement, "advertisement"),
        ("sponsor", .advertisement, "advertisement"), ("werbung", .advertisement, "advertisement"),
        ("anzeige", .advertisement, "advertisement"), ("promo", .advertisement, "promotion"),
        ("byline", .metadata, "byline"), ("dateline", .metadata, "dateline"),
        ("popup", .other, "overlay"), ("modal", .other, "overlay"), ("overlay", .other, "overlay"),
        ("print", .other, "print link"), ("rating", .other, "rating"), ("login", .other, "login"),
        ("tagcloud", .related, "tags"), ("authorbox", .metadata, "author box"), ("bio", .metadata, "author box"),
        ("postmeta", .metadata, "post metadata"), ("entrymeta", .metadata, "post metadata"),
    ]

    /// Evidence that only counts when no positive hint is present and the element is not large.
    private static let weak: [(token: String, kind: RemovedBlock.Kind, why: String)] = [
        ("nav", .navigation, "navigation"), ("menu", .navigation, "navigation"), ("header", .navigation, "header"),
        ("masthead", .navigation, "header"), ("topbar", .navigation, "header"), ("toolbar", .navigation, "toolbar"),
        ("widget", .related, "widget"), ("aside", .related, "sidebar"), ("popular", .related, "related links"),
        ("trending", .related, "related links"), ("more", .related, "related links"), ("tags", .related, "tags"),
        ("tag", .related, "tags"), ("categories", .related, "tags"), ("ad", .advertisement, "advertisement"),
        ("ads", .advertisement, "advertisement"), ("adv", .advertisement, "advertisement"),
        ("banner", .advertisement, "advertisement"), ("meta", .metadata, "post metadata"),
        ("author", .metadata, "byline"), ("date", .metadata, "dateline"), ("posted", .metadata, "dateline"),
        ("hidden", .other, "hidden"), ("caption", .other, "caption"), ("credit", .other, "caption"),
        ("widgets", .related, "widget"), ("links", .related, "related links"), ("community", .other, "comments"),
        ("foot", .navigation, "footer"), ("site", .navigation, "header"),
        // A market ticker (`<div class="ticker">Veltgas AG 18,42 € ▼ 8,40 %</div>`) quotes prices, not the story's figures
        // (round 18: dev10, dev11, dev12); weak, so that a live blog marked as a ticker with article hints stays.
        ("ticker", .other, "market ticker"), ("quotes", .other, "market ticker"), ("kurse", .other, "market ticker"),
        ("stocks", .other, "market ticker"),
    ]

    /// ``strong`` grouped by first letter, so a token is only compared with rules that can match.
    private static let strongByFirstByte: [UInt8: [(prefix: String, kind: RemovedBlock.Kind, why: String)]] =
        Dictionary(grouping: strong, by: { $0.prefix.utf8.first ?? 0 })

    /// The strong rules whose prefix starts with the first letter of `token`.
    private static func strongRules(startingLike token: String) -> [(prefix: String, kind: RemovedBlock.Kind, why: String)] {
        guard let first = token.utf8.first else { return [] }
        return strongByFirstByte[first] ?? []
    }

    /// Tokens that mark the article body.
    private static let positive: [String] = [
        "article", "content", "entry", "post", "story", "body", "text", "main", "blog", "artikel", "beitrag",
        "inhalt", "news", "page",
    ]

    /// Kind and reason when `node` is boilerplate; `nil` when it may hold article text.
    /// - Parameter pageTextLength: visible text of the whole page, to protect large containers.
    package static func classify(_ node: HTMLNode, pageTextLength: Int) -> (kind: RemovedBlock.Kind, why: String)? {
        if node.textLength < 300, node.tag != "body", node.isScreenReaderOnly { return (.other, "screen-reader text") }
        switch node.tag {
        case "html", "body", "head", "#document", "title", "meta", "link", "h1": return nil
        case "nav": return node.holdsArticleMarker ? nil : (.navigation, "navigation")
        case "footer": return node.holdsArticleMarker ? nil : (.navigation, "footer")
        case "aside": return node.holdsArticleMarker ? nil : (.related, "sidebar")
        case "form" where !node.holdsArticleMarker && node.textLength * 3 < pageTextLength
            && node.textLength - node.linkTextLength <= 500:
            // Forms with much unlinked prose wrap the article (a shop's product form).
            return (.other, "form")
        default: break
        }
        if node.attribute("hidden") != nil || node.attribute("aria-hidden") == "true" { return (.other, "hidden") }
        if let style = node.attribute("style")?.lowercased(), style.containsBytes("display:none") || style.containsBytes("display: none") {
            return (.other, "hidden")
        }
        switch node.attribute("role")?.lowercased() {
        case "navigation", "menubar", "menu": return (.navigation, "navigation")
        case "contentinfo": return node.holdsArticleMarker ? nil : (.navigation, "footer")
        case "complementary": return node.holdsArticleMarker ? nil : (.related, "sidebar")
        case "dialog", "alertdialog": return (.other, "overlay")
        default: break
        }
        if let itemprop = node.attribute("itemprop"), itemprop == "comment" || itemprop == "author" {
            return itemprop == "author" ? (.metadata, "byline") : (.other, "comments")
        }
        let tokens = node.evidenceTokens
        guard !tokens.isEmpty else { return nil }
        // Containers with much prose (over 500 unlinked characters) are protected: boxes named
        // "share" or "caption" that hold that much text hold the article through odd markup.
        let prose = node.textLength - node.linkTextLength
        let large = node.holdsArticleMarker || node.textLength * 3 > pageTextLength || prose > 500
        for token in tokens {
            for rule in strongRules(startingLike: token) where token.utf8.starts(with: rule.prefix.utf8) {
                // Comment sections may outweigh the article; other boxes that large hold it
                // through broken nesting.
                if node.holdsArticleMarker || (large && rule.why != "comments") { return nil }
                return (rule.kind, rule.why)
            }
        }
        guard !large else { return nil }
        if tokens.contains(where: { token in positive.contains(where: { token.utf8.starts(with: $0.utf8) }) }) { return nil }
        for token in tokens {
            for rule in weak where token == rule.token { return (rule.kind, rule.why) }
        }
        return nil
    }

    /// Whether the class or id of `node` hints at the article body.
    package static func positiveWeight(_ node: HTMLNode) -> Int {
        var weight = 0
        for token in node.evidenceTokens {
            if positive.contains(where: { token.utf8.starts(with: $0.utf8) }) { weight += 10 }
            if strongRules(startingLike: token).contains(where: { token.utf8.starts(with: $0.prefix.utf8) }) { weight -= 25 }
            if weak.contains(where: { token == $0.token }) { weight -= 10 }
        }
        if node.attribute("itemprop") == "articleBody" { weight += 40 }
        return max(-50, min(weight, 40))
    }

}
