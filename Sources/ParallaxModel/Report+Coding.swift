public import Foundation

extension Report {
    /// A JSON encoder that writes the contract's shape: sorted keys for stable diffs, pretty-printed,
    /// slashes left unescaped.
    public static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Encodes the report as JSON text, ending in a newline.
    public func jsonText() throws -> String {
        let data = try Report.encoder.encode(self)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
