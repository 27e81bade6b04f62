import ParallaxModel

/// What one sentence says about where its content comes from.
struct SentenceAttribution: Sendable, Equatable {
    /// The attribution the sentence states itself (cue and source), if any.
    var stated: Attribution?
    /// True when the wording distances the writer (soll, reportedly, Konjunktiv I).
    var hedged: Bool
    /// The hedge or subjunctive form found.
    var hedgeCue: String?
    /// Index range of the cue and its source, so the source is not taken for the subject.
    var sourceRange: Range<Int>?
    /// Index range of the cue of `stated` alone.
    var cueRange: Range<Int>?
    /// True when the cue of `stated` is a preposition before or after its source (`laut`, `zufolge`, `according to`),
    /// not a verb of saying: such a cue inside a clause speaks for that clause (round 11).
    var cueIsPrepositional = false
    /// The continuation cue (`demnach`) by which the sentence goes on reporting an earlier source.
    var continuation: String?
    /// True when the hedge itself says the claim comes from unnamed others (`reportedly`; `hedges.txt`, `unnamed`):
    /// the sentence does not go on reporting the source named before it.
    var citesUnnamed = false
    /// The token index of the subjunctive form that hedges the sentence, when a subjunctive (not a hedge word) does:
    /// a figure that is the subject of a verb of saying in another clause is not hedged by it.
    var subjunctiveIndex: Int?
    /// Every cue of the sentence that names a source, with the token range of cue and source: a sentence
    /// may give two parties their own figures (`Laut Polizei …, die Gewerkschaft spricht von …`).
    var clauses: [ClauseAttribution] = []
    /// The speaker a verb of reported speech (`kritisierte der Initiator`, `erhob Vorwürfe`; `reported` cues) names in an
    /// indicative sentence: not the source of the sentence's own figures, but of the reported speech that follows it (round 16).
    var reportedSpeaker: Attribution?
}

/// One attribution cue of a sentence with the tokens of the cue and its source.
struct ClauseAttribution: Sendable, Equatable {
    var range: Range<Int>
    var attribution: Attribution
    /// The tokens of the cue alone.
    var cue: Range<Int>
    /// True when a relaying cue follows it (`…, the broadcaster reported, citing the mayor`): the figure is the
    /// cited source's, not the reporter's.
    var relayed = false
}
