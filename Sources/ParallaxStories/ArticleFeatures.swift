/// The compact, language-neutral features of one article that story clustering works on.
///
/// A `StoryIndex` keeps only these, never the full `Article`, so that a million articles fit in a
/// few gigabytes. Every text feature is a 64-bit key whose low two bits tell its `Kind`.
public struct ArticleFeatures: Codable, Sendable, Equatable {
    /// What a key stands for.
    public enum Kind: UInt64, Sendable, CaseIterable {
        /// A word stem of one language, not in the bilingual lexicon.
        case stem = 0
        /// A concept of the bilingual lexicon (the English pivot word).
        case concept = 1
        /// A named entity: a capitalised name, a lexicon entity or a claim's subject or source.
        case entity = 2
        /// A figure, normalised across locales.
        case figure = 3

        /// The weight a key of this kind carries in the similarity, before IDF.
        public var weight: Float {
            switch self {
            case .stem: 1.0
            case .concept: 0.7
            case .entity: 2.0
            case .figure: 1.5
            }
        }
    }

    /// One key with how often the article uses it.
    public struct Term: Codable, Sendable, Equatable {
        public var key: UInt64
        public var count: Float
        /// Creates a term.
        public init(key: UInt64, count: Float) {
            self.key = key
            self.count = count
        }
        /// The kind encoded in the key's low bits.
        public var kind: Kind { Kind(rawValue: key & 3) ?? .stem }
    }

    /// One figure or entity in the order the article first states it, with its display text.
    public struct Fact: Codable, Sendable, Equatable {
        public var key: UInt64
        public var label: String
        /// Creates a fact.
        public init(key: UInt64, label: String) {
            self.key = key
            self.label = label
        }
    }

    /// The article's id.
    public var id: String
    /// ISO 639-1 language.
    public var language: String
    /// Publication day (days since 1970-01-01), when known.
    public var day: Int32?
    /// Publication time in minutes since 1970-01-01 00:00 on the clock the article gives, when it gives its
    /// hour and minute (`StoryDate.minute`): which of two reports of one day came first (see `RewriteDetector`).
    public var publishedMinute: Int64?
    /// The distinct numbers its quantity claims state (a value, a range's ends), sorted: the figures a
    /// later report adds to an earlier one (see `RewriteDetector.laterReportAddsFigures`).
    public var statedValues: [Double] = []
    /// Earliest and latest day the article's claims refer to, when known.
    public var firstDay: Int32?
    public var lastDay: Int32?
    /// Terms sorted by key, at most `FeatureExtractor.Configuration.maximumTerms`.
    public var terms: [Term]
    /// Figures and entities in order of first statement.
    public var facts: [Fact]
    /// MinHash signature of the article's word shingles.
    public var sketch: MinHashSketch
    /// The article's most telling words as written, for labels.
    public var keywords: [String]
    /// Language-neutral facts its claims state that no term carries, sorted (`FeatureExtractor.neutralFacts`):
    /// small figures with their canonical unit and the days its claims date the event. They count only
    /// between articles in different languages, where words cannot.
    public var neutralFacts: [UInt64] = []
    /// The names the article's outlet goes by, lower case (the publisher as given, its acronyms and
    /// initials: "kpa kontinentale presseagentur", "kpa"); empty when the publisher is unknown.
    public var publisherNames: [String] = []
    /// The agencies or outlets the article credits, lower case ("Quelle: KPA", "Kelsburg (zpa) –").
    public var credits: [String] = []

    /// Creates features from their parts.
    public init(
        id: String, language: String, day: Int32?, firstDay: Int32? = nil, lastDay: Int32? = nil, terms: [Term],
        facts: [Fact], sketch: MinHashSketch, keywords: [String], neutralFacts: [UInt64] = [],
        publishedMinute: Int64? = nil, statedValues: [Double] = []
    ) {
        self.id = id
        self.language = language
        self.day = day
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.terms = terms
        self.facts = facts
        self.sketch = sketch
        self.keywords = keywords
        self.neutralFacts = neutralFacts
        self.publishedMinute = publishedMinute
        self.statedValues = statedValues
    }

    /// The key of `text` as a feature of `kind`.
    public static func key(_ text: some StringProtocol, kind: Kind) -> UInt64 {
        (StableHash.hash(text) & ~3) | kind.rawValue
    }
}
