import Testing
@testable import ParallaxClaims

@Suite struct ParallaxClaimsSmokeTests {
    @Test func targetLinks() {
        #expect(Bool(true))
    }
}
