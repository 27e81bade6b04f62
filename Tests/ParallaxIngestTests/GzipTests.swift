import Foundation
import ParallaxModel
import Testing

@testable import ParallaxIngest

@Suite struct GzipTests {
    @Test func gzippedTextIsReadTransparently() throws {
        let path = FixtureFiles.path("gzip/article.txt.gz")
        let document = try #require(try InputReader().read(path: path).first)
        #expect(document.title == "Gzip Schlagzeile")
        #expect(document.blocks.last?.text == "Dieser Text wurde komprimiert gespeichert und muss trotzdem gelesen werden.")
    }

    @Test func gzippedFeedIsDetectedByContentNotName() throws {
        let path = FixtureFiles.path("gzip/feed.gz")
        #expect(try InputReader().read(path: path).map(\.input) == [path + "#urn:valley:2001", path + "#2"])
    }

    @Test func truncatedGzipIsAnError() {
        let path = FixtureFiles.path("gzip/truncated.txt.gz")
        #expect(InputReader().ingest(path: path).problems.map(\.description) == ["\(path): is a damaged or truncated gzip file"])
    }

    @Test func decompressedSizeIsCapped() throws {
        let path = FixtureFiles.path("gzip/feed.gz")
        let reader = InputReader(configuration: .init(maximumInputBytes: 800))
        #expect(reader.ingest(path: path).problems.map(\.description) == [
            "\(path): decompresses to more than the 800 bytes limit for one input; split it or raise InputReader.Configuration.maximumInputBytes",
        ])
    }

    @Test func concatenatedMembersAreAllRead() throws {
        let member = try Data(contentsOf: URL(fileURLWithPath: FixtureFiles.path("gzip/article.txt.gz")))
        let inflated = try GzipInflater(maximumOutputBytes: 1 << 20).inflate(member + member)
        let single = try GzipInflater(maximumOutputBytes: 1 << 20).inflate(member)
        #expect(inflated == single + single)
    }
}
