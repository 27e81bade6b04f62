import Foundation
import ParallaxTesting
import Testing

/// Runs the built `parallax` executable the way a user does and checks exit status, standard output and
/// standard error.
@Suite struct CommandLineTests {
    struct Run {
        var status: Int32
        var output: String
        var error: String
    }

    /// The `parallax` binary next to the test bundle in the build folder.
    static var executable: URL? {
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("parallax")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    func run(_ arguments: [String], input: Data? = nil) throws -> Run {
        let process = Process()
        guard let executable = Self.executable else { throw MissingExecutable() }
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = FixtureLoader.repositoryRoot
        let output = Pipe(), error = Pipe(), standardInput = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = standardInput
        try process.run()
        if let input { standardInput.fileHandleForWriting.write(input) }
        try standardInput.fileHandleForWriting.close()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
            error: String(decoding: errData, as: UTF8.self))
    }

    @Test(.enabled(if: executable != nil)) func versionIsPrinted() throws {
        let result = try run(["--version"])
        #expect(result.status == 0)
        #expect(result.output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }

    @Test(.enabled(if: executable != nil)) func usageErrorExitsWithTwo() throws {
        let result = try run(["analyze", "--format", "pdf", "x.txt"])
        #expect(result.status == 2)
        #expect(result.error.contains("--format"))
    }

    @Test(.enabled(if: executable != nil)) func missingInputIsReportedAndTheRestStillWritten() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("good.txt")
        try Data("Hafenbrand in Kelsburg\n\nDie Feuerwehr war mit 80 Kräften im Einsatz.\n".utf8).write(to: good)
        let missing = folder.appendingPathComponent("missing.txt").path
        let result = try run(["analyze", good.path, missing])
        #expect(result.status == 1)
        #expect(result.error == "parallax: \(missing): does not exist\n")
        let report = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        #expect((report?["articles"] as? [Any])?.count == 1)
    }

    @Test(.enabled(if: executable != nil)) func standardInputIsRead() throws {
        let result = try run(["analyze", "-", "--format", "json"], input: Data("Sturm über Kelsburg\n\nDer Sturm deckte Dächer ab.\n".utf8))
        #expect(result.status == 0)
        #expect(result.output.contains("\"input\" : \"-\""))
    }

    @Test(.enabled(if: executable != nil)) func demoPrintsTheMarkdownReport() throws {
        let result = try run(["demo"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("# Parallax report"))
        #expect(result.output.contains("corpus/dev/"))
        #expect(!result.output.contains("corpus/heldout"), "the demo leaves the held-out splits out")
    }
}

/// The `parallax` product was not built beside the tests (the suites that need it are disabled then; this names the cause
/// if one runs anyway).
struct MissingExecutable: Error, CustomStringConvertible {
    var description: String { "build the parallax product first" }
}
