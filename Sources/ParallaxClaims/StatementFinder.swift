public import ParallaxModel

/// Finds the central non-numeric assertions of a sentence: who did what to whom, denials of an
/// earlier claim, and direct quotes with their speaker.
struct StatementFinder: Sendable {
    var pack: LanguagePack

    init(pack: LanguagePack) {
        self.pack = pack
    }

    /// Statement claims of one sentence (ids and article are set by the caller).
    /// - Parameter denialTarget: the latest statement of the sentences just before, which a denial
    ///   without its own object contests.
    func statements(in analysis: SentenceAnalysis, denialTarget: Claim?) -> [Claim] {
        let tokens = analysis.tokenized.tokens
        var claims: [Claim] = []
        let actors = analysis.actors(pack: pack)
        var index = 0
        var first: (index: Int, length: Int, label: String)?
        var denial: (index: Int, length: Int, label: String)?
        var quoted: (index: Int, length: Int, label: String)?
        while index < tokens.count {
            if tokens[index].kind == .word, let match = pack.predicates.match(tokens, at: index) {
                if !isQuoted(tokens, index) {
                    first = first ?? (index, match.length, match.value)
                    if match.value == "denies" { denial = denial ?? (index, match.length, match.value) }
                } else {
                    quoted = quoted ?? (index, match.length, match.value)
                }
            }
            index += 1
        }
        // Every separable verb counts, so that an accusation and its denial in one sentence (`wirft Northline
        // vor, …; der Konzern weist das zurück`) are both seen.
        for separable in separablePredicates(tokens) {
            if separable.label == "denies", denial == nil || separable.index < denial!.index { denial = separable }
            if first == nil || separable.index < first!.index { first = separable }
        }
        // An accusation and its denial in one sentence (`Estmar macht Valdoria verantwortlich, Valdoria
        // bestreitet jede Beteiligung`) are two statements, the second denying the first.
        if let accusation = first, accusation.label == "accused", let denial, denial.index > accusation.index {
            claims += assertion(accusation, analysis: analysis, actors: actors)
            if !claims.isEmpty {
                claims.append(denialClaim(denial, target: nil, sameSentence: true, analysis: analysis, actors: actors))
            }
        } else if let predicate = first ?? quoted {
            if predicate.label == "denies" {
                claims.append(denialClaim(predicate, target: denialTarget, sameSentence: false, analysis: analysis, actors: actors))
            } else if isNegated(tokens, predicate.index) {
                // `NO OBSTRUCTION`, `hat das Gutachten nie erhalten`: a speaker's negation denies the charge; the
                // writer's own negation (`Die Polizei nahm niemanden fest`) asserts nothing either way.
                if predicate.index == quoted?.index || analysis.attribution.stated != nil {
                    claims.append(denialClaim(predicate, target: denialTarget, sameSentence: false, analysis: analysis, actors: actors))
                }
            } else {
                claims += assertion(predicate, analysis: analysis, actors: actors)
            }
        }
        claims += quotes(in: analysis)
        return claims
    }

    /// True when a negation (`function-words.txt`, `negation`) stands among the three words before the predicate,
    /// with no punctuation between.
    private func isNegated(_ tokens: [ClaimToken], _ index: Int) -> Bool {
        var before = index - 1
        while before >= max(0, index - 3), tokens[before].kind == .word {
            if pack.negations.contains(tokens[before]) { return true }
            before -= 1
        }
        return false
    }

    /// Marks a denial of the statement just before it in the same sentence; ``ClaimBuilder`` replaces it
    /// with that statement's id.
    static let sameSentenceTarget = "#same-sentence"

    /// The statement of a predicate that asserts something (not a denial), or none when it names neither
    /// party nor object — except an accusation, which is what a denial contests.
    private func assertion(
        _ predicate: (index: Int, length: Int, label: String), analysis: SentenceAnalysis, actors: [EntityMention]
    ) -> [Claim] {
        let subject = actors.first.map { $0.kind == "country" ? $0.name : $0.country ?? $0.name }
        let sourceRange = analysis.attribution.sourceRange ?? 0..<0
        let objects = analysis.entities.filter { entity in
            !entity.isAdjective && !sourceRange.contains(entity.first) && entity.kind != "generic" && entity.kind != "person"
                && entity.kind != "organisation" && (entity.country ?? entity.name) != subject
        }
        let object = objects.first { $0.kind == "place" } ?? objects.first
        guard subject != nil || object != nil || predicate.label == "accused" else { return [] }
        let statement = Claim.Statement(subject: subject, predicate: predicate.label, object: object?.name)
        return [claim(analysis, statement: statement, subject: subject, attribution: analysis.effective)]
    }

