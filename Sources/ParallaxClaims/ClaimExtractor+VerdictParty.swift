import ParallaxModel

/// The party of a verdict of falsity that no one is said to speak (round 29, statements29).
///
/// `Berichte, wonach …, sind falsch` without a speaker is the article's own voice. It stands in releases and statements
/// that a party issues in its own name: in the publisher's own release (``isOwnRelease(_:)``) the publisher (the `@outlet`
/// label), else the party the text is about — the actor it names most up to the verdict, the first named among equals
/// (headings included; places and adjectives left out, as for any actor, and a name in quotation marks, which names a
/// product, a work or a vessel, never a party).
extension ClaimExtractor {
    /// The marker a verdict of falsity without a speaker carries in its attribution's reason until this pass names its
    /// party (``StatementFinder/falsityVerdictDenial(_:candidates:sentenceBefore:)``).
    static let partylessVerdictWhy = "verdict of falsity"

    /// `claims` with each partyless verdict's party set to the actor the article names most up to its sentence; the
    /// verdict stays without a party when the article names no actor before it.
    /// - Complexity: O(1) for an article without such a verdict; else O(entities) of the article once per verdict.
    /// - Parameter ownRelease: whether the article is its publisher's own release, whose verdicts are the publisher's
    ///   (asked only when the article has such a verdict).
    static func namingVerdictParties(
        _ claims: [Claim], analyses: [SentenceAnalysis], pack: LanguagePack, ownRelease: () -> Bool
    ) -> [Claim] {
        guard claims.contains(where: isPartylessVerdict) else { return claims }
        let ownRelease = ownRelease()
        var claims = claims
        for position in claims.indices where isPartylessVerdict(claims[position]) {
            if ownRelease {
                name(&claims[position], party: outletSource)
                continue
            }
            guard let last = analyses.firstIndex(where: { $0.sentence.id == claims[position].sentence }) else { continue }
            var counts: [String: (count: Int, first: Int)] = [:]
            var order = 0
            for sentence in analyses[...last].indices {
                let tokens = analyses[sentence].tokenized.tokens
                for actor in analyses[sentence].actors(pack: pack) where !isQuoted(actor, tokens) {
                    let name = actor.kind == "country" ? actor.name : actor.country ?? actor.name
                    counts[name, default: (0, order)].count += 1
                    order += 1
                }
            }
            guard let party = counts.max(by: { lhs, rhs in
                lhs.value.count != rhs.value.count ? lhs.value.count < rhs.value.count : lhs.value.first > rhs.value.first
            })?.key else { continue }
            name(&claims[position], party: party)
        }
        return claims
    }

    private static func name(_ verdict: inout Claim, party: String) {
        verdict.subject = party
        verdict.statement?.subject = party
        verdict.statement?.deniedBy = party
        let words = verdict.attribution
        verdict.attribution = Attribution(
            text: words?.text ?? "", source: party, hedged: words?.hedged ?? false,
            why: (words?.why ?? partylessVerdictWhy) + (party == outletSource ? "; the publisher's release" : "; the party the article names most"))
    }

    /// Whether a name stands between quotation marks (`„Almtaler Rahm“`, `the “Stella Oriana”`).
    private static func isQuoted(_ entity: EntityMention, _ tokens: [ClaimToken]) -> Bool {
        entity.first > 0 && entity.end < tokens.count && quotationMarks.contains(tokens[entity.first - 1].text)
            && quotationMarks.contains(tokens[entity.end].text)
    }

    private static func isPartylessVerdict(_ claim: Claim) -> Bool {
        claim.statement?.predicate == "denies" && claim.statement?.deniedBy == nil && claim.attribution?.source == nil
            && claim.attribution?.why?.hasPrefix(partylessVerdictWhy) == true
    }
}
