package import CLibXML2
public import ParallaxModel

/// Turns an HTML fragment — a feed item's content — into text blocks with libxml2's HTML parser.
///
/// `p`, `div` and other block elements become paragraphs, `h1`–`h6` headings, `li` list items and
/// `blockquote` quotes; `br` ends a block; scripts, styles, forms, navigation and embedded objects are
/// dropped. Texts are normalized with ``TextNormalizer``. Full pages go to ``HTMLExtractor`` instead.
package struct HTMLFragmentReader: Sendable {
    private static let skipped: Set<String> = [
        "script", "style", "noscript", "iframe", "object", "embed", "form", "button", "nav", "svg", "template", "select",
        "textarea", "head", "title", "meta", "link", "aside",
    ]
    private static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
        "blockquote", "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "figure", "figcaption", "center", "address", "hr",
        "body", "html",
    ]
    private let normalizer = TextNormalizer(decodesEntities: false)

    package init() {}

    /// The blocks of the HTML fragment `html`.
    package func blocks(html: String) -> [TextBlock] {
        guard html.contains("<") else { return plainBlocks(html) }
        var bytes = Array(html.utf8)
        guard !bytes.isEmpty else { return [] }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue)
        let document = bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document else { return plainBlocks(html) }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return [] }
        return blocks(node: root)
    }

    /// The blocks below an already parsed node (an Atom `xhtml` content `div`, for instance).
    package func blocks(node: xmlNodePtr) -> [TextBlock] {
        var state = State()
        walk(node, kind: .paragraph, &state)
        flush(.paragraph, &state)
        return state.blocks
    }

    /// Paragraphs of text without markup, split at blank lines.
    package func plainBlocks(_ text: String) -> [TextBlock] {
        TextLine.lines(of: normalizer.normalize(HTMLEntities.decode(text))).reduce(into: [TextBlock]()) { blocks, line in
            if let last = blocks.last, !line.blankBefore {
                blocks[blocks.count - 1].text = last.text + " " + line.shape.text
            } else {
                blocks.append(TextBlock(kind: .paragraph, text: line.shape.text))
            }
        }
    }

    private struct State {
        var blocks: [TextBlock] = []
        var buffer = ""
    }

    private func walk(_ node: xmlNodePtr, kind: TextBlock.Kind, _ state: inout State) {
        var child = node.pointee.children
        while let current = child {
            defer { child = current.pointee.next }
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { state.buffer += String(cString: content) }
            case XML_ELEMENT_NODE:
                let name = XMLNodeAccess.name(current)
                if Self.skipped.contains(name) { continue }
                if name == "br" {
                    flush(kind, &state)
                } else if Self.blockElements.contains(name) {
                    flush(kind, &state)
                    let inner = Self.kind(of: name, inside: kind)
                    walk(current, kind: inner, &state)
                    flush(inner, &state)
                } else {
                    walk(current, kind: kind, &state)
                }
            default:
                continue
            }
        }
    }

    private func flush(_ kind: TextBlock.Kind, _ state: inout State) {
        guard !state.buffer.isEmpty else { return }
        let text = Self.collapse(normalizer.normalize(state.buffer))
        state.buffer = ""
        if !text.isEmpty { state.blocks.append(TextBlock(kind: kind, text: text)) }
    }

    private static func kind(of name: String, inside kind: TextBlock.Kind) -> TextBlock.Kind {
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6": .heading
        case "li": .listItem
        case "blockquote": .quote
        default: kind == .quote || kind == .listItem ? kind : .paragraph
        }
    }

    /// `text` with runs of whitespace made one space, trimmed.
    package static func collapse(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
