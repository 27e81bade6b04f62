import Foundation

/// Scores how likely two articles tell the same story, from language-neutral evidence.
///
/// The score is the cosine of TF-IDF vectors over the articles' keys, each weighted by its kind
/// (entities and figures count more than words), times a time factor that weakens links between
/// articles published far apart. For articles in different languages only language-neutral keys
/// (lexicon concepts, entities, figures) enter the vectors, so that untranslated words do not
/// dilute the evidence. Two articles that both name entities but share none of them are "similar,
/// not same" (two fires in two cities) and are penalised.
struct SimilarityScorer {
    let documentFrequency: [UInt64: Int32]
    let documentCount: Int
    let configuration: StoryIndex.Configuration

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

    /// Similarity 0…1 of two articles and the number of rare entities they share.
    func comparison(_ left: ArticleFeatures, _ right: ArticleFeatures) -> (score: Double, sharedEntities: Int) {
        let neutralOnly = left.language != right.language
        var dot = 0.0
        var leftNorm = 0.0
        var rightNorm = 0.0
        var leftEntities = 0
        var rightEntities = 0
        var sharedEntities = 0
        var i = 0
        var j = 0
        let a = left.terms
        let b = right.terms
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i].key < b[j].key) {
                if !(neutralOnly && a[i].kind == .stem) {
                    let w = weight(a[i])
                    leftNorm += w * w
                    if a[i].kind == .entity { leftEntities += 1 }
                }
                i += 1
            } else if i == a.count || b[j].key < a[i].key {
                if !(neutralOnly && b[j].kind == .stem) {
                    let w = weight(b[j])
                    rightNorm += w * w
                    if b[j].kind == .entity { rightEntities += 1 }
                }
                j += 1
            } else {
                if !(neutralOnly && a[i].kind == .stem) {
                    let wa = weight(a[i])
                    let wb = weight(b[j])
                    dot += wa * wb
                    leftNorm += wa * wa
                    rightNorm += wb * wb
                    if a[i].kind == .entity {
                        leftEntities += 1
                        rightEntities += 1
                        // Half-weight words (capitalised nouns) named once are not evidence of a name.
                        // Only rare names are evidence of one story: a name half the corpus uses is not.
                        if a[i].count >= 1 && b[j].count >= 1 && isRare(a[i].key) { sharedEntities += 1 }
                    }
                }
                i += 1
                j += 1
            }
        }
        guard leftNorm > 0, rightNorm > 0 else { return (0, 0) }
        var score = dot / (leftNorm.squareRoot() * rightNorm.squareRoot())
        if leftEntities >= 2 && rightEntities >= 2 && sharedEntities == 0 { score *= 0.5 }
        return (score * timeFactor(left, right), sharedEntities)
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
