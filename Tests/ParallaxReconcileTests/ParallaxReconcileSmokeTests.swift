import Testing
@testable import ParallaxReconcile

@Suite struct ParallaxReconcileSmokeTests {
    @Test func targetLinks() {
        #expect(Bool(true))
    }
}
