import CLibXML2

/// Builds an ``HTMLNode`` tree from page bytes with libxml2's tolerant HTML parser.
///
/// All unsafe pointer work stays inside this type: the libxml2 document is parsed, copied into
/// Swift values and freed before ``parse(_:encoding:)`` returns.
package enum HTMLDocumentParser {
    /// Parser options: recover from broken markup, stay silent, never touch the network.
    private static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue)

    /// The root element of the page `bytes`, decoded as `encoding` (an IANA charset name).
    /// - Returns: `nil` when libxml2 finds no element at all.
    /// - Complexity: O(n) in the page size.
    package static func parse(_ bytes: [UInt8], encoding: String) -> HTMLNode? {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> HTMLNode? in
            guard let base = buffer.baseAddress else { return nil }
            let document = base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { characters in
                htmlReadMemory(characters, Int32(buffer.count), nil, encoding, options)
            }
            guard let document else { return nil }
            defer { xmlFreeDoc(document) }
            let root = HTMLNode(tag: "#document")
            var child = document.pointee.children
            while let node = child {
                if let converted = convert(node, depth: 0) { root.children.append(converted) }
                child = node.pointee.next
            }
            return root.children.isEmpty ? nil : root
        }
    }

    /// The Swift copy of `node` and its subtree, or `nil` for nodes that carry no text.
    private static func convert(_ node: xmlNodePtr, depth: Int) -> HTMLNode? {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            guard let content = node.pointee.content else { return nil }
            return HTMLNode(tag: "#text", text: HTMLText.removingInvisibleMarks(String(cString: content)))
        case XML_ELEMENT_NODE:
            guard let rawName = node.pointee.name else { return nil }
            let tag = String(cString: rawName).lowercased()
            let attributes = copyAttributes(node)
            if tag == "script" {
                guard let type = attributes.first(where: { $0.name == "type" })?.value, type.lowercased().contains("ld+json")
                else { return nil }
            } else if HTMLTags.skipped.contains(tag) {
                guard HTMLTags.skippedUnlessWrapping.contains(tag), wrapsBlocks(node, minimum: tag == "noscript" ? 3 : 1)
                else { return nil }
                // The element swallowed the page: keep its block children, drop the element.
                let wrapper = HTMLNode(tag: "div")
                var child = node.pointee.children
                while let current = child {
                    if current.pointee.type == XML_ELEMENT_NODE, let converted = convert(current, depth: depth + 1) {
                        wrapper.children.append(converted)
                    }
                    child = current.pointee.next
                }
                return wrapper
            }
            let element = HTMLNode(tag: tag, attributes: attributes)
            guard depth < 400 else { return element }
            var child = node.pointee.children
            while let current = child {
                if let converted = convert(current, depth: depth + 1) { element.children.append(converted) }
                child = current.pointee.next
            }
            return element
        default:
            return nil
        }
    }

    /// Whether `node` has at least `minimum` block-level element children (`div`, `p`, …): a sign
    /// that a missing end tag made it swallow the page (`noscript` legitimately holds a few).
    private static func wrapsBlocks(_ node: xmlNodePtr, minimum: Int) -> Bool {
        var count = 0
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, let rawName = current.pointee.name,
                HTMLTags.blocks.contains(String(cString: rawName).lowercased())
            {
                count += 1
                if count >= minimum { return true }
            }
            child = current.pointee.next
        }
        return false
    }

    /// The attributes of `node`, names lower-cased.
    private static func copyAttributes(_ node: xmlNodePtr) -> [(name: String, value: String)] {
        var attributes: [(name: String, value: String)] = []
        var property = node.pointee.properties
        while let attribute = property {
            if let rawName = attribute.pointee.name {
                var value = ""
                var valueNode = attribute.pointee.children
                while let text = valueNode {
                    if let content = text.pointee.content { value += String(cString: content) }
                    valueNode = text.pointee.next
                }
                attributes.append((String(cString: rawName).lowercased(), value))
            }
            property = attribute.pointee.next
        }
        return attributes
    }
}
