import ParallaxModel
import Testing

@testable import ParallaxFraming

@Suite struct OutletProfilerTests {
    func analysed(_ blocks: [String], id: String, publisher: String?) -> Article {
        FramingAnalyzer().analyze(ArticleMaker.article(blocks, id: id, publisher: publisher), claims: [])
    }

    @Test func groupsByPublisherInOrderOfAppearance() {
        let articles = [
            analysed(["Schock am Hafen!", "Der Despot schickt Truppen.", "Das sollte uns mahnen."], id: "a1", publisher: "Blatt"),
            analysed(["Hafen gesperrt", "Die Fähre fährt nicht."], id: "a2", publisher: nil),
            analysed(["Hafen wieder offen", "Laut Polizei fährt die Fähre wieder."], id: "a3", publisher: "Blatt"),
        ]
        let claims = [
            Claim(id: "c1", article: "a1", sentence: "a1.s2", text: "Truppen", kind: .statement),
            Claim(id: "c2", article: "a3", sentence: "a3.s2", text: "Fähre", kind: .statement,
                  attribution: Attribution(text: "Laut Polizei", source: "police", hedged: false)),
        ]
        let profiles = OutletProfiler().profiles(articles: articles, claims: claims, unattributedAssertions: ["a1": 2])
        #expect(profiles.map(\.publisher) == ["Blatt", "unknown"])
        let blatt = profiles[0]
        #expect(blatt.articles == ["a1", "a3"])
        #expect(blatt.loadedCount == 2)  // Schock (headline), Despot
        #expect(blatt.sensationalHeadlines == 1)
        #expect(blatt.unattributedAssertions == 2)
        #expect(blatt.attributedShare == 0.5)
        // a1: one opinion of two sentences; a3: none.
        #expect(blatt.opinionShare == 0.25)
        #expect(blatt.words == 11 + 9)
        #expect(abs(blatt.loadedPerThousandWords - 2000.0 / 20.0) < 1e-9)
        #expect(profiles[1].articles == ["a2"])
        #expect(profiles[1].loadedCount == 0)
    }

    @Test func defaultsToNoUnattributedAssertions() {
        let profiles = OutletProfiler().profiles(articles: [analysed(["T", "Ein Satz."], id: "a1", publisher: "X")], claims: [])
        #expect(profiles.first?.unattributedAssertions == 0)
        #expect(profiles.first?.attributedShare == 0)
    }
}
