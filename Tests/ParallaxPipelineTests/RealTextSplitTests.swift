import Foundation
import ParallaxModel
import Testing

@testable import ParallaxEval

/// Gold splits whose articles are real text under `../shared/` (`"sharedCorpus"`): only the annotated
/// items are analysed, their claims are scored, and a machine without the shared folder skips them.
@Suite struct RealTextSplitTests {
    /// A checkout `<tmp>/repo` with one real-text gold split, beside `<tmp>/shared` when `withShared`.
    private func layout(withShared: Bool) throws -> URL {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-real-\(UUID().uuidString)")
        let gold = base.appendingPathComponent("repo/examples/gold")
        try FileManager.default.createDirectory(at: gold, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: base.appendingPathComponent("repo/examples/corpus"), withIntermediateDirectories: true)
        let goldJSON = #"""
            {"split": "real", "sharedCorpus": "corpora/news.jsonl", "articles": [
              {"input": "real/news.jsonl#news-2", "language": "de", "claims": [
                {"kind": "quantity", "text": "rund 300 Beschäftigte", "value": 300, "qualifier": "about",
                 "unit": "worker", "measure": null, "time": null, "subject": null, "source": null, "hedged": false, "group": null}
              ]}
            ], "stories": [], "groups": [], "rewrites": []}
            """#
        try Data(goldJSON.utf8).write(to: gold.appendingPathComponent("real.json"))
        if withShared {
            let corpora = base.appendingPathComponent("shared/corpora")
            try FileManager.default.createDirectory(at: corpora, withIntermediateDirectories: true)
            let lines = [
                #"{"id": "news-1", "label": "Sport", "text": "Der Verein gewann am Sonntag. Die Fans feierten lange."}"#,
                #"{"id": "news-2", "label": "Wirtschaft", "text": "Werk in Linz schließt. Die Firma beschäftigt in Linz rund 300 Beschäftigte. Der Betriebsrat ist empört."}"#,
            ]
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: corpora.appendingPathComponent("news.jsonl"))
        }
        return base
    }

    @Test func onlyTheAnnotatedItemsAreAnalysedAndTheirClaimsScored() async throws {
        let base = try layout(withShared: true)
        defer { try? FileManager.default.removeItem(at: base) }
        let root = base.appendingPathComponent("repo")
        let split = try await EvaluationSplit.load(
            name: "real", repositoryRoot: root, sharedFolder: base.appendingPathComponent("shared"))
        #expect(split.isRealText)
        #expect(split.report.articles.count == 1)
        #expect(split.missing.isEmpty)
        let metrics = try await Evaluator(repositoryRoot: root).run(sections: ["claims", "articles", "groups"], splits: ["real"])
        let recall = metrics.first { $0.name == "claims.quantity.recall" && $0.split == "real" }
        #expect(recall?.value == 1)
        #expect(!metrics.contains { $0.name.hasPrefix("groups.") || $0.name.hasPrefix("articles.") })
    }

    @Test func aMachineWithoutTheSharedCorpusSkipsTheSplit() async throws {
        let base = try layout(withShared: false)
        defer { try? FileManager.default.removeItem(at: base) }
        let root = base.appendingPathComponent("repo")
        await #expect(throws: EvaluationSplitError.self) {
            try await EvaluationSplit.load(name: "real", repositoryRoot: root, sharedFolder: nil)
        }
        let metrics = try await Evaluator(repositoryRoot: root).run(sections: ["claims"], splits: ["real"])
        #expect(metrics.isEmpty)
    }

    @Test func aRealTextSplitAnnotatedForLoadedLanguageIsScoredForLoadedTermsOnly() async throws {
        let base = try layout(withShared: true)
        defer { try? FileManager.default.removeItem(at: base) }
        let goldJSON = #"""
            {"split": "real-en", "sharedCorpus": "corpora/wire.jsonl", "articles": [
              {"input": "real-en/wire.jsonl#w-1", "language": "en", "loaded": [
                {"text": "shameless", "category": "demonising", "usage": "used"},
                {"text": "power grab", "category": "demonising", "usage": "used"},
                {"text": "gut", "category": "alarmist", "usage": "used"}]}
            ], "stories": [], "groups": [], "rewrites": []}
            """#
        try Data(goldJSON.utf8).write(to: base.appendingPathComponent("repo/examples/gold/real-en.json"))
        let line = #"{"id": "w-1", "text": "Senator Blake unveils plan\nSenator Blake on Monday unveiled his reform, a shameless power grab that will gut the agency. The plan would cut 300 jobs, officials said. It is a shameless move."}"#
        try Data((line + "\n").utf8).write(to: base.appendingPathComponent("shared/corpora/wire.jsonl"))
        let metrics = try await Evaluator(repositoryRoot: base.appendingPathComponent("repo"))
            .run(sections: ["framing", "claims"], splits: ["real-en"])
        #expect(metrics.map(\.name).sorted() == ["framing.loaded.precision", "framing.loaded.recall"])
        let recall = try #require(metrics.first { $0.name == "framing.loaded.recall" })
        #expect(recall.count == 3)
        #expect(recall.value > 0 && recall.value < 1, "the two listed terms are found, 'gut' is not")
        let precision = try #require(metrics.first { $0.name == "framing.loaded.precision" })
        #expect(precision.count == 2 && precision.value == 1, "'shameless', used twice, is one prediction")
    }

    @Test func aRealTextSplitWithGroupGoldIsScoredForGroups() async throws {
        let base = try layout(withShared: true)
        defer { try? FileManager.default.removeItem(at: base) }
        func claim(_ text: String, _ value: Int, group: String) -> String {
            #"{"kind": "quantity", "text": "\#(text)", "value": \#(value), "qualifier": "exact", "unit": "worker", "#
                + #""measure": "cut", "time": null, "subject": null, "source": null, "hedged": false, "group": "\#(group)"}"#
        }
        let goldJSON = #"""
            {"split": "real-groups", "sharedCorpus": "corpora/wire.jsonl", "articles": [
              {"input": "real-groups/wire.jsonl#w-1", "language": "en", "story": "st-plant", "claims": [\#(claim("cut 300 jobs", 300, group: "cuts"))]},
              {"input": "real-groups/wire.jsonl#w-2", "language": "en", "story": "st-plant", "claims": [\#(claim("cut 300 jobs", 300, group: "cuts"))]}
            ], "stories": [{"id": "st-plant", "label": "plant", "events": []}],
            "groups": [{"id": "cuts", "story": "st-plant", "status": "agreed", "why": "both say 300"}], "rewrites": []}
            """#
        try Data(goldJSON.utf8).write(to: base.appendingPathComponent("repo/examples/gold/real-groups.json"))
        let lines = [
            #"{"id": "w-1", "text": "Halvorsen steel plant to shrink\nThe Halvorsen steel plant will cut 300 jobs by May, the owner Brekka Steel said on Monday. The union called the plan a shock."}"#,
            #"{"id": "w-2", "text": "Brekka Steel trims Halvorsen plant\nBrekka Steel will cut 300 jobs at its Halvorsen steel plant by May, the company said. Workers at Halvorsen gathered at the gate."}"#,
        ]
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: base.appendingPathComponent("shared/corpora/wire.jsonl"))
        let metrics = try await Evaluator(repositoryRoot: base.appendingPathComponent("repo"))
            .run(sections: ["groups"], splits: ["real-groups"])
        let f1 = try #require(metrics.first { $0.name == "groups.pairF1" })
        #expect(f1.count == 2 && f1.value == 1, "the two reports' 300 jobs are one group")
        #expect(metrics.contains { $0.name == "groups.statusAccuracy" })
    }

    @Test func realTextHeldOutSplitsAreHeldOutAndReportedLast() {
        #expect(EvaluationSplit.isHeldOut("heldout-real"))
        #expect(Evaluator.reportOrder(["heldout-real", "real", "heldout2", "dev"]) == ["dev", "real", "heldout2", "heldout-real"])
    }
}
