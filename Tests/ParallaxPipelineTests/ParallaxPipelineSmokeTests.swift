import Testing
@testable import ParallaxPipeline

@Suite struct ParallaxPipelineSmokeTests {
    @Test func targetLinks() {
        #expect(Bool(true))
    }
}
