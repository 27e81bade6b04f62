import ParallaxModel
import Testing
@testable import ParallaxReport

/// Loaded terms are highlighted wherever they stand in the sentence, whatever order the framing lists them in.
@Suite struct HTMLLoadedTermOrderTests {
    @Test func termsListedOutOfOrderAreAllMarked() {
        var report = ReportFixture.sample
        report.articles[1].framing.loaded = [
            Framing.LoadedTerm(text: "predictable", sentence: "a2.s2", why: "second", usage: "used"),
            Framing.LoadedTerm(text: "catastrophe", sentence: "a2.s2", why: "first", usage: "used"),
        ]
        let html = HTMLReportWriter().write(report)
        #expect(html.contains(
            "The <mark class=\"loaded\" title=\"first\">catastrophe</mark><sup>1</sup> was entirely "
                + "<mark class=\"loaded\" title=\"second\">predictable</mark><sup>2</sup>."))
        #expect(html.contains("<li>“catastrophe”: first</li><li>“predictable”: second</li>"))
    }

    @Test func repeatedAndMissingTerms() {
        var report = ReportFixture.sample
        report.articles[0].sentences[1].text = "Harnby, Harnby and Harnby."
        report.articles[0].framing.loaded = [
            Framing.LoadedTerm(text: "Harnby", sentence: "a1.s2", why: "x", usage: "used"),
            Framing.LoadedTerm(text: "absent", sentence: "a1.s2", why: "y", usage: "used"),
            Framing.LoadedTerm(text: "Harnby", sentence: "a1.s2", why: "z", usage: "used"),
        ]
        let html = HTMLReportWriter().write(report)
        #expect(html.contains(
            "<mark class=\"loaded\" title=\"x\">Harnby</mark><sup>1</sup>, <mark class=\"loaded\" title=\"z\">Harnby</mark><sup>2</sup> and Harnby."))
    }
}
