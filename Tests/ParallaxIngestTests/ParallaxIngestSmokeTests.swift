import Testing
@testable import ParallaxIngest

@Suite struct ParallaxIngestSmokeTests {
    @Test func targetLinks() {
        #expect(Bool(true))
    }
}
