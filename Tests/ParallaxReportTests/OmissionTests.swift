import ParallaxModel
import Testing
@testable import ParallaxReport

/// How a report words what an article leaves out: a denial the article omits while asserting what is
/// denied, or a group it never mentions; and a claim-matrix cell that shows each text once.
@Suite struct OmissionTests {
    /// A story of three invented reports on a ferry's seizure: a1 asserts the seizure and omits the
    /// denial, a2 asserts and reports the harbour office's denial, a3 only gives the passenger count.
    static let report: Report = {
        func article(_ id: String, omits: [String]) -> Article {
            Article(id: id, input: "\(id).txt", publisher: "Outlet \(id)", framing: Framing(omits: omits))
        }
        let seized = Claim.Statement(subject: "coast guard", predicate: "seized", object: "ferry")
        let denial = Claim.Statement(subject: "harbour office", predicate: "denies", object: nil, deniedBy: "harbour office")
        let claims = [
            Claim(id: "c1", article: "a1", sentence: "a1.s1", text: "The coast guard seized the ferry", kind: .statement, statement: seized),
            Claim(id: "c2", article: "a2", sentence: "a2.s1", text: "seized the ferry, which the harbour office denied", kind: .statement, statement: seized),
            Claim(id: "c3", article: "a2", sentence: "a2.s1", text: "seized the ferry, which the harbour office denied", kind: .statement, statement: denial),
            Claim(id: "c4", article: "a2", sentence: "a2.s2", text: "212 passengers", kind: .quantity),
            Claim(id: "c5", article: "a3", sentence: "a3.s1", text: "212 passengers", kind: .quantity),
        ]
        let groups = [
            ClaimGroup(id: "g1", story: "s1", topic: "coast guard · seized · ferry", claims: ["c1", "c2", "c3"], status: .disputed, explanation: ""),
            ClaimGroup(id: "g2", story: "s1", topic: "passenger", claims: ["c4", "c5"], status: .agreed, explanation: ""),
        ]
        let articles = [article("a1", omits: ["g1", "g2"]), article("a2", omits: []), article("a3", omits: ["g1", "missing"])]
        return Report(
            articles: articles, stories: [Story(id: "s1", label: "Ferry", articles: ["a1", "a2", "a3"])], claims: claims,
            groups: groups)
    }()

    @Test func leftOutDenialNamesWhereItIsReported() {
        let omitted = Omission.omissions(of: Self.report.articles[0], in: Self.report)
        #expect(omitted.map(\.kind) == [.denial(reportedIn: ["a2"]), .group(carriedBy: ["a2", "a3"])])
        #expect(omitted.map(\.phrase) == [
            "the denial in g1 (coast guard · seized · ferry), reported in a2", "g2 (passenger), carried by a2, a3",
        ])
    }

    @Test func groupNeverMentionedNamesItsCarriersAndUnknownIdsAreSkipped() {
        let omitted = Omission.omissions(of: Self.report.articles[2], in: Self.report)
        #expect(omitted.map(\.phrase) == ["g1 (coast guard · seized · ferry), carried by a1, a2"])
    }

    @Test(arguments: [ReportFormat.markdown, .html])
    func reportsUseTheWording(_ format: ReportFormat) throws {
        let text = try ReportRenderer().render(Self.report, as: format)
        #expect(text.contains("leaves out: the denial in g1 (coast guard · seized · ferry), reported in a2; g2 (passenger), carried by a2, a3"))
    }

    @Test func matrixCellShowsASharedSpanOnce() throws {
        let matrix = ClaimMatrix(story: Self.report.stories[0], report: Self.report)
        let row = try #require(matrix.rows.first { $0.group.id == "g1" })
        #expect(row.cells["a2"] == "seized the ferry, which the harbour office denied")
        #expect(row.cells["a1"] == "The coast guard seized the ferry")
    }
}
