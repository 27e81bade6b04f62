import Foundation

/// Paths of the fixture files and scratch files of the ingest tests.
enum FixtureFiles {
    /// The path of `relative` under `Fixtures/`.
    static func path(_ relative: String) -> String {
        let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        return root.appendingPathComponent(relative).path
    }

    /// A fresh scratch folder for one test.
    static func scratchFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Writes `bytes` to a scratch file called `name` and returns its path.
    static func write(_ bytes: [UInt8], named name: String) throws -> String {
        let url = try scratchFolder().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }
}
