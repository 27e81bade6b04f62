import Foundation
import ParallaxModel

/// Kinds of one unit told apart by the counted noun (round 15): "640 Insassen" and "52 Bedienstete" are both `person`,
/// but inmates are not officers. The claims stage writes each quantity's noun (`Quantity/noun`); the kinds are the
/// language's rows of `Lexicons/noun-kinds.tsv`.
extension FigureClusters {
    /// Whether two figures of one unit count kinds of it that some article of the story counts apart: both nouns have a
    /// kind (neither `any`: people, Menschen), the kinds differ, and one article gives figures of both kinds in that unit
    /// (`toldApart`, from ``kindPairs(_:)``) — the writer who counts "640 Insassen" and "52 Bedienstete" tells them
    /// apart; two reports that name one count "inmates" and "prisoners", or "Schüler" and "Kinder", do not.
    static func nounKindsApart(_ fact: ClaimFacts, _ member: ClaimFacts, toldApart: Set<String>) -> Bool {
        guard !toldApart.isEmpty, fact.unitKey == member.unitKey, let own = kind(fact), let other = kind(member), own != other
        else { return false }
        return toldApart.contains(pairKey(own, other, unit: fact.unitKey))
    }

    /// The pairs of kinds (with their unit) that one article counts side by side, by figures of one unit.
    /// - Complexity: O(n + Σ k²) for n facts and k kinds per article and unit (a handful).
    static func kindPairs(_ facts: [ClaimFacts]) -> Set<String> {
        var kinds: [String: Set<String>] = [:]
        for fact in facts where fact.claim.kind == .quantity {
            if let found = kind(fact) { kinds[fact.article.id + "|" + fact.unitKey, default: []].insert(found) }
        }
        var pairs = Set<String>()
        for (key, found) in kinds where found.count > 1 {
            let unit = String(key.split(separator: "|", maxSplits: 1).last ?? "")
            for left in found { for right in found where left < right { pairs.insert(pairKey(left, right, unit: unit)) } }
        }
        return pairs
    }

    /// The kind of a figure's noun in its article's language, unless it is `any`.
    private static func kind(_ fact: ClaimFacts) -> String? {
        guard let noun = fact.claim.quantity?.noun, let found = NounKinds.kind(of: noun, language: fact.article.language),
            found != NounKinds.anyKind
        else { return nil }
        return found
    }

    private static func pairKey(_ left: String, _ right: String, unit: String) -> String {
        left < right ? "\(unit)|\(left)|\(right)" : "\(unit)|\(right)|\(left)"
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
