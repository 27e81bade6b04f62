/// One thing an article states: a quantity or a statement, with its source.
public struct Claim: Codable, Sendable, Equatable, Identifiable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case quantity
        case statement
    }

    /// Subject, predicate and object of a non-numeric assertion, and the denial that contests one.
    public struct Statement: Codable, Sendable, Equatable, Hashable {
        public var subject: String?
        /// Canonical lower-case English predicate, e.g. `recaptured`, `denies`.
        public var predicate: String
        public var object: String?
        /// For a denial: the id of the claim it denies.
        public var denies: String?
        /// For a denial: who denies (canonical label).
        public var deniedBy: String?

        public init(
            subject: String?, predicate: String, object: String?, denies: String? = nil, deniedBy: String? = nil
        ) {
            self.subject = subject
            self.predicate = predicate
            self.object = object
            self.denies = denies
            self.deniedBy = deniedBy
        }

        /// Whether this statement contests another: it names what it denies or who denies, or its predicate
        /// is one of denial (`denies`, `disputes`, `rejects`, …).
        public var isDenial: Bool {
            denies != nil || deniedBy != nil || Self.denialPredicates.contains(predicate.lowercased())
        }

        /// The predicate of an assertion known only by the denial that answers it in its sentence, whose act no
        /// predicate of the lexicon names (`…; Norlotto denies it`; round 28): the claims stage gives it, the grouping
        /// keeps it with its denial, and explanations quote its text.
        public static let unnamedAct = "asserted"

        /// Canonical predicates that contest a statement rather than assert one.
        public static let denialPredicates: Set<String> = [
            "denies", "denied", "deny", "disputes", "disputed", "rejects", "rejected", "contradicts", "contests",
        ]
    }

    /// `c1`, `c2`, …
    public var id: String
    /// Id of the article.
    public var article: String
    /// Id of the sentence.
    public var sentence: String
    /// The span that states the claim, exactly as in the body.
    public var text: String
    public var kind: Kind
    /// The number, for kind `quantity`.
    public var quantity: Quantity?
    /// What is counted or asserted, canonical English: `soldiers deployed`, `killed or wounded`.
    public var measure: String?
    /// Who or what the claim is about (canonical English name), or `nil`.
    public var subject: String?
    /// Who the article says the claim comes from, or `nil` when asserted on its own authority.
    public var attribution: Attribution?
    /// The time the claim refers to (addition).
    public var time: TimeSpan?
    /// Subject / predicate / object of a statement (addition).
    public var statement: Statement?
    /// Offsets of `text` in the body, UTF-16 code units (addition).
    public var start: Int?
    public var end: Int?

    public init(
        id: String, article: String, sentence: String, text: String, kind: Kind, quantity: Quantity? = nil,
        measure: String? = nil, subject: String? = nil, attribution: Attribution? = nil, time: TimeSpan? = nil,
        statement: Statement? = nil, start: Int? = nil, end: Int? = nil
    ) {
        self.id = id
        self.article = article
        self.sentence = sentence
        self.text = text
        self.kind = kind
        self.quantity = quantity
        self.measure = measure
        self.subject = subject
        self.attribution = attribution
        self.time = time
        self.statement = statement
        self.start = start
        self.end = end
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(article, forKey: .article)
        try container.encode(sentence, forKey: .sentence)
        try container.encode(text, forKey: .text)
        try container.encode(kind, forKey: .kind)
        try container.encode(quantity, forKey: .quantity)
        try container.encode(measure, forKey: .measure)
        try container.encode(subject, forKey: .subject)
        try container.encode(attribution, forKey: .attribution)
        try container.encodeIfPresent(time, forKey: .time)
        try container.encodeIfPresent(statement, forKey: .statement)
        try container.encodeIfPresent(start, forKey: .start)
        try container.encodeIfPresent(end, forKey: .end)
    }
}
