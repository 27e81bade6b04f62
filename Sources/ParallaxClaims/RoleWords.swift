/// Tests on a token alone that answer, for most capitalised words, that they are no role word of `roles.txt` — neither
/// as written, nor without a case ending (``SpeakerContext/roleKey(_:)``), nor by a compound's head
/// (`Stadtpolizeikommandant`) — before ``PhraseTable/value(of:)`` is asked, made once per language pack.
///
/// Round 20: the role introductions (``AttributionFinder/introducedPersons(in:)``) asked `roles.value(of:)` two or three
/// times for every capitalised word, and ``AttributionFinder/roleIntroduction(_:at:)`` for every one followed by another
/// dropped one character at a time from the word, building a `String` and counting characters at each step (about 6 % of
/// the claims stage by profile). A one-token look-up of the roles table finds a one-word phrase equal to the word; so when
/// every one-word phrase is Latin-1 and none is a prefix phrase (`chef*`), a Latin-1 word is a role, or a role with one of
/// the case endings, only if its ``ClaimToken/wordKey`` is one of those forms' keys, and it ends in a role of four bytes or
/// more only if its last four to six bytes are one of those roles' tails (``SuffixTails``). Both tests cost a few integer
/// look-ups however many roles the lexicon has; the table is still asked when they pass, so the answers are its own.
struct RoleWords: Sendable {
    /// False when a one-word phrase is a prefix phrase or not Latin-1: then every token may be a role (the tests say yes).
    private let isExact: Bool
    /// ``ClaimToken/wordKey(of:)`` of every one-word role followed by no ending or one of the case endings.
    private let forms: IntKeyIndex
    /// The tails of the one-word roles of four bytes or more.
    private let tails: SuffixTails

    /// The tests for the phrases of `roles.txt` (as ``PhraseTable`` reads them: lower-cased, a trailing `*` a prefix
    /// phrase, split by ``ClaimTokenizer``).
    /// - Parameter endings: the case endings ``SpeakerContext/roleKey(_:)`` strips.
    init(phrases: [String], endings: [String]) {
        var words: [String] = []
        var isExact = true
        for phrase in phrases {
            var text = phrase.lowercased()
            var isPrefix = false
            if text.hasSuffix("*") {
                isPrefix = true
                text.removeLast()
            }
            let tokens = ClaimTokenizer.tokens(of: text)
            // A phrase of two words or more never matches one token; an empty one is not in the table.
            guard tokens.count == 1 else { continue }
            if isPrefix || !tokens[0].isLatin1 { isExact = false }
            words.append(tokens[0].lower)
        }
        self.isExact = isExact
        self.forms = IntKeyIndex(keys: words.flatMap { word in ([""] + endings).map { ClaimToken.wordKey(of: word + $0) } })
        self.tails = SuffixTails(words.map { Array($0.utf8) })
    }

    /// False when neither `token.lower` nor ``SpeakerContext/roleKey(_:)`` of it is a one-word role: then
    /// `roles.value(of:)` of both is `nil`.
    /// - Complexity: O(1): one look-up of the token's key.
    @inline(__always)
    func mayBeRole(_ token: ClaimToken) -> Bool {
        !isExact || !token.isLatin1 || forms.contains(token.wordKey)
    }

    /// False when no suffix of `token.lower` of four characters or more is a one-word role (the heads
    /// ``AttributionFinder/roleIntroduction(_:at:)`` asks about).
    /// - Complexity: O(1): at most three look-ups.
    @inline(__always)
    func mayEndInRole(_ token: ClaimToken) -> Bool {
        !isExact || !token.isLatin1 || tails.mayEnd(token.lower)
    }
}
