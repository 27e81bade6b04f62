/// Decides whether a double quotation left open at the end of a sentence runs on into the next one.
///
/// Within a paragraph it always does (`" … altogether .` then `"`). Across a paragraph break — and in
/// text with one sentence a line, every sentence is a paragraph — it does only when a later sentence
/// closes it: within ``lookahead`` sentences, after sentences without any double mark, comes one with an
/// odd number of double marks whose first follows punctuation or stands alone (`" As far as Syria is concerned , I would
/// love to get out .` ⏎ `I would love to bring our brave warriors back home , " Trump said .`; `" It 's
/// insane .` ⏎ `It 's ridiculous .` ⏎ `It should have never been made , " Trump said .`). A sentence
/// that opens with a double mark before a word starts a quotation of its own (the English convention of
/// re-opening a quotation at each paragraph), and one with an even number of marks is self-contained:
/// then the open quotation ends with its own sentence, as before.
package struct QuoteContinuation: Sendable {
    /// How many sentences ahead the closing sentence is looked for.
    package static let lookahead = 8

    /// How a sentence's double quotation marks relate to a quotation opened before it.
    package enum Marks: Sendable, Equatable {
        /// No double mark: the sentence may stand inside a running quotation.
        case none
        /// It opens with a double mark before a word: a quotation of its own.
        case opens
        /// An odd number of marks, the first not opening the sentence: one of them closes a quotation.
        case closes
        /// An even number of marks: self-contained.
        case balanced
    }

    private let texts: [String]
    private let paragraphs: [Int]

    /// The sentences of an article.
    /// - Parameter sentences: each sentence's text and paragraph index, in order.
    package init(sentences: [(text: String, paragraph: Int)]) {
        self.texts = sentences.map(\.text)
        self.paragraphs = sentences.map(\.paragraph)
    }

    /// Whether the sentence after `index` starts inside a quotation that `index` leaves open.
    /// - Complexity: O(``lookahead`` × sentence length); called only for a sentence that ends inside a
    ///   quotation, so framing stays linear in the article.
    package func continues(after index: Int) -> Bool {
        let next = index + 1
        guard next < texts.count else { return false }
        if paragraphs[next] == paragraphs[index] { return true }
        for candidate in next..<min(texts.count, next + Self.lookahead) {
            switch Self.marks(of: texts[candidate]) {
            case .none: continue
            case .closes: return true
            case .opens, .balanced: return false
            }
        }
        return false
    }

    /// The double marks of one sentence: " “ ” „ « ».
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    package static func marks(of text: String) -> Marks {
        var count = 0
        // The last non-space scalar before the first mark (0: none), and the first after it.
        var beforeFirst: UInt32 = 0
        var afterFirst: UInt32 = 0
        var awaitingAfterFirst = false
        var last: UInt32 = 0
        var iterator = text.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            let value = scalar.value
            if value == 0x20 || value == 0x0A || value == 0x09 || value == 0xA0 { continue }
            if awaitingAfterFirst {
                afterFirst = value
                awaitingAfterFirst = false
            }
            switch value {
            case 0x22, 0x201C, 0x201D, 0x201E, 0xAB, 0xBB:
                if count == 0 {
                    beforeFirst = last
                    awaitingAfterFirst = true
                }
                count += 1
            default:
                break
            }
            last = value
        }
        if count == 0 { return .none }
        let wordAfter =
            afterFirst != 0
            && Unicode.Scalar(afterFirst).map { $0.properties.isAlphabetic || ("0"..."9").contains($0) } == true
        if beforeFirst == 0, wordAfter { return .opens }
        // A closing mark follows the quotation's last punctuation ("… back home , \" Trump said") or
        // stands alone; a mark after a word ("what she called a \" really special …") opens.
        let closingShaped = beforeFirst == 0 || closingPunctuation.contains(beforeFirst)
        return count % 2 == 1 && closingShaped ? .closes : .balanced
    }

    /// Punctuation that ends quoted words before the closing mark.
    private static let closingPunctuation: Set<UInt32> = [
        0x2C, 0x2E, 0x3F, 0x21, 0x3B, 0x3A, 0x2026, 0x2D, 0x2013, 0x2014,
    ]
}
