/// The Snowball English ("Porter2") stemmer (Snowball 3.x), written from the algorithm description
/// at snowballstem.org.
///
/// Steps 0–5 remove apostrophe endings, plurals, `-ed`/`-ing`, and derivational suffixes inside the
/// regions R1 and R2; a few exceptional words are mapped directly.
public struct EnglishStemmer: Stemmer {
    public init() {}

    private static let apostropheSuffixes: [[Unicode.Scalar]] = ["'s'", "'s", "'"].map(scalars)
    private static let literalAt: [Unicode.Scalar] = scalars("at")
    private static let literalBl: [Unicode.Scalar] = scalars("bl")
    private static let literalEe: [Unicode.Scalar] = scalars("ee")
    private static let literalIe: [Unicode.Scalar] = scalars("ie")
    private static let literalIed: [Unicode.Scalar] = scalars("ied")
    private static let literalIes: [Unicode.Scalar] = scalars("ies")
    private static let literalIz: [Unicode.Scalar] = scalars("iz")
    private static let literalOgi: [Unicode.Scalar] = scalars("ogi")
    private static let literalPast: [Unicode.Scalar] = scalars("past")
    private static let literalSs: [Unicode.Scalar] = scalars("ss")
    private static let literalSses: [Unicode.Scalar] = scalars("sses")
    private static let literalUs: [Unicode.Scalar] = scalars("us")

    private typealias Scalars = [Unicode.Scalar]

    /// Whole words with a fixed stem (an empty stem means the word stays as it is).
    private static let exceptions: [String: String] = [
        "skies": "sky", "idly": "idl", "gently": "gentl", "ugly": "ugli", "early": "earli", "only": "onli",
        "singly": "singl", "skis": "ski", "sky": "", "news": "", "howe": "", "atlas": "", "cosmos": "", "bias": "", "andes": "",
    ]
    /// Word beginnings after which R1 starts.
    private static let r1Prefixes: [Scalars] = ["gener", "commun", "arsen", "past", "univers", "later", "emerg", "inter", "organ"].map(scalars)

    private static let step1bSuffixes: [Scalars] = ["eed", "eedly", "ed", "edly", "ing", "ingly"].map(scalars)
    private static let ingExceptions: [Scalars] = ["inn", "out", "cann", "herr", "earr", "even"].map(scalars)
    private static let eedExceptions: [Scalars] = ["proc", "exc", "succ"].map(scalars)

    /// Step 2 suffixes and their replacements; `nil` marks a rule with a condition handled in code.
    private static let step2Rules: [(Scalars, Scalars?)] = [
        ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("entli", "ent"),
        ("izer", "ize"), ("ization", "ize"), ("ational", "ate"), ("ation", "ate"), ("ator", "ate"),
        ("alism", "al"), ("aliti", "al"), ("alli", "al"), ("fulness", "ful"), ("ousli", "ous"),
        ("ousness", "ous"), ("iveness", "ive"), ("iviti", "ive"), ("biliti", "ble"), ("bli", "ble"),
        ("ogist", "og"), ("ogi", nil), ("fulli", "ful"), ("lessli", "less"), ("li", nil),
    ].map { (scalars($0.0), $0.1.map(scalars)) }
    private static let step2Suffixes: [Scalars] = step2Rules.map(\.0)

    private static let step3Rules: [(Scalars, Scalars?)] = [
        ("tional", "tion"), ("ational", "ate"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"),
        ("ical", "ic"), ("ful", ""), ("ness", ""), ("ative", nil),
    ].map { (scalars($0.0), $0.1.map(scalars)) }
    private static let step3Suffixes: [Scalars] = step3Rules.map(\.0)

    private static let step4Suffixes: [Scalars] = [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate",
        "iti", "ous", "ive", "ize", "ion",
    ].map(scalars)

    static func isVowel(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "a", "e", "i", "o", "u", "y": return true
        default: return false
        }
    }

    public func stem(_ word: String) -> String {
        var w = SnowballText.scalars(of: word)
        if w.count <= 6, let fixed = Self.exceptions[SnowballText.string(w)] {
            return fixed.isEmpty ? SnowballText.string(w) : fixed
        }
        guard w.count > 2 else { return SnowballText.string(w) }
        if w.first == "'" { w.removeFirst() }
        // Mark consonant y.
        for i in w.indices where w[i] == "y" && (i == 0 || Self.isVowel(w[i - 1])) { w[i] = "Y" }
        let (p1, p2) = Self.regions(w)

        Self.step0(&w)
        Self.step1a(&w)
        Self.step1b(&w, p1: p1)
        Self.step1c(&w)
        Self.step2(&w, p1: p1)
        Self.step3(&w, p1: p1, p2: p2)
        Self.step4(&w, p2: p2)
        Self.step5(&w, p1: p1, p2: p2)
        for i in w.indices where w[i] == "Y" { w[i] = "y" }
        return SnowballText.string(w)
    }

    static func regions(_ w: [Unicode.Scalar]) -> (Int, Int) {
        let n = w.count
        func afterVowelConsonant(from start: Int) -> Int {
            var i = start
            while i < n && !isVowel(w[i]) { i += 1 }
            while i < n && isVowel(w[i]) { i += 1 }
            return i < n ? i + 1 : n
        }
        var p1: Int
        if let prefix = r1Prefixes.first(where: { w.starts(with: $0) }) {
            p1 = prefix.count
        } else {
            p1 = afterVowelConsonant(from: 0)
        }
        p1 = min(p1, n)
        return (p1, afterVowelConsonant(from: p1))
    }

