import Foundation
import ParallaxModel
import Testing

@testable import ParallaxIngest

@Suite struct BadInputTests {
    private func problems(_ path: String, configuration: InputReader.Configuration = .default) -> [String] {
        InputReader(configuration: configuration).ingest(path: path).problems.map(\.description)
    }

    @Test func missingPathIsNamed() {
        #expect(problems("/nonexistent/parallax/article.txt") == ["/nonexistent/parallax/article.txt: does not exist"])
        #expect(throws: IngestError(input: "/nonexistent/x", reason: "does not exist")) { try InputReader().read(path: "/nonexistent/x") }
    }

    @Test func emptyFileIsAnError() {
        let path = FixtureFiles.path("plain/empty.txt")
        #expect(problems(path) == ["\(path): is empty"])
    }

    @Test func whitespaceOnlyFileHoldsNoText() {
        let path = FixtureFiles.path("plain/whitespace-only.txt")
        #expect(problems(path) == ["\(path): holds no article text"])
    }

    @Test(arguments: [
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D],
        Array("text with a NUL".utf8) + [0x00] + Array(" inside".utf8),
        [UInt8](repeating: 0x01, count: 50) + Array("mostly control bytes".utf8),
    ] as [[UInt8]])
    func binaryFilesAreRefused(bytes: [UInt8]) throws {
        let path = try FixtureFiles.write(bytes, named: "image.txt")
        #expect(problems(path) == ["\(path): looks like a binary file, not text"])
    }

    @Test func folderGivenAsFileIsNamed() throws {
        let folder = try FixtureFiles.scratchFolder().path
        #expect(problems(folder) == ["\(folder): is a folder, not a file"])
    }

    @Test func oversizedFileIsRefusedWithoutReadingIt() throws {
        let url = try FixtureFiles.scratchFolder().appendingPathComponent("huge.txt")
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 100 * 1_048_576)  // a sparse 100 MB file
        try handle.close()
        let clock = ContinuousClock()
        let start = clock.now
        #expect(problems(url.path) == [
            "\(url.path): is 100 MB, over the 64 MB limit for one input; split it or raise InputReader.Configuration.maximumInputBytes",
        ])
        #expect(clock.now - start < .seconds(1))
    }

    @Test func limitIsConfigurable() throws {
        let path = FixtureFiles.path("plain/no-blank-lines.txt")
        let small = InputReader.Configuration(maximumInputBytes: 100)
        #expect(problems(path, configuration: small).first?.hasSuffix("over the 100 bytes limit for one input; split it or raise InputReader.Configuration.maximumInputBytes") == true)
    }

    @Test func truncatedMalformedTextStillReads() throws {
        // Invalid UTF-8 and a cut-off multi-byte sequence at the end: read as Windows-1252, never a crash.
        let bytes: [UInt8] = Array("Schlagzeile\nEin Satz mit kaputtem Byte ".utf8) + [0xFF, 0xE2, 0x82]
        let documents = try InputReader().read(data: Data(bytes), input: "cut.txt")
        #expect(documents.first?.blocks.count == 2)
    }

    @Test func unreadableFileAndFolderAreReportedAndOthersStillCollected() throws {
        let folder = try FixtureFiles.scratchFolder()
        let good = folder.appendingPathComponent("a-good.txt")
        try Data("Headline\nA sentence of the story.".utf8).write(to: good)
        let locked = folder.appendingPathComponent("b-locked.txt")
        try Data("secret".utf8).write(to: locked)
        let lockedFolder = folder.appendingPathComponent("c-locked")
        try FileManager.default.createDirectory(at: lockedFolder, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: lockedFolder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: lockedFolder.path) }
        let collected = InputCollector().collect(paths: [folder.path, "/nonexistent/parallax"])
        #expect(collected.files.contains(good.path))
        #expect(collected.problems.contains(IngestError(input: "/nonexistent/parallax", reason: "does not exist")))
        #expect(try InputReader().read(path: good.path).count == 1)
        // Permission bits do not bind the superuser; the rest of the test needs an ordinary user.
        guard getuid() != 0 else { return }
        #expect(collected.problems.contains(IngestError(input: lockedFolder.path, reason: "is a folder that cannot be listed: permission denied")))
        #expect(problems(locked.path) == ["\(locked.path): cannot be read: permission denied"])
    }

    @Test func collectorListsFoldersRecursivelyInStableOrderAndSkipsHiddenFiles() throws {
        let folder = try FixtureFiles.scratchFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for name in ["b.txt", "a.txt", ".hidden", "sub/c.txt"] {
            try Data("x".utf8).write(to: folder.appendingPathComponent(name))
        }
        let files = InputCollector().collect(paths: [folder.path]).files.map { String($0.dropFirst(folder.path.count + 1)) }
        #expect(files == ["a.txt", "b.txt", "sub/c.txt"])
    }
}
