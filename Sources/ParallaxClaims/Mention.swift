public import ParallaxModel

/// One quantity, time expression or named entity found in a text, as `parallax extract` prints it.
public struct Mention: Codable, Sendable, Equatable {
    /// What was found.
    public enum Kind: String, Codable, Sendable {
        case quantity
        case time
        case entity
    }

    public var kind: Kind
    /// The words as written.
    public var text: String
    /// Start offset in the text, UTF-16 code units.
    public var start: Int
    /// End offset (exclusive), UTF-16 code units.
    public var end: Int
    /// The normalised number, for a quantity.
    public var quantity: Quantity?
    /// The resolved interval, for a time expression.
    public var time: TimeSpan?
    /// Canonical English name, for an entity.
    public var name: String?
    /// `country`, `organisation`, `person`, `place`, `generic` or `name`, for an entity.
    public var entityKind: String?

    public init(
        kind: Kind, text: String, start: Int, end: Int, quantity: Quantity? = nil, time: TimeSpan? = nil,
        name: String? = nil, entityKind: String? = nil
    ) {
        self.kind = kind
        self.text = text
        self.start = start
        self.end = end
        self.quantity = quantity
        self.time = time
        self.name = name
        self.entityKind = entityKind
    }
}
