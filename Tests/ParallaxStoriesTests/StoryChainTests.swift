import Foundation
import ParallaxModel
import Testing

@testable import ParallaxStories

/// Round 10: what chained a varied real corpus into one story, and what kept a tabloid apart from
/// its story — the rules that fix them, on fixtures written for them.
@Suite("Chains and shortened names")
struct StoryChainTests {
    static let extractor = FeatureExtractor()

    static func features(_ id: String, _ text: String, _ language: String = "de") -> ArticleFeatures {
        extractor.features(id: id, title: nil, body: text, language: language, published: nil)
    }

    static func entityKeys(_ text: String, _ language: String) -> Set<UInt64> {
        Set(features("x", text, language).terms.filter { $0.kind == .entity }.map(\.key))
    }

    @Test(
        "a run of capitalised words also counts as its last word, the name it is shortened to",
        arguments: [
            // A title noun before a place name (German), and the bare name in another article.
            (
                "Seit Donnerstag sitzen 23 Kumpel im Bergwerk Korvik fest.",
                "Die Grube von Korvik ist seit 1950 in Betrieb.", "de", "korvik"
            ),
            // A genitive noun before a company name.
            (
                "Nach Angaben des Betreibers Stavren sind 12 Männer verletzt.",
                "Die Bosse von Stavren wussten von den Rissen.", "de", "stavr"
            ),
            // First name and surname, then the surname alone (English).
            (
                "District chief Piet Hollander ordered the evacuation.", "The fire was contained, Hollander said.",
                "en", "holland"
            ),
        ])
    func runMeetsItsLastWord(_ first: String, _ second: String, _ language: String, _ stem: String) {
        let key = ArticleFeatures.key(stem, kind: .entity)
        #expect(Self.entityKeys(first, language).contains(key))
        #expect(Self.entityKeys(second, language).contains(key))
    }

    @Test(
        "the run itself stays a name of its own", arguments: [("Landrat Piet Hollander kam am Abend.", "piet holland")])
    func runStaysAName(_ text: String, _ stem: String) {
        #expect(Self.entityKeys(text, "de").contains(ArticleFeatures.key(stem, kind: .entity)))
    }

    /// A varied corpus in which `stubs` short articles carry the same agency boilerplate line.
    static func boilerplateIndex(stubs: Int) -> StoryIndex {
        var index = StoryIndex()
        let topics = [
            "Der Stadtrat von Merlingen beschloss am Montag den neuen Busfahrplan für die Innenstadt.",
            "Die Tennisspielerin Ilka Varnholt gewann das Turnier in Tellheim nach drei Sätzen.",
            "Forscher der Universität Orstedt entdeckten eine neue Käferart im Regenwald.",
            "Der Autokonzern Brevan ruft 40.000 Fahrzeuge wegen defekter Bremsen zurück.",
            "Die Sängerin Mara Loewen füllte die Halle in Sundberg zum dritten Mal.",
            "Ein Lawinenabgang am Kalmhorn verschüttete zwei Skitourengeher.",
        ]
        for round in 0..<4 {
            for (number, topic) in topics.enumerated() {
                index.add(features: features("topic-\(round)-\(number)", topic + " Bericht \(round)."))
            }
        }
        let leads = [
            "Obama will das Lager Korrin noch vor Ende seiner Amtszeit schließen.",
            "Der Streamingdienst Velto gewann in internationalen Märkten Kunden.",
            "Die Explosion in der Einkaufsstraße Tamsar verletzte 40 Menschen.",
            "Die Umfrage des Instituts Norvik sieht die Befürworter knapp vorn.",
        ]
        let boilerplate =
            " Der Volltext dieses auf Agenturmeldungen basierenden Artikels steht aus rechtlichen Gründen nicht mehr zur Verfügung."
        for number in 0..<stubs {
            index.add(features: features("stub-\(number)", leads[number % leads.count] + boilerplate))
        }
        return index
    }

