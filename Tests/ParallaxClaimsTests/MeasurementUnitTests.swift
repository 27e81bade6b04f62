import Foundation
import Testing
@testable import ParallaxClaims

/// The shared list of canonical units that measure rather than count (`Lexicons/measurement-units.txt`).
@Suite struct MeasurementUnitTests {
    @Test(arguments: ["kilometre", "square kilometre", "litre", "hour", "kilowatt hour", "degree"])
    func measuresRatherThanCounts(_ unit: String) {
        #expect(MeasureFinder.measurementUnits.contains(unit))
    }

    @Test(arguments: ["tonne", "person", "soldier", "building", "EUR", "percent"])
    func countsOrWeighs(_ unit: String) {
        #expect(!MeasureFinder.measurementUnits.contains(unit))
    }

    /// A unit listed as a measurement but no language's `units.txt` produces would be a typo: it could never apply.
    @Test func everyMeasurementUnitIsSomeLanguagesCanonicalUnit() throws {
        var canonical: Set<String> = []
        for language in LexiconFile.languages {
            for row in LexiconFile.rows("units.txt", in: LexiconFile.folder(language: language)) where row.count > 1 {
                canonical.insert(row[1])
            }
        }
        #expect(!canonical.isEmpty)
        let unknown = MeasureFinder.measurementUnits.subtracting(canonical)
        #expect(unknown.isEmpty, "measurement units no units.txt produces: \(unknown.sorted())")
    }

    /// A measurement takes no measure that only counted things undergo.
    @Test func aMeasurementIsNotKilled() {
        let finder = MeasureFinder(pack: LanguagePack.pack(for: "en"))
        #expect(!finder.admits("killed", unit: "kilometre"))
        #expect(finder.admits("killed", unit: "person"))
    }
}
