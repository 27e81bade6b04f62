/// Sets of tag names the extractor treats alike.
package enum HTMLTags {
    /// Elements that are never text: dropped while the tree is built.
    package static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
        "video", "audio", "source", "track", "map", "select", "option", "button", "input", "textarea",
        "img", "picture", "param", "dialog",
    ]

    /// Skipped elements that broken markup (a missing end tag) can wrap around the rest of the
    /// page; their children are kept when they contain block elements.
    package static let skippedUnlessWrapping: Set<String> = [
        "noscript", "iframe", "object", "video", "audio", "canvas", "map", "button", "select", "dialog", "template",
    ]

    /// Elements that start a new line of text.
    package static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "ul", "ol", "li",
        "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td",
        "th", "thead", "tbody", "tfoot", "figure", "figcaption", "form", "fieldset", "address", "hr",
        "body", "html", "center", "details", "summary", "caption",
    ]

    /// Headings.
    package static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// Elements whose text forms one block of the article.
    package static let leafBlocks: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "dt", "dd", "td", "th", "address",
        "figcaption", "caption", "summary",
    ]
}
