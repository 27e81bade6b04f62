import ParallaxModel

/// Populations of one unit told apart by the structure of an article: when one report counts two roles of people
/// (`held`, `staff`, `resident`, `visitor`, … — ``PersonRoles``) under one measure with different numbers ("At least
/// 23 inmates were treated for injuries … nine prison officers were injured"), the two are different groups in the
/// whole story, and another report's figure goes to the one whose role it names ("a dozen guards" to the officers).
/// Roles no article sets side by side are never split, and nor are two roles that an article gives the same number
/// (one count named twice: "rund 1.200 Beamtinnen … 1.200 Polizisten"); nouns of no role (`Menschen`, `people`,
/// `victims`) join by their numbers as before.
extension FigureClusters {
    /// A pair of roles, in alphabetical order.
    struct RolePair: Hashable {
        var first: String
        var second: String
        init(_ left: String, _ right: String) { (first, second) = left < right ? (left, right) : (right, left) }
    }

    /// The role of a figure of people (its ``ClaimFacts/unitKey`` is `person`) by its counted noun, or `nil`.
    static func role(of fact: ClaimFacts) -> String? {
        guard fact.claim.kind == .quantity, fact.unitKey == "person", let noun = fact.claim.quantity?.noun else { return nil }
        return PersonRoles.role(ofNoun: noun)
    }

    /// The pairs of roles some article of the story counts apart: two figures of one article with different roles,
    /// the same measure (or one of them without a measure) and different numbers, where no article of the story gives
    /// the two roles the same number.
    /// - Complexity: O(n + Σ r²) for n figures and r figures with a role per article.
    static func rolesCountedApart(_ facts: [ClaimFacts], roles: [String: String]) -> Set<RolePair> {
        var byArticle: [String: [(fact: ClaimFacts, role: String)]] = [:]
        for fact in facts {
            guard let role = roles[fact.claim.id] else { continue }
            byArticle[fact.article.id, default: []].append((fact, role))
        }
        var apart = Set<RolePair>(), named = Set<RolePair>()
        for entries in byArticle.values where entries.count > 1 {
            for (offset, left) in entries.enumerated() {
                for right in entries[(offset + 1)...] where left.role != right.role {
                    let pair = RolePair(left.role, right.role)
                    if sameValue(left.fact, right.fact) {
                        named.insert(pair)
                    } else if left.fact.measureKey == right.fact.measureKey, left.fact.measureKey != "-" {
                        apart.insert(pair)
                    }
                }
            }
        }
        return apart.subtracting(named)
    }
}
