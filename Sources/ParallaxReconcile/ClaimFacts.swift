import Foundation
import ParallaxModel
import ParallaxText

/// What the reconcile stage needs to know about one claim, derived once.
struct ClaimFacts: Sendable {
    /// The claim, held by reference (``SharedClaim``): copying a fact retains one object instead of each of the
    /// claim's strings. Setting it (rare: one pass drops a conversion) makes a new reference.
    var claim: Claim {
        get { sharedClaim.value }
        set { sharedClaim = SharedClaim(newValue, in: sharedArticle.value) }
    }
    private var sharedClaim: SharedClaim
    /// The claim's article, held by reference: the grouping passes copy every fact many times, and an `Article`
    /// value (its body, sentences and metadata) would be copied field by field with each.
    private let sharedArticle: SharedArticle
    var article: Article { sharedArticle.value }
    /// Whether the figure is a further batch or a running total, from the words before it.
    var scope: ReconcileLexicon.Scope?
    /// The values its qualifier allows, for quantities.
    var interval: QuantityInterval?
    /// The numbers it states (a bound's number, a range's ends), for measuring closeness.
    var stated: QuantityInterval?
    /// The day the figure refers to: the end of its time span, else the article's publication day.
    var referenceDay: Int?
    /// The first day the figure refers to: the start of its time span, else `referenceDay`.
    var startDay: Int?
    /// Whether `referenceDay` comes from a time the article states ("Sonntag", "on 22 June"), rather than
    /// from its publication day (a claim without a time, or one the extractor dated by the publication).
    var dayIsStated = false
    /// Canonical unit used for grouping (the normalised unit when the claim was converted).
    var unitKey: String
    /// The unit the claim itself counts in, before its family (`patient`, where ``unitKey`` is `person`).
    var kindUnit: String { claim.quantity?.normalized?.unit ?? claim.quantity?.unit ?? "-" }
    /// Canonical measure used for grouping (a combined measure's family: `killed or wounded` → `killed`).
    var measureKey: String
    /// Whether the claim's own measure is a combined one grouped under a narrower measure
    /// (`Lexicons/measure-families.tsv`): another measure beside the group's figures, never their rival.
    var broaderMeasure = false
    /// Whether the claim is a further batch that another article also gives as a further batch (set by
    /// the grouper): a figure in its own right, grouped apart from the totals.
    var sharedFurther = false
    /// Whether the figure counts a part of a larger figure its own sentence gives before it ("zwölf
    /// Verletzte, zwei davon schwer"; "twelve injured, two of them seriously"), set by the grouper.
    var subset = false
    /// The claim a ``subset`` figure is a part of (the larger figure before it), set by the grouper.
    var partOf: String?
    /// Whether the figure is one of several parts its sentence divides a whole into ("Von den 120 Sitzen
    /// entfallen 44 auf die Volksunion und 27 auf die Grüne Liga"), set by the grouper: its article's other
    /// parts are other things, not its total or its parts.
    var siblingPart = false
    /// The claim whose sum or measurement this one restates in another currency or unit ("€600m ($650m)",
    /// "240.000 Barrel (etwa 38 Millionen Liter)"), set by the grouper.
    var equivalentOf: String?
    /// What the figure's stated number may have been rounded by, in the normalised unit, when the figure restates a
    /// measurement in another system of units beside figures in the other ("a 200-foot crane" beside "60 Meter"); 0
    /// otherwise. Set by ``StatusJudge/widenedForConversion(_:)``.
    var restatementRounding = 0.0
    /// Whether the figure counts what remains ("noch vermisst", "still in hospital"): a count that may fall
    /// (``countsRemainder(_:sentence:lexicon:)``).
    var isRemainder = false
    /// Whether a denial stands in the claim's sentence (set by the grouper, which sees the whole story).
    var inDenialSentence = false
    /// The claim of the larger figure its sentence says this count rose to ("has risen to 17, from 14 on Tuesday";
    /// "up from about 28,000"; "stieg von 41 auf 63"), set by the grouper (``ClaimGrouper/markingRises(_:)``): this
    /// figure is the count's earlier value, wherever the story gives it.
    var risesTo: String?
    /// What sets the figure apart from the figures of its measure and unit, as a suffix of its grouping key
    /// (`|earlier`, `|kind:threshold`, `|state:hospital`; empty for most figures), set by the grouper
    /// (``ClaimGrouper/markingEarlierTimes(_:)``, ``ClaimGrouper/markingQuantityKinds(_:)``,
    /// ``ClaimGrouper/markingLocatedFigures(_:)``).
    var distinction = ""

    init(claim: Claim, article: Article, lexicon: ReconcileLexicon) {
        self.init(claim: claim, article: SharedArticle(article), lexicon: lexicon)
    }

