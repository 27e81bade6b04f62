import Foundation
import ParallaxModel

/// Kinds of one unit told apart by the counted noun (round 15): "640 Insassen" and "52 Bedienstete" are both `person`,
/// but inmates are not officers. The claims stage writes each quantity's noun (`Quantity/noun`); the kinds are the
/// language's rows of `Lexicons/noun-kinds.tsv`.
extension FigureClusters {
    /// Whether two figures of one unit, in articles of one language, count different kinds of it by their nouns: both
    /// nouns have a kind, neither is of the kind `any` (people, Menschen), and the kinds differ.
    static func nounKindsApart(_ fact: ClaimFacts, _ member: ClaimFacts) -> Bool {
        guard fact.article.language == member.article.language, fact.unitKey == member.unitKey,
            let own = fact.claim.quantity?.noun, let other = member.claim.quantity?.noun, own != other,
            let ownKind = NounKinds.kind(of: own, language: fact.article.language),
            let otherKind = NounKinds.kind(of: other, language: member.article.language)
        else { return false }
        return ownKind != otherKind && ownKind != NounKinds.anyKind && otherKind != NounKinds.anyKind
    }
}

/// The kinds of `Lexicons/noun-kinds.tsv`, by language.
enum NounKinds {
    /// The kind of nouns that name people of every kind (`people`, `Menschen`).
    static let anyKind = "any"
    /// Endings tried off a noun before its stem is compared (`insassen` → insass).
    static let endings = ["", "innen", "en", "er", "es", "e", "n", "s"]

    /// `language → [(stem, kind)]`, longest stem first.
    static let table: [String: [(stem: String, kind: String)]] = {
        guard let url = Bundle.module.url(forResource: "Lexicons/noun-kinds", withExtension: "tsv")
            ?? Bundle.module.url(forResource: "Lexicons", withExtension: nil)?.appendingPathComponent("noun-kinds.tsv"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [:] }
        var table: [String: [(stem: String, kind: String)]] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= 3 else { continue }
            table[fields[0], default: []].append((fields[1], fields[2]))
        }
        return table.mapValues { $0.sorted { $0.stem.count > $1.stem.count } }
    }()

    /// The kind of a noun in `language`: the kind of the longest stem it ends with after at most one ending, or `nil`.
    /// - Complexity: O(k·e) suffix tests for k stems and e endings.
    static func kind(of noun: String, language: String) -> String? {
        guard let rows = table[language] else { return nil }
        let lower = noun.lowercased()
        for row in rows {
            for ending in endings where lower.hasSuffix(ending) {
                if lower.dropLast(ending.count).hasSuffix(row.stem) { return row.kind }
            }
        }
        return nil
    }
}
