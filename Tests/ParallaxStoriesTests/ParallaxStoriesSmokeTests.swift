import Testing
@testable import ParallaxStories

@Suite struct ParallaxStoriesSmokeTests {
    @Test func targetLinks() {
        #expect(Bool(true))
    }
}
