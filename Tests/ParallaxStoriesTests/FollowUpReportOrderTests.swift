import ParallaxModel
import Testing

@testable import ParallaxStories

/// Which of two reports came first, and whether the later one adds as many figures of its own as it
/// shares with the earlier (`RewriteDetector.laterReportAddsFigures`).
@Suite("Follow-up report order")
struct FollowUpReportOrderTests {
    @Test(
        "the clock time a page gives, in minutes",
        arguments: [
            ("2031-05-12T18:30:00+02:00", Int64(CivilDays.days(year: 2031, month: 5, day: 12)) * 1440 + 18 * 60 + 30),
            ("2031-05-12T18:30Z", Int64(CivilDays.days(year: 2031, month: 5, day: 12)) * 1440 + 18 * 60 + 30),
            ("2031-05-12 07:05", Int64(CivilDays.days(year: 2031, month: 5, day: 12)) * 1440 + 7 * 60 + 5),
            ("2031-05-12", nil),
            ("2031-05-12T", nil),
            ("2031-05-12T25:10:00", nil),
            ("Montag", nil),
        ] as [(String, Int64?)])
    func minute(_ text: String, _ expected: Int64?) {
        #expect(StoryDate.minute(text) == expected)
    }

    /// Features with a time (or only a day) of publication and the values of their quantity claims.
    static func report(_ id: String, minute: Int64?, day: Int32? = 20000, values: [Double]) -> ArticleFeatures {
        ArticleFeatures(
            id: id, language: "de", day: day, terms: [], facts: [], sketch: MinHashSketch(shingles: []), keywords: [],
            publishedMinute: minute, statedValues: values)
    }

    @Test(
        "a later report adding as many figures as it shares is a follow-up",
        arguments: [
            // Four shared, four new (the area, the hours, the residents, the crew): a follow-up.
            (Int64(600), Int64(900), [14, 120, 2.5e6, 3], [14, 120, 2.5e6, 3, 4800, 9, 35, 31], true),
            // Either order of the arguments.
            (Int64(900), Int64(600), [14, 120, 2.5e6, 3, 4800, 9, 35, 31], [14, 120, 2.5e6, 3], true),
            // One new figure beside four taken over: a rewrite may add a detail.
            (Int64(600), Int64(900), [14, 120, 2.5e6, 3], [14, 120, 2.5e6, 3, 4800], false),
            // The earlier report has the more figures: a rewrite condenses.
            (Int64(600), Int64(900), [14, 120, 2.5e6, 3, 4800, 9, 35, 31], [14, 120, 2.5e6], false),
            // Published at the same minute: no order.
            (Int64(600), Int64(600), [14, 120], [14, 4800, 9, 35], false),
        ] as [(Int64, Int64, [Double], [Double], Bool)])
    func laterAddsFigures(_ first: Int64, _ second: Int64, _ one: [Double], _ other: [Double], _ expected: Bool) {
        let left = Self.report("a", minute: first, values: one.sorted())
        let right = Self.report("b", minute: second, values: other.sorted())
        #expect(RewriteDetector.laterReportAddsFigures(left, right, minimum: 2) == expected)
    }

    @Test("days order reports that give no time; one day without times does not")
    func daysOrder() {
        let earlier = Self.report("a", minute: nil, day: 20000, values: [14, 120])
        let later = Self.report("b", minute: 20001 * 1440 + 60, day: 20001, values: [14, 4800, 9, 35])
        #expect(RewriteDetector.isEarlier(earlier, later) == true)
        #expect(RewriteDetector.laterReportAddsFigures(earlier, later, minimum: 2))
        let sameDay = Self.report("c", minute: nil, day: 20001, values: [14, 4800, 9, 35])
        #expect(RewriteDetector.isEarlier(later, sameDay) == nil)
        #expect(!RewriteDetector.laterReportAddsFigures(later, sameDay, minimum: 2))
    }
}
