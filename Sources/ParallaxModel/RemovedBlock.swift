/// A piece of the input that is not part of the article: a menu, an advert, the dateline block, ….
public struct RemovedBlock: Codable, Sendable, Equatable, Hashable {
    /// Why a block was removed.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// Menus, link lists, breadcrumbs, footers, tag and topic lists, share and cookie boxes.
        case navigation
        /// Adverts, webinar and newsletter invitations, sponsored blocks.
        case advertisement
        /// The dateline block, bylines and other lines turned into metadata.
        case metadata
        /// Teasers and "read more" / "related" boxes.
        case related
        /// Anything else that is not article text, such as empty table stubs or comments.
        case other
    }

    public var kind: Kind
    public var text: String
    /// A short reason naming the rule that removed it (an addition to the contract).
    public var why: String?

    public init(kind: Kind, text: String, why: String? = nil) {
        self.kind = kind
        self.text = text
        self.why = why
    }
}
