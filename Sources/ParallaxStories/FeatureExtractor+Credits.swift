import ParallaxModel
import Foundation

/// Who an article's copy comes from: the names of its outlet and the agencies it credits.
///
/// Newspapers and aggregators that rewrite agency copy say so in a credit line ("Quelle: KPA",
/// "Mit Material von dpa", "Source: Reuters") or in the dateline of the agency's own format
/// ("Kelsburg (zpa) –", "LONDON (Reuters) —"). An article crediting the outlet of another article of
/// its story, or two articles crediting the same agency, are copies of one source even when the
/// rewrite kept few of its facts (see `RewriteDetector`). The cue words are per-language data
/// (`Lexicons/<lang>/credit-cues.txt`); the dateline form is the same in every language.
extension FeatureExtractor {
    /// Lines longer than this are running text, not credit lines ("… mit Material von Zulieferern …").
    static let maximumCreditLine = 160
    /// Words a credited name has at most ("Kontinentale Presseagentur", "Agence France-Presse").
    static let maximumCreditWords = 4
    /// Paragraphs from the top of the body in which a dateline credit may stand.
    static let datelineParagraphs = 3

    /// `features` with the article's outlet names and credits filled in from its publisher, body and
    /// removed blocks (credit lines are often removed as bylines or source notes).
    func addingCredits(to features: ArticleFeatures, of article: Article) -> ArticleFeatures {
        var result = features
        result.publisherNames = Self.publisherNames(article.publisher)
        let lines = (article.body + "\n" + article.removed.map(\.text).joined(separator: "\n"))
            .split(whereSeparator: \.isNewline).map(String.init)
        let paragraphs = article.body.split(whereSeparator: \.isNewline).prefix(Self.datelineParagraphs)
        var credits = credits(inLines: lines, language: result.language)
        for paragraph in paragraphs { credits += Self.datelineCredits(String(paragraph)) }
        var seen: Set<String> = []
        result.credits = credits.filter { seen.insert($0).inserted }
        return result
    }

    /// The names an outlet goes by, lower case: its name as given, each acronym in it ("KPA" of "KPA
    /// Kontinentale Presseagentur") or, without one, the initials of a name of several capitalised words
    /// ("Continental Press Wire" → "cpw"). Empty for no publisher.
    static func publisherNames(_ publisher: String?) -> [String] {
        guard let publisher else { return [] }
        let words = publisher.split { !$0.isLetter && !$0.isNumber && $0 != "&" }
        guard !words.isEmpty else { return [] }
        var names = [words.joined(separator: " ").lowercased()]
        let acronyms = words.filter { $0.count >= 2 && $0.count <= 6 && $0.allSatisfy(\.isUppercase) }
        names += acronyms.map { $0.lowercased() }
        let capitalised = words.filter { $0.first?.isUppercase == true }
        if acronyms.isEmpty && capitalised.count >= 2 && capitalised.count == words.count {
            names.append(String(capitalised.compactMap(\.first)).lowercased())
        }
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }

    /// The names credited in `lines` by the cues of `language`: what follows a cue to the end of its
    /// line, split at commas, slashes, ampersands and stop words ("dpa und AFP").
    func credits(inLines lines: [String], language: String) -> [String] {
        guard let cues = lexicon.creditCues[language], !cues.isEmpty else { return [] }
        let stop = lexicon.stopWords[language] ?? []
        var result: [String] = []
        for line in lines where line.count <= Self.maximumCreditLine {
            let lowered = line.lowercased()
            for cue in cues {
                guard let range = Self.wordStartRange(of: cue, in: lowered) else { continue }
                var rest = Substring(lowered[range.upperBound...])
                rest = rest.drop { $0 == ":" || $0.isWhitespace }
                result += Self.names(in: rest, stopWords: stop)
                break
            }
        }
        return result
    }

    /// The agency named in a dateline credit at the start of a paragraph: a capitalised place of at
    /// most four words, the agency in parentheses and a dash or colon ("Kelsburg (zpa) – …",
    /// "WASHINGTON (AP) — …"); empty otherwise.
    static func datelineCredits(_ paragraph: String) -> [String] {
        let text = paragraph.drop { $0.isWhitespace }
        guard text.first?.isUppercase == true, let open = text.firstIndex(of: "(") else { return [] }
        let place = text[..<open]
        guard place.split(separator: " ").count <= 4, place.count <= 40,
            place.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "." || $0 == "/" || $0 == "'" })
        else { return [] }
        guard let close = text[open...].firstIndex(of: ")") else { return [] }
        let inside = text[text.index(after: open)..<close]
        guard inside.count >= 2, inside.count <= 30, !inside.contains(where: \.isNumber) else { return [] }
        let after = text[text.index(after: close)...].drop { $0.isWhitespace }
        guard let mark = after.first, "-–—:".contains(mark) else { return [] }
        return names(in: Substring(inside.lowercased()), stopWords: [])
    }

    /// Credited names in `text` (lower case), split at list separators and stop words; parts with
    /// no letter or more than `maximumCreditWords` words (running text) are dropped.
    private static func names(in text: Substring, stopWords: Set<String>) -> [String] {
        var parts: [[Substring]] = [[]]
        for word in text.split(whereSeparator: \.isWhitespace) {
            var token = word
            var closes = false
            var endsSentence = false
            while let last = token.last, ",;/&.".contains(last) {
                endsSentence = endsSentence || last == "."
                token = token.dropLast()
                closes = true
            }
            let pieces = token.split { ",;/&".contains($0) }
            for (number, piece) in pieces.enumerated() {
                if stopWords.contains(String(piece)) || piece == "+" {
                    parts.append([])
                } else {
                    parts[parts.count - 1].append(piece)
                }
                if number < pieces.count - 1 { parts.append([]) }
            }
            if endsSentence { break }
            if closes { parts.append([]) }
        }
        return parts.filter { !$0.isEmpty && $0.count <= maximumCreditWords && $0.joined().contains(where: \.isLetter) }
            .map { $0.joined(separator: " ") }
    }

    /// The range of `cue` in `text` where it starts a word (at the start or after a non-letter).
    private static func wordStartRange(of cue: String, in text: String) -> Range<String.Index>? {
        var searchStart = text.startIndex
        while let range = text.range(of: cue, range: searchStart..<text.endIndex) {
            let startsWord = range.lowerBound == text.startIndex || !text[text.index(before: range.lowerBound)].isLetter
            let endsWord = cue.hasSuffix(":") || range.upperBound == text.endIndex || !text[range.upperBound].isLetter
            if startsWord && endsWord { return range }
            searchStart = text.index(after: range.lowerBound)
        }
        return nil
    }
}
