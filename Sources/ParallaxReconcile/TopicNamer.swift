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
        let unit = group.first?.unitKey == "-" ? nil : group.first?.unitKey
        let measure = group.first?.measureKey == "-" ? nil : group.first?.measureKey
        let scope = group.first?.scope == .additional ? "additional" : nil
        let parts = [unit, scope, measure, subject].compactMap { $0 }
        return parts.isEmpty ? "figure" : parts.joined(separator: " · ")
    }
}
