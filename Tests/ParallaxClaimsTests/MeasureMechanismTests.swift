import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 5: how the measure, the counted noun, the qualifier and the source are read — relative and
/// coordinated clauses, nouns right after a figure, weak unit measures, elliptic counts, qualifier
/// prepositions, per-clause sources and whole verb families. Sentences written for these tests from
/// general knowledge of both languages (no corpus sentence).
@Suite struct MeasureMechanismTests {
    static let cases: [ClaimCase] = [
        // A relative clause between commas lends the number no verb.
        .init(language: "de", sentence: "Die Stadt zahlt Familien, die ihre Wohnung verloren haben, bis zu 1.500 Euro.", value: 1500,
              unit: "eur", measure: "paid"),
        .init(language: "en", sentence: "The council, which evacuated a school last year, has spent £2m on the repairs.", value: 2_000_000,
              unit: "gbp", measure: "cost"),
        // A clause after `, and`/`, und` has its own verb.
        .init(language: "en", sentence: "About 300 soldiers were deployed to the valley, and four suffered minor injuries.", value: 4,
              unit: "soldier", measure: "wounded"),
        // Miners are workers (round 10, docs/VOCABULARY.md), and the elliptic count takes their unit.
        .init(language: "de", sentence: "Bei dem Unglück kamen drei Bergleute ums Leben, neun wurden verletzt.", value: 9,
              unit: "worker", measure: "wounded"),
        // `erlitten` alone is no injury: losses, damage and defeats are suffered too.
        .init(language: "de", sentence: "Der Einsatz erfolgte mit bis zu 8.000 Soldaten, die schwere Verluste erlitten haben sollen.",
              value: 8000, unit: "soldier", measure: "deployed"),
        // A measure noun right after the figure names it.
        .init(language: "en", sentence: "The carmaker will close two plants in a €400m savings plan.", value: 400_000_000,
              unit: "eur", measure: "decrease"),
        // A unit's weak measure yields to the clause's verb; the head noun of `of` keeps it.
        .init(language: "de", sentence: "Betroffen sind rund 2.800 Beschäftigte in drei Werken.", value: 2800, unit: "worker",
              measure: "affected"),
        .init(language: "en", sentence: "The firm will cut 900 jobs, a tenth of its workforce of some 9,000.", value: 9000,
              unit: "worker", measure: "employed"),
        // Round 13: those counted in a state whose verb right after names what became of them
        // (`Lexicons/measure-outcomes.txt`); a state without such a verb keeps its own measure.
        .init(language: "de", sentence: "Zwei Schwerverletzte starben am Abend in der Klinik.", value: 2, unit: "person",
              measure: "killed"),
        .init(language: "de", sentence: "Drei Verletzte sind inzwischen gestorben.", value: 3, unit: "person", measure: "killed"),
        .init(language: "de", sentence: "Zwei Schwerverletzte liegen noch in der Klinik.", value: 2, unit: "person",
              measure: "wounded"),
        .init(language: "en", sentence: "Four hostages were injured when the police stormed the branch.", value: 4, unit: "person",
              measure: "wounded"),
        // Troop counts without a verb are deployments.
        .init(language: "de", sentence: "Im Grenzgebiet standen zuletzt 2.000 bis 3.000 Mann.", value: 3000, unit: "soldier",
              measure: "deployed"),
        // Qualifier words that are prepositions or particles.
        .init(language: "de", sentence: "Die Bank lehnte einen Kredit über 40 Millionen Euro ab.", value: 40_000_000, unit: "eur"),
        .init(language: "en", sentence: "A rival carrier will take over 12 aircraft.", value: 12, unit: "aircraft"),
        // Verb families and phrasal verbs.
        .init(language: "en", sentence: "Some 80 volunteers took part in the search.", value: 80, unit: "person", measure: "deployed"),
        .init(language: "en", sentence: "Police rounded up 23 people after the match.", value: 23, unit: "person", measure: "arrested"),
        .init(language: "en", sentence: "The firm has laid off 350 staff since March.", value: 350, unit: "worker", measure: "cut"),
        .init(language: "de", sentence: "Die Polizei nahm 14 Demonstranten fest.", value: 14, unit: "person", measure: "arrested"),
        .init(language: "de", sentence: "Im Werk fallen 700 Stellen weg.", value: 700, unit: "job", measure: "cut"),
        .init(language: "de", sentence: "Dutzende Rinder verendeten im Hochwasser.", value: 24, unit: "animal", measure: "killed"),
        .init(language: "en", sentence: "Crews carried 600 villagers to safety.", value: 600, unit: "person", measure: "evacuated"),
        .init(language: "en", sentence: "Hackers stole the data of 80,000 customers.", value: 80000, unit: "person", measure: "affected"),
        .init(language: "de", sentence: "Eine Lawine erfasste eine Gruppe von sechs Bergsteigern.", value: 6, unit: "person",
              measure: "size"),
        // A speaker no lexicon lists, read from its own words.
        .init(language: "en", sentence: "The bridge is 60 metres long, the regional avalanche warning service said.", value: 60,
              unit: "metre", measure: "size", source: "avalanche warning service"),
        // Two sources in one sentence: each figure takes the cue of its own part.
        .init(language: "de", sentence: "Laut Polizei wurden 12 Menschen verletzt, die Feuerwehr spricht von 15 Verletzten.", value: 15,
              unit: "person", measure: "wounded", source: "fire service"),
    ]

