import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// Round 15 of grouping (branch groups15): figures of one measure and unit that count another thing — a figure
/// set in an earlier time, another quantity of the unit (a threshold, an insured loss, a capacity), people still
/// in hospital — are grouped apart from the story's count (`Lexicons/<lang>/distinctions.tsv`). Invented reports
/// in `Fixtures/distinct-quantities.json`.
@Suite struct DistinctionTests {
    struct Fixture: Decodable {
        struct Figure: Decodable {
            var text: String
            var value: Double
            var unit: String
            var measure: String?
        }
        struct SentenceItem: Decodable {
            var text: String
            var figures: [Figure]
        }
        struct ArticleItem: Decodable {
            var publisher: String
            var published: String?
            var language: String
            var sentences: [SentenceItem]
        }
        struct Case: Decodable, Sendable, CustomTestStringConvertible {
            var name: String
            var articles: [ArticleItem]
            var together: [[String]]
            var apart: [[String]]
            var testDescription: String { name }

            /// Reconciles the case's articles and expects its `together` pairs in one group and its `apart` pairs not.
            func check() {
                var story = StoryBuilder()
                for item in articles {
                    let id = story.article(publisher: item.publisher, published: item.published, language: item.language)
                    for sentence in item.sentences {
                        story.sentence(
                            id, sentence.text,
                            sentence.figures.map {
                                StoryBuilder.Figure(text: $0.text, value: $0.value, unit: $0.unit, measure: $0.measure)
                            })
                    }
                }
                let result = reconcile(story)
                // `together` here is the case's pairs; the free function of StoryBuilder.swift answers for a pair.
                let joined = { (pair: [String]) in ParallaxReconcileTests.together(pair[0], pair[1], in: result) }
                for pair in together {
                    #expect(joined(pair), "\(pair) \(result.groups.map(\.claims))")
                }
                for pair in apart {
                    #expect(!joined(pair), "\(pair) \(result.groups.map(\.claims))")
                }
            }
        }
        var cases: [Case]

        /// The cases of `Fixtures/<name>.json` (none when the file is missing or malformed; each suite expects a count).
        static func cases(in name: String) -> [Case] {
            guard let url = Bundle.module.url(forResource: "Fixtures/" + name, withExtension: "json"),
                let data = try? Data(contentsOf: url)
            else { return [] }
            return (try? JSONDecoder().decode(Fixture.self, from: data))?.cases ?? []
        }
    }

    static let cases = Fixture.cases(in: "distinct-quantities")

    @Test func theFixtureLoads() {
        #expect(Self.cases.count >= 8)
    }

    @Test(arguments: cases)
    func figuresOfAnotherThingStandApart(_ example: Fixture.Case) {
        example.check()
    }

    /// The cues of each role are read from every language's file.
    @Test(arguments: ["damals", "at the time", "seit", "since", "mittlerweile", "now"])
    func timeCuesLoad(_ cue: String) {
        let cues = ClaimGrouper.distinctionCues
        #expect(cues.then.contains(cue) || cues.since.contains(cue) || cues.now.contains(cue))
    }

    @Test(arguments: [
        (" vor zwei jahren wurden ", true), (" three years ago the plant ", true), (" down almost on a year ago ", false),
        (" gegenüber dem stand vor einem jahr ", false), (" vor zwei wochen ", false),
    ])
    func spansBackFromToday(_ example: (clause: String, earlier: Bool)) {
        #expect(ClaimGrouper.spansBackFromToday(example.clause, cues: ClaimGrouper.distinctionCues) == example.earlier)
    }
}
