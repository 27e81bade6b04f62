import Foundation
import Testing

/// Fixture files of this test target: read from the bundle, re-recorded into the source tree.
enum Fixture {
    /// True when golden files should be written instead of compared (`RECORD_SNAPSHOTS=1`).
    static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    /// The text of `Fixtures/<name>` as copied into the test bundle, or `nil` when it is missing.
    static func text(_ name: String) -> String? {
        guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil),
            let data = try? Data(contentsOf: folder.appendingPathComponent(name))
        else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Compares `actual` with the golden file `name`, or writes it into the source tree when recording.
    static func expectMatchesGolden(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if isRecording {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("Fixtures").appendingPathComponent(name)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = text(name) else {
            Issue.record("Fixtures/\(name) is missing; record it with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(actualLines.count, expectedLines.count)
            let got = first < actualLines.count ? String(actualLines[first]) : "<end>"
            let wanted = first < expectedLines.count ? String(expectedLines[first]) : "<end>"
            Issue.record(
                Comment(
                    rawValue: "\(name) differs from the golden file at line \(first + 1):\n  expected: \(wanted)\n"
                        + "  actual:   \(got)\nRe-record with RECORD_SNAPSHOTS=1 if the change is intended."),
                sourceLocation: sourceLocation)
        }
    }
}