    @Test(arguments: cases) func extracts(_ expected: ClaimCase) throws {
        let claim = try expected.claim(alsoMatching: [\.low, \.high])
        #expect(claim.quantity?.unit == expected.unit)
        #expect(claim.measure == expected.measure)
        #expect(claim.attribution?.source == expected.source)
        #expect((claim.attribution?.hedged ?? false) == expected.hedged)
    }

    /// Number words joined by `und`/`and` only as compounds are: a range keeps its two numbers.
    @Test(arguments: [
        ("de", "Die Reparatur dauert zwischen sechs und zwölf Wochen.", 6.0, 12.0),
        ("en", "Repairs will take between three and nine months.", 3.0, 9.0),
    ])
    func rangeOfNumberWords(_ language: String, _ sentence: String, _ low: Double, _ high: Double) throws {
        let article = FixtureArticle.make(paragraphs: [["Titel"], [sentence]], language: language, published: "2026-06-08")
        let claim = try #require(ClaimExtractor().extract(from: article).first)
        #expect(claim.quantity?.low == low)
        #expect(claim.quantity?.high == high)
    }

    /// Compounds of number words still read as one number.
    @Test(arguments: [
        ("en", "The court sentenced him to four and a half years.", 4.5),
        ("en", "One hundred and twenty people were evacuated.", 120.0),
    ])
    func compoundNumberWords(_ language: String, _ sentence: String, _ value: Double) throws {
        let article = FixtureArticle.make(paragraphs: [["Titel"], [sentence]], language: language, published: "2026-06-08")
        #expect(ClaimExtractor().extract(from: article).contains { $0.quantity?.value == value })
    }

    /// A factor is no count: `more than three times the company's figure`.
    @Test func factorIsNoQuantity() {
        let article = FixtureArticle.make(
            paragraphs: [["Title"], ["The group says 900 customers are affected, more than three times the company's figure."]],
            language: "en", published: "2026-06-08")
        let claims = ClaimExtractor().extract(from: article)
        #expect(claims.contains { $0.quantity?.value == 900 })
        #expect(!claims.contains { $0.quantity?.value == 3 })
    }

    /// The qualifier of a figure after a noun that governs `über` is exact; elsewhere `über` is more-than.
    @Test func prepositionIsNoQualifier() throws {
        let article = FixtureArticle.make(
            paragraphs: [["Titel"], ["Die Stadt bewilligte eine Zahlung über 3 Millionen Euro, über 200 Menschen protestierten."]],
            language: "de", published: "2026-06-08")
        let claims = ClaimExtractor().extract(from: article)
        #expect(claims.first { $0.quantity?.value == 3_000_000 }?.quantity?.qualifier == .exact)
        #expect(claims.first { $0.quantity?.value == 200 }?.quantity?.qualifier == .moreThan)
    }
}
