internal import ParallaxModel

/// Changes told by a comparative right after the figure (round 17): `um 40 Prozent mehr Fahrfehler`, `15 Prozent mehr als im
/// ersten Quartal`, `Es waren sogar um 148 Wahlkarten weniger`, `20% more than last year`. The comparative says the figure is the
/// difference from another amount — a change, whatever the clause's verb (`begehen`, `registrierte`) does. Seen missing in
/// `real` (`um 148 Wahlkarten weniger` → decrease) and `real3` (`um 40 Prozent mehr Fahrfehler`, `15 Prozent mehr als …`), two
/// annotators; the rows are the comparatives of quantity of each language (`comparative-changes.txt`).
extension MeasureFinder {
    /// The change a comparative right after the figure names, or nil. Only for a share, a sum, or any figure after the
    /// preposition of a change (`um`, `by`): a bare count with `more` after it is an additional one (`killed 15 more people`,
    /// `weitere`), not a change.
    /// - Complexity: O(1) look-ups.
    func comparativeChange(after mention: QuantityMention, tokens: [ClaimToken]) -> String? {
        guard mention.end < tokens.count, tokens[mention.end].kind == .word else { return nil }
        guard let label = ComparativeChanges.of(pack.language).labels[tokens[mention.end].lower] else { return nil }
        // `die Quote von 1,5 Prozent mehr als erfüllt`, `has more than doubled`: a comparative that goes on with `als`/`than` and
        // one word closing the clause modifies that verb, not the figure.
        if mention.end + 3 <= tokens.count, pack.qualifiers.match(tokens, at: mention.end)?.length == 2,
            tokens[mention.end + 2].kind == .word, mention.end + 3 == tokens.count || tokens[mention.end + 3].kind == .punctuation
        {
            return nil
        }
        let unit = mention.quantity.unit ?? ""
        let afterBy = mention.first > 0 && pack.byPrepositions.contains(tokens[mention.first - 1])
        guard afterBy || unit == "percent" || unit.hasSuffix("point") || pack.currencyCodes.contains(unit) else { return nil }
        return label
    }
}

/// The rows of one language's `comparative-changes.txt`: comparative → `increase` or `decrease`.
struct ComparativeChanges: Sendable {
    var labels: [String: String] = [:]

    init(rows: [[String]]) {
        for row in rows where row.count >= 2 { labels[row[0].lowercased()] = row[1] }
    }

    /// Every language's rows, read once.
    static let all = LexiconFile.perLanguage("comparative-changes.txt", ComparativeChanges.init(rows:))

    /// The rows of `language`; none when it has no file.
    static func of(_ language: String) -> ComparativeChanges {
        all[language] ?? ComparativeChanges(rows: [])
    }
}
