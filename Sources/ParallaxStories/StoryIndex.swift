public import ParallaxModel

/// Streaming story clustering: a value-type state machine that takes articles one at a time.
///
/// Each `add` finds candidate earlier articles through inverted indexes (entities, figures, the
/// article's heaviest terms) and MinHash LSH bands, scores only those, and keeps links to its best
/// candidates. Keys shared by more than `postingCap` articles stop being indexed, so the cost per
/// article is bounded and the whole run grows about linearly. `stories()` then re-scores the links
/// with the final document frequencies, keeps those that are strong in absolute terms or relative
/// to the two articles' neighbourhoods (a corpus of one narrow topic has high background
/// similarity, a varied corpus low), and splits the linked groups by average link, so a chain of
/// pairwise resemblances does not glue two stories together. The state is `Codable` and can be
/// saved and resumed.
public struct StoryIndex: Codable, Sendable {
    /// Thresholds and limits of clustering.
    public struct Configuration: Codable, Sendable, Equatable {
        /// Similarity from which a link counts on its own.
        public var linkThreshold = 0.12
        /// Similarity below which a pair is never linked.
        public var linkFloor = 0.04
        /// Links kept per added article (its best candidates above `linkFloor`).
        public var linksPerArticle = 12
        /// The rank of the neighbour whose similarity sets an article's local scale.
        public var neighbourRank = 8
        /// How many times its local scale a similarity must reach to count as a link although it is
        /// below `linkThreshold`.
        public var relativeRatio = 1.5
        /// Date difference up to which a link may count by `relativeRatio`.
        public var relativeGapDays = 14.0
        /// Share of `storyThreshold` a relative link gains for each rare name its articles share
        /// beyond the first.
        public var sharedNameBonus = 0.1
        /// Shared rare names beyond the first that raise a relative link at most.
        public var sharedNameCap = 5
        /// Average similarity from which two groups of linked articles form one story.
        public var storyThreshold = 0.2
        /// Linked groups larger than this are first cut by single link over the links whose similarity
        /// itself reaches `storyThreshold` (average link costs the square of the group), then split as usual.
        public var averageLinkLimit = 400
        /// Average cross-pair similarity from which two story groups grow into one (`StoryGrowth`).
        public var growthAverage = 0.065
        /// Best cross-pair similarity, with a shared rare entity, two story groups need to grow into one.
        public var growthBest = 0.09
        /// Similarity from which two articles of a story report one event.
        public var eventThreshold = 0.3
        /// Estimated shingle Jaccard from which two articles are near-duplicates (always linked).
        public var duplicateThreshold = 0.5
        /// Posting lists stop growing (and stop producing candidates) at this length.
        public var postingCap = 200
        /// Non-entity, non-figure terms of an article used for candidate generation.
        public var indexedTerms = 10
        /// Candidates scored per article at most.
        public var maximumCandidates = 30
        /// Days over which the weakening of a link by a date difference grows by a factor e.
        public var timeScaleDays = 21.0
        /// The factor a very large date difference leaves of a similarity.
        public var timeFloor = 0.5
        /// Date difference up to which time does not weaken a link.
        public var sameTimeDays = 3.0
        /// Share of a story's typical similarity (`EventSplitter.typicalSimilarity`) from which two groups of it report one event.
        public var eventRelativeThreshold = 0.8
        /// Date difference from which two articles never report one event.
        public var eventGapDays = 7.0
        /// Days of publication within which an article left alone by event splitting joins the nearest event
        /// of its story (`EventSplitter.absorbingLoneArticles`).
        public var loneArticleDays = 1.0
        /// Gap in calendar days up to which the dated articles of a story form one run of coverage, and so one event
        /// (`EventSplitter.byPublicationRuns`); a longer silence starts a new event.
        public var eventRunGapDays = 2.0
        /// LSH bands and rows per band (bands × rows ≤ the sketch size).
        public var bands = 16
        public var rows = 4
        /// Pseudo-documents added to IDF, so that small collections do not zero out shared words.
        public var idfPrior = 20.0
        /// Creates the default configuration.
        public init() {}
    }

    /// The configuration in use.
    public let configuration: Configuration
    /// The features of every article added, in order.
    public private(set) var articles: [ArticleFeatures] = []
    /// Articles per term key.
    var documentFrequency: [UInt64: Int32] = [:]
    /// Article positions per indexed key (terms and LSH bands).
    var postings: [UInt64: [Int32]] = [:]
    /// Keys whose posting lists reached the cap.
    var saturated: Set<UInt64> = []
    /// Links found: the positions of two articles and their scores.
    var links: [StoryLink] = []
    /// Each article's vector norms under the document frequencies at the time it was added; the
    /// candidates of a new article are scored with them, so that scoring looks up only shared keys.
    var addedNorms: [SimilarityScorer.Norms] = []
    /// Scratch space of `add`: per article position, the evidence a new article shares with it
    /// (all zero between calls; not saved).
    private var sharedEvidence: [UInt16] = []

    private enum CodingKeys: String, CodingKey {
        case configuration, articles, documentFrequency, postings, saturated, links, addedNorms
    }

    /// An empty index.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// The number of articles added.
    public var count: Int { articles.count }

