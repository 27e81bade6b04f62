public import Foundation
public import ParallaxModel

/// Reads one input — a file or standard input — into cleaned documents.
///
/// The form is told from the content, not the file name: gzip (inflated transparently, then read
/// again), HTML pages (handed to ``HTMLExtractor``), RSS and Atom feeds, JSON Lines, plain text.
/// Bytes are decoded by ``TextDecoder`` (BOMs, UTF-16, UTF-8, Windows-1252) and cleaned by
/// ``TextNormalizer``. Binary, empty, oversized (see ``Configuration``), unreadable and missing inputs
/// give a one-line ``IngestError``; the reader never traps on bad input.
///
/// Use ``ingest(path:)`` to get both the documents and the per-item problems of a feed or JSON
/// Lines file; ``read(path:)`` keeps the older throwing form.
public struct InputReader: Sendable {
    /// Limits of the reader.
    public var configuration: Configuration

    /// A reader with `configuration` (default: ``Configuration/default``).
    public init(configuration: Configuration = .default) {
        self.configuration = configuration
    }

    /// Reads the file at `path` (`-` for standard input).
    /// - Throws: ``IngestError`` naming the input and the reason, when the input gives no document.
    ///   Problems of single items of a file that also gives documents are dropped; use ``ingest(path:)``.
    public func read(path: String) throws(IngestError) -> [CleanDocument] {
        try Self.documentsOrFirstProblem(ingest(path: path))
    }

    /// Reads raw bytes that came from `input`.
    /// - Throws: ``IngestError`` when the bytes give no document.
    public func read(data: Data, input: String) throws(IngestError) -> [CleanDocument] {
        try Self.documentsOrFirstProblem(ingest(data: data, input: input))
    }

    /// Reads the file at `path` (`-` for standard input): its documents and every problem met.
    public func ingest(path: String) -> IngestResult {
        do throws(IngestError) {
            return ingest(data: try load(path), input: path)
        } catch {
            return IngestResult(problems: [error])
        }
    }

    /// Reads raw bytes that came from `input`: their documents and every problem met.
    public func ingest(data: Data, input: String) -> IngestResult {
        do throws(IngestError) {
            return try ingestChecked(data: data, input: input)
        } catch {
            return IngestResult(problems: [error])
        }
    }

    private func ingestChecked(data: Data, input: String) throws(IngestError) -> IngestResult {
        func fail(_ reason: String) -> IngestError { IngestError(input: input, reason: reason) }
        guard !data.isEmpty else { throw fail(IngestError.Reason.empty) }
        guard data.count <= configuration.maximumInputBytes else {
            throw fail(IngestError.Reason.tooLarge(sizeBytes: data.count, limitBytes: configuration.maximumInputBytes))
        }
        if GzipInflater.isGzip(data) {
            let inflated: Data
            do {
                inflated = try GzipInflater(maximumOutputBytes: configuration.maximumInputBytes).inflate(data)
            } catch .tooLarge {
                throw fail(IngestError.Reason.decompressesTooLarge(limitBytes: configuration.maximumInputBytes))
            } catch {
                throw fail(IngestError.Reason.damagedGzip)
            }
            guard !GzipInflater.isGzip(inflated) else { throw fail(IngestError.Reason.damagedGzip) }
            return try ingestChecked(data: inflated, input: input)
        }
        if !TextDecoder.hasUTF16ByteOrderMark(data), TextDecoder.looksBinary(data) { throw fail(IngestError.Reason.binary) }
        let text = TextDecoder().decode(data)
        switch InputForm.detect(text) {
        case .html:
            return IngestResult(documents: [try HTMLExtractor().extract(data: data, input: input)])
        case .rss, .atom:
            return FeedReader().read(text: text, input: input)
        case .jsonLines:
            return JSONLinesReader().read(text: text, input: input)
        case .plainText:
            let document = PlainTextReader().read(text: TextNormalizer().normalize(text), input: input)
            guard !document.blocks.isEmpty else { throw fail(IngestError.Reason.noArticleText) }
            return IngestResult(documents: [document])
        }
    }

    /// The bytes of `path`, after checking it exists, is a readable file and is within the size limit.
    private func load(_ path: String) throws(IngestError) -> Data {
        func fail(_ reason: String) -> IngestError { IngestError(input: path, reason: reason) }
        if path == "-" {
            do {
                return try FileHandle.standardInput.readToEnd() ?? Data()
            } catch {
                throw fail(IngestError.Reason.unreadable(error.localizedDescription))
            }
        }
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { throw fail(IngestError.Reason.missing) }
        guard !isDirectory.boolValue else { throw fail(IngestError.Reason.folder) }
        guard manager.isReadableFile(atPath: path) else { throw fail(IngestError.Reason.permissionDenied) }
        if let size = (try? manager.attributesOfItem(atPath: path))?[.size] as? NSNumber,
            size.intValue > configuration.maximumInputBytes
        {
            throw fail(IngestError.Reason.tooLarge(sizeBytes: size.intValue, limitBytes: configuration.maximumInputBytes))
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw fail(IngestError.Reason.unreadable(error.localizedDescription))
        }
    }

    private static func documentsOrFirstProblem(_ result: IngestResult) throws(IngestError) -> [CleanDocument] {
        if result.documents.isEmpty, let problem = result.problems.first { throw problem }
        return result.documents
    }
}
