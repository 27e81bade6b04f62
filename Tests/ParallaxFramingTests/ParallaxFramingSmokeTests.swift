import Testing
@testable import ParallaxFraming

@Suite struct ParallaxFramingSmokeTests {
    @Test func targetLinks() {
        #expect(Bool(true))
    }
}