    /// Whether `w[..<end]` ends with a short syllable.
    static func endsWithShortSyllable(_ w: [Unicode.Scalar], end: Int) -> Bool {
        if SnowballText.hasSuffix(w, Self.literalPast, end: end) { return true }
        if end == 2 { return isVowel(w[0]) && !isVowel(w[1]) }
        guard end >= 3 else { return false }
        let last = w[end - 1]
        return !isVowel(last) && last != "w" && last != "x" && last != "Y" && isVowel(w[end - 2])
            && !isVowel(w[end - 3])
    }

    static func step0(_ w: inout [Unicode.Scalar]) {
        for suffix in apostropheSuffixes where SnowballText.hasSuffix(w, suffix, end: w.count) {
            w.removeLast(suffix.count)
            return
        }
    }

    @discardableResult
    static func step1a(_ w: inout [Unicode.Scalar]) -> Bool {
        let n = w.count
        if SnowballText.hasSuffix(w, Self.literalSses, end: n) {
            w.removeLast(2)
        } else if SnowballText.hasSuffix(w, Self.literalIed, end: n) || SnowballText.hasSuffix(w, Self.literalIes, end: n) {
            w.removeLast(n > 4 ? 2 : 1)
        } else if SnowballText.hasSuffix(w, Self.literalUs, end: n) || SnowballText.hasSuffix(w, Self.literalSs, end: n) {
            return false
        } else if n >= 1, w[n - 1] == "s" {
            guard n >= 3, w[0..<(n - 2)].contains(where: isVowel) else { return false }
            w.removeLast()
        } else {
            return false
        }
        return true
    }

    static func step1b(_ w: inout [Unicode.Scalar], p1: Int) {
        let n = w.count
        guard let match = SnowballText.longestSuffix(w, end: n, among: step1bSuffixes) else { return }
        let start = n - step1bSuffixes[match].count
        if match <= 1 {  // eed eedly
            for exception in eedExceptions where exception.count == start && SnowballText.hasSuffix(w, exception, end: start) {
                return
            }
            if start >= p1 { w.removeSubrange(start...); w.append(contentsOf: Self.literalEe) }
            return
        }
        if match == 4 {  // ing
            if start == 2 && w[1] == "y" && !isVowel(w[0]) {
                w.removeSubrange(1...); w.append(contentsOf: Self.literalIe)
                return
            }
            for exception in ingExceptions where exception.count == start && SnowballText.hasSuffix(w, exception, end: start) {
                return
            }
        }
        guard w[0..<start].contains(where: isVowel) else { return }
        w.removeSubrange(start...)
        if SnowballText.hasSuffix(w, Self.literalAt, end: start) || SnowballText.hasSuffix(w, Self.literalBl, end: start)
            || SnowballText.hasSuffix(w, Self.literalIz, end: start)
        {
            w.append("e")
        } else if start >= 2, w[start - 1] == w[start - 2], isDoubleLetter(w[start - 1]) {
            if !(start == 3 && (w[0] == "a" || w[0] == "e" || w[0] == "o")) { w.removeLast() }
        } else if p1 >= start && endsWithShortSyllable(w, end: start) {
            w.append("e")
        }
    }

    static func isDoubleLetter(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "b", "d", "f", "g", "m", "n", "p", "r", "t": return true
        default: return false
        }
    }

    static func step1c(_ w: inout [Unicode.Scalar]) {
        let n = w.count
        guard n > 2, w[n - 1] == "y" || w[n - 1] == "Y", !isVowel(w[n - 2]) else { return }
        w[n - 1] = "i"
    }

    static func step2(_ w: inout [Unicode.Scalar], p1: Int) {
        let n = w.count
        guard let match = SnowballText.longestSuffix(w, end: n, among: step2Suffixes) else { return }
        let (suffix, replacement) = step2Rules[match]
        let start = n - suffix.count
        guard start >= p1 else { return }
        if let replacement {
            w.removeSubrange(start...); w.append(contentsOf: replacement)
        } else if suffix == Self.literalOgi {
            guard start > 0, w[start - 1] == "l" else { return }
            w.removeLast()
        } else {  // li after a valid li-ending
            guard start > 0 else { return }
            switch w[start - 1] {
            case "c", "d", "e", "g", "h", "k", "m", "n", "r", "t": w.removeSubrange(start...)
            default: return
            }
        }
    }

    static func step3(_ w: inout [Unicode.Scalar], p1: Int, p2: Int) {
        let n = w.count
        guard let match = SnowballText.longestSuffix(w, end: n, among: step3Suffixes) else { return }
        let (suffix, replacement) = step3Rules[match]
        let start = n - suffix.count
        guard start >= p1 else { return }
        if let replacement {
            w.removeSubrange(start...); w.append(contentsOf: replacement)
        } else if start >= p2 {
            w.removeSubrange(start...)
        }
    }

    static func step4(_ w: inout [Unicode.Scalar], p2: Int) {
        let n = w.count
        guard let match = SnowballText.longestSuffix(w, end: n, among: step4Suffixes) else { return }
        let start = n - step4Suffixes[match].count
        guard start >= p2 else { return }
        if match == step4Suffixes.count - 1 {  // ion after s or t
            guard start > 0, w[start - 1] == "s" || w[start - 1] == "t" else { return }
        }
        w.removeSubrange(start...)
    }

    static func step5(_ w: inout [Unicode.Scalar], p1: Int, p2: Int) {
        let n = w.count
        guard n > 0 else { return }
        let start = n - 1
        if w[start] == "e" {
            if start >= p2 || (start >= p1 && !endsWithShortSyllable(w, end: start)) { w.removeLast() }
        } else if w[start] == "l" {
            if start >= p2 && start > 0 && w[start - 1] == "l" { w.removeLast() }
        }
    }
}
