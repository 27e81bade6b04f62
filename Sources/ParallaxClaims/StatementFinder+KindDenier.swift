/// The denier named by its kind alone is the story's body of that kind (round 27, denials27).
///
/// A denial's subject is often a kind noun after a definite determiner (`Das Unternehmen wies den Vorwurf zurück`, `Der
/// Verbund widerspricht`, `The company rejected the report`). The charge it answers tends to name other bodies of the same
/// kind in passing — the parent company the money went to, the newspaper that reported the charge — so the body of the kind
/// named last (``BodyMemory/resolve(base:type:current:families:)``, right for a speaker) is often not the one that denies.
/// The one that denies is the body the story is about: among the bodies of the noun's kind named before, the one named most
/// often, and of those the first named.
extension StatementFinder {
    /// The body a kind noun right before the verb of denial stands for (`Das Unternehmen wies`, `Der Verbund widerspricht`,
    /// `The company rejected`): ``BodyMemory/mostNamed(base:type:current:families:)``; nil when the subject is no such noun
    /// or no body of its kind was named before.
    /// - Complexity: O(entities) of the sentence, and O(bodies) once, only for a denial whose subject is a kind noun.
    func kindDenier(beforeVerbAt index: Int, in analysis: SentenceAnalysis) -> String? {
        let tokens = analysis.tokenized.tokens
        guard let entity = analysis.entities.last(where: { $0.end <= index && index - $0.end <= 1 }),
            let reference = BodyMemory.reference(entity, tokens, pack)
        else { return nil }
        let current = analysis.speakers.named.filter { $0.index < entity.first }
        return analysis.speakers.bodies.mostNamed(
            base: reference.base, type: reference.type, current: current, families: pack.backReferences.families)
    }
}

extension BodyMemory {
    /// The body of a reference's kind named most often before (the same type, a kind of its family, or a name holding the
    /// noun, as ``resolve(base:type:current:families:)`` accepts), the first named among equals; nil when none is.
    func mostNamed(base: String?, type: String?, current: [NamedBody], families: [String: Set<String>]) -> String? {
        let family = type.flatMap { families[$0] }
        var counts: [String: (count: Int, first: Int)] = [:]
        for (position, body) in (bodies + current).enumerated() where body.label != type && body.label != base {
            let fits = (type != nil && body.type == type) || (family != nil && body.type.map { family!.contains($0) } == true)
                || (base.map { body.label.hasSuffix($0) || body.words.contains($0) } ?? false)
            guard fits else { continue }
            counts[body.label, default: (0, position)].count += 1
        }
        return counts.max { lhs, rhs in
            lhs.value.count != rhs.value.count ? lhs.value.count < rhs.value.count : lhs.value.first > rhs.value.first
        }?.key
    }
}
