import Foundation
import ParallaxModel
import Testing

@testable import ParallaxEval

/// The scores `parallax eval` reports, on small hand-computed cases.
@Suite struct EvaluationScoringTests {
    @Test(arguments: [
        ("der Hund bellt", "der Hund bellt", 1.0, 1.0),
        ("der Hund bellt laut", "der Hund bellt", 0.75, 1.0),
        ("der Hund", "der Hund bellt", 1.0, 2.0 / 3.0),
        ("Menü Start", "der Hund bellt", 0.0, 0.0),
    ])
    func bodyTokensAreCountedAsMultisets(extracted: String, gold: String, precision: Double, recall: Double) {
        let score = TokenOverlap.compare(extracted: extracted, gold: gold)
        #expect(abs(score.precision - precision) < 1e-9)
        #expect(abs(score.recall - recall) < 1e-9)
    }

    @Test func sentenceBoundariesSurviveWhitespaceAndCountMissesAndExtras() {
        let gold = ["Erster Satz.", "Zweiter Satz.", "Dritter Satz."]
        #expect(SentenceBoundaries.compare(extracted: ["Erster  Satz.", "Zweiter Satz.", "Dritter Satz."], gold: gold).f1 == 1)
        let merged = SentenceBoundaries.compare(extracted: ["Erster Satz. Zweiter Satz.", "Dritter Satz."], gold: gold)
        #expect(merged.truePositives == 1 && merged.falseNegatives == 1 && merged.falsePositives == 0)
        let split = SentenceBoundaries.compare(extracted: ["Erster", "Satz.", "Zweiter Satz.", "Dritter Satz."], gold: gold)
        #expect(split.falsePositives == 1 && split.truePositives == 2)
    }

    @Test func emptyScoresAreNeutralNotPerfectByAccident() {
        let nothing = PrecisionRecall()
        #expect(nothing.precision == 1 && nothing.recall == 1)
        let missedAll = PrecisionRecall(truePositives: 0, falsePositives: 0, falseNegatives: 3)
        #expect(missedAll.recall == 0 && missedAll.f1 == 0)
    }

