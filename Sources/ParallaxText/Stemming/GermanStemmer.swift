/// The Snowball German stemmer (Snowball 3.x, with umlaut transliteration and the `-erin`, `-et`,
/// `-ln` and `-system` rules), written from the algorithm description at snowballstem.org.
///
/// The word is prepared (u/y between vowels marked, `ß` → `ss`, `ae`/`oe`/`ue` → umlauts), the
/// regions R1 (at least three letters in) and R2 are found, three suffix steps run, and finally the
/// marks and umlauts are removed.
public struct GermanStemmer: Stemmer {
    public init() {}

    private static let literalEn: [Unicode.Scalar] = scalars("en")
    private static let literalEr: [Unicode.Scalar] = scalars("er")
    private static let literalIg: [Unicode.Scalar] = scalars("ig")
    private static let literalLich: [Unicode.Scalar] = scalars("lich")
    private static let literalNiss: [Unicode.Scalar] = scalars("niss")
    private static let literalSyst: [Unicode.Scalar] = scalars("syst")

    private static let upperU: Unicode.Scalar = "U"
    private static let upperY: Unicode.Scalar = "Y"

    private static let step1Suffixes: [[Unicode.Scalar]] = [
        "em", "ern", "er", "erin", "erinnen", "e", "en", "es", "s", "ln", "lns",
    ].map(scalars)
    private static let step2Suffixes: [[Unicode.Scalar]] = ["en", "er", "est", "st", "et"].map(scalars)
    private static let step3Suffixes: [[Unicode.Scalar]] = [
        "end", "ung", "ig", "ik", "isch", "lich", "heit", "keit",
    ].map(scalars)
    private static let etExceptions: [[Unicode.Scalar]] = ["geordn", "intern", "plan", "tick", "tr"].map(scalars)

