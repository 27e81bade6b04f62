/// The cue phrases of website furniture, read from the `boilerplate` lexicon of every language.
package struct BoilerplateCues: Sendable {
    /// Teaser and "read more" headers.
    package let related: [String]
    /// Tag and topic list headers (`Themen`, `Tags`).
    package let tags: [String]
    /// Share buttons.
    package let share: [String]
    /// Newsletter boxes.
    package let newsletter: [String]
    /// Cookie notices.
    package let cookie: [String]
    /// Footer and legal links.
    package let footer: [String]
    /// Phrases of adverts and event invitations.
    package let advert: [String]
    /// Words after an outlet's name in a news-section menu line (`News`, `Nachrichten`).
    package let section: [String]

    /// The cues of `table`.
    package init(table: LexiconTable) {
        related = table["related"]
        tags = table["tags"]
        share = table["share"]
        newsletter = table["newsletter"]
        cookie = table["cookie"]
        footer = table["footer"]
        advert = table["advert"]
        section = table["section"]
    }

    /// The cues of the target's lexicons, loaded once.
    package static let shared = BoilerplateCues(table: LexiconTable(named: "boilerplate"))
}
