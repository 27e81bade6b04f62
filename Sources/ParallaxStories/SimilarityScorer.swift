import Foundation

/// Scores how likely two articles tell the same story, from language-neutral evidence.
///
/// The score is the cosine of TF-IDF vectors over the articles' keys, each weighted by its kind
/// (entities and figures count more than words), times a time factor that weakens links between
/// articles published far apart. For articles in different languages only language-neutral keys
/// (lexicon concepts, entities, figures) enter the vectors, so that untranslated words do not
/// dilute the evidence. Two articles that both name entities but share none of them are "similar,
/// not same" (two fires in two cities) and are penalised; two that share no rare key at all score 0.
struct SimilarityScorer {
    let documentFrequency: [UInt64: Int32]
    let documentCount: Int
    let configuration: StoryIndex.Configuration
    /// Whether a pair in two languages also compares the neutral facts (`ArticleFeatures.neutralFacts`): they
    /// tell which story an article belongs to; inside a story, where every report shares the event's day and
    /// its small figures, they would blur the line between its events, so the event splitter leaves them out.
    var comparesNeutralFacts = true

    /// Inverse document frequency of `key`, smoothed by the configured prior.
    func idf(_ key: UInt64) -> Double {
        let frequency = Double(documentFrequency[key] ?? 0)
        return log((Double(documentCount) + configuration.idfPrior) / (frequency + 1))
    }

    /// True when `key` is used by few articles: at most 10, or 1 % of the collection.
    func isRare(_ key: UInt64) -> Bool {
        Int(documentFrequency[key] ?? 0) <= max(10, documentCount / 100)
    }

    /// The weight of a term in a vector.
    func weight(_ term: ArticleFeatures.Term) -> Double {
        (1 + log(Double(term.count))) * Double(term.kind.weight) * idf(term.key)
    }

    /// Similarity 0…1 of two articles.
    func similarity(_ left: ArticleFeatures, _ right: ArticleFeatures) -> Double {
        comparison(left, right).score
    }

    /// The Euclidean norms of an article's weighted vector: over all its keys, and over its
    /// language-neutral keys only (for a pair in two languages).
    struct Norms: Codable, Sendable, Equatable {
        var all: Float
        var neutral: Float
        /// Over the language-neutral keys and the neutral facts (for a pair in two languages).
        var crossLanguage: Float = 0
    }

    /// The norms of `features` under the current document frequencies.
    /// - Complexity: O(t) dictionary look-ups for t terms.
    func norms(of features: ArticleFeatures) -> Norms {
        var all = 0.0
        var neutral = 0.0
        for term in features.terms {
            let w = weight(term)
            all += w * w
            if term.kind != .stem { neutral += w * w }
        }
        var facts = 0.0
        for key in features.neutralFacts {
            let w = Double((ArticleFeatures.Kind(rawValue: key & 3) ?? .figure).weight) * idf(key)
            facts += w * w
        }
        return Norms(
            all: Float(all.squareRoot()), neutral: Float(neutral.squareRoot()),
            crossLanguage: Float((neutral + facts).squareRoot()))
    }

    /// Similarity 0…1 of two articles and the number of rare entities they share.
    func comparison(_ left: ArticleFeatures, _ right: ArticleFeatures) -> (score: Double, sharedEntities: Int) {
        comparison(left, right, leftNorms: norms(of: left), rightNorms: norms(of: right))
    }

