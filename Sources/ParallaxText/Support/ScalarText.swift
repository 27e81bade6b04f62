/// A string laid out as Unicode scalars with each scalar's string index and UTF-16 offset, so that
/// scanners can look ahead and behind freely and still hand out exact substrings and offsets.
struct ScalarText {
    /// The text's scalars.
    let scalars: [Unicode.Scalar]
    /// `indices[i]` is the string index of `scalars[i]`; `indices[count]` is `endIndex`.
    let indices: [String.Index]
    /// `utf16[i]` is the UTF-16 offset of `scalars[i]`; `utf16[count]` is the UTF-16 length.
    let utf16: [Int]
    /// The text itself.
    let text: String

    init(_ text: String) {
        self.text = text
        let view = text.unicodeScalars
        var scalars: [Unicode.Scalar] = []
        var indices: [String.Index] = []
        var utf16: [Int] = []
        let capacity = text.utf8.count + 1
        scalars.reserveCapacity(capacity)
        indices.reserveCapacity(capacity)
        utf16.reserveCapacity(capacity)
        var offset = 0
        var index = view.startIndex
        while index < view.endIndex {
            let scalar = view[index]
            scalars.append(scalar)
            indices.append(index)
            utf16.append(offset)
            offset += scalar.value > 0xFFFF ? 2 : 1
            index = view.index(after: index)
        }
        indices.append(view.endIndex)
        utf16.append(offset)
        self.scalars = scalars
        self.indices = indices
        self.utf16 = utf16
    }

    /// Number of scalars.
    var count: Int { scalars.count }

    /// The scalar at `i`, or `nil` outside the text.
    @inline(__always)
    subscript(safe i: Int) -> Unicode.Scalar? { i >= 0 && i < scalars.count ? scalars[i] : nil }

    /// The text of scalars `range`.
    func string(_ range: Range<Int>) -> String { String(text.unicodeScalars[indices[range.lowerBound]..<indices[range.upperBound]]) }
}
