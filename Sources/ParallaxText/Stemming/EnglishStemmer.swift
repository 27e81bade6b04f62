/// The Snowball English ("Porter2") stemmer (Snowball 3.x), written from the algorithm description
/// at snowballstem.org.
///
/// Steps 0–5 remove apostrophe endings, plurals, `-ed`/`-ing`, and derivational suffixes inside the
/// regions R1 and R2; a few exceptional words are mapped directly, and words beginning with a few
/// stems (`gener`, `commun`, `univers`, …) have R1 start after that stem.
public struct EnglishStemmer: Stemmer {
    public init() {}

    /// Whole words with a fixed stem (an empty stem means the word stays as it is).
    private static let exceptions: [String: String] = [
        "skies": "sky", "skis": "ski", "idly": "idl", "gently": "gentl", "ugly": "ugli", "early": "earli",
        "only": "onli", "singly": "singl", "sky": "", "news": "", "howe": "", "atlas": "", "cosmos": "",
        "bias": "", "andes": "",
    ]
    /// Word beginnings after which R1 starts.
    private static let r1Prefixes: [StaticString] = [
        "gener", "commun", "arsen", "past", "univers", "later", "emerg", "inter", "organ",
    ]
    private static let step1bSuffixes: [StaticString] = ["eed", "eedly", "ed", "edly", "ing", "ingly"]
    private static let ingExceptions: [StaticString] = ["inn", "out", "cann", "herr", "earr", "even"]
    private static let eedExceptions: [StaticString] = ["proc", "exc", "succ"]

    /// Step 2 suffixes; replacements are in `step2Replacements` (`""` for rules with a condition).
    private static let step2Suffixes: [StaticString] = [
        "tional", "enci", "anci", "abli", "entli", "izer", "ization", "ational", "ation", "ator", "alism", "aliti",
        "alli", "fulness", "ousli", "ousness", "iveness", "iviti", "biliti", "bli", "ogist", "ogi", "fulli", "lessli",
        "li",
    ]
    private static let step2Replacements: [StaticString] = [
        "tion", "ence", "ance", "able", "ent", "ize", "ize", "ate", "ate", "ate", "al", "al",
        "al", "ful", "ous", "ous", "ive", "ive", "ble", "ble", "og", "", "ful", "less",
        "",
    ]
    private static let step3Suffixes: [StaticString] = [
        "tional", "ational", "alize", "icate", "iciti", "ical", "ful", "ness", "ative",
    ]
    private static let step3Replacements: [StaticString] = ["tion", "ate", "al", "ic", "ic", "ic", "", "", ""]
    private static let step4Suffixes: [StaticString] = [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate",
        "iti", "ous", "ive", "ize", "ion",
    ]

