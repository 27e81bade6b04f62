import ParallaxModel

/// The speaker of reported speech that indicative sentences without a cue have interrupted, and that a later sentence in the
/// subjunctive resumes (round 17).
///
/// German reports alternate a speaker's words in the subjunctive with quotations in the indicative; where a text has lost its
/// quotation marks (10kGNAD: `sagte: Es tut unendlich weh. Es wurde alles getan … Die Versorgungskette habe funktioniert`)
/// the quotation reads like the writer's narration and used to end the carry. Konjunktiv I belongs to reported speech, so a
/// subjunctive sentence soon after still reports the speaker named last — but only a subjunctive form, not a hedge word
/// (`soll`, `angeblich`: hearsay of anyone), and only across ``maximumGap`` sentences of the same paragraph with no cue of
/// their own: a sentence that names a source starts a new speaker (``ClaimExtractor`` drops the value then).
struct ResumableSpeaker: Sendable {
    /// The carried source of the reported speech: paragraph, sentence id, attribution.
    var carried: (paragraph: Int, sentence: String, attribution: Attribution)
    /// Indicative sentences without a cue since the speaker's last sentence.
    var gap = 1

    /// The speaker of `carried`, interrupted by one indicative sentence without a cue that names `entities`; nil when that
    /// sentence already brings in another party (``interrupted(by:)``).
    init?(carried: (paragraph: Int, sentence: String, attribution: Attribution), interruptedBy entities: [EntityMention]) {
        self.carried = carried
        guard !Self.bringsInAnotherParty(entities, speaker: carried.attribution.source) else { return nil }
    }

    /// How many cue-less indicative sentences may stand between the reported speech and its resumption.
    static let maximumGap = 2

    /// The value after one more indicative sentence without a cue, or nil once the gap is too long or the sentence brings
    /// in another party — a person it names, or a party that opens it as its subject (`Die Kurden rangen am Montag …`,
    /// `John Kibanga (29) … ist einer von ihnen`): the writer's narration has taken over from the speaker.
    func interrupted(by entities: [EntityMention]) -> ResumableSpeaker? {
        guard gap < Self.maximumGap else { return nil }
        guard !Self.bringsInAnotherParty(entities, speaker: carried.attribution.source) else { return nil }
        var next = self
        next.gap += 1
        return next
    }

    /// The carried source when a sentence resumes the reported speech: a sentence of the same paragraph whose first clause
    /// is hedged by a Konjunktiv I form (`Die Versorgungskette habe funktioniert`) — not a Konjunktiv II stand-in, also the
    /// mood of conditions (`Tatsächlich wären 2015 aber nur …`), and not a subjunctive inside a later clause, reported by
    /// that clause's own subject (`Nach Vorwürfen kurdischer Medien, im Nordirak seien …`).
    func resumed(
        by attribution: SentenceAttribution, tokens: [ClaimToken], paragraph: Int, pack: LanguagePack
    ) -> (paragraph: Int, sentence: String, attribution: Attribution)? {
        guard let form = attribution.subjunctiveIndex, paragraph == carried.paragraph,
            !pack.conditionalSubjunctives.contains(tokens[form]),
            !tokens[..<form].contains(where: AttributionFinder.closesClause),
            let first = tokens.first, !pack.clauseOpeners.contains(first)
        else { return nil }
        return carried
    }

    /// True when a sentence names a person other than `speaker`, or opens with another party as its subject.
    private static func bringsInAnotherParty(_ entities: [EntityMention], speaker: String?) -> Bool {
        entities.contains { !$0.isAdjective && $0.name != speaker && ($0.kind == "person" || $0.first <= 1) }
    }
}
