public import ParallaxModel

/// The canonical labels of parties that are kinds of body rather than names (`police`, `mountain rescue`,
/// `officials`, `shipping company`): the gazetteer entries of kind `generic` and the organisation
/// descriptors of every language pack.
///
/// Any story about an avalanche has a mountain rescue and any story about a fire a fire service, so such
/// a label says nothing about *which* event an article reports; story clustering leaves them out of the
/// names that claims contribute (see ``strippingGenericParties(_:)``).
public enum GenericParties {
    /// The labels, lower-case.
    public static let labels: Set<String> = {
        var labels: Set<String> = []
        for language in LexiconFile.languages {
            let folder = LexiconFile.folder(language: language)
            for row in LexiconFile.rows("gazetteer.txt", in: folder) where row.count >= 3 && row[2] == "generic" {
                labels.insert(row[1].lowercased())
            }
            for row in LexiconFile.rows("organisation-descriptors.txt", in: folder) where row.count >= 2 && !row[1].isEmpty {
                labels.insert(row[1].lowercased())
            }
        }
        return labels
    }()

    /// Whether `label` is a generic party.
    public static func contains(_ label: String) -> Bool {
        labels.contains(label.lowercased())
    }

    /// `claim` with a generic subject and a generic source removed (everything else unchanged), for
    /// stages that read claims' parties as names.
    public static func strippingGenericParties(_ claim: Claim) -> Claim {
        var claim = claim
        if let subject = claim.subject, contains(subject) { claim.subject = nil }
        if let source = claim.attribution?.source, contains(source) { claim.attribution?.source = nil }
        return claim
    }
}
