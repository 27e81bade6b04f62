import Foundation
import ParallaxModel
import Testing

@testable import ParallaxClaims

/// The day an undated report covers (``ReportedDay``, round 23): the publication day, or the day before for a report published
/// before nine in the morning of its own local time. Sentences written for this test.
@Suite struct ReportedDayTests {
    @Test(arguments: [
        ("2027-04-10T06:15:00+02:00", "2027-04-09"),
        ("2027-04-10T08:59:00+02:00", "2027-04-09"),
        ("2027-03-01T05:00:00+01:00", "2027-02-28"),
        ("2027-04-10T09:00:00+02:00", "2027-04-10"),
        ("2027-04-10T17:30:00+02:00", "2027-04-10"),
        ("2027-04-10", "2027-04-10"),
    ])
    func reportedDay(published: String, day: String) {
        #expect(ReportedDay.of(published: published)?.start == day)
        #expect(ReportedDay.of(published: published)?.end == day)
    }

    @Test func noDateNoDay() {
        #expect(ReportedDay.of(published: nil) == nil)
        #expect(ReportedDay.of(published: "gestern") == nil)
    }

    /// An undated event figure of a morning report takes the day before; a relative day still counts from the publication day.
    @Test(arguments: [
        ("2027-04-10T06:15:00+02:00", "Bei dem Brand wurden 14 Menschen verletzt.", "14 Menschen", "2027-04-09"),
        ("2027-04-10T14:00:00+02:00", "Bei dem Brand wurden 14 Menschen verletzt.", "14 Menschen", "2027-04-10"),
        ("2027-04-10T06:15:00+02:00", "Am Freitag wurden bei dem Brand 14 Menschen verletzt.", "14 Menschen", "2027-04-09"),
        ("2027-04-10T06:15:00+02:00", "Am Samstag wurden bei dem Brand 14 Menschen verletzt.", "14 Menschen", "2027-04-10"),
    ])
    func undatedFigure(published: String, sentence: String, figure: String, day: String) {
        let article = FixtureArticle.make(paragraphs: [["Brand in Elsing"], [sentence]], language: "de", published: published)
        let claim = ClaimExtractor().extract(from: article).first { $0.kind == .quantity && $0.text.contains(figure) }
        #expect(claim?.time?.start == day, "\(String(describing: claim?.time))")
    }
}
