import Foundation
import ParallaxModel
import ParallaxPipeline
import ParallaxTesting
import Testing

/// Every report the pipeline produces follows `schema/report-v1.schema.json`, and the validator catches
/// reports that do not.
@Suite struct ReportSchemaTests {
    @Test func emptyReportConforms() throws {
        let validator = try FixtureLoader.reportSchemaValidator()
        let data = try Report.encoder.encode(Report())
        #expect(try validator.violations(of: data).isEmpty)
    }

    @Test func exampleCorpusReportConforms() async throws {
        let corpus = FixtureLoader.exampleCorpus.path
        let analysis = await Analyzer().analyze(paths: [corpus])
        #expect(!analysis.report.articles.isEmpty)
        let violations = try FixtureLoader.reportSchemaValidator().violations(of: Report.encoder.encode(analysis.report))
        #expect(violations.isEmpty, "\(violations.prefix(5))")
    }

    @Test(.enabled(if: FixtureLoader.sharedFolder != nil, "needs ../shared/seeds"))
    func seedsReportConforms() async throws {
        let folder = FixtureLoader.sharedFolder!.appendingPathComponent("seeds")
        let seeds = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
            .sorted().map { folder.appendingPathComponent($0).path }
        let analysis = await Analyzer().analyze(paths: seeds)
        #expect(analysis.report.articles.count == 5)
        let violations = try FixtureLoader.reportSchemaValidator().violations(of: Report.encoder.encode(analysis.report))
        #expect(violations.isEmpty, "\(violations.prefix(5))")
    }

    @Test(arguments: [
        (#"{"format":"parallax-report","version":1,"articles":[],"stories":[],"claims":[],"groups":[]}"#,
         #"/: missing required field "brief""#),
        (#"{"format":"parallax-report","version":2,"articles":[],"stories":[],"claims":[],"groups":[],"brief":[]}"#,
         "/version: expected the constant 1"),
        (#"{"format":"parallax-report","version":1,"articles":[],"stories":[],"claims":[],"groups":[{"id":"g1","story":"s1","topic":"t","claims":[],"status":"maybe","explanation":""}],"brief":[]}"#,
         #"/groups/0/status: maybe is not one of ["agreed", "compatible", "conflicting", "disputed", "single-source"]"#),
        (#"{"format":"parallax-report","version":1,"articles":[],"stories":[],"claims":[],"groups":[],"brief":[{"story":"s1","text":"x","cites":[],"group":null}]}"#,
         "/brief/0/cites: has 0 items, fewer than 1"),
    ])
    func brokenReportsAreCaught(document: String, expected: String) throws {
        let violations = try FixtureLoader.reportSchemaValidator().violations(of: Data(document.utf8))
        #expect(violations.map(\.description) == [expected])
    }
}