    static func isVowel(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "a", "e", "i", "o", "u", "y", "ä", "ö", "ü": return true
        default: return false
        }
    }

    static func isSEnding(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "b", "d", "f", "g", "h", "k", "l", "m", "n", "r", "t": return true
        default: return false
        }
    }

    static func isETEnding(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "d", "f", "g", "k", "l", "m", "n", "r", "s", "t", "U", "z", "ä": return true
        default: return false
        }
    }

    public func stem(_ word: String) -> String {
        var w = Self.prelude(SnowballText.scalars(of: word))
        let (p1, p2) = Self.regions(w)
        Self.step1(&w, p1: p1)
        Self.step2(&w, p1: p1)
        Self.step3(&w, p1: p1, p2: p2)
        for i in w.indices {
            switch w[i] {
            case "U": w[i] = "u"
            case "Y": w[i] = "y"
            case "ä": w[i] = "a"
            case "ö": w[i] = "o"
            case "ü": w[i] = "u"
            default: break
            }
        }
        return SnowballText.string(w)
    }

    /// Marks u and y between vowels, then maps `ß`, `ae`, `oe` and `ue` (not after `q`).
    static func prelude(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var w = input
        var i = 0
        while i + 2 < w.count {
            if isVowel(w[i]) && isVowel(w[i + 2]) {
                if w[i + 1] == "u" { w[i + 1] = upperU } else if w[i + 1] == "y" { w[i + 1] = upperY }
            }
            i += 1
        }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(w.count + 2)
        i = 0
        while i < w.count {
            let c = w[i]
            let next: Unicode.Scalar? = i + 1 < w.count ? w[i + 1] : nil
            if c == "ß" {
                out.append("s"); out.append("s"); i += 1
            } else if next == "e" && (c == "a" || c == "o" || c == "u") {
                out.append(c == "a" ? "ä" : c == "o" ? "ö" : "ü"); i += 2
            } else if c == "q" && next == "u" {
                out.append(c); out.append("u"); i += 2
            } else {
                out.append(c); i += 1
            }
        }
        return out
    }

    /// R1 (moved to at least 3) and R2 start indices.
    ///
    /// R2 is searched from where R1 was found, before R1 is moved to at least three letters in.
    static func regions(_ w: [Unicode.Scalar]) -> (Int, Int) {
        let n = w.count
        guard n >= 3 else { return (n, n) }
        func afterVowelConsonant(from start: Int) -> Int? {
            var i = start
            while i < n && !isVowel(w[i]) { i += 1 }
            guard i < n else { return nil }
            while i < n && isVowel(w[i]) { i += 1 }
            guard i < n else { return nil }
            return i + 1
        }
        guard let cursor = afterVowelConsonant(from: 0) else { return (n, n) }
        let p2 = afterVowelConsonant(from: cursor) ?? n
        return (max(cursor, 3), p2)
    }

    static func step1(_ w: inout [Unicode.Scalar], p1: Int) {
        let end = w.count
        guard let match = SnowballText.longestSuffix(w, end: end, among: step1Suffixes) else { return }
        let start = end - step1Suffixes[match].count
        guard start >= p1 else { return }
        switch match {
        case 0:  // em, not after syst
            if SnowballText.hasSuffix(w, Self.literalSyst, end: start) { return }
            w.removeSubrange(start...)
        case 1, 2, 3, 4:  // ern er erin erinnen
            w.removeSubrange(start...)
        case 5, 6, 7:  // e en es
            w.removeSubrange(start...)
            if SnowballText.hasSuffix(w, Self.literalNiss, end: w.count) { w.removeLast() }
        case 8:  // s after a valid s-ending
            guard start > 0, isSEnding(w[start - 1]) else { return }
            w.removeSubrange(start...)
        default:  // ln lns → l
            w.removeSubrange(start...)
            w.append("l")
        }
    }

    static func step2(_ w: inout [Unicode.Scalar], p1: Int) {
        let end = w.count
        guard let match = SnowballText.longestSuffix(w, end: end, among: step2Suffixes) else { return }
        let start = end - step2Suffixes[match].count
        guard start >= p1 else { return }
        switch match {
        case 0, 1, 2:
            w.removeSubrange(start...)
        case 3:  // st after a valid st-ending itself after at least 3 letters
            guard start >= 4, isSEnding(w[start - 1]), w[start - 1] != "r" else { return }
            w.removeSubrange(start...)
        default:  // et after a valid et-ending, not after an excepted stem
            guard start > 0, isETEnding(w[start - 1]) else { return }
            for exception in etExceptions where SnowballText.hasSuffix(w, exception, end: start) { return }
            w.removeSubrange(start...)
        }
    }

    static func step3(_ w: inout [Unicode.Scalar], p1: Int, p2: Int) {
        let end = w.count
        guard let match = SnowballText.longestSuffix(w, end: end, among: step3Suffixes) else { return }
        let start = end - step3Suffixes[match].count
        guard start >= p2 else { return }
        switch match {
        case 0, 1:  // end ung, then ig not after e in R2
            w.removeSubrange(start...)
            if SnowballText.hasSuffix(w, Self.literalIg, end: start), start - 2 >= p2,
                !(start >= 3 && w[start - 3] == "e")
            {
                w.removeSubrange((start - 2)...)
            }
        case 2, 3, 4:  // ig ik isch, not after e
            if start > 0 && w[start - 1] == "e" { return }
            w.removeSubrange(start...)
        case 5, 6:  // lich heit, then er/en in R1
            w.removeSubrange(start...)
            if start - 2 >= p1,
                SnowballText.hasSuffix(w, Self.literalEr, end: start) || SnowballText.hasSuffix(w, Self.literalEn, end: start)
            {
                w.removeSubrange((start - 2)...)
            }
        default:  // keit, then lich/ig in R2
            w.removeSubrange(start...)
            if SnowballText.hasSuffix(w, Self.literalLich, end: start) {
                if start - 4 >= p2 { w.removeSubrange((start - 4)...) }
            } else if SnowballText.hasSuffix(w, Self.literalIg, end: start) {
                if start - 2 >= p2 { w.removeSubrange((start - 2)...) }
            }
        }
    }
}
