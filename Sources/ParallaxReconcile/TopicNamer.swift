import ParallaxModel

/// Names what a group is about, in canonical English: `soldier · deployed · north korea`.
enum TopicNamer {
    static func topic(of group: [ClaimFacts]) -> String {
        guard let first = group.first?.claim else { return "" }
        let subject = group.lazy.compactMap(\.claim.subject).first
        if first.kind == .statement, let statement = group.lazy.compactMap({ $0.isDenial ? nil : $0.claim.statement }).first
            ?? first.statement
        {
            return [statement.subject ?? subject, statement.predicate, statement.object].compactMap { $0 }
                .joined(separator: " · ")
        }
        // The figure that names most: one with a measure, and a total rather than a further batch.
        let named = group.first { $0.measureKey != "-" && $0.scope != .additional }
            ?? group.first { $0.measureKey != "-" } ?? group.first
        // The unit as the figure states it (`metre`), not the family the grouper compares it in (`kilometre`
        // for every length), so the topic reads as the figures do.
        let unit = named?.claim.quantity?.unit ?? (named?.unitKey == "-" ? nil : named?.unitKey)
        let measure = named?.measureKey == "-" ? nil : named?.measureKey
        let scope = group.allSatisfy { $0.scope == .additional } ? "additional" : nil
        let parts = [unit, scope, measure, subject].compactMap { $0 }
        return parts.isEmpty ? "figure" : parts.joined(separator: " · ")
    }
}
