extension SentenceEvidence {
    /// The fields of a ``SentenceEvidence``, held by reference and copied only when a copy of the evidence
    /// is changed (copy on write).
    ///
    /// Round 21: evidence is copied several times per sentence — into the article's list, out of it for
    /// each rule that reads a sentence (`analyze`, `unquotedSpeech`, `speaksAsParty`), and back — and each
    /// copy of the plain struct retained and released its dozen arrays, strings and sets: the copies and
    /// destroys were about 9 % of framing by profile (`outlined init with copy of SentenceEvidence`,
    /// `destroy for SentenceEvidence`). A copy now retains one reference. Only `claimAttribution` (the
    /// analyser's continued speech) and `opinionCues` (cues used as names) are ever changed after
    /// `init`, and a change copies the fields first unless this evidence holds the only reference, so
    /// every copy keeps value semantics.
    ///
    /// `@unchecked Sendable`: the fields are changed only through ``SentenceEvidence``'s setters, and
    /// only while the evidence holds the sole reference (`isKnownUniquelyReferenced`), so a storage that
    /// two evidences or two threads can see is never written.
    final class Storage: @unchecked Sendable {
        var text: String
        var tokens: TokenizedText
        var quotes: QuoteSpans
        var opinionCues: [PhraseMatcher.Match]
        var attributionCues: [PhraseMatcher.Match]
        var loadedTerms: [PhraseMatcher.Match]
        var headlineCues: [PhraseMatcher.Match]
        var neutralUses: [PhraseMatcher.Match]
        var contexts: Set<String>
        var claimAttribution: String?
        var language: String
        var hasReportedSpeechMarker: Bool
        /// The index of the first word that marks indirect speech (Konjunktiv I), when one does (round 22).
        var firstReportedSpeechMarker: Int?
        var ownSource: Bool
        let lexicon: FramingLexicon
        let onDemandCache: OnDemandCueCache

        init(
            text: String, tokens: TokenizedText, quotes: QuoteSpans, opinionCues: [PhraseMatcher.Match],
            attributionCues: [PhraseMatcher.Match], loadedTerms: [PhraseMatcher.Match],
            headlineCues: [PhraseMatcher.Match], neutralUses: [PhraseMatcher.Match], contexts: Set<String>,
            claimAttribution: String?, language: String, hasReportedSpeechMarker: Bool, ownSource: Bool,
            lexicon: FramingLexicon, onDemandCache: OnDemandCueCache
        ) {
            self.text = text
            self.tokens = tokens
            self.quotes = quotes
            self.opinionCues = opinionCues
            self.attributionCues = attributionCues
            self.loadedTerms = loadedTerms
            self.headlineCues = headlineCues
            self.neutralUses = neutralUses
            self.contexts = contexts
            self.claimAttribution = claimAttribution
            self.language = language
            self.hasReportedSpeechMarker = hasReportedSpeechMarker
            self.ownSource = ownSource
            self.lexicon = lexicon
            self.onDemandCache = onDemandCache
        }

        /// A copy of every field; the copies share the lexicon and the on-demand cache, as copies of the
        /// plain struct did.
        func copy() -> Storage {
            let copy = Storage(
                text: text, tokens: tokens, quotes: quotes, opinionCues: opinionCues,
                attributionCues: attributionCues, loadedTerms: loadedTerms, headlineCues: headlineCues,
                neutralUses: neutralUses, contexts: contexts, claimAttribution: claimAttribution,
                language: language, hasReportedSpeechMarker: hasReportedSpeechMarker, ownSource: ownSource,
                lexicon: lexicon, onDemandCache: onDemandCache)
            copy.firstReportedSpeechMarker = firstReportedSpeechMarker
            return copy
        }
    }

    /// The storage, copied first when another evidence shares it.
    var writableStorage: Storage {
        mutating get {
            if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
            return storage
        }
    }
}
