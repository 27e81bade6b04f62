import ParallaxModel
import Testing
@testable import ParallaxClaims

/// Generic parties are kinds of body from the lexicons (any avalanche has a mountain rescue); names of
/// particular parties are not, and stripping touches only subject and source.
@Suite struct GenericPartiesTests {
    @Test(arguments: ["police", "mountain rescue", "coast guard", "Fire Service", "officials"])
    func kindsOfBodyAreGeneric(label: String) {
        #expect(GenericParties.contains(label))
    }

    @Test(arguments: ["north korea", "south korean intelligence", "kcna", "velora air", "coren coast guard"])
    func namedPartiesAreNot(label: String) {
        #expect(!GenericParties.contains(label))
    }

    @Test func strippingKeepsEverythingButGenericParties() {
        let claim = Claim(
            id: "c1", article: "a1", sentence: "s1", text: "12 Verletzte", kind: .quantity, subject: "police",
            attribution: Attribution(text: "laut Bergwacht", source: "mountain rescue", hedged: true, why: "cue"))
        let stripped = GenericParties.strippingGenericParties(claim)
        #expect(stripped.subject == nil)
        #expect(stripped.attribution?.source == nil)
        #expect(stripped.attribution?.hedged == true)
        #expect(stripped.text == claim.text)
        var named = claim
        named.subject = "velora air"
        #expect(GenericParties.strippingGenericParties(named).subject == "velora air")
    }
}
