import Testing
@testable import ParallaxText

@Suite struct ParallaxTextSmokeTests {
    @Test func targetLinks() {
        #expect(Bool(true))
    }
}