    @Test("articles that share only a line many articles carry are not alike", arguments: [12, 16])
    func sharedBoilerplateIsNoEvidence(stubs: Int) {
        let index = Self.boilerplateIndex(stubs: stubs)
        let scorer = index.scorer()
        let stubs = index.articles.filter { $0.id.hasPrefix("stub-") }
        #expect(scorer.similarity(stubs[0], stubs[1]) == 0)
        // Stubs of the same lead are copies and may group; stubs of different leads never do.
        let leadsPerGroup = index.storyGroups().map { group in
            Set(group.map { index.articles[$0].id }.filter { $0.hasPrefix("stub-") }.map { Int($0.dropFirst(5))! % 4 })
        }
        #expect(leadsPerGroup.allSatisfy { $0.count <= 1 })
    }

    @Test("a pair that shares a rare name as well still scores")
    func rareNameStillCounts() {
        var index = Self.boilerplateIndex(stubs: 12)
        index.add(
            features: Self.features(
                "korrin-1", "Das Lager Korrin auf Kuba wird geschlossen, sagte Obama in Washington."))
        index.add(
            features: Self.features(
                "korrin-2", "Obama: Lager Korrin schließt bis Jahresende, Häftlinge werden verlegt."))
        let scorer = index.scorer()
        let byID = Dictionary(uniqueKeysWithValues: index.articles.map { ($0.id, $0) })
        #expect(scorer.similarity(byID["korrin-1"]!, byID["korrin-2"]!) > 0)
    }

    /// Two tight stories of three articles joined by one link that only the relative rule raised to
    /// the story threshold.
    static let chainEdges: [AverageLinkClustering.Edge] = [
        .init(first: 0, second: 1, score: 0.5, forced: false, similarity: 0.5),
        .init(first: 1, second: 2, score: 0.5, forced: false, similarity: 0.5),
        .init(first: 0, second: 2, score: 0.4, forced: false, similarity: 0.4),
        .init(first: 3, second: 4, score: 0.5, forced: false, similarity: 0.5),
        .init(first: 4, second: 5, score: 0.5, forced: false, similarity: 0.5),
        .init(first: 3, second: 5, score: 0.4, forced: false, similarity: 0.4),
        // Relative link: counts as 0.2 but the similarity is 0.05.
        .init(first: 2, second: 3, score: 0.2, forced: false, similarity: 0.05),
    ]

    @Test(
        "a group too large for average link is cut at links whose similarity reaches the story threshold",
        arguments: [2, 3, 5, 400])
    func largeGroupIsNotOneChain(limit: Int) {
        var configuration = StoryIndex.Configuration()
        configuration.averageLinkLimit = limit
        let index = StoryIndex(configuration: configuration)
        let groups = index.split(Array(0..<6), edges: Self.chainEdges).map { $0.sorted() }.sorted { $0[0] < $1[0] }
        #expect(groups == [[0, 1, 2], [3, 4, 5]])
    }

    @Test(
        "one loosely joined member does not lower a story's typical similarity",
        arguments: [
            // Four articles alike at 0.3, a fifth alike to each at 0.02: the typical value stays 0.3-ish.
            (4, 0.3, 0.02),
            (6, 0.2, 0.0),
        ])
    func typicalSimilarityIgnoresAnOutlier(core: Int, alike: Double, outlier: Double) {
        let count = core + 1
        var similarity = [[Double]](repeating: [Double](repeating: alike, count: count), count: count)
        for i in 0..<count {
            similarity[i][i] = 0
            similarity[i][core] = i == core ? 0 : outlier
            similarity[core][i] = i == core ? 0 : outlier
        }
        let typical = EventSplitter.typicalSimilarity(similarity)
        let pairMean = (Double(core * (core - 1) / 2) * alike + Double(core) * outlier) / Double(count * core / 2)
        #expect(typical > pairMean)
        #expect(typical >= alike * Double(core - 1) / Double(core) + outlier / Double(core) - 1e-9)
    }

    @Test("pairs vetoed by date are left out of the typical similarity")
    func vetoedPairsLeftOut() {
        let similarity: [[Double]] = [[0, 0.4, -1], [0.4, 0, 0.4], [-1, 0.4, 0]]
        #expect(abs(EventSplitter.typicalSimilarity(similarity) - 0.4) < 1e-9)
    }
}
