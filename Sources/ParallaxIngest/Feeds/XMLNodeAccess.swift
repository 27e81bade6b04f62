package import CLibXML2
// libxml2 allocates returned strings with the C allocator (its default `xmlFree` is `free`, which
// Parallax never replaces); calling `free` directly avoids touching the mutable global `xmlFree`.
import Glibc

/// Safe accessors over libxml2 nodes: local names, children, text content and attributes.
///
/// All pointers stay inside these functions; callers get Swift strings and arrays.
package enum XMLNodeAccess {
    /// The local name of `node` (without namespace prefix), lower-cased; empty for non-elements.
    package static func name(_ node: xmlNodePtr) -> String {
        guard node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    /// The element children of `node`, in order.
    package static func elements(of node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(current) }
            child = current.pointee.next
        }
        return result
    }

    /// The first element child of `node` named `name` (local name, case-insensitive).
    package static func child(_ node: xmlNodePtr, named name: String) -> xmlNodePtr? {
        elements(of: node).first { self.name($0) == name }
    }

    /// The element children of `node` named `name`.
    package static func children(_ node: xmlNodePtr, named name: String) -> [xmlNodePtr] {
        elements(of: node).filter { self.name($0) == name }
    }

    /// All text below `node`, as libxml2 gives it (entities resolved).
    package static func text(_ node: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { free(content) }
        return String(cString: content)
    }

    /// The attribute `name` of `node`, if present.
    package static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { free(value) }
        return String(cString: value)
    }

    /// The language `xml:lang` declares for `node` or its ancestors.
    package static func language(_ node: xmlNodePtr) -> String? {
        guard let value = xmlNodeGetLang(node) else { return nil }
        defer { free(value) }
        let language = String(cString: value).trimmingWhitespace()
        return language.isEmpty ? nil : language
    }
}
