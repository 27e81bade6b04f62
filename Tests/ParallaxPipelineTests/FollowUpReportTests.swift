import ParallaxModel
import ParallaxPipeline
import ParallaxText
import Testing

/// A later report that adds as many figures of its own as it shares with an earlier one is a
/// follow-up, not a rewrite, however alike the order of what both tell; a rewrite of the earlier
/// report, condensed and reworded, stays one. Invented reports in German and English, each a wire, a
/// paper's rewrite of it two hours later and a paper's own report in the evening.
@Suite("Follow-up reports")
struct FollowUpReportTests {
    struct Report: Sendable {
        var id: String
        var publisher: String
        var published: String
        var title: String
        var paragraphs: [String]
    }

    static let german = [
        Report(
            id: "de-wire", publisher: "Nordische Presseagentur", published: "2031-05-12T09:10:00+02:00",
            title: "Brand in Lagerhalle in Fennstedt: 14 Verletzte",
            paragraphs: [
                "Fennstedt (npa) – Bei einem Brand in einer Lagerhalle der Spedition Korwald in Fennstedt sind am Montagmorgen 14 Menschen verletzt worden, drei von ihnen schwer. Rund 120 Einsatzkräfte waren vor Ort.",
                "Die Polizei schätzt den Schaden auf 2,5 Millionen Euro. Die Ursache ist unklar.",
            ]),
        Report(
            id: "de-follow", publisher: "Fennstedter Kurier", published: "2031-05-12T18:30:00+02:00",
            title: "Großbrand bei Korwald: Halle völlig zerstört",
            paragraphs: [
                "Bei dem Brand in der Lagerhalle der Spedition Korwald in Fennstedt sind am Montag 14 Menschen verletzt worden. Die Halle war 4.800 Quadratmeter groß und brannte vollständig aus. Rund 120 Einsatzkräfte kämpften neun Stunden gegen die Flammen.",
                "Der Schaden liegt nach Schätzung der Polizei bei 2,5 Millionen Euro. 35 Anwohner mussten ihre Wohnungen für die Nacht verlassen, sagte Ortsvorsteherin Greta Lambrecht.",
            ]),
        Report(
            id: "de-rewrite", publisher: "Kreisblatt Fennstedt", published: "2031-05-12T11:45:00+02:00",
            title: "14 Verletzte bei Feuer in Fennstedter Lagerhalle",
            paragraphs: [
                "In Fennstedt hat am Montagmorgen eine Lagerhalle der Spedition Korwald gebrannt. 14 Menschen wurden verletzt, drei schwer. Rund 120 Einsatzkräfte rückten aus.",
                "Den Schaden schätzt die Polizei auf 2,5 Millionen Euro. Warum das Feuer ausbrach, ist noch offen.",
            ]),
    ]

    static let english = [
        Report(
            id: "en-wire", publisher: "Coastal Press Wire", published: "2031-08-03T07:20:00+01:00",
            title: "Ferry runs aground off Brennick, 23 hurt",
            paragraphs: [
                "BRENNICK (CPW) — The ferry Malvina ran aground off Brennick on Sunday night, injuring 23 of its 410 passengers, the coastguard said. Some 60 rescuers took part.",
                "The operator, Tallis Lines, put the damage at 1.2 million pounds. The cause is unknown.",
            ]),
        Report(
            id: "en-follow", publisher: "Brennick Evening Post", published: "2031-08-03T19:00:00+01:00",
            title: "Malvina grounding: passengers describe night of fear",
            paragraphs: [
                "The ferry Malvina ran aground off Brennick on Sunday night, injuring 23 of the 410 passengers on board. Some 60 rescuers worked for five hours to bring everyone ashore, and 14 of the injured were still in hospital on Monday.",
                "Tallis Lines put the damage at 1.2 million pounds. The ship, 96 metres long and carrying 38 cars and a crew of 31, had left port 40 minutes earlier, harbour master Colin Ames said.",
            ]),
        Report(
            id: "en-rewrite", publisher: "Shore Daily", published: "2031-08-03T09:05:00+01:00",
            title: "23 injured as ferry Malvina runs aground",
            paragraphs: [
                "Twenty-three people were hurt when the ferry Malvina ran aground off Brennick on Sunday night. The ship carried 410 passengers, and some 60 rescuers were involved.",
                "Tallis Lines estimates the damage at 1.2 million pounds. Nobody yet knows what caused it.",
            ]),
    ]

    /// The rewrite pairs the pipeline finds among `reports`, by the reports' ids, sorted.
    static func rewrites(_ reports: [Report], language: String) async -> [[String]] {
        let documents = reports.map { report in
            CleanDocument(
                input: report.id, title: report.title, publisher: report.publisher, published: report.published,
                declaredLanguage: language,
                blocks: [TextBlock(kind: .heading, text: report.title)]
                    + report.paragraphs.map { TextBlock(kind: .paragraph, text: $0) })
        }
        let report = await Analyzer().analyze(documents: documents)
        let input = Dictionary(uniqueKeysWithValues: report.articles.map { ($0.id, $0.input) })
        return report.stories.flatMap(\.rewrites).map { $0.articles.compactMap { input[$0] }.sorted() }.sorted {
            $0.lexicographicallyPrecedes($1)
        }
    }

    @Test(
        "the paper's rewrite is one, the evening's own report with new figures is not",
        arguments: [("de", german), ("en", english)])
    func followUpIsNoRewrite(_ language: String, _ reports: [Report]) async {
        let found = await Self.rewrites(reports, language: language)
        #expect(found == [["\(language)-rewrite", "\(language)-wire"]])
    }

    @Test("without times of publication the same reports are all rewrites of one another")
    func undatedReportsAreNotOrdered() async {
        let undated = Self.german.map { report in
            var copy = report
            copy.published = "2031-05-12"
            return copy
        }
        let found = await Self.rewrites(undated, language: "de")
        #expect(found.count == 3)
    }
}
