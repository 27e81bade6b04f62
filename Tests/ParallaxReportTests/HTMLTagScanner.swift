/// A deliberately small scanner of the tags in an HTML text, enough to check what the report writer
/// produced: which elements and attributes occur, and whether any `<` starts something that is not a tag
/// the writer means to write.
///
/// It follows the HTML tokenizer where it matters for injection: a tag starts at `<` followed by a letter,
/// `/` or `!`; attribute values are quoted with `"` or `'` or unquoted up to white space or `>`; the text of
/// `<style>` is raw and ends only at `</style`.
struct HTMLTagScanner {
    /// One start or end tag, or a `<!…>` declaration.
    struct Tag: Equatable {
        var name: String
        var isEnd: Bool
        /// Attribute names in order, lower-cased, with their values as written (entities not decoded).
        var attributes: [(name: String, value: String)]

        static func == (lhs: Tag, rhs: Tag) -> Bool {
            lhs.name == rhs.name && lhs.isEnd == rhs.isEnd
                && lhs.attributes.map(\.name) == rhs.attributes.map(\.name)
                && lhs.attributes.map(\.value) == rhs.attributes.map(\.value)
        }
    }

    /// The tags of `html`, in order.
    static func tags(in html: String) -> [Tag] {
        let scalars = Array(html.unicodeScalars)
        var tags: [Tag] = []
        var index = 0
        var rawTextEnd: String?
        while index < scalars.count {
            guard scalars[index] == "<", index + 1 < scalars.count else {
                index += 1
                continue
            }
            let next = scalars[index + 1]
            if let end = rawTextEnd {
                // Inside <style>: only the matching end tag closes it.
                let ahead = String(String.UnicodeScalarView(scalars[(index + 1)...].prefix(end.count + 1)))
                guard ahead.lowercased() == "/" + end else {
                    index += 1
                    continue
                }
                rawTextEnd = nil
            }
            guard next == "/" || next == "!" || next.properties.isAlphabetic else {
                index += 1
                continue
            }
            var tag = Tag(name: "", isEnd: next == "/", attributes: [])
            index += next == "/" ? 2 : 1
            tag.name = readName(scalars, &index, stoppingAt: " \t\n\r\u{0C}/>")
            readAttributes(scalars, &index, into: &tag)
            if !tag.isEnd, tag.name == "style" || tag.name == "script" || tag.name == "title" {
                rawTextEnd = tag.name
            }
            tags.append(tag)
        }
        return tags
    }

    private static func readName(_ scalars: [Unicode.Scalar], _ index: inout Int, stoppingAt stops: String) -> String {
        var name = ""
        while index < scalars.count, !stops.unicodeScalars.contains(scalars[index]) {
            name.unicodeScalars.append(scalars[index])
            index += 1
        }
        return name.lowercased()
    }

    private static func readAttributes(_ scalars: [Unicode.Scalar], _ index: inout Int, into tag: inout Tag) {
        let space = " \t\n\r\u{0C}".unicodeScalars
        while index < scalars.count {
            while index < scalars.count, space.contains(scalars[index]) || scalars[index] == "/" { index += 1 }
            guard index < scalars.count, scalars[index] != ">" else {
                index += 1
                return
            }
            let name = readName(scalars, &index, stoppingAt: " \t\n\r\u{0C}/>=")
            var value = ""
            while index < scalars.count, space.contains(scalars[index]) { index += 1 }
            if index < scalars.count, scalars[index] == "=" {
                index += 1
                while index < scalars.count, space.contains(scalars[index]) { index += 1 }
                if index < scalars.count, scalars[index] == "\"" || scalars[index] == "'" {
                    let quote = scalars[index]
                    index += 1
                    while index < scalars.count, scalars[index] != quote {
                        value.unicodeScalars.append(scalars[index])
                        index += 1
                    }
                    index += 1
                } else {
                    value = readName(scalars, &index, stoppingAt: " \t\n\r\u{0C}>")
                }
            }
            tag.attributes.append((name, value))
        }
    }
}
