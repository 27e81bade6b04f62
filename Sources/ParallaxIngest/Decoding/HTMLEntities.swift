/// Decodes HTML character references: numeric (`&#228;`, `&#xE4;`) and the named ones news text uses.
package enum HTMLEntities {
    /// Named references and their characters (HTML standard names; the five XML ones first).
    package static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "shy": "\u{AD}",
        "ndash": "–", "mdash": "—", "hellip": "…", "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›",
        "bdquo": "„", "ldquo": "“", "rdquo": "”", "sbquo": "‚", "lsquo": "‘", "rsquo": "’", "prime": "′",
        "auml": "ä", "ouml": "ö", "uuml": "ü", "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü", "szlig": "ß",
        "eacute": "é", "egrave": "è", "ecirc": "ê", "aacute": "á", "agrave": "à", "acirc": "â", "ccedil": "ç",
        "iacute": "í", "oacute": "ó", "uacute": "ú", "ntilde": "ñ", "Eacute": "É", "oslash": "ø", "aring": "å",
        "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "copy": "©", "reg": "®", "trade": "™", "deg": "°",
        "middot": "·", "bull": "•", "times": "×", "divide": "÷", "plusmn": "±", "sect": "§", "para": "¶",
        "frac12": "½", "frac14": "¼", "frac34": "¾", "sup2": "²", "sup3": "³", "micro": "µ", "minus": "−",
        "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}", "zwnj": "\u{200C}", "zwj": "\u{200D}",
        "lrm": "\u{200E}", "rlm": "\u{200F}", "iexcl": "¡", "iquest": "¿", "dagger": "†", "rarr": "→", "larr": "←",
    ]

    private static let xmlNames: Set<String> = ["amp", "lt", "gt", "quot", "apos"]

    /// `text` with every known reference replaced by its character; unknown ones are kept as written.
    /// - Complexity: O(n); returns `text` unchanged when it holds no `&`.
    package static func decode(_ text: String) -> String {
        replace(in: text, decodeNumeric: true) { name in named[name] }
    }

    /// `text` with the named references XML does not define replaced, so an XML parser accepts it.
    package static func replacingNonXMLNames(in text: String) -> String {
        replace(in: text, decodeNumeric: false) { name in
            if xmlNames.contains(name) || name.hasPrefix("#") { return nil }
            // An unknown name would break the XML parse: write its ampersand as &amp;.
            return named[name] ?? "&amp;\(name);"
        }
    }

    private static func replace(in text: String, decodeNumeric: Bool, _ lookup: (String) -> String?) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var rest = text[...]
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            let candidate = rest[afterAmpersand...].prefix(12)
            if let semicolon = candidate.firstIndex(of: ";") {
                let name = String(rest[afterAmpersand..<semicolon])
                if let replacement = lookup(name) ?? numeric(name, decode: decodeNumeric) {
                    result += replacement
                    rest = rest[rest.index(after: semicolon)...]
                    continue
                }
            }
            result += "&"
            rest = rest[afterAmpersand...]
        }
        result += rest
        return result
    }

    private static func numeric(_ name: String, decode: Bool) -> String? {
        guard decode, name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value: UInt32?
        if digits.first == "x" || digits.first == "X" {
            value = UInt32(digits.dropFirst(), radix: 16)
        } else {
            value = UInt32(digits)
        }
        guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
        return String(Character(scalar))
    }
}