    /// The facts of `claim`, sharing `article` with the other claims of the article.
    init(claim: Claim, article shared: SharedArticle, lexicon: ReconcileLexicon) {
        let article = shared.value
        var claim = claim
        claim.quantity = claim.quantity.map(ReconcileLexicon.normalized)
        self.sharedClaim = SharedClaim(claim, in: article)
        self.sharedArticle = shared
        self.interval = claim.quantity.flatMap(QuantityInterval.init)
        self.stated = claim.quantity.flatMap(FigureClusters.stated)
        self.unitKey = ReconcileLexicon.groupingUnit(claim.quantity?.normalized?.unit ?? claim.quantity?.unit ?? "-")
        self.measureKey = claim.measure.map(ReconcileLexicon.groupingMeasure) ?? "-"
        self.broaderMeasure = self.measureKey != (claim.measure ?? "-")
        self.referenceDay = DayNumber.from(iso: claim.time?.end) ?? DayNumber.from(iso: article.published)
        self.startDay = DayNumber.from(iso: claim.time?.start) ?? self.referenceDay
        self.dayIsStated = claim.time.map { time in
            time.end != nil && !Self.isPublicationDate(time.text, of: article)
        } ?? false
        if claim.kind == .quantity {
            // The sentence's text, found once by the shared claim, serves every reading of the claim's surroundings.
            let sentence = sharedClaim.sentenceText
            let scope = lexicon.scope(
                ofTextBefore: Self.leadIn(of: claim, sentence: sentence),
                clause: Self.leadIn(of: claim, sentence: sentence, clauseOnly: true))
            self.scope = scope == nil && lexicon.additionalAfterNumber.contains(Self.wordAfterNumber(in: claim.text)) ? .additional : scope
            self.isRemainder = Self.countsRemainder(claim, sentence: sentence, lexicon: lexicon)
        }
    }

    /// The words around the claim's number where "weitere", "insgesamt" or "another" stand: up to 48
    /// characters before the claim, the claim up to its number, and the word right after the number
    /// ("1.500 weitere"). With `clauseOnly`, the words before the claim start after the last comma,
    /// semicolon, colon or digit before it: the number's own clause, where a cue of a further batch must stand.
    static func leadIn(of claim: Claim, sentence: String, clauseOnly: Bool = false) -> String {
        let claimHead = String(claim.text.prefix { !$0.isNumberFast })
        let afterNumber = claim.text.drop { !$0.isNumberFast }.drop { $0.isNumberFast || $0 == "." || $0 == "," }
        let nextWord = afterNumber.drop { $0 == " " }.prefix { $0.isLetterFast }
        guard let range = sentence.firstRange(ofBytes: claim.text) else { return claimHead + " " + nextWord }
        let window = sentence[..<range.lowerBound].suffix(48)
        let before = clauseOnly
            ? window.lastIndex { $0 == "," || $0 == ";" || $0 == ":" || $0.isNumberFast }.map { window[window.index(after: $0)...] } ?? window
            : window
        return String(before) + " " + claimHead + " " + nextWord
    }

    /// The text of the sentence `claim` stands in (the claim's own text when the article lacks it).
    static func sentenceText(of claim: Claim, in article: Article) -> String {
        article.sentences.first { $0.id == claim.sentence }?.text ?? claim.text
    }

    /// The text of the sentence the claim stands in.
    var sentenceText: String { sharedClaim.sentenceText }

    /// The claim's sentence, unique across the story's articles: the key the passes index figures by.
    var sentenceKey: String { sharedClaim.sentenceKey }

    /// The quantity facts of `facts` by ``sentenceKey``, in input order.
    static func figuresBySentence(_ facts: [ClaimFacts]) -> [String: [ClaimFacts]] {
        Dictionary(grouping: facts.filter { $0.claim.kind == .quantity }, by: \.sentenceKey)
    }

    /// The figures of this fact's sentence in `index` (see ``figuresBySentence(_:)``) that end before it starts.
    func figuresBefore(in index: [String: [ClaimFacts]]) -> [ClaimFacts] {
        guard let start = claim.start else { return [] }
        return (index[sentenceKey] ?? []).filter { ($0.claim.end ?? .max) <= start }
    }

    /// Whether a time's text is only a date in ISO form — the publication day the extractor fell back to,
    /// not a time the article names.
    static func isPublicationDate(_ text: String, of article: Article) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 10, DayNumber.from(iso: trimmed) != nil, trimmed.first?.isNumberFast == true else { return false }
        guard let published = article.published else { return true }
        return published.hasPrefix(String(trimmed.prefix(10)))
    }

    /// The lower-cased word right after a claim's number ("15 more people" → `more`). A number written as a word
    /// stands first in the claim ("Two more passengers" → `more`, "three others" → `others`): the cue of
    /// `additional-after` held for digits only until round 13. "more than seven hours" gives `than`, no cue.
    static func wordAfterNumber(in text: String) -> String {
        if !text.contains(where: \.isNumberFast) {
            let words = text.split { !$0.isLetterFast }
            return words.count > 1 ? words[1].lowercased() : ""
        }
        let afterNumber = text.drop { !$0.isNumberFast }.drop { $0.isNumberFast || $0 == "." || $0 == "," }
        return String(afterNumber.drop { $0 == " " }.prefix { $0.isLetterFast }).lowercased()
    }

    /// Whether the figure's stated time ends more than `days` days before its article's publication: a past
    /// event the article recalls ("In 2019, five people died …"), not the story's own news.
    func isBackground(by days: Int) -> Bool {
        guard dayIsStated, let end = referenceDay, let published = DayNumber.from(iso: article.published) else { return false }
        return end + days < published
    }

    /// Whether this claim is a denial of another statement.
    var isDenial: Bool { claim.statement?.isDenial ?? false }
}

/// Days since 1970-01-01 for ISO 8601 dates, for comparing when figures were given (``CivilDays``).
enum DayNumber {
    /// The day of an ISO 8601 date or date-time (`2025-04-28`, `2025-04-28T05:37:00`), or `nil`.
    static func from(iso text: String?) -> Int? {
        guard let text, text.count >= 10 else { return nil }
        return CivilDays.days(iso: text)
    }

    /// The ISO 8601 date (`2027-06-09`) of a day counted from 1970-01-01, the inverse of ``from(iso:)``: for
    /// explanations that name the days a comparison rests on.
    static func iso(_ day: Int) -> String { CivilDays.iso(days: day) }
}
