import Foundation
import ParallaxModel
import ParallaxPipeline
import ParallaxReconcile
import ParallaxTesting
import Testing

/// The acceptance checks of reconciliation on the five seed articles, run when `../shared/seeds` is
/// present. Nothing in the code knows these articles; the test only reads what the pipeline made of them.
@Suite(.enabled(if: FixtureLoader.sharedFolder != nil, "needs ../shared/seeds"))
struct SeedReconciliationTests {
    static func report() async throws -> Report {
        let folder = FixtureLoader.sharedFolder!.appendingPathComponent("seeds")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
            .sorted().map { folder.appendingPathComponent($0).path }
        return await Analyzer().analyze(paths: files).report
    }

    private func values(_ group: ClaimGroup, _ claims: [String: Claim]) -> [Double] {
        group.claims.compactMap { claims[$0]?.quantity?.value }.sorted()
    }

    @Test func figuresLineUpWithStatusesAFactCheckerWouldSign() async throws {
        let report = try await Self.report()
        let claims = Dictionary(uniqueKeysWithValues: report.claims.map { ($0.id, $0) })
        let troops = try #require(report.groups.first { values($0, claims).contains(12000) })
        #expect(Set(values(troops, claims)).isSuperset(of: [10000, 11000, 12000, 14000]))
        #expect(Set(troops.claims.compactMap { claims[$0]?.article }).count == 5)
        #expect(troops.status == .conflicting)
        #expect(troops.explanation.contains("plus the further 3,000 soldiers"))

        let reinforcements = try #require(report.groups.first { values($0, claims) == [3000, 3000] })
        #expect(reinforcements.status == .agreed)

        let casualties = try #require(report.groups.first { values($0, claims) == [4000, 4000] })
        #expect(casualties.status == .agreed)
        let killed = try #require(report.groups.first { values($0, claims) == [1000] })
        #expect(killed.status == .singleSource)
        #expect(!report.groups.contains { Set(values($0, claims)).isSuperset(of: [1000, 4000]) })

        let area = try #require(report.groups.first { values($0, claims) == [530] })
        #expect(area.status == .singleSource)
    }

    @Test func theRecaptureIsDisputedAndTheArticleThatStatesItAsFactOmitsTheDenial() async throws {
        let report = try await Self.report()
        let recapture = try #require(report.groups.first { $0.topic.contains("recaptured") })
        #expect(recapture.status == .disputed)
        #expect(recapture.explanation.contains("Denied by Ukraine"), "\(recapture.explanation)")
        let first = try #require(report.articles.first { $0.input.contains("000_") })
        #expect(first.framing.omits.first == recapture.id)
    }

    @Test func theBriefCitesItsSourcesAndInventsNoNumber() async throws {
        let report = try await Self.report()
        #expect(!report.brief.isEmpty)
        #expect(report.brief.allSatisfy { !$0.cites.isEmpty })
        #expect(BriefAudit.unsupportedNumbers(brief: report.brief, claims: report.claims).isEmpty)
    }
}
