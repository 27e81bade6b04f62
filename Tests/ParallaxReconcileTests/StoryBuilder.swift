import Foundation
import ParallaxModel
import ParallaxReconcile

/// Builds small invented stories for reconcile tests: articles with one sentence per claim.
struct StoryBuilder {
    private(set) var articles: [Article] = []
    private(set) var claims: [Claim] = []

    /// Adds an article and returns its id.
    @discardableResult
    mutating func article(publisher: String, published: String? = nil, language: String = "en") -> String {
        let id = "a\(articles.count + 1)"
        articles.append(Article(id: id, input: "\(id).txt", publisher: publisher, published: published, language: language))
        return id
    }

    /// Adds a quantity claim; `lead` is the sentence text before the number (where "further" stands).
    mutating func quantity(
        _ article: String, _ value: Double?, _ qualifier: Quantity.Qualifier = .exact, low: Double? = nil,
        high: Double? = nil, unit: String? = "soldier", measure: String? = "deployed", subject: String? = "ostravia",
        source: String? = nil, lead: String = "", time: TimeSpan? = nil
    ) {
        let text = "\(value.map { String(Int($0)) } ?? "?") soldiers"
        addClaim(
            article,
            Claim(
                id: "c\(claims.count + 1)", article: article, sentence: "", text: text, kind: .quantity,
                quantity: Quantity(value: value, low: low, high: high, qualifier: qualifier, unit: unit), measure: measure,
                subject: subject, attribution: source.map { Attribution(text: "according to \($0)", source: $0, hedged: false) },
                time: time),
            sentence: lead + text + ".")
    }

    /// Adds a statement claim, or a denial of `predicate object` by `denier` (linked to the claim `denies` names).
    mutating func statement(
        _ article: String, subject: String?, predicate: String, object: String?, source: String? = nil,
        deniedBy: String? = nil, why: String? = nil, denies: String? = nil
    ) {
        let text = [subject, predicate, object].compactMap { $0 }.joined(separator: " ")
        // A reason (`accusation “accused”`) marks the act an accusation charges.
        let attribution = why.map { Attribution(text: source.map { "according to \($0)" } ?? "", source: source, hedged: false, why: $0) }
            ?? source.map { Attribution(text: "according to \($0)", source: $0, hedged: false) }
        addClaim(
            article,
            Claim(
                id: "c\(claims.count + 1)", article: article, sentence: "", text: text, kind: .statement,
                subject: subject, attribution: attribution,
                statement: Claim.Statement(subject: subject, predicate: predicate, object: object, denies: denies, deniedBy: deniedBy)),
            sentence: text + ".")
    }

    /// Sets an article's cleaned text (the brief reads how it writes names).
    mutating func body(_ article: String, _ text: String) {
        articles[articles.firstIndex { $0.id == article }!].body = text
    }

    private mutating func addClaim(_ article: String, _ claim: Claim, sentence text: String) {
        var claim = claim
        let index = articles.firstIndex { $0.id == article }!
        let sentenceID = "\(article).s\(articles[index].sentences.count + 1)"
        claim.sentence = sentenceID
        articles[index].sentences.append(Sentence(id: sentenceID, text: text, role: .reporting))
        claims.append(claim)
    }

    /// A figure of a sentence written out: its text as it stands in the sentence, and what was extracted.
    struct Figure {
        var text: String
        var value: Double?
        var qualifier: Quantity.Qualifier = .exact
        var low: Double? = nil
        var unit: String? = "person"
        var measure: String? = nil
        var time: TimeSpan? = nil
        /// The party the figure is attributed to, and whether in reported speech (Konjunktiv, "reportedly").
        var source: String? = nil
        var hedged = false
    }

    /// Adds one sentence holding several figures, each claim with its offsets in the sentence, so that the
    /// rules reading a figure's neighbours ("zwei davon schwer", "und 1.300 im Cockpit") see them.
    mutating func sentence(_ article: String, _ text: String, _ figures: [Figure]) {
        let index = articles.firstIndex { $0.id == article }!
        let sentenceID = "\(article).s\(articles[index].sentences.count + 1)"
        articles[index].sentences.append(Sentence(id: sentenceID, text: text, role: .reporting))
        var searchFrom = text.startIndex
        for figure in figures {
            let range = text.range(of: figure.text, range: searchFrom..<text.endIndex)!
            searchFrom = range.upperBound
            let start = text.utf16.distance(from: text.startIndex, to: range.lowerBound)
            claims.append(
                Claim(
                    id: "c\(claims.count + 1)", article: article, sentence: sentenceID, text: figure.text, kind: .quantity,
                    quantity: Quantity(value: figure.value, low: figure.low, qualifier: figure.qualifier, unit: figure.unit),
                    measure: figure.measure,
                    attribution: figure.source.map { Attribution(text: "according to \($0)", source: $0, hedged: figure.hedged) },
                    time: figure.time, start: start, end: start + figure.text.utf16.count))
        }
    }

    /// Moves `claim` into the sentence of `other` (same article), so that the two stand in one sentence.
    mutating func shareSentence(_ claim: String, with other: String) {
        guard let index = claims.firstIndex(where: { $0.id == claim }), let target = claims.first(where: { $0.id == other })
        else { return }
        claims[index].sentence = target.sentence
    }

    /// Replaces the text of `claim` (a quotation's words, say), keeping its sentence.
    mutating func setText(_ claim: String, _ text: String) {
        guard let index = claims.firstIndex(where: { $0.id == claim }) else { return }
        claims[index].text = text
    }

    /// One story holding every article.
    var story: Story { Story(id: "s1", label: "test", articles: articles.map(\.id)) }
}

/// The story of `builder` reconciled, with the brief in `language` (English unless given).
func reconcile(_ builder: StoryBuilder, language: String? = "en") -> Reconciliation {
    Reconciler(configuration: .init(briefLanguage: language))
        .reconcile(articles: builder.articles, stories: [builder.story], claims: builder.claims)
}

/// The group that holds `claim`.
func group(of claim: String, in result: Reconciliation) -> ClaimGroup? {
    result.groups.first { $0.claims.contains(claim) }
}

/// Whether claims `a` and `b` ended in one group.
func together(_ a: String, _ b: String, in result: Reconciliation) -> Bool {
    group(of: a, in: result)?.id == group(of: b, in: result)?.id
}
