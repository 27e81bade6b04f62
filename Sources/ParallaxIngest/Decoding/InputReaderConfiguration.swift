extension InputReader {
    /// Limits and switches of the reader.
    ///
    /// Inputs larger than ``maximumInputBytes`` (on disk, or once decompressed) are refused with a
    /// one-line ``IngestError`` rather than read: one news article is a few kilobytes, so a file tens
    /// of megabytes long is a dump or a mistake, and reading it whole would cost that much memory
    /// several times over (bytes, decoded text, blocks). Split such files, or raise the limit.
    public struct Configuration: Sendable, Equatable {
        /// The largest input read, in bytes, before or after gzip decompression. Default 64 MiB.
        public var maximumInputBytes: Int

        /// A configuration; the defaults suit news articles, feeds and JSON Lines dumps of a few thousand articles.
        public init(maximumInputBytes: Int = 64 * 1024 * 1024) {
            self.maximumInputBytes = maximumInputBytes
        }

        /// The default configuration.
        public static let `default` = Configuration()
    }
}
