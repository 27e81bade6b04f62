/// A word being stemmed: its scalars in a temporary buffer, with a length that steps shorten.
///
/// The Snowball stemmers work on one `SnowballWord` inside ``with(_:_:)``, which lays the word out
/// in stack-allocated storage so that stemming allocates nothing but the resulting `String`.
struct SnowballWord {
    /// Room for the word; twice its length, so that `ß` → `ss` always fits.
    private let buffer: UnsafeMutableBufferPointer<Unicode.Scalar>
    /// Number of scalars in the word.
    private(set) var count: Int

    private init(buffer: UnsafeMutableBufferPointer<Unicode.Scalar>, count: Int) {
        self.buffer = buffer
        self.count = count
    }

    /// Runs `body` on the lower-cased scalars of `word`.
    static func with<R>(_ word: String, _ body: (inout SnowballWord) -> R) -> R {
        var needsLowercasing = false
        var scalarCount = 0
        for scalar in word.unicodeScalars {
            scalarCount += 1
            if ScalarClass.isUppercase(scalar) { needsLowercasing = true }
        }
        let source = needsLowercasing ? word.lowercased() : word
        if needsLowercasing { scalarCount = source.unicodeScalars.count }
        return withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: scalarCount * 2 + 4) { buffer in
            var i = 0
            for scalar in source.unicodeScalars {
                buffer[i] = scalar
                i += 1
            }
            var w = SnowballWord(buffer: buffer, count: i)
            return body(&w)
        }
    }

    @inline(__always)
    subscript(i: Int) -> Unicode.Scalar {
        get { buffer[i] }
        nonmutating set { buffer[i] = newValue }
    }

    /// The last scalar, if any.
    var last: Unicode.Scalar? { count > 0 ? buffer[count - 1] : nil }

    /// Whether the first `end` scalars end with the ASCII `suffix`.
    @inline(__always)
    func hasSuffix(_ suffix: StaticString, end: Int) -> Bool {
        let length = suffix.utf8CodeUnitCount
        guard length <= end else { return false }
        let bytes = suffix.utf8Start
        var i = end - length
        for k in 0..<length {
            if buffer[i].value != UInt32(bytes[k]) { return false }
            i += 1
        }
        return true
    }

    /// Whether the whole word ends with the ASCII `suffix`.
    @inline(__always)
    func hasSuffix(_ suffix: StaticString) -> Bool { hasSuffix(suffix, end: count) }

    /// Whether the word starts with the ASCII `prefix`.
    func hasPrefix(_ prefix: StaticString) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard length <= count else { return false }
        for k in 0..<length where buffer[k].value != UInt32(prefix.utf8Start[k]) { return false }
        return true
    }

    /// Whether the word is exactly the ASCII `text` up to `end`.
    func equals(_ text: StaticString, end: Int) -> Bool { text.utf8CodeUnitCount == end && hasSuffix(text, end: end) }

    /// The index in `suffixes` of the longest one the word ends with, if any.
    func longestSuffix(among suffixes: [StaticString]) -> Int? {
        var best: Int?
        var bestLength = 0
        for index in suffixes.indices {
            let suffix = suffixes[index]
            if suffix.utf8CodeUnitCount > bestLength && hasSuffix(suffix, end: count) {
                best = index
                bestLength = suffix.utf8CodeUnitCount
            }
        }
        return best
    }

    /// Whether any of the first `end` scalars satisfies `predicate`.
    func contains(upTo end: Int, where predicate: (Unicode.Scalar) -> Bool) -> Bool {
        for i in 0..<end where predicate(buffer[i]) { return true }
        return false
    }

    /// Cuts the word to its first `length` scalars.
    @inline(__always)
    mutating func truncate(to length: Int) { count = min(count, length) }

    /// Removes the last `n` scalars.
    @inline(__always)
    mutating func removeLast(_ n: Int = 1) { count -= n }

    /// Appends the ASCII `text` (steps only append after removing at least as much).
    mutating func append(_ text: StaticString) {
        for k in 0..<text.utf8CodeUnitCount {
            buffer[count] = Unicode.Scalar(text.utf8Start[k])
            count += 1
        }
    }

    /// Replaces the scalar at `index` with two, shifting the rest right (room is reserved for this).
    mutating func expand(at index: Int, to first: Unicode.Scalar, _ second: Unicode.Scalar) {
        var i = count
        while i > index + 1 {
            buffer[i] = buffer[i - 1]
            i -= 1
        }
        buffer[index] = first
        buffer[index + 1] = second
        count += 1
    }

    /// Removes the scalar at `index`, shifting the rest left.
    mutating func remove(at index: Int) {
        for i in index..<(count - 1) { buffer[i] = buffer[i + 1] }
        count -= 1
    }

    /// The word as a `String`.
    func string() -> String {
        var ascii = true
        for i in 0..<count where !buffer[i].isASCII {
            ascii = false
            break
        }
        if ascii {
            return String(unsafeUninitializedCapacity: count) { bytes in
                for i in 0..<count { bytes[i] = UInt8(truncatingIfNeeded: buffer[i].value) }
                return count
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: buffer[0..<count])
        return String(view)
    }
}

/// A `SnowballWord` points into temporary storage and must not leave the closure it was made for.
@available(*, unavailable)
extension SnowballWord: Sendable {}