    @Test func goldClaimsPairWithTheSameNumberAndPreferTheSameUnit() throws {
        let gold = try JSONDecoder().decode(
            [GoldCorpus.Claim].self,
            from: Data(#"[{"kind":"quantity","text":"etwa 14.000 Soldaten","value":14000,"unit":"soldier","group":"g"}]"#.utf8))
        let extracted = [
            Claim(id: "c1", article: "a1", sentence: "a1.s1", text: "14.000 Euro", kind: .quantity, quantity: Quantity(value: 14000, unit: "eur")),
            Claim(id: "c2", article: "a1", sentence: "a1.s2", text: "14.000 Soldaten", kind: .quantity, quantity: Quantity(value: 14000, qualifier: .about, unit: "soldier")),
        ]
        #expect(ClaimMatcher.match(gold: gold, extracted: extracted).map(\.extracted.id) == ["c2"])
    }

    @Test func aGoldClaimPairsWithTheClaimOfItsOwnWordsBeforeAnEarlierGoldClaimTakesIt() throws {
        let gold = try JSONDecoder().decode(
            [GoldCorpus.Claim].self,
            from: Data(#"[{"kind":"quantity","text":"rund 200 Meter","value":200,"unit":"metre"},{"kind":"quantity","text":"Hunderte Menschen","low":200,"unit":"person"}]"#.utf8))
        let extracted = [
            Claim(id: "c1", article: "a1", sentence: "a1.s2", text: "Hunderte Menschen", kind: .quantity, quantity: Quantity(value: nil, low: 200, qualifier: .atLeast, unit: "person")),
        ]
        let pairs = ClaimMatcher.match(gold: gold, extracted: extracted)
        #expect(pairs.map { $0.gold.text } == ["Hunderte Menschen"])
    }

    /// A statement pairs with the gold statement at its place whatever predicate the extractor wrote, but never
    /// with a statement elsewhere, and a denial only with a denial.
    @Test func goldStatementsPairByPredicateOrByTheirPlace() throws {
        let gold = try JSONDecoder().decode(
            [GoldCorpus.Claim].self,
            from: Data(#"""
                [{"kind":"statement","text":"asked him to drop the inquiry","subject":"the president","predicate":"asked to drop","object":"inquiry","group":"g1"},
                 {"kind":"statement","text":"The president denied that","subject":"the president","predicate":"denies","denial":true,"group":"g1"},
                 {"kind":"statement","text":"the council approved the budget","subject":"council","predicate":"approved","object":"budget","group":"g2"}]
                """#.utf8))
        let extracted = [
            Claim(
                id: "s1", article: "a1", sentence: "a1.s1", text: "The memo says the president asked him to drop the inquiry.",
                kind: .statement, statement: .init(subject: "president", predicate: "ask", object: "him")),
            Claim(
                id: "s2", article: "a1", sentence: "a1.s2", text: "The mayor praised the plan.",
                kind: .statement, statement: .init(subject: "mayor", predicate: "praise", object: "plan")),
            Claim(
                id: "s3", article: "a1", sentence: "a1.s3", text: "The president denied that.",
                kind: .statement, statement: .init(subject: "president", predicate: "denies", object: nil, denies: "s1")),
        ]
        let pairs = ClaimMatcher.match(gold: gold, extracted: extracted)
        #expect(pairs.map { "\($0.gold.predicate ?? "")=\($0.extracted.id)" } == ["asked to drop=s1", "denies=s3"])
    }

    @Test func aTimeWithNeitherStartNorEndIsNoInterval() {
        #expect(ClaimEvaluation.GoldTime(start: nil, end: nil).interval == nil)
        let year = ClaimEvaluation.GoldTime(start: "2015-01-01", end: "2015-12-31")
        #expect(year.interval == year)
        #expect(ClaimEvaluation.GoldTime(start: nil, end: "2015-12-31").interval != nil)
    }

    @Test func splitsAreReportedDevelopmentFirstByNumberAndHeldOutLast() {
        let order = Evaluator.reportOrder(["heldout2", "dev10", "all", "heldout", "dev", "extra", "dev2"])
        #expect(order == ["dev", "dev2", "dev10", "extra", "heldout", "heldout2", "all"])
    }

    @Test(arguments: [("heldout", true), ("heldout2", true), ("dev", false), ("dev7", false), ("held", false)])
    func everySplitNamedHeldoutIsHeldOut(name: String, heldOut: Bool) {
        #expect(EvaluationSplit.isHeldOut(name) == heldOut)
    }
}

/// `--show-misses` lists the article metadata disagreements of the articles section (round 24): one line per title,
/// publisher or date that differs from gold, none for a publisher that differs only in capitals. Invented values.
@Suite struct ArticleMetadataMissTests {
    @Test func metadataMissesAreListedOnePerField() throws {
        let gold = try JSONDecoder().decode(
            [GoldCorpus.Article].self,
            from: Data(
                #"""
                [{"input": "dev/a.txt", "title": "Sturm über Kranshavn", "publisher": "wbn Westbucht Nachrichtendienst", "published": "2029-03-12T09:45:00+01:00"},
                 {"input": "dev/b.txt", "title": "Mole gesperrt", "publisher": "Kranshavener Bote", "published": "2029-03-13"},
                 {"input": "dev/c.txt", "title": "Verloren"}]
                """#.utf8))
        let first = ParallaxModel.Article(
            id: "a", input: "dev/a.txt", title: "Sturm über Kranshavn", publisher: "Westbucht Nachrichtendienst",
            published: "2029-03-12T09:45:00+01:00")
        let second = ParallaxModel.Article(
            id: "b", input: "dev/b.txt", title: "Mole  gesperrt", publisher: "KRANSHAVENER BOTE", published: "2029-03-14")
        let lines = ArticleEvaluation.misses(pairs: [(first, gold[0]), (second, gold[1])], missing: ["dev/c.txt"])
        #expect(
            lines == [
                "dev/a.txt\tpublisher\tgot \"Westbucht Nachrichtendienst\"\tgold \"wbn Westbucht Nachrichtendienst\"",
                "dev/b.txt\tdate\tgot \"2029-03-14\"\tgold \"2029-03-13\"",
                "dev/c.txt\tarticle\tlost by the report",
            ])
    }
}
