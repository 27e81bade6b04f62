public import ParallaxModel

/// What reading one input gave: the documents it held and the problems met, per item or whole.
///
/// A JSON Lines file or a feed may hold good and bad items; the good ones are kept and each bad one
/// is reported as a problem naming `FILE#N` (or `FILE#ID`).
public struct IngestResult: Sendable, Equatable {
    /// The documents read, in input order.
    public var documents: [CleanDocument]
    /// The problems met, in input order; a whole-input failure is a single problem.
    public var problems: [IngestError]

    /// A result of `documents` and `problems`.
    public init(documents: [CleanDocument] = [], problems: [IngestError] = []) {
        self.documents = documents
        self.problems = problems
    }
}
