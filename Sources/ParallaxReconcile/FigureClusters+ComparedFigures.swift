import Foundation
import ParallaxModel
import ParallaxText

/// A figure set against a known figure of the same thing in its own sentence: "boarding records for 497 people, far more
/// than the 412 the operator declared"; "5,1 Millionen Euro – deutlich mehr als die 3,8 Millionen Euro, von denen die
/// Staatsanwaltschaft ausgegangen war". A comparative with the definite article right before the second number
/// ("more than the", "mehr als die": `compared-more` and `compared-less` in `parts.tsv`) names a figure the reader has
/// heard — another count of the thing the first figure counts — where "more than 400" without the article is only a bound.
extension FigureClusters {
    /// Comparisons that make the figure before them the larger ("more than the", "mehr als die").
    static let comparedMoreCues = ReconcileLexicon.partWords("compared-more").sorted()

    /// Comparisons that make the figure before them the smaller ("fewer than the", "weniger als die").
    static let comparedLessCues = ReconcileLexicon.partWords("compared-less").sorted()

    /// Joins the groups of a figure and the known figure its sentence compares it with: the figure right before the
    /// comparison in the same sentence, of the same unit and of the same measure (or one of the two without one), larger
    /// for "more than the" and smaller for "fewer than the" — rival figures of one thing, one group whose status is
    /// conflicting. So do a figure whose sentence names the figure before (``refersToAFigure(_:)``) and the last
    /// figure of its unit in the sentence before. A size ("more than the 450 it was licensed for") and a figure of another stated day (an earlier count
    /// the update outgrew, which the time tells apart already) keep their groups.
    /// - Complexity: O(n · k) for n figures and k figures of one sentence.
    static func joiningComparedFigures(_ groups: [[ClaimFacts]]) -> [[ClaimFacts]] {
        // Each quantity figure's place (group, member) by its sentence: the facts themselves are not copied (round 34: a
        // copy of every fact by sentence, and the words read of every figure's sentence, made a story of 12,000 claims
        // 0.1 s slower).
        var bySentence: [String: [(group: Int, member: Int)]] = [:]
        for (index, group) in groups.enumerated() {
            for (member, fact) in group.enumerated() where fact.claim.kind == .quantity {
                bySentence[fact.sentenceKey, default: []].append((index, member))
            }
        }
        var sets = GroupUnion(count: groups.count)
        var joined = false
        /// Joins the groups of a figure and the rival its sentence sets against it, unless a guard tells them apart.
        func join(_ figure: ClaimFacts, at left: Int, _ rival: ClaimFacts, at right: Int) {
            guard let figureValue = statedValue(figure), let rivalValue = statedValue(rival), figureValue != rivalValue,
                comparable(rival, figure), sets.root(left) != sets.root(right),
                !anotherArticleSetsFarApart(groups[left], groups[right], comparing: figure.article.id)
            else { return }
            sets.join(left, right)
            joined = true
        }
        for (index, group) in groups.enumerated() {
            for fact in group where fact.claim.kind == .quantity {
                // The last figure of the fact's unit that ends before it in its sentence: the known figure of "more than
                // the 412"; with none, the fact may name the figure of the sentence before ("put the figure at").
                let start = fact.claim.start ?? -1
                let compared = (bySentence[fact.sentenceKey] ?? []).last { place in
                    let other = groups[place.group][place.member]
                    return fact.claim.start != nil && (other.claim.end ?? .max) <= start && other.unitKey == fact.unitKey
                }
                if let compared {
                    let known = groups[compared.group][compared.member]
                    guard let value = statedValue(fact), let knownValue = statedValue(known),
                        let larger = comparisonDirection(fact), larger == (knownValue > value)
                    else { continue }
                    join(fact, at: index, known, at: compared.group)
                    continue
                }
                guard mayNameAFigure(fact), refersToAFigure(fact),
                    let position = sentenceNumber(fact), let dot = fact.claim.sentence.lastIndex(of: ".")
                else { continue }
                let before = fact.article.id + "|" + fact.claim.sentence[..<dot] + ".s\(position - 1)"
                if let referred = (bySentence[before] ?? []).last(where: { groups[$0.group][$0.member].unitKey == fact.unitKey }) {
                    join(fact, at: index, groups[referred.group][referred.member], at: referred.group)
                }
            }
        }
        return joined ? sets.merging(groups) : groups
    }

