import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// The status conventions of the grouping round of 2026-11-22 (branch groups6): figures far apart in size,
/// figures without a measure, bounds beside ranges and bounds, earlier figures by stated days, combined
/// measures, counts whose noun was left out, and parts of a figure its own sentence names. Invented figures.
@Suite struct StatusConventionTests {
    typealias Figure = StoryBuilder.Figure

    // MARK: Far apart

    struct SizeCase: Sendable, CustomTestStringConvertible {
        var vague: (Double, Quantity.Qualifier)
        var precise: Double
        var joins: Bool
        var testDescription: String { "\(vague.1.rawValue) \(vague.0) beside \(precise) → \(joins ? "one group" : "apart")" }
    }

    /// A figure joins no group of its measure whose figures all lie more than a factor of ten away.
    @Test(arguments: [
        SizeCase(vague: (24, .atLeast), precise: 30_000, joins: false),  // "Dutzende" protesting, 30,000 employed
        SizeCase(vague: (200, .atLeast), precise: 3_400, joins: false),  // "Hunderte" beside 3,400 staff
        SizeCase(vague: (600, .upTo), precise: 80_000_000, joins: false),  // compensation beside a transfer
        SizeCase(vague: (2_000, .atLeast), precise: 4_800, joins: true),  // "Tausende" beside 4,800 evacuated
        SizeCase(vague: (200, .atLeast), precise: 1_900, joins: true),  // "hundreds" beside 1,900
    ])
    func figuresFarApartAreDifferentThings(_ example: SizeCase) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.quantity(a, example.precise, .about, unit: "worker", measure: "employed")
        story.quantity(b, example.vague.0, example.vague.1, unit: "worker", measure: "employed")
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result) == example.joins, "\(result.groups.map(\.claims))")
    }

    // MARK: Figures without a measure

    struct MeasurelessCase: Sendable, CustomTestStringConvertible {
        var unit: String
        var measured: Double
        var measureless: Double
        var joins: Bool
        var testDescription: String { "\(measureless) \(unit) without a measure beside \(measured) → \(joins)" }
    }

    /// A share, a measurement or a unitless number without a measure joins a group of a measure only when it
    /// states the same number; a count may join one of its size.
    @Test(arguments: [
        MeasurelessCase(unit: "percent", measured: 38.5, measureless: 70, joins: false),
        MeasurelessCase(unit: "percent", measured: 38.5, measureless: 38.5, joins: true),
        MeasurelessCase(unit: "-", measured: 1_700, measureless: 1_500, joins: false),
        MeasurelessCase(unit: "person", measured: 1_700, measureless: 1_500, joins: true),
    ])
    func measurelessFiguresJoinOnlyWhatTheyCanBe(_ example: MeasurelessCase) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.quantity(a, example.measured, unit: example.unit, measure: "decrease")
        story.quantity(b, example.measureless, unit: example.unit, measure: nil)
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result) == example.joins, "\(result.groups.map(\.claims))")
    }

    /// A figure without a measure beside a different number its own article gives a group is another thing,
    /// even when the two are dated differently (a refused credit of €150m beside the €80m transferred).
    @Test func aMeasurelessSumBesideItsArticlesOtherSumStaysApart() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.quantity(a, 80_000_000, unit: "eur", measure: "paid", time: TimeSpan(text: "9 Feb", start: "2027-02-09", end: "2027-02-09"))
        story.quantity(a, 150_000_000, unit: "eur", measure: nil, time: TimeSpan(text: "January", start: "2027-01-01", end: "2027-01-31"))
        story.quantity(b, 80_000_000, unit: "eur", measure: "paid")
        story.quantity(b, 150_000_000, unit: "eur", measure: nil)
        let result = reconcile(story)
        #expect(!together("c1", "c2", in: result), "\(result.groups.map(\.claims))")
        #expect(together("c2", "c4", in: result), "\(result.groups.map(\.claims))")
        #expect(group(of: "c1", in: result)?.status == .agreed)
    }

    /// A figure without a measure that repeats a number its article gives the group is that figure again,
    /// even beside another number of the article there ("1.840" beside "1.840 Züge" and "mehr als 2.100").
    @Test func aMeasurelessRepeatOfItsArticlesFigureJoins() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.quantity(a, 1_840, unit: "-", measure: "cut")
        story.quantity(a, 2_100, .moreThan, unit: "-", measure: "cut")
        story.quantity(a, 1_840, unit: "-", measure: nil)
        story.quantity(b, 1_840, unit: "-", measure: "cut")
        let result = reconcile(story)
        #expect(together("c1", "c3", in: result), "\(result.groups.map(\.claims))")
        #expect(group(of: "c1", in: result)?.status == .conflicting)
    }

    /// A figure without a measure a week after a group's figures and clearly smaller than them counts
    /// something else: a count that grew does not shrink.
    @Test func aLaterSmallerMeasurelessFigureIsNoUpdate() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire", published: "2027-04-14"), b = story.article(publisher: "Follow-up", published: "2027-04-21")
        let day = TimeSpan(text: "Wednesday", start: "2027-04-14", end: "2027-04-14")
        story.quantity(a, 4_800, .about, unit: "person", measure: "evacuated", time: day)
        story.quantity(a, 1_700, .about, unit: "person", measure: "evacuated", time: day)
        story.quantity(b, 1_700, .about, unit: "person", measure: nil, time: TimeSpan(text: "Wednesday", start: "2027-04-21", end: "2027-04-21"))
        let result = reconcile(story)
        #expect(!together("c1", "c3", in: result), "\(result.groups.map(\.claims))")
        #expect(group(of: "c3", in: result)?.status == .singleSource)
    }

    // MARK: Qualifiers

    struct QualifierCase: Sendable, CustomTestStringConvertible {
        var left: (Double?, Quantity.Qualifier, Double?, Double?)
        var right: (Double?, Quantity.Qualifier, Double?, Double?)
        var status: ClaimGroup.Status
        var testDescription: String { "\(left) vs \(right) → \(status.rawValue)" }
    }

    @Test(arguments: [
        // A bound at one end of a range says less than the range.
        QualifierCase(left: (180, .upTo, nil, nil), right: (nil, .range, 150, 180), status: .compatible),
        // Bounds of different numbers: the lower "more than" allows the higher.
        QualifierCase(left: (1_100, .moreThan, nil, nil), right: (1_000, .moreThan, nil, nil), status: .compatible),
        // The same number bounded two ways, or bounded and stated, agrees.
        QualifierCase(left: (60, .moreThan, nil, nil), right: (60, .atLeast, nil, nil), status: .agreed),
        QualifierCase(left: (14_000, .about, nil, nil), right: (14_000, .atLeast, nil, nil), status: .agreed),
        // A bound clearly below a precise figure is looser.
        QualifierCase(left: (60, .about, nil, nil), right: (50, .moreThan, nil, nil), status: .compatible),
        // A range and a figure outside it conflict.
        QualifierCase(left: (1_200_000, .exact, nil, nil), right: (nil, .range, 900_000, 1_000_000), status: .conflicting),
    ])
    func qualifiersDecideAgreedOrCompatible(_ example: QualifierCase) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.quantity(a, example.left.0, example.left.1, low: example.left.2, high: example.left.3, unit: "eur", measure: "cost")
        story.quantity(b, example.right.0, example.right.1, low: example.right.2, high: example.right.3, unit: "eur", measure: "cost")
        let result = reconcile(story)
        #expect(result.groups.count == 1, "\(result.groups.map(\.claims))")
        #expect(result.groups.first?.status == example.status, "\(result.groups.map(\.explanation))")
    }

    // MARK: Time

    struct TimeCase: Sendable, CustomTestStringConvertible {
        var laterText: String
        var status: ClaimGroup.Status
        var testDescription: String { "larger count dated by '\(laterText)' a day later → \(status.rawValue)" }
    }

    /// A larger count a day later is a later figure when the article names that day ("four have now died",
    /// Sunday); a day given only by the publication date (a paper's next-morning retelling) still conflicts.
    @Test(arguments: [
        TimeCase(laterText: "Sunday", status: .compatible),
        TimeCase(laterText: "2027-01-24", status: .conflicting),
    ])
    func earlierFiguresByStatedDays(_ example: TimeCase) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Radio", published: "2027-01-23T19:40:00+01:00")
        let b = story.article(publisher: "Times", published: "2027-01-24")
        story.quantity(a, 3, unit: "person", measure: "killed", time: TimeSpan(text: "Samstag", start: "2027-01-23", end: "2027-01-23"))
        story.quantity(b, 4, unit: "person", measure: "killed", time: TimeSpan(text: example.laterText, start: "2027-01-24", end: "2027-01-24"))
        let result = reconcile(story)
        #expect(result.groups.count == 1)
        #expect(result.groups.first?.status == example.status, "\(result.groups.map(\.explanation))")
    }

    /// A figure dated inside another figure's time span is about the same period, no earlier figure:
    /// 1,840 trains on the first day of a strike against "more than 2,100" over its three days conflict.
    @Test func aFigureInsideAnothersSpanIsNoEarlierFigure() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire", published: "2026-04-14"), b = story.article(publisher: "Union", published: "2026-04-14")
        story.quantity(a, 1_840, unit: "-", measure: "cut", time: TimeSpan(text: "Dienstag", start: "2026-04-14", end: "2026-04-14"))
        story.quantity(b, 2_100, .moreThan, unit: "-", measure: "cut", time: TimeSpan(text: "bis Donnerstag", start: "2026-04-14", end: "2026-04-16"))
        let result = reconcile(story)
        #expect(result.groups.count == 1)
        #expect(result.groups.first?.status == .conflicting, "\(result.groups.map(\.explanation))")
    }

    // MARK: Combined measures

    /// "Killed or injured nine" that only one article gives stands in the group of the dead as another
    /// measure, never their rival (given by several articles, it keeps its own group: ReconcilerTests).
    @Test(arguments: ["killed or wounded", "killed and wounded"])
    func combinedMeasuresStandBesideTheNarrowerOne(_ measure: String) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Radio"), b = story.article(publisher: "Times")
        story.quantity(a, 4, unit: "person", measure: "killed")
        story.quantity(b, 4, unit: "person", measure: "killed")
        story.quantity(b, 9, unit: "person", measure: measure)
        let result = reconcile(story)
        #expect(together("c1", "c3", in: result), "\(result.groups.map(\.claims))")
        #expect(group(of: "c1", in: result)?.status == .compatible)
        #expect(group(of: "c1", in: result)?.explanation.contains("another measure") == true)
    }

    // MARK: Counts whose noun was left out, and parts

    /// "2,100 staff on the ground and 1,300 in the cockpit" counts staff twice: the second figure takes the
    /// first one's unit and measure, and together they make another article's 3,400.
    @Test func anEllipticCountJoinsItsSentencesCount() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Blog"), b = story.article(publisher: "Wire")
        story.sentence(
            a, "Of the 2,100 staff on the ground and 1,300 in the cockpit and cabin, few were told.",
            [
                Figure(text: "2,100 staff", value: 2_100, unit: "worker", measure: "affected"),
                Figure(text: "1,300", value: 1_300, unit: nil, measure: "employed"),
            ])
        story.quantity(b, 3_400, .about, unit: "worker", measure: "affected")
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result) && together("c1", "c3", in: result), "\(result.groups.map(\.claims))")
        #expect(group(of: "c3", in: result)?.status == .compatible, "\(result.groups.map(\.explanation))")
    }

    /// A number followed by a noun the lexicon does not know is no elliptic count.
    @Test func aCountOfAnUnknownNounKeepsItsOwnGroup() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.sentence(
            a, "63 cases are confirmed, and three primary schools are closed.",
            [Figure(text: "63 cases", value: 63, unit: "case", measure: "infected"), Figure(text: "three", value: 3, unit: nil)])
        story.quantity(b, 63, unit: "case", measure: "infected")
        let result = reconcile(story)
        #expect(!together("c1", "c2", in: result), "\(result.groups.map(\.claims))")
    }

    struct SubsetCase: Sendable, CustomTestStringConvertible {
        var sentence: String
        var part: String
        var partUnit: String
        var testDescription: String { sentence }
    }

    /// A part its sentence names of a larger figure ("two of them seriously") is a figure of its own, in
    /// the larger figure's unit.
    @Test(arguments: [
        SubsetCase(sentence: "Twelve people were injured, two of them seriously.", part: "two", partUnit: "person"),
        SubsetCase(sentence: "Zwölf Verletzte, zwei davon schwer.", part: "zwei", partUnit: "person"),
        SubsetCase(sentence: "Zwölf Menschen wurden verletzt, darunter zwei Hafenarbeiter.", part: "zwei Hafenarbeiter", partUnit: "worker"),
    ])
    func partsNamedInTheSentenceAreFiguresOfTheirOwn(_ example: SubsetCase) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        let whole = example.sentence.components(separatedBy: " ").first!
        story.sentence(
            a, example.sentence,
            [
                Figure(text: whole, value: 12, unit: "person", measure: "wounded"),
                Figure(text: example.part, value: 2, unit: example.partUnit, measure: "wounded"),
            ])
        story.sentence(
            b, "Twelve people were injured, two of them seriously.",
            [
                Figure(text: "Twelve", value: 12, unit: "person", measure: "wounded"),
                Figure(text: "two", value: 2, unit: "person", measure: "wounded"),
            ])
        let result = reconcile(story)
        #expect(together("c1", "c3", in: result) && together("c2", "c4", in: result), "\(result.groups.map(\.claims))")
        #expect(!together("c1", "c2", in: result))
        #expect(group(of: "c1", in: result)?.status == .agreed)
        #expect(group(of: "c2", in: result)?.status == .agreed)
    }

    /// "€600m ($650m)": the sum in brackets restates the one before it in another currency and stands in its
    /// group without being compared to it; a sum in another currency elsewhere in the sentence does not.
    @Test(arguments: [("cut €600m ($650m) a year", true), ("cut €600m a year and spend $650m on plants", false)])
    func aSumRestatedInAnotherCurrencyStandsBesideIt(_ example: (sentence: String, joins: Bool)) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Ledger"), b = story.article(publisher: "Wirtschaft")
        story.sentence(
            a, "The carmaker will \(example.sentence).",
            [
                Figure(text: "€600m", value: 600_000_000, unit: "eur", measure: "cut"),
                Figure(text: "$650m", value: 650_000_000, unit: "usd", measure: nil),
            ])
        story.quantity(b, 600_000_000, unit: "eur", measure: "cut")
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result) == example.joins, "\(result.groups.map(\.claims))")
        #expect(group(of: "c1", in: result)?.status == .agreed, "\(result.groups.map(\.explanation))")
    }

    /// Houses are buildings counted: "Über 1.500 Häuser" beside "more than 1,500 buildings" destroyed.
    @Test func housesAreBuildingsForGrouping() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Bote")
        story.quantity(a, 1_500, .moreThan, unit: "building", measure: "destroyed")
        story.quantity(b, 1_500, .moreThan, unit: "house", measure: "destroyed")
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result), "\(result.groups.map(\.claims))")
        #expect(group(of: "c1", in: result)?.status == .agreed)
    }

    /// Children are people counted: "über tausend Kinder" stands beside "some 1,150 pupils" as a looser figure.
    @Test func childrenArePeopleForGrouping() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Parents")
        story.quantity(a, 1_150, .about, unit: "person", measure: nil)
        story.quantity(b, 1_000, .moreThan, unit: "child", measure: nil)
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result), "\(result.groups.map(\.claims))")
        #expect(group(of: "c1", in: result)?.status == .compatible)
    }

    /// "Alle 42 Maschinen" (a noun no lexicon knows, so no unit) is the "42 aircraft" other articles give;
    /// a small number or one that two groups give is not matched so.
    @Test(arguments: [(42.0, true), (12.0, false)])
    func aUnitlessFigureMeetsTheOneGroupStatingItsNumber(_ example: (value: Double, joins: Bool)) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Rewrite")
        story.quantity(a, example.value, unit: "aircraft", measure: nil)
        story.quantity(b, example.value, unit: "-", measure: nil)
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result) == example.joins, "\(result.groups.map(\.claims))")
    }

    /// Bounds of one number in a unit of measurement under two measure labels are one figure: "bis zu neun
    /// Kilometer" (`size`) and "up to 9 kilometres" (`distance`).
    @Test func boundsOfOneMeasurementUnderTwoMeasuresAreOneFigure() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.quantity(a, 9, .upTo, unit: "kilometre", measure: "distance")
        story.quantity(b, 9, .upTo, unit: "kilometre", measure: "size")
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result), "\(result.groups.map(\.claims))")
        #expect(group(of: "c1", in: result)?.status == .agreed)
    }

    /// "etwa acht Prozent" (affected) and "about 8%" (cut) are one share; small counts stay apart.
    @Test func aShareUnderTwoMeasuresIsOneFigure() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.quantity(a, 8, .about, unit: "percent", measure: "affected")
        story.quantity(b, 8, .about, unit: "percent", measure: "cut")
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result), "\(result.groups.map(\.claims))")
    }
}
