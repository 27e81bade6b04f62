package import Foundation

/// Turns the bytes of an input into text: byte-order marks, UTF-16, UTF-8, Windows-1252.
///
/// Order of decisions: a byte-order mark wins (UTF-8, UTF-16 LE, UTF-16 BE); then a Latin-1 family
/// charset declared in the first bytes (`<meta charset>`, `http-equiv` content, `<?xml encoding=…?>`)
/// selects Windows-1252 (a superset of ISO-8859-1, as browsers read it); then valid UTF-8 is read as
/// UTF-8; anything else — invalid UTF-8 — is read as Windows-1252.
package struct TextDecoder: Sendable {
    /// Windows-1252 code points of the bytes 0x80–0x9F (0 where the code page leaves a byte undefined).
    private static let windows1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// Charset names read as Windows-1252.
    private static let latinCharsets: Set<String> = [
        "windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "iso-8859-15",
        "us-ascii", "ascii",
    ]

    package init() {}

    /// Whether `data` starts with a UTF-16 byte-order mark.
    package static func hasUTF16ByteOrderMark(_ data: Data) -> Bool {
        guard data.count >= 2 else { return false }
        let first = data[data.startIndex]
        let second = data[data.startIndex + 1]
        return (first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF)
    }

    /// Whether `data` looks like a binary file: a NUL byte or more than 1 % control bytes in its first 64 KiB.
    package static func looksBinary(_ data: Data) -> Bool {
        let sample = data.prefix(64 * 1024)
        var controls = 0
        for byte in sample {
            if byte == 0 { return true }
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C, byte != 0x1B { controls += 1 }
        }
        return controls * 100 > max(sample.count, 1)
    }

    /// The text of `data`.
    /// - Complexity: O(n) in the size of `data`.
    package func decode(_ data: Data) -> String {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return String(decoding: bytes[3...], as: UTF8.self)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return decodeUTF16(bytes[2...], littleEndian: true) }
        if bytes.starts(with: [0xFE, 0xFF]) { return decodeUTF16(bytes[2...], littleEndian: false) }
        if let declared = Self.declaredCharset(bytes), Self.latinCharsets.contains(declared) {
            return Self.decodeWindows1252(bytes[...])
        }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return Self.decodeWindows1252(bytes[...])
    }

    /// The charset an HTML or XML head declares in its first 2 KiB, lower-cased, if any.
    package static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(2048).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        for key in ["charset=", "encoding="] {
            guard let range = head.range(of: key) else { continue }
            var value = ""
            for character in head[range.upperBound...] {
                if character == "\"" || character == "'", value.isEmpty { continue }
                guard character.isLetter || character.isNumber || character == "-" || character == "_" else { break }
                value.append(character)
            }
            if !value.isEmpty { return value }
        }
        return nil
    }

    /// Windows-1252 text of `bytes`; undefined bytes become U+FFFD.
    package static func decodeWindows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            var value = UInt32(byte)
            if (0x80...0x9F).contains(byte) {
                let mapped = windows1252High[Int(byte - 0x80)]
                value = mapped == 0 ? 0xFFFD : mapped
            }
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    private func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let low = UInt16(bytes[littleEndian ? index : index + 1])
            let high = UInt16(bytes[littleEndian ? index + 1 : index])
            units.append(high << 8 | low)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
