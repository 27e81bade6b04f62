/// Finds the character encoding of page bytes and turns them into bytes libxml2 can read.
///
/// Order: a byte order mark, then a `<meta charset>` or `http-equiv` declaration within the first
/// 4 KiB, else UTF-8. UTF-8 input with invalid bytes (and pages declaring Latin-1 or Windows-1252)
/// is transcoded here, each invalid byte read as Windows-1252; other declared charsets are handed to
/// libxml2 (iconv) by name.
package enum HTMLCharsetDetector {
    /// Bytes to parse and the charset name to parse them with.
    package struct Prepared {
        package var bytes: [UInt8]
        package var encoding: String
    }

    /// `data` ready for the parser.
    /// - Complexity: O(n).
    package static func prepare(_ data: some Collection<UInt8>) -> Prepared {
        var prepared = detect(Array(data))
        // libxml2 stops at a NUL byte; in ASCII-compatible encodings it is never text.
        if !prepared.encoding.hasPrefix("UTF-16"), prepared.bytes.contains(0) {
            for index in prepared.bytes.indices where prepared.bytes[index] == 0 { prepared.bytes[index] = 0x20 }
        }
        return prepared
    }

    /// Encoding detection and transcoding, before NUL bytes are cleared.
    private static func detect(_ bytes: [UInt8]) -> Prepared {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return utf8(Array(bytes.dropFirst(3))) }
        if bytes.starts(with: [0xFF, 0xFE]) { return Prepared(bytes: Array(bytes.dropFirst(2)), encoding: "UTF-16LE") }
        if bytes.starts(with: [0xFE, 0xFF]) { return Prepared(bytes: Array(bytes.dropFirst(2)), encoding: "UTF-16BE") }
        let declared = declaredCharset(bytes)?.lowercased() ?? "utf-8"
        switch declared {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be":
            // A UTF-16 declaration inside ASCII-compatible bytes is wrong by construction.
            return utf8(bytes)
        case "iso-8859-1", "latin1", "latin-1", "l1", "iso8859-1", "iso_8859-1", "windows-1252", "cp1252",
            "x-cp1252", "us-ascii", "ascii", "ansi_x3.4-1968":
            return Prepared(bytes: transcodeWindows1252(bytes, keepValidUTF8: false), encoding: "UTF-8")
        default:
            return Prepared(bytes: bytes, encoding: declared)
        }
    }

    /// UTF-8 bytes, invalid sequences replaced by their Windows-1252 reading.
    private static func utf8(_ bytes: [UInt8]) -> Prepared {
        if isValidUTF8(bytes) { return Prepared(bytes: bytes, encoding: "UTF-8") }
        return Prepared(bytes: transcodeWindows1252(bytes, keepValidUTF8: true), encoding: "UTF-8")
    }

    /// Whether `bytes` are well-formed UTF-8.
    /// - Complexity: O(n), with an ASCII fast path.
    package static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            let length = validSequenceLength(bytes, at: index)
            guard length > 0 else { return false }
            index += length
        }
        return true
    }

    /// The charset a `<meta>` tag in the first 4 KiB declares, if any.
    /// - Complexity: O(1): at most 4 KiB are scanned.
    package static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let window = bytes.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let key = Array("charset".utf8)
        var index = 0
        while index + key.count < window.count {
            if window[index] == UInt8(ascii: "c"), window[index..<index + key.count].elementsEqual(key),
                isInsideMeta(window, at: index)
            {
                var cursor = index + key.count
                while cursor < window.count, window[cursor] == UInt8(ascii: " ") { cursor += 1 }
                if cursor < window.count, window[cursor] == UInt8(ascii: "=") {
                    cursor += 1
                    while cursor < window.count, [UInt8(ascii: " "), UInt8(ascii: "\""), UInt8(ascii: "'")].contains(window[cursor]) {
                        cursor += 1
                    }
                    let start = cursor
                    while cursor < window.count, isCharsetByte(window[cursor]) { cursor += 1 }
                    if cursor > start { return String(decoding: window[start..<cursor], as: UTF8.self) }
                }
            }
            index += 1
        }
        return nil
    }

    /// Whether position `index` lies inside a `<meta …>` tag.
    private static func isInsideMeta(_ window: [UInt8], at index: Int) -> Bool {
        var cursor = index
        while cursor > 0, cursor > index - 512 {
            cursor -= 1
            if window[cursor] == UInt8(ascii: ">") { return false }
            if window[cursor] == UInt8(ascii: "<") {
                return window[cursor...].starts(with: Array("<meta".utf8))
            }
        }
        return false
    }

    private static func isCharsetByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F
            || byte == 0x2E || byte == 0x3A
    }

    /// `bytes` as UTF-8, each byte that is not part of valid UTF-8 (or every byte above 0x7F when
    /// `keepValidUTF8` is false) read as Windows-1252.
    /// - Complexity: O(n).
    package static func transcodeWindows1252(_ bytes: [UInt8], keepValidUTF8: Bool) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                output.append(byte)
                index += 1
                continue
            }
            if keepValidUTF8 {
                let length = validSequenceLength(bytes, at: index)
                if length > 0 {
                    output.append(contentsOf: bytes[index..<index + length])
                    index += length
                    continue
                }
            }
            let scalar = windows1252Scalar(byte)
            output.append(contentsOf: Array(String(Character(scalar)).utf8))
            index += 1
        }
        return output
    }

    /// Length of the valid UTF-8 sequence starting at `index`, or 0.
    private static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return 0 }
        if lead == 0xE0, bytes[index + 1] < 0xA0 { return 0 }
        if lead == 0xED, bytes[index + 1] > 0x9F { return 0 }
        if lead == 0xF0, bytes[index + 1] < 0x90 { return 0 }
        if lead == 0xF4, bytes[index + 1] > 0x8F { return 0 }
        return length
    }

    /// The character Windows-1252 assigns to `byte` (≥ 0x80).
    private static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        let table: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
            0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
            0x0153, 0x9D, 0x017E, 0x0178,
        ]
        let value = byte < 0xA0 ? table[Int(byte - 0x80)] : UInt32(byte)
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
