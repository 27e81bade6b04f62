/// The Snowball German stemmer (Snowball 3.x, with umlaut transliteration and the `-erin`, `-et`,
/// `-ln` and `-system` rules), written from the algorithm description at snowballstem.org.
///
/// The word is prepared (u/y between vowels marked, `ß` → `ss`, `ae`/`oe`/`ue` → umlauts), the
/// regions R1 (at least three letters in) and R2 are found, three suffix steps run, and finally the
/// marks and umlauts are removed.
public struct GermanStemmer: Stemmer {
    public init() {}

    private static let step1Suffixes: [StaticString] = [
        "em", "ern", "er", "erin", "erinnen", "e", "en", "es", "s", "ln", "lns",
    ]
    private static let step2Suffixes: [StaticString] = ["en", "er", "est", "st", "et"]
    private static let step3Suffixes: [StaticString] = ["end", "ung", "ig", "ik", "isch", "lich", "heit", "keit"]
    private static let etExceptions: [StaticString] = ["geordn", "intern", "plan", "tick", "tr"]

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
        SnowballWord.with(word) { w in
            Self.prelude(&w)
            let (p1, p2) = Self.regions(w)
            Self.step1(&w, p1: p1)
            Self.step2(&w, p1: p1)
            Self.step3(&w, p1: p1, p2: p2)
            for i in 0..<w.count {
                switch w[i] {
                case "U": w[i] = "u"
                case "Y": w[i] = "y"
                case "ä": w[i] = "a"
                case "ö": w[i] = "o"
                case "ü": w[i] = "u"
                default: break
                }
            }
            return w.string()
        }
    }

    /// Marks u and y between vowels, then maps `ß` → `ss` and `ae`, `oe`, `ue` (not after `q`) to umlauts.
    static func prelude(_ w: inout SnowballWord) {
        var i = 0
        while i + 2 < w.count {
            if isVowel(w[i]) && isVowel(w[i + 2]) {
                if w[i + 1] == "u" { w[i + 1] = "U" } else if w[i + 1] == "y" { w[i + 1] = "Y" }
            }
            i += 1
        }
        i = 0
        while i < w.count {
            let c = w[i]
            let next: Unicode.Scalar? = i + 1 < w.count ? w[i + 1] : nil
            if c == "ß" {
                w.expand(at: i, to: "s", "s")
                i += 2
            } else if next == "e" && (c == "a" || c == "o" || c == "u") {
                w[i] = c == "a" ? "ä" : c == "o" ? "ö" : "ü"
                w.remove(at: i + 1)
                i += 1
            } else if c == "q" && next == "u" {
                i += 2
            } else {
                i += 1
            }
        }
    }

    /// R1 (moved to at least 3) and R2 start indices.
    ///
    /// R2 is searched from where R1 was found, before R1 is moved to at least three letters in.
    static func regions(_ w: SnowballWord) -> (Int, Int) {
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

    static func step1(_ w: inout SnowballWord, p1: Int) {
        guard let match = w.longestSuffix(among: step1Suffixes) else { return }
        let start = w.count - step1Suffixes[match].utf8CodeUnitCount
        guard start >= p1 else { return }
        switch match {
        case 0:  // em, not after syst
            if w.hasSuffix("syst", end: start) { return }
            w.truncate(to: start)
        case 1, 2, 3, 4:  // ern er erin erinnen
            w.truncate(to: start)
        case 5, 6, 7:  // e en es
            w.truncate(to: start)
            if w.hasSuffix("niss") { w.removeLast() }
        case 8:  // s after a valid s-ending
            guard start > 0, isSEnding(w[start - 1]) else { return }
            w.truncate(to: start)
        default:  // ln lns → l
            w.truncate(to: start)
            w.append("l")
        }
    }

    static func step2(_ w: inout SnowballWord, p1: Int) {
        guard let match = w.longestSuffix(among: step2Suffixes) else { return }
        let start = w.count - step2Suffixes[match].utf8CodeUnitCount
        guard start >= p1 else { return }
        switch match {
        case 0, 1, 2:
            w.truncate(to: start)
        case 3:  // st after a valid st-ending itself after at least 3 letters
            guard start >= 4, isSEnding(w[start - 1]), w[start - 1] != "r" else { return }
            w.truncate(to: start)
        default:  // et after a valid et-ending, not after an excepted stem
            guard start > 0, isETEnding(w[start - 1]) else { return }
            for exception in etExceptions where w.hasSuffix(exception, end: start) { return }
            w.truncate(to: start)
        }
    }

    static func step3(_ w: inout SnowballWord, p1: Int, p2: Int) {
        guard let match = w.longestSuffix(among: step3Suffixes) else { return }
        let start = w.count - step3Suffixes[match].utf8CodeUnitCount
        guard start >= p2 else { return }
        if match >= 2 && match <= 4 {  // ig ik isch, not after e
            if start > 0 && w[start - 1] == "e" { return }
            w.truncate(to: start)
            return
        }
        w.truncate(to: start)
        switch match {
        case 0, 1:  // end ung, then ig not after e, in R2
            if w.hasSuffix("ig"), start - 2 >= p2, !(start >= 3 && w[start - 3] == "e") { w.truncate(to: start - 2) }
        case 5, 6:  // lich heit, then er/en in R1
            if start - 2 >= p1, w.hasSuffix("er") || w.hasSuffix("en") { w.truncate(to: start - 2) }
        default:  // keit, then lich/ig in R2
            if w.hasSuffix("lich") {
                if start - 4 >= p2 { w.truncate(to: start - 4) }
            } else if w.hasSuffix("ig") {
                if start - 2 >= p2 { w.truncate(to: start - 2) }
            }
        }
    }
}