    /// Similarity with the two norms given (computed once per article, or earlier when a
    /// streaming index scores candidates): only the keys the two share are looked up, so a
    /// comparison costs a merge of two sorted lists and a few look-ups.
    func comparison(
        _ left: ArticleFeatures, _ right: ArticleFeatures, leftNorms: Norms, rightNorms: Norms
    ) -> (score: Double, sharedEntities: Int) {
        let neutralOnly = left.language != right.language
        let withFacts = neutralOnly && comparesNeutralFacts
        let leftNorm = Double(withFacts ? leftNorms.crossLanguage : neutralOnly ? leftNorms.neutral : leftNorms.all)
        let rightNorm = Double(withFacts ? rightNorms.crossLanguage : neutralOnly ? rightNorms.neutral : rightNorms.all)
        guard leftNorm > 0, rightNorm > 0 else { return (0, 0) }
        var dot = 0.0
        var leftEntities = 0
        var rightEntities = 0
        var sharedEntities = 0
        var sharedRare = 0
        let rareLimit = max(10, documentCount / 100)
        var i = 0
        var j = 0
        let a = left.terms
        let b = right.terms
        while i < a.count && j < b.count {
            let (keyA, keyB) = (a[i].key, b[j].key)
            if keyA < keyB {
                if keyA & 3 == ArticleFeatures.Kind.entity.rawValue { leftEntities += 1 }
                i += 1
            } else if keyB < keyA {
                if keyB & 3 == ArticleFeatures.Kind.entity.rawValue { rightEntities += 1 }
                j += 1
            } else {
                let kind = a[i].kind
                if !(neutralOnly && kind == .stem) {
                    let frequency = documentFrequency[keyA] ?? 0
                    let idf = log((Double(documentCount) + configuration.idfPrior) / (Double(frequency) + 1))
                    let base = Double(kind.weight) * idf
                    dot += (1 + log(Double(a[i].count))) * base * (1 + log(Double(b[j].count))) * base
                    if Int(frequency) <= rareLimit { sharedRare += 1 }
                    if kind == .entity {
                        leftEntities += 1
                        rightEntities += 1
                        // Only rare names are evidence of one story: a name half the corpus uses is not.
                        if Int(frequency) <= rareLimit { sharedEntities += 1 }
                    }
                }
                i += 1
                j += 1
            }
        }
        while i < a.count {
            if a[i].key & 3 == ArticleFeatures.Kind.entity.rawValue { leftEntities += 1 }
            i += 1
        }
        while j < b.count {
            if b[j].key & 3 == ArticleFeatures.Kind.entity.rawValue { rightEntities += 1 }
            j += 1
        }
        // Across languages the neutral facts count as figures: small figures with their unit, the event's days.
        if withFacts {
            let facts = sharedNeutralFacts(left, right)
            dot += facts.dot
            sharedRare += facts.rare
            sharedEntities += facts.names
        }
        // Two articles that share only words many articles use (an agency's boilerplate line, a
        // section's vocabulary) are not evidence of one story (round 10: 12 stubs of 10kGNAD).
        if sharedRare == 0 { return (0, 0) }
        var score = min(1, dot / (leftNorm * rightNorm))
        if leftEntities >= 2 && rightEntities >= 2 && sharedEntities == 0 { score *= 0.5 }
        return (score * timeFactor(left, right), sharedEntities)
    }

    /// What the neutral facts of two articles in different languages add to their comparison: the dot product
    /// over the facts one states that the other states as a fact or a term (a place the German adjective names,
    /// the English report writes as a name), how many of them are rare, and how many are rare names.
    /// - Complexity: O(f log t) for f neutral facts and t terms (both lists are sorted by key).
    func sharedNeutralFacts(_ left: ArticleFeatures, _ right: ArticleFeatures) -> (dot: Double, rare: Int, names: Int) {
        guard !left.neutralFacts.isEmpty || !right.neutralFacts.isEmpty else { return (0, 0, 0) }
        var dot = 0.0
        var rare = 0
        var names = 0
        func count(_ key: UInt64) {
            let kind = ArticleFeatures.Kind(rawValue: key & 3) ?? .figure
            let w = Double(kind.weight) * idf(key)
            dot += w * w
            guard isRare(key) else { return }
            rare += 1
            if kind == .entity { names += 1 }
        }
        for key in left.neutralFacts where Self.contains(right.neutralFacts, key) || Self.termsContain(right.terms, key) {
            count(key)
        }
        for key in right.neutralFacts where !Self.contains(left.neutralFacts, key) && Self.termsContain(left.terms, key) {
            count(key)
        }
        return (dot, rare, names)
    }

    /// Whether a sorted list of keys holds `key`.
    static func contains(_ keys: [UInt64], _ key: UInt64) -> Bool {
        var (low, high) = (0, keys.count)
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low] == key
    }

    /// Whether terms sorted by key hold `key`.
    static func termsContain(_ terms: [ArticleFeatures.Term], _ key: UInt64) -> Bool {
        var (low, high) = (0, terms.count)
        while low < high {
            let middle = (low + high) / 2
            if terms[middle].key < key { low = middle + 1 } else { high = middle }
        }
        return low < terms.count && terms[low].key == key
    }

    /// 1 for articles published within `sameTimeDays`; beyond, it decays exponentially towards
    /// `timeFloor` (a developing story may span weeks, so time weakens a link but never cuts it);
    /// 1 when either article is undated.
    func timeFactor(_ left: ArticleFeatures, _ right: ArticleFeatures) -> Double {
        guard let gap = dayGap(left, right) else { return 1 }
        let excess = max(0, gap - configuration.sameTimeDays)
        let floor = configuration.timeFloor
        return floor + (1 - floor) * exp(-excess / configuration.timeScaleDays)
    }

    /// Days between the publication days of two articles, when both are dated.
    func dayGap(_ left: ArticleFeatures, _ right: ArticleFeatures) -> Double? {
        guard let first = left.day, let second = right.day else { return nil }
        return Double(abs(Int(first) - Int(second)))
    }
}
