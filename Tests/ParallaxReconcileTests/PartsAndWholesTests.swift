import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// The grouping rules of round 7 (branch groups7): the whole a part is counted from ("Von den elf
/// Mitgliedern … wurden fünf verletzt"), a sentence opening with a part of the figure before it ("Among
/// them are …"), a German compound naming a kind of another figure's noun (Krankenversicherte beside
/// Versicherte), and a distinctive number stated by another article. Invented figures.
@Suite struct PartsAndWholesTests {
    typealias Figure = StoryBuilder.Figure

    struct WholeCase: Sendable, CustomTestStringConvertible {
        var sentence: String
        var whole: String
        var part: String
        var testDescription: String { sentence }
    }

    /// The whole a part of its sentence is counted from is the size of the group, not a rival of the part.
    @Test(arguments: [
        WholeCase(sentence: "Von den elf Mitgliedern der Tourengruppe wurden fünf verletzt.", whole: "elf Mitgliedern", part: "fünf"),
        WholeCase(sentence: "Of the 11 members of the group, five were injured.", whole: "11 members", part: "five"),
    ])
    func theWholeAPartIsCountedFromIsASize(_ example: WholeCase) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Bote"), b = story.article(publisher: "Wire"), c = story.article(publisher: "Daily")
        story.sentence(
            a, example.sentence,
            [
                Figure(text: example.whole, value: 11, unit: "person", measure: "wounded"),
                Figure(text: example.part, value: 5, unit: "person", measure: "wounded"),
            ])
        story.quantity(b, 11, unit: "person", measure: "size")
        story.quantity(c, 5, unit: "person", measure: "wounded")
        let result = reconcile(story)
        #expect(together("c1", "c3", in: result) && together("c2", "c4", in: result), "\(result.groups.map(\.claims))")
        #expect(!together("c1", "c2", in: result))
        #expect(group(of: "c2", in: result)?.status == .agreed)
    }

    /// A sentence that opens with a part cue counts a part of a larger figure of the sentence before.
    @Test(arguments: [
        ("Among them are roughly 260,000 health insurance customers.", "roughly 260,000 health insurance customers"),
        ("Darunter sind etwa 260.000 Kinder.", "etwa 260.000 Kinder"),
    ])
    func aSentenceOpeningWithAPartCueCountsAPartOfTheFigureBefore(_ example: (sentence: String, part: String)) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.sentence(a, "Hackers stole the data of 410,000 customers.", [Figure(text: "410,000 customers", value: 410_000, measure: "affected")])
        story.sentence(a, example.sentence, [Figure(text: example.part, value: 260_000, qualifier: .about, measure: "affected")])
        story.quantity(b, 410_000, unit: "person", measure: "affected")
        let result = reconcile(story)
        #expect(together("c1", "c3", in: result), "\(result.groups.map(\.claims))")
        #expect(!together("c1", "c2", in: result))
        #expect(group(of: "c1", in: result)?.status == .agreed)
    }

    /// A German compound whose head is the noun of a larger figure of its article names a kind of it:
    /// "260.000 Krankenversicherten" beside "1,3 Millionen Versicherte" is a part, apart; "260.000 Kunden"
    /// is no compound of it and stays in the group.
    @Test(arguments: [("260.000 Krankenversicherten", true), ("260.000 Kunden", false)])
    func aCompoundOfAnotherFiguresNounIsAPart(_ example: (part: String, apart: Bool)) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Bote", language: "de"), b = story.article(publisher: "Wire")
        story.sentence(
            a, "Mindestens 1,3 Millionen Versicherte sind betroffen.",
            [Figure(text: "1,3 Millionen Versicherte", value: 1_300_000, qualifier: .atLeast, measure: "affected")])
        story.sentence(a, "Gestohlen wurden Daten von \(example.part).", [Figure(text: example.part, value: 260_000, measure: "affected")])
        story.quantity(b, 1_300_000, unit: "person", measure: "affected")
        let result = reconcile(story)
        #expect(together("c1", "c3", in: result), "\(result.groups.map(\.claims))")
        #expect(together("c1", "c2", in: result) != example.apart)
    }

    /// A distinctive number another article states draws a figure into its group even when the words of the
    /// sentence are shared with another group of the measure.
    @Test(arguments: ["An den Schulen sind laut Experten nur 84,5 Prozent geimpft.", "Experten: An den Schulen sind 84,5 Prozent geimpft."])
    func aDistinctiveNumberAnotherArticleStatesWinsOverSharedWords(_ sentence: String) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Bote", language: "de")
        story.sentence(a, "Only 84.5 percent of pupils were immunised.", [Figure(text: "84.5 percent", value: 84.5, unit: "percent", measure: "vaccinated")])
        story.sentence(a, "Experten der Schulen fordern 95 Prozent.", [Figure(text: "95 Prozent", value: 95, unit: "percent", measure: "vaccinated")])
        story.sentence(b, sentence, [Figure(text: "84,5 Prozent", value: 84.5, unit: "percent", measure: "vaccinated")])
        let result = reconcile(story)
        #expect(together("c1", "c3", in: result), "\(result.groups.map(\.claims))")
        #expect(!together("c2", "c3", in: result))
    }

    struct SpanCase: Sendable, CustomTestStringConvertible {
        var other: Double
        var unit: String
        var source: String?
        var together: Bool
        var testDescription: String { "\(other) \(unit) from \(source ?? "no named source"): together \(together)" }
    }

    /// Durations of clearly different lengths are different spans (seventeen years in office beside a
    /// prison term of four and a half; a two-month deadline beside three months of wages), unless two
    /// named sources set them against each other; lengths a quarter apart or less are one span.
    @Test(arguments: [
        SpanCase(other: 17, unit: "year", source: nil, together: false),
        SpanCase(other: 5, unit: "year", source: nil, together: true),
        SpanCase(other: 3, unit: "month", source: nil, together: false),
        SpanCase(other: 17, unit: "year", source: "defence", together: true),
    ])
    func durationsOfClearlyDifferentLengthsAreDifferentSpans(_ example: SpanCase) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        let value = example.unit == "year" ? 4.5 : 2
        story.quantity(a, value, unit: example.unit, measure: "duration", source: example.source == nil ? nil : "prosecutors")
        story.quantity(b, example.other, unit: example.unit, measure: "duration", source: example.source)
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result) == example.together, "\(result.groups.map(\.claims))")
    }

    /// A shorter duration given earlier is no earlier figure of a longer one given later: lengths of time
    /// do not grow as tolls do. Four and a half years demanded on one day and five years reported two
    /// days later conflict.
    @Test(arguments: [("duration", ClaimGroup.Status.conflicting), ("deployed", .compatible)])
    func aShorterDurationGivenEarlierIsNoEarlierFigure(_ example: (measure: String, status: ClaimGroup.Status)) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire", published: "2026-09-23"), b = story.article(publisher: "Daily", published: "2026-09-25")
        let unit = example.measure == "duration" ? "year" : "soldier"
        let scale = example.measure == "duration" ? 1.0 : 1000
        story.quantity(a, 4.5 * scale, unit: unit, measure: example.measure)
        story.quantity(b, 5 * scale, unit: unit, measure: example.measure)
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result), "\(result.groups.map(\.claims))")
        #expect(group(of: "c1", in: result)?.status == example.status, "\(result.groups.map(\.explanation))")
    }

    /// A magnitude given days after a different one is another event's (an aftershock's); rival magnitudes
    /// of one day, and the same magnitude days later, are one figure.
    @Test(arguments: [
        (5.8, "2026-06-19", false),
        (7.1, "2026-06-08", true),
        (6.7, "2026-06-19", true),
    ])
    func aDifferentMagnitudeDaysLaterIsAnotherEvents(_ example: (value: Double, published: String, together: Bool)) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire", published: "2026-06-08"), b = story.article(publisher: "Daily", published: example.published)
        let c = story.article(publisher: "Radio", published: "2026-06-08")
        story.sentence(a, "A magnitude 6.7 earthquake struck the region.", [Figure(text: "magnitude 6.7", value: 6.7, unit: nil, measure: "size")])
        story.sentence(b, "A quake of magnitude \(example.value) hit the region.", [Figure(text: "magnitude \(example.value)", value: example.value, unit: nil, measure: "size")])
        story.sentence(c, "Ein Erdbeben der Stärke 6,7 erschütterte die Region.", [Figure(text: "Stärke 6,7", value: 6.7, unit: nil, measure: "size")])
        let result = reconcile(story)
        #expect(together("c1", "c3", in: result), "\(result.groups.map(\.claims))")
        #expect(together("c1", "c2", in: result) == example.together, "\(result.groups.map(\.claims))")
    }

    /// A count without a measure that tells the same scene as a group (half its sentence's words or more)
    /// is a rival count of one event up to a factor of ten away — the organisers' crowd beside the police's;
    /// a count of another scene is not.
    @Test(arguments: [
        ("Mehr als 50.000 Menschen zogen am Abend vor die Wahlkommission.", true),
        ("Mehr als 50.000 Menschen leben in der Hauptstadt.", false),
    ])
    func aRivalCountOfTheSameSceneJoinsIt(_ example: (sentence: String, together: Bool)) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Bote", language: "de"), b = story.article(publisher: "Zeitung", language: "de")
        let c = story.article(publisher: "Blatt", language: "de")
        story.sentence(
            a, "Vor dem Gebäude der Wahlkommission demonstrierten laut Polizei am Abend rund 9.000 Menschen.",
            [Figure(text: "rund 9.000 Menschen", value: 9_000, qualifier: .about)])
        story.sentence(
            b, "Nach Polizeiangaben protestierten am Abend rund 9.000 Menschen vor dem Sitz der Wahlkommission.",
            [Figure(text: "rund 9.000 Menschen", value: 9_000, qualifier: .about)])
        story.sentence(c, example.sentence, [Figure(text: "Mehr als 50.000 Menschen", value: 50_000, qualifier: .moreThan)])
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result), "\(result.groups.map(\.claims))")
        #expect(together("c1", "c3", in: result) == example.together, "\(result.groups.map(\.claims))")
        if example.together { #expect(group(of: "c1", in: result)?.status == .conflicting) }
    }

    /// A number another article states under another measure, and tells apart from this measure's figures,
    /// is that measure's figure ("410,000 of its 2.5 million customers": the customer base); a rival figure
    /// its sentence sets against another source's stays where it is.
    @Test(arguments: [(nil as String?, true), ("union", false)])
    func aNumberAnotherArticleGivesUnderAnotherMeasureJoinsIt(_ example: (source: String?, moves: Bool)) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.sentence(
            a, "Hackers stole the data of about 410,000 of its 2.5 million customers.",
            [
                Figure(text: "about 410,000", value: 410_000, qualifier: .about, measure: "affected"),
                Figure(text: "2.5 million customers", value: 2_500_000, measure: "size"),
            ])
        story.quantity(b, 410_000, .about, unit: "person", measure: "affected", source: example.source == nil ? nil : "company")
        story.quantity(b, 2_500_000, .about, unit: "person", measure: "affected", source: example.source)
        if example.source != nil { story.shareSentence("c4", with: "c3") }
        let result = reconcile(story)
        #expect(together("c1", "c3", in: result), "\(result.groups.map(\.claims))")
        #expect(together("c2", "c4", in: result) == example.moves, "\(result.groups.map(\.claims))")
        #expect(together("c3", "c4", in: result) != example.moves)
    }

    /// A count of the same unit whose noun was left out and that continues the count before it in its
    /// sentence ("und 1.300", "weitere 1.300 aus dem Tal") takes its measure, whatever verb the extractor read
    /// for it; one with a verb of its own keeps its measure.
    @Test(arguments: [
        ("Am Montag waren 3.200 Menschen in Sicherheit gebracht worden, am Mittwoch folgten weitere 1.300 aus dem Tal.", true),
        ("Am Montag waren 3.200 Menschen in Sicherheit gebracht worden, weitere 1.300 halfen beim Löschen.", false),
        ("Am Montag waren 3.200 Menschen aus den Dörfern und 1.300 aus dem Tal in Sicherheit gebracht worden.", true),
        ("Am Montag waren 3.200 Menschen in Sicherheit gebracht worden, im Einsatz waren 1.300.", false),
    ])
    func anEllipticFurtherBatchAddsToTheCountBeforeIt(_ example: (sentence: String, together: Bool)) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Bote", language: "de"), b = story.article(publisher: "Wire")
        story.sentence(
            a, example.sentence,
            [
                Figure(text: "3.200 Menschen", value: 3_200, measure: "evacuated"),
                Figure(text: "1.300", value: 1_300, measure: "deployed"),
            ])
        story.quantity(b, 4_500, .about, unit: "person", measure: "evacuated")
        story.quantity(b, 650, .about, unit: "person", measure: "deployed")
        let result = reconcile(story)
        #expect(together("c1", "c3", in: result), "\(result.groups.map(\.claims))")
        #expect(together("c1", "c2", in: result) == example.together, "\(result.groups.map(\.claims))")
    }

    /// Parts of different numbers that divide one whole in a sentence are things of their own (each party's
    /// seats), whether the extractor read the whole as the parts' measure or as a size.
    @Test(arguments: ["won", "size"])
    func partsDividingAWholeAreThingsOfTheirOwn(_ wholeMeasure: String) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Bote", language: "de"), b = story.article(publisher: "Wire")
        story.sentence(
            a, "Von den 120 Sitzen entfallen 44 auf die Volksunion und 27 auf die Grüne Liga.",
            [
                Figure(text: "120 Sitzen", value: 120, unit: "seat", measure: wholeMeasure),
                Figure(text: "44", value: 44, unit: "seat", measure: "won"),
                Figure(text: "27", value: 27, unit: "seat", measure: "won"),
            ])
        story.quantity(b, 44, unit: "seat", measure: "won")
        let result = reconcile(story)
        #expect(together("c2", "c4", in: result), "\(result.groups.map(\.claims))")
        #expect(!together("c2", "c3", in: result) && !together("c1", "c2", in: result))
        #expect(group(of: "c2", in: result)?.status == .agreed)
    }
}
