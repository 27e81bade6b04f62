import ParallaxModel

/// The words two statements' sentences are compared by, computed once per statement of a story.
struct StatementWords: Sendable {
    /// The words of each quotation (``ClaimGrouper/tokens(_:)``), by claim id.
    var quotes: [String: Set<String>] = [:]
    /// The capitalised words of each statement's sentence (``ClaimGrouper/capitalisedWords(_:)``), by claim id.
    var names: [String: Set<String>] = [:]
}

extension ClaimGrouper {
    /// The capitalised words of a sentence, after its first word, of three letters or more, lower-cased and cut to six
    /// letters: in English the names it mentions (`Trump`, `Flynn`, `Congress`), in German its nouns and names.
    ///
    /// The first word is capitalised by position, not by kind, and is left out.
    /// - Complexity: O(n) in the characters of `text`.
    static func capitalisedWords(_ text: String) -> Set<String> {
        var words = Set<String>()
        for (position, word) in text.split(whereSeparator: { !$0.isLetterFast }).enumerated()
        where position > 0 && word.count >= 3 && word.first?.isUppercase == true {
            words.insert(String(word.lowercased().prefix(6)))
        }
        return words
    }

    /// Whether two statements of one predicate, one naming the party or thing the act was done to and the other not,
    /// share a capitalised word (a name; in German also a noun) in their sentences.
    ///
    /// A report that leaves the act's object unnamed ("the region was recaptured") stands beside one that names it
    /// ("Russia recaptured the Kursk region") when it is the same act; on real news one predicate covers many acts of a
    /// story ("three House Republican committee chairmen requested that the memos be sent to Congress" beside "Trump
    /// asked Comey to drop the Flynn investigation": both `asked`). Sentences of one act share a name of a party or
    /// place; sentences of different acts of one predicate rarely do. A bare accusation and the act another report
    /// charges are compared the same way ("Mueller also accused Manafort of …" is no part of "critics have accused him of
    /// leaking classified information"). Only compared within one language: a German and an English report of one act
    /// share few capitalised words (German capitalises every noun).
    /// - Parameter names: ``capitalisedWords(_:)`` of the story's statements, by claim id (computed when missing).
    static func shareCapitalisedWord(_ lhs: ClaimFacts, _ rhs: ClaimFacts, names: [String: Set<String>] = [:]) -> Bool {
        let left = names[lhs.claim.id] ?? capitalisedWords(lhs.claim.text)
        let right = names[rhs.claim.id] ?? capitalisedWords(rhs.claim.text)
        return !left.isDisjoint(with: right)
    }
}