    /// A denial by the party nearest its verb, of `target` (or of the statement before it in the sentence).
    private func denialClaim(
        _ predicate: (index: Int, length: Int, label: String), target: Claim?, sameSentence: Bool,
        analysis: SentenceAnalysis, actors: [EntityMention]
    ) -> Claim {
        let tokens = analysis.tokenized.tokens
        let party = actors.filter { !sameSentence || $0.first > predicate.index - 4 }
            .min { abs($0.first - predicate.index) < abs($1.first - predicate.index) }
        let denied = sameSentence
            ? "accused" : target?.statement.map { [$0.predicate, $0.object].compactMap { $0 }.joined(separator: " ") }
        let statement = Claim.Statement(
            subject: party?.name, predicate: "denies", object: denied,
            denies: sameSentence ? Self.sameSentenceTarget : target?.id, deniedBy: party?.name)
        return claim(
            analysis, statement: statement, subject: party?.name,
            attribution: party.map {
                Attribution(
                    text: analysis.tokenized.slice($0.first, $0.end), source: $0.name, hedged: false,
                    why: "denial “\(tokens[predicate.index].text)”")
            })
    }

    private func claim(
        _ analysis: SentenceAnalysis, statement: Claim.Statement, subject: String?, attribution: Attribution?
    ) -> Claim {
        let sentence = analysis.sentence
        return Claim(
            id: "", article: "", sentence: sentence.id, text: sentence.text, kind: .statement, subject: subject,
            attribution: attribution, time: analysis.times.first.map(analysis.span(of:)), statement: statement,
            start: sentence.start, end: sentence.end)
    }

    /// Direct speech of at least four words whose speaker the sentence names (or refers to).
    private func quotes(in analysis: SentenceAnalysis) -> [Claim] {
        let tokens = analysis.tokenized.tokens
        guard let speaker = analysis.attribution.stated?.source else { return [] }
        var claims: [Claim] = []
        var open: Int?
        for (index, token) in tokens.enumerated() where token.kind == .punctuation && Self.quoteMarks.contains(token.text) {
            if let start = open {
                if tokens[(start + 1)..<index].filter(\.isWord).count >= 4 {
                    let first = tokens[start].start, end = token.end
                    claims.append(
                        Claim(
                            id: "", article: "", sentence: analysis.sentence.id,
                            text: analysis.tokenized.slice(from: first, to: end), kind: .statement, subject: speaker,
                            attribution: Attribution(text: analysis.attribution.stated?.text ?? "", source: speaker, hedged: false, why: "direct quote"),
                            statement: Claim.Statement(subject: speaker, predicate: "said", object: nil),
                            start: first, end: end))
                }
                open = nil
            } else {
                open = index
            }
        }
        return claims
    }

    /// The verbs outside quotes whose particle follows later in the sentence (`wies die Vorwürfe zurück`,
    /// `machte Valdoria für den Angriff verantwortlich`), each with its first matching particle.
    private func separablePredicates(_ tokens: [ClaimToken]) -> [(index: Int, length: Int, label: String)] {
        guard !pack.separablePredicates.isEmpty else { return [] }
        var found: [(index: Int, length: Int, label: String)] = []
        for index in tokens.indices where tokens[index].kind == .word {
            guard pack.maySeparate(tokens[index].lower), pack.separablePredicateWords.contains(tokens[index]),
                let entries = pack.separablePredicates[tokens[index].lower], !isQuoted(tokens, index)
            else { continue }
            if let entry = entries.first(where: { entry in tokens[(index + 1)...].contains { $0.lower == entry.particle } }) {
                found.append((index, 1, entry.label))
            }
        }
        return found
    }

    private func isQuoted(_ tokens: [ClaimToken], _ index: Int) -> Bool {
        tokens[..<index].filter { $0.kind == .punctuation && Self.quoteMarks.contains($0.text) }.count % 2 == 1
    }

    private static let quoteMarks: Set<String> = ["\"", "„", "“", "”", "«", "»", "‚", "‘"]
}
