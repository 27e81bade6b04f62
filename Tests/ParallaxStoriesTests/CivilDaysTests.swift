import ParallaxModel
import Testing

/// The shared days-from-civil conversion (`CivilDays`) that the claims stage's calendar, the story index's day numbers
/// and reconcile's explanations all use: known anchor days, and a round trip over every day of three centuries.
@Suite struct CivilDaysTests {
    @Test(arguments: [
        ("1970-01-01", 0), ("1969-12-31", -1), ("2000-02-29", 11_016), ("2025-04-28", 20_206), ("2100-03-01", 47_541),
    ])
    func anchorDays(_ iso: String, _ days: Int) {
        #expect(CivilDays.days(iso: iso) == days)
        #expect(CivilDays.iso(days: days) == iso)
    }

    @Test func everyDayRoundTrips() {
        let range = CivilDays.days(year: 1900, month: 1, day: 1)...CivilDays.days(year: 2199, month: 12, day: 31)
        let broken = range.filter { days in
            let (year, month, day) = CivilDays.date(days: days)
            return CivilDays.days(year: year, month: month, day: day) != days
                || CivilDays.days(iso: CivilDays.iso(days: days)) != days
        }
        #expect(broken.isEmpty)
        #expect(range.count == 109_573)
    }

    @Test(arguments: ["", "2025-13-01", "2025-04-32", "28.04.2025", "April 2025"])
    func notADate(_ text: String) {
        #expect(CivilDays.days(iso: text) == nil)
    }

    @Test func dateTimesKeepTheirDay() {
        #expect(CivilDays.days(iso: "2025-04-28T23:59:00+02:00") == CivilDays.days(iso: "2025-04-28"))
    }
}