    /// Words that name a figure given before ("the figure", "diese Zahl": `figure-reference` in `parts.tsv`).
    static let figureReferences = ReconcileLexicon.partWords("figure-reference")

    /// Words right after such a name that make it the number of something else ("the figure of 300", "die Zahl der
    /// Toten"): `reference-breaker` in `parts.tsv`.
    static let figureReferenceBreakers = ReconcileLexicon.partWords("reference-breaker")

    /// Whether a figure's sentence names the figure of the sentence before ("Customs itself had put the figure at about
    /// €170 million"; "Umweltverbände halten diese Zahl für viel zu niedrig; die Flussallianz spricht von mindestens
    /// 40.000 Litern"): the sentence gives another value of the same thing, a rival.
    /// The name must stand before the figure's number, and (``joiningComparedFigures(_:)`` asks only then) no other figure
    /// of its unit before it in the sentence: in "Hatten 2014 noch 170.000 das Mittelmeer überquert, sank diese Zahl 2015
    /// auf 153.842" the name is the 170,000's.
    static func refersToAFigure(_ fact: ClaimFacts) -> Bool {
        guard let range = fact.sentenceText.firstRange(ofBytes: fact.claim.text) else { return false }
        let words = ClaimGrouper.words(fact.sentenceText[..<range.lowerBound])
        return figureReferences.contains { reference in
            ClaimGrouper.standsFree(" \(reference) ", in: words, unlessFollowedBy: figureReferenceBreakers)
        }
    }

    /// The last word of each name of a figure given before, as it may be written (`zahl`, `Zahl`, `ZAHL`): a sentence
    /// without any of them names no figure, which spares reading its words.
    static let figureReferenceHeads: [String] = Array(Set(figureReferences.compactMap { $0.split(separator: " ").last }
        .flatMap { head in [String(head), head.prefix(1).uppercased() + head.dropFirst(), head.uppercased()] })).sorted()

    /// Whether a figure's sentence holds a word that may name a figure given before (``figureReferenceHeads``).
    static func mayNameAFigure(_ fact: ClaimFacts) -> Bool {
        figureReferenceHeads.contains { fact.sentenceText.containsBytes($0) }
    }

    /// Whether the figure is the known figure of a comparison: `true` when the figure before it is the larger ("more
    /// than the 412"), `false` when the smaller, `nil` when no comparison stands right before its number.
    static func comparisonDirection(_ fact: ClaimFacts) -> Bool? {
        if ClaimGrouper.hasCue(fact, before: comparedMoreCues, reach: 24) { return true }
        if ClaimGrouper.hasCue(fact, before: comparedLessCues, reach: 24) { return false }
        return nil
    }

    /// Whether an article other than the comparing one gives figures in both groups that lie more than a factor of three
    /// apart (``rivalCloseness``), not side by side (``sideBySide(_:_:)``): a report gives one figure of a thing, rivals
    /// close to each other, or rivals it sets side by side, so it tells the two groups apart ("Organisationen mit mehr als einer Million Euro Spendeneinnahmen" beside the 5.1 million paid).
    static func anotherArticleSetsFarApart(_ left: [ClaimFacts], _ right: [ClaimFacts], comparing article: String) -> Bool {
        let rightByArticle = Dictionary(grouping: right.filter { $0.article.id != article }, by: \.article.id)
        return left.contains { fact in
            (rightByArticle[fact.article.id] ?? []).contains { other in
                closeness(stated(fact), stated(other)) < rivalCloseness && !sideBySide(fact, other)
            }
        }
    }

    /// Whether two figures of one article stand in one sentence or in neighbouring ones: set side by side, as rivals are
    /// ("The company put the amount at about 8,000 litres. The environmental group … pointed to at least 40,000 litres").
    static func sideBySide(_ left: ClaimFacts, _ right: ClaimFacts) -> Bool {
        guard let one = sentenceNumber(left), let other = sentenceNumber(right) else { return false }
        return abs(one - other) <= 1
    }

    /// Whether two figures of a comparison may count one thing: the same measure or one without one, neither a size,
    /// and not dated to different days.
    static func comparable(_ figure: ClaimFacts, _ known: ClaimFacts) -> Bool {
        guard figure.measureKey == known.measureKey || figure.measureKey == "-" || known.measureKey == "-" else { return false }
        guard figure.measureKey != "size", known.measureKey != "size" else { return false }
        return !differentTimes(figure, known)
    }
}
