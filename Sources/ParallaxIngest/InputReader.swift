public import Foundation
public import ParallaxModel

/// Reads one input — a file or standard input — into cleaned documents.
public struct InputReader: Sendable {
    public init() {}

    /// Reads the file at `path` (`-` for standard input).
    /// - Throws: ``IngestError`` naming the input and the reason.
    public func read(path: String) throws(IngestError) -> [CleanDocument] {
        let data: Data
        do {
            data = try path == "-" ? FileHandle.standardInput.readToEnd() ?? Data() : Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw IngestError(input: path, reason: "cannot be read (\(error.localizedDescription))")
        }
        return try read(data: data, input: path)
    }

    /// Reads raw bytes that came from `input`.
    public func read(data: Data, input: String) throws(IngestError) -> [CleanDocument] {
        guard !data.isEmpty else { throw IngestError(input: input, reason: "is empty") }
        let text = String(decoding: data, as: UTF8.self)
        let lines = text.split(whereSeparator: \.isNewline).map { String($0) }.filter { !$0.isEmpty }
        guard let title = lines.first else { throw IngestError(input: input, reason: "holds no text") }
        let blocks = [TextBlock(kind: .heading, text: title)] + lines.dropFirst().map { TextBlock(kind: .paragraph, text: $0) }
        return [CleanDocument(input: input, title: title, blocks: blocks)]
    }
}
