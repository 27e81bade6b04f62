public import Foundation

/// Validates JSON values against the subset of JSON Schema (draft 2020-12) that the report schema uses:
/// `type`, `const`, `enum`, `properties`, `required`, `items`, `$ref` to `#/$defs/…`, `oneOf`, `minimum`,
/// `maximum`, `minItems`, `maxItems` and `pattern`.
///
/// Unknown keywords are ignored, so a schema using more than this subset validates less, never wrongly.
public struct JSONSchemaValidator: Sendable {
    /// One place where the document breaks the schema.
    public struct Violation: Sendable, Equatable, CustomStringConvertible {
        /// JSON Pointer of the offending value, e.g. `/articles/0/language`.
        public var path: String
        public var message: String
        public var description: String { "\(path.isEmpty ? "/" : path): \(message)" }
    }

    // Parsed JSON from JSONSerialization is immutable Foundation values; the validator only reads them.
    private nonisolated(unsafe) let schema: [String: Any]

    /// Creates a validator from the schema's JSON text.
    public init(schemaData: Data) throws {
        guard let object = try JSONSerialization.jsonObject(with: schemaData) as? [String: Any] else {
            throw CocoaError(.propertyListReadCorrupt)
        }
        self.schema = object
    }

    /// The violations of `document` (JSON text); empty when it conforms.
    public func violations(of document: Data) throws -> [Violation] {
        let value = try JSONSerialization.jsonObject(with: document, options: [.fragmentsAllowed])
        var found: [Violation] = []
        check(value, against: schema, path: "", into: &found)
        return found
    }

    private func resolve(_ node: [String: Any]) -> [String: Any] {
        guard let reference = node["$ref"] as? String, reference.hasPrefix("#/") else { return node }
        var current: Any = schema
        for part in reference.dropFirst(2).split(separator: "/") {
            guard let dictionary = current as? [String: Any], let next = dictionary[String(part)] else { return node }
            current = next
        }
        return current as? [String: Any] ?? node
    }

    private func check(_ value: Any, against rawNode: [String: Any], path: String, into found: inout [Violation]) {
        let node = resolve(rawNode)
        if let types = node["type"] {
            let allowed = (types as? [String]) ?? [(types as? String) ?? ""]
            if !allowed.contains(where: { Self.matches(value, type: $0) }) {
                found.append(Violation(path: path, message: "expected \(allowed.joined(separator: " or ")), found \(Self.typeName(of: value))"))
                return
            }
        }
        if let constant = node["const"], !Self.equal(value, constant) {
            found.append(Violation(path: path, message: "expected the constant \(constant)"))
        }
        if let options = node["enum"] as? [Any], !options.contains(where: { Self.equal(value, $0) }) {
            found.append(Violation(path: path, message: "\(value) is not one of \(options)"))
        }
        if let alternatives = node["oneOf"] as? [[String: Any]] {
            let passing = alternatives.filter { alternative in
                var scratch: [Violation] = []
                check(value, against: alternative, path: path, into: &scratch)
                return scratch.isEmpty
            }
            if passing.count != 1 {
                found.append(Violation(path: path, message: "matches \(passing.count) of the oneOf alternatives, not exactly one"))
            }
        }
        if let number = value as? NSNumber, !Self.isBoolean(value) {
            if let minimum = node["minimum"] as? Double, number.doubleValue < minimum {
                found.append(Violation(path: path, message: "\(number) is below the minimum \(minimum)"))
            }
            if let maximum = node["maximum"] as? Double, number.doubleValue > maximum {
                found.append(Violation(path: path, message: "\(number) is above the maximum \(maximum)"))
            }
        }
        if let text = value as? String, let pattern = node["pattern"] as? String,
            text.range(of: pattern, options: .regularExpression) == nil
        {
            found.append(Violation(path: path, message: "\"\(text)\" does not match \(pattern)"))
        }
        if let object = value as? [String: Any] {
            for key in node["required"] as? [String] ?? [] where object[key] == nil {
                found.append(Violation(path: path, message: "missing required field \"\(key)\""))
            }
            for (key, child) in node["properties"] as? [String: [String: Any]] ?? [:] {
                if let member = object[key] { check(member, against: child, path: path + "/" + key, into: &found) }
            }
        }
        if let array = value as? [Any] {
            if let minimum = node["minItems"] as? Int, array.count < minimum {
                found.append(Violation(path: path, message: "has \(array.count) items, fewer than \(minimum)"))
            }
            if let maximum = node["maxItems"] as? Int, array.count > maximum {
                found.append(Violation(path: path, message: "has \(array.count) items, more than \(maximum)"))
            }
            if let items = node["items"] as? [String: Any] {
                for (index, element) in array.enumerated() {
                    check(element, against: items, path: path + "/\(index)", into: &found)
                }
            }
        }
    }

    private static func isBoolean(_ value: Any) -> Bool {
        // JSONSerialization gives booleans as a boolean NSNumber subclass, whose type encoding is "c".
        guard let number = value as? NSNumber else { return false }
        return String(cString: number.objCType) == "c"
    }

    private static func matches(_ value: Any, type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "boolean": return isBoolean(value)
        case "number": return value is NSNumber && !isBoolean(value)
        case "integer":
            guard let number = value as? NSNumber, !isBoolean(value) else { return false }
            return number.doubleValue.rounded() == number.doubleValue
        case "string": return value is String
        case "array": return value is [Any]
        case "object": return value is [String: Any]
        default: return false
        }
    }

    private static func typeName(of value: Any) -> String {
        for type in ["null", "boolean", "integer", "number", "string", "array", "object"] where matches(value, type: type) {
            return type
        }
        return "unknown"
    }

    private static func equal(_ lhs: Any, _ rhs: Any) -> Bool {
        switch (lhs, rhs) {
        case (let left as String, let right as String): return left == right
        case (let left as NSNumber, let right as NSNumber): return left == right
        case (is NSNull, is NSNull): return true
        default: return false
        }
    }
}
