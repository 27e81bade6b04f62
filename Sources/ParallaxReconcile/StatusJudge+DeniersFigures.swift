import ParallaxModel

/// A figure only a denier gives: "The agency denied it, saying infested wood was removed within six weeks"; "Das
/// Forstamt widerspricht: Befallenes Holz werde binnen sechs Wochen aus dem Wald geholt." A party that rejects an
/// accusation and answers it with a figure of its own sets that figure against the accusation: the figure is one
/// side of a dispute, not a fact the story agrees on, though every report gives the same number (round 35; dev25's
/// and dev29's writers annotated such figures `disputed`).
extension StatusJudge {
    /// The denials whose sentences give a group's figures, when every figure of the group is the denier's: on the word
    /// of a denying party, or on nobody's named word in a denial's sentence; outside a denial's sentence, a denying
    /// party's figure continues its answer ("Alle sechs Türme seien am Dienstag besetzt gewesen, sagte eine Sprecherin"
    /// after the ministry's denial). `nil` when a figure of the group stands on another word, when the group comes from
    /// one article, or when no figure stands in a denial's sentence.
    /// - Complexity: O(n) in the size of the group.
    static func deniersOwnFigures(in group: [ClaimFacts], denialsBySentence: [String: ClaimFacts]) -> [ClaimFacts]? {
        guard !denialsBySentence.isEmpty, group.first?.claim.kind == .quantity,
            Set(group.map(\.article.id)).count > 1
        else { return nil }
        var denials: [ClaimFacts] = []
        var deniers = Set<String>()
        for fact in group where fact.inDenialSentence {
            guard let denial = denialsBySentence[fact.sentenceKey] else { continue }
            if !denials.contains(where: { $0.claim.id == denial.claim.id }) { denials.append(denial) }
            for name in [denial.claim.statement?.deniedBy, denial.claim.attribution?.source, denial.claim.statement?.subject] {
                if let name { deniers.insert(name.lowercased()) }
            }
        }
        guard !denials.isEmpty else { return nil }
        // The figure of a denial's sentence on the accuser's word ("Schienenbund said Nordbahn had ignored warnings
        // after two earlier thefts, which Nordbahn denied") is the accusation's, not the denier's.
        for fact in group {
            let inDenial = denialsBySentence[fact.sentenceKey] != nil
            guard let source = fact.claim.attribution?.source else {
                if inDenial { continue }
                return nil
            }
            guard deniers.contains(source.lowercased()) else { return nil }
        }
        return denials
    }
}