    static func isVowel(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "a", "e", "i", "o", "u", "y": return true
        default: return false
        }
    }

    public func stem(_ word: String) -> String {
        SnowballWord.with(word) { w in
            if w.count <= 6, let fixed = Self.exceptions[w.string()] {
                return fixed.isEmpty ? w.string() : fixed
            }
            guard w.count > 2 else { return w.string() }
            if w[0] == "'" { w.remove(at: 0) }
            for i in 0..<w.count where w[i] == "y" && (i == 0 || Self.isVowel(w[i - 1])) { w[i] = "Y" }
            let (p1, p2) = Self.regions(w)
            Self.step0(&w)
            Self.step1a(&w)
            Self.step1b(&w, p1: p1)
            Self.step1c(&w)
            Self.step2(&w, p1: p1)
            Self.step3(&w, p1: p1, p2: p2)
            Self.step4(&w, p2: p2)
            Self.step5(&w, p1: p1, p2: p2)
            for i in 0..<w.count where w[i] == "Y" { w[i] = "y" }
            return w.string()
        }
    }

    static func regions(_ w: SnowballWord) -> (Int, Int) {
        let n = w.count
        func afterVowelConsonant(from start: Int) -> Int {
            var i = start
            while i < n && !isVowel(w[i]) { i += 1 }
            while i < n && isVowel(w[i]) { i += 1 }
            return i < n ? i + 1 : n
        }
        var p1 = afterVowelConsonant(from: 0)
        for prefix in r1Prefixes where w.hasPrefix(prefix) {
            p1 = prefix.utf8CodeUnitCount
            break
        }
        return (p1, afterVowelConsonant(from: p1))
    }

    /// Whether the first `end` scalars end with a short syllable.
    static func endsWithShortSyllable(_ w: SnowballWord, end: Int) -> Bool {
        if w.hasSuffix("past", end: end) { return true }
        if end == 2 { return isVowel(w[0]) && !isVowel(w[1]) }
        guard end >= 3 else { return false }
        let last = w[end - 1]
        return !isVowel(last) && last != "w" && last != "x" && last != "Y" && isVowel(w[end - 2])
            && !isVowel(w[end - 3])
    }

    static func step0(_ w: inout SnowballWord) {
        if w.hasSuffix("'s'") {
            w.removeLast(3)
        } else if w.hasSuffix("'s") {
            w.removeLast(2)
        } else if w.hasSuffix("'") {
            w.removeLast(1)
        }
    }

    static func step1a(_ w: inout SnowballWord) {
        let n = w.count
        if w.hasSuffix("sses") {
            w.removeLast(2)
        } else if w.hasSuffix("ied") || w.hasSuffix("ies") {
            w.removeLast(n > 4 ? 2 : 1)
        } else if w.hasSuffix("us") || w.hasSuffix("ss") {
            return
        } else if w.hasSuffix("s") {
            guard n >= 3, w.contains(upTo: n - 2, where: isVowel) else { return }
            w.removeLast()
        }
    }

    static func step1b(_ w: inout SnowballWord, p1: Int) {
        guard let match = w.longestSuffix(among: step1bSuffixes) else { return }
        let start = w.count - step1bSuffixes[match].utf8CodeUnitCount
        if match <= 1 {  // eed eedly
            for exception in eedExceptions where w.equals(exception, end: start) { return }
            if start >= p1 {
                w.truncate(to: start)
                w.append("ee")
            }
            return
        }
        if match == 4 {  // ing
            if start == 2 && w[1] == "y" && !isVowel(w[0]) {
                w.truncate(to: 1)
                w.append("ie")
                return
            }
            for exception in ingExceptions where w.equals(exception, end: start) { return }
        }
        guard w.contains(upTo: start, where: isVowel) else { return }
        w.truncate(to: start)
        if w.hasSuffix("at") || w.hasSuffix("bl") || w.hasSuffix("iz") {
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

    static func step1c(_ w: inout SnowballWord) {
        let n = w.count
        guard n > 2, w[n - 1] == "y" || w[n - 1] == "Y", !isVowel(w[n - 2]) else { return }
        w[n - 1] = "i"
    }

    static func step2(_ w: inout SnowballWord, p1: Int) {
        guard let match = w.longestSuffix(among: step2Suffixes) else { return }
        let start = w.count - step2Suffixes[match].utf8CodeUnitCount
        guard start >= p1 else { return }
        switch step2Suffixes[match].utf8CodeUnitCount {
        case 3 where w.hasSuffix("ogi"):  // ogi → og after l
            guard start > 0, w[start - 1] == "l" else { return }
            w.removeLast()
        case 2:  // li after a valid li-ending
            guard start > 0 else { return }
            switch w[start - 1] {
            case "c", "d", "e", "g", "h", "k", "m", "n", "r", "t": w.truncate(to: start)
            default: return
            }
        default:
            w.truncate(to: start)
            w.append(step2Replacements[match])
        }
    }

    static func step3(_ w: inout SnowballWord, p1: Int, p2: Int) {
        guard let match = w.longestSuffix(among: step3Suffixes) else { return }
        let start = w.count - step3Suffixes[match].utf8CodeUnitCount
        guard start >= p1 else { return }
        if match == step3Suffixes.count - 1 {  // ative, in R2
            if start >= p2 { w.truncate(to: start) }
            return
        }
        w.truncate(to: start)
        w.append(step3Replacements[match])
    }

    static func step4(_ w: inout SnowballWord, p2: Int) {
        guard let match = w.longestSuffix(among: step4Suffixes) else { return }
        let start = w.count - step4Suffixes[match].utf8CodeUnitCount
        guard start >= p2 else { return }
        if match == step4Suffixes.count - 1 {  // ion after s or t
            guard start > 0, w[start - 1] == "s" || w[start - 1] == "t" else { return }
        }
        w.truncate(to: start)
    }

    static func step5(_ w: inout SnowballWord, p1: Int, p2: Int) {
        guard let last = w.last else { return }
        let start = w.count - 1
        if last == "e" {
            if start >= p2 || (start >= p1 && !endsWithShortSyllable(w, end: start)) { w.removeLast() }
        } else if last == "l" {
            if start >= p2 && start > 0 && w[start - 1] == "l" { w.removeLast() }
        }
    }
}
