/// Why an input could not be read.
///
/// ``description`` is one line, `INPUT: REASON`, where the reason is a sentence a user can act on.
/// The reasons the reader gives are listed in ``Reason``, so tests and callers can match them.
public struct IngestError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path, URL or `FILE#ID` of the input.
    public var input: String
    /// A sentence a user can act on.
    public var reason: String

    /// An error for `input` with the user-facing `reason`.
    public init(input: String, reason: String) {
        self.input = input
        self.reason = reason
    }

    /// `INPUT: REASON`, one line.
    public var description: String { "\(input): \(reason)" }

    /// The reasons the ingest stage gives, word for word.
    public enum Reason {
        /// The path names nothing.
        public static let missing = "does not exist"
        /// The file holds no bytes.
        public static let empty = "is empty"
        /// NUL bytes or many control characters.
        public static let binary = "looks like a binary file, not text"
        /// The file may not be read.
        public static let permissionDenied = "cannot be read: permission denied"
        /// A folder may not be listed.
        public static let folderUnlistable = "is a folder that cannot be listed: permission denied"
        /// Truncated or corrupt gzip data.
        public static let damagedGzip = "is a damaged or truncated gzip file"
        /// Nothing is left after cleaning.
        public static let noArticleText = "holds no article text"
        /// A feed whose XML could not be recovered.
        public static let brokenFeed = "is not a readable RSS or Atom feed"
        /// A feed without items or entries.
        public static let feedWithoutItems = "is a feed without items"
        /// A JSON Lines line that is not a JSON object.
        public static let badJSONLine = "is not a valid JSON object"
        /// A JSON Lines record without text.
        public static let missingTextField = "has neither a \"text\" nor an \"html\" field"

        /// The input is `sizeBytes` long, over `limitBytes`.
        public static func tooLarge(sizeBytes: Int, limitBytes: Int) -> String {
            "is \(megabytes(sizeBytes)), over the \(megabytes(limitBytes)) limit for one input; split it or raise InputReader.Configuration.maximumInputBytes"
        }

        /// The decompressed input would exceed `limitBytes`.
        public static func decompressesTooLarge(limitBytes: Int) -> String {
            "decompresses to more than the \(megabytes(limitBytes)) limit for one input; split it or raise InputReader.Configuration.maximumInputBytes"
        }

        /// A path that names a folder where a file was expected.
        public static let folder = "is a folder, not a file"

        /// Any other read failure, with the system's explanation.
        public static func unreadable(_ explanation: String) -> String {
            "cannot be read: \(explanation)"
        }

        /// `bytes` as a size a person reads: `800 bytes`, `12 KB`, `64 MB`, `1.5 MB`.
        private static func megabytes(_ bytes: Int) -> String {
            if bytes < 1024 { return "\(bytes) bytes" }
            if bytes < 1_048_576 { return "\((bytes + 512) / 1024) KB" }
            let tenths = (bytes * 10 + 524_288) / 1_048_576
            return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
        }
    }
}