    /// Adds an article with its claims, extracting features with `extractor`.
    public mutating func add(_ article: Article, claims: [Claim] = [], extractor: FeatureExtractor) {
        add(features: extractor.features(of: article, claims: claims))
    }

    /// Adds one article's features: finds candidates, scores them and links the article.
    /// - Complexity: O(k × c) for k indexed keys and c candidates, both bounded by the configuration.
    public mutating func add(features: ArticleFeatures) {
        let position = Int32(articles.count)
        articles.append(features)
        for term in features.terms { documentFrequency[term.key, default: 0] += 1 }
        // Neutral facts of their own (small figures with units, days) get frequencies; a place a German adjective
        // names shares its key with the name as other articles write it, whose frequency it leaves alone, so that
        // pairs in one language score as before.
        for key in features.neutralFacts where key & 3 != ArticleFeatures.Kind.entity.rawValue {
            documentFrequency[key, default: 0] += 1
        }
        let keys = indexKeys(of: features)
        // Evidence per earlier article, counted in a flat array (a dictionary of thousands of
        // entries per article was the indexing cost at a million articles).
        if sharedEvidence.count < articles.count {
            sharedEvidence.append(contentsOf: repeatElement(0, count: articles.count - sharedEvidence.count))
        }
        var touched: [Int32] = []
        func count(_ key: UInt64, gain: UInt16, acrossLanguagesOnly: Bool = false) {
            guard let posting = postings[key] else { return }
            for other in posting {
                let slot = Int(other)
                if acrossLanguagesOnly && articles[slot].language == features.language { continue }
                if sharedEvidence[slot] == 0 { touched.append(other) }
                sharedEvidence[slot] &+= gain
            }
        }
        for key in keys { count(key, gain: key & 2 == 2 ? 2 : 1) }
        // A place named by an adjective ("Karbenfelder") finds the reports in other languages that write the name,
        // and a name finds the reports in other languages that give only the adjective: places are posted apart,
        // so that articles of one language meet as before.
        let places = features.neutralFacts.filter { $0 & 3 == ArticleFeatures.Kind.entity.rawValue }
        for key in places { count(key, gain: 2, acrossLanguagesOnly: true) }
        for term in features.terms where term.kind == .entity {
            count(term.key ^ Self.placeSalt, gain: 2, acrossLanguagesOnly: true)
        }
        let bandKeys = features.sketch.bandKeys(bands: configuration.bands, rows: configuration.rows)
        for key in bandKeys { count(key, gain: 4) }
        var scored: [(other: Int32, evidence: UInt16)] = []
        for other in touched {
            let evidence = sharedEvidence[Int(other)]
            sharedEvidence[Int(other)] = 0
            if evidence >= 2 { scored.append((other, evidence)) }
        }
        let candidates = scored.sorted { $0.evidence != $1.evidence ? $0.evidence > $1.evidence : $0.other < $1.other }
            .prefix(configuration.maximumCandidates)
        let scorer = scorer()
        let norms = scorer.norms(of: features)
        addedNorms.append(norms)
        var found: [StoryLink] = []
        for (other, _) in candidates {
            let score = scorer.comparison(
                articles[Int(other)], features, leftNorms: addedNorms[Int(other)], rightNorms: norms
            ).score
            let jaccard = features.sketch.jaccard(articles[Int(other)].sketch)
            if score >= configuration.linkFloor || jaccard >= configuration.duplicateThreshold {
                found.append(StoryLink(first: other, second: position, score: Float(score), jaccard: Float(jaccard)))
            }
        }
        found.sort { ($0.score, $0.jaccard, $1.first) > ($1.score, $1.jaccard, $0.first) }
        links += found.prefix(configuration.linksPerArticle)
        for key in keys + bandKeys + places.map({ $0 ^ Self.placeSalt }) where !saturated.contains(key) {
            let length = postings[key, default: []].appending(position)
            if length >= configuration.postingCap {
                postings[key] = nil
                saturated.insert(key)
            }
        }
    }

    /// Mixed into a place key to post it apart from the name it shares a key with (see `add(features:)`).
    static let placeSalt: UInt64 = 0x5EED_9A1C_E000_0000

    /// The scorer over the index's current document frequencies.
    func scorer() -> SimilarityScorer {
        SimilarityScorer(
            documentFrequency: documentFrequency, documentCount: articles.count, configuration: configuration)
    }

    /// The keys an article is indexed under: all entities and figures, plus its heaviest other terms.
    private func indexKeys(of features: ArticleFeatures) -> [UInt64] {
        var named: [UInt64] = []
        var others: [ArticleFeatures.Term] = []
        for term in features.terms {
            switch term.kind {
            case .entity, .figure: named.append(term.key)
            case .stem, .concept: others.append(term)
            }
        }
        let heaviest = others.sorted { ($0.count * $0.kind.weight, $1.key) > ($1.count * $1.kind.weight, $0.key) }
            .prefix(configuration.indexedTerms).map(\.key)
        return named + heaviest
    }
}

extension Array where Element == Int32 {
    /// Appends `element` and returns the new count (one dictionary access when used in place).
    fileprivate mutating func appending(_ element: Int32) -> Int {
        append(element)
        return count
    }
}

/// A link between two articles of a `StoryIndex`, with the scores that made it.
struct StoryLink: Codable, Sendable, Equatable {
    var first: Int32
    var second: Int32
    var score: Float
    var jaccard: Float
}
