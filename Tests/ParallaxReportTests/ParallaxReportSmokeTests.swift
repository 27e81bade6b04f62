import Testing
@testable import ParallaxReport

@Suite struct ParallaxReportSmokeTests {
    @Test func targetLinks() {
        #expect(Bool(true))
    }
}
