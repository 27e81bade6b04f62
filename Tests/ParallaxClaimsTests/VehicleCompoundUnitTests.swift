import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Vehicles named by a written-apart compound whose head alone names another kind (round 20): an air ambulance flies, a
/// water tanker drives; `tanker` alone stays a ship. Sentences written for these tests.
@Suite struct VehicleCompoundUnitTests {
    static func unit(_ text: String) -> String? {
        QuantityFinder(pack: LanguagePack.pack(for: "en")).find(in: ClaimTokenizer.tokens(of: text)).first?.quantity.unit
    }

    @Test(arguments: [
        ("Three air ambulances landed beside the track.", "aircraft"),
        ("Two air tankers dropped water on the ridge.", "aircraft"),
        ("Twelve water tankers supplied the hill villages.", "vehicle"),
        ("Four tanker trucks queued at the depot.", "vehicle"),
        ("Five tankers were anchored off the port.", "ship"),
    ])
    func namesTheVehicle(text: String, unit: String) {
        #expect(Self.unit(text) == unit)
    }
}
