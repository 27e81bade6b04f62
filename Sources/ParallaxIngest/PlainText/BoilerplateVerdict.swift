package import ParallaxModel

/// Why a line of plain text is not article text: the kind of furniture and the rule that found it.
package struct BoilerplateVerdict: Sendable, Equatable {
    /// The kind reported in ``CleanDocument/removed``.
    package var kind: RemovedBlock.Kind
    /// The rule, as a short phrase (`menu or link list`, `tag list`, …).
    package var why: String

    /// A verdict of `kind` for the rule `why`.
    package init(_ kind: RemovedBlock.Kind, _ why: String) {
        self.kind = kind
        self.why = why
    }

    /// Lines of `|` cells with at most one short label.
    package static let tableStub = BoilerplateVerdict(.other, "empty table stub")
    /// Tag and topic lists.
    package static let tagList = BoilerplateVerdict(.navigation, "tag list")
    /// Menus and link lists.
    package static let menu = BoilerplateVerdict(.navigation, "menu or link list")
    /// Teaser and related-articles boxes.
    package static let teaser = BoilerplateVerdict(.related, "teaser or related-articles box")
    /// Share buttons.
    package static let share = BoilerplateVerdict(.navigation, "share box")
    /// Newsletter invitations.
    package static let newsletter = BoilerplateVerdict(.advertisement, "newsletter box")
    /// Cookie notices.
    package static let cookie = BoilerplateVerdict(.navigation, "cookie notice")
    /// Footers and legal links.
    package static let footer = BoilerplateVerdict(.navigation, "footer")
    /// Adverts and event invitations.
    package static let advert = BoilerplateVerdict(.advertisement, "advert or event invitation")
    /// An outlet's promotion of its own products (`… auf UKW 98,4 und im Livestream`).
    package static let promotion = BoilerplateVerdict(.advertisement, "outlet promotion")
    /// Reader-support and donation appeals (`Unterstützen Sie unabhängigen Journalismus! Jetzt spenden`).
    package static let support = BoilerplateVerdict(.advertisement, "donation or support appeal")
    /// Follow invitations that name a social network (`Follow the Example Post on X and Telegram`).
    package static let follow = BoilerplateVerdict(.navigation, "social-media follow invitation")
    /// Reader-service and hotline lines with a telephone number or an e-mail address.
    package static let service = BoilerplateVerdict(.navigation, "service or contact line")
    /// A related-article teaser with its title on the same line (`Mehr Sport-News: …`).
    package static let teaserLine = BoilerplateVerdict(.related, "related teaser line")
    /// Credit lines of reporters and editors at the end (`(Reporting by …; editing by …)`).
    package static let credit = BoilerplateVerdict(.metadata, "credit line")
    /// Photo credits and captions with a credit (`Foto: Jana Probe/dpa`).
    package static let photoCredit = BoilerplateVerdict(.metadata, "photo credit")
    /// Reading-time notes (`4 min read`).
    package static let readingTime = BoilerplateVerdict(.metadata, "reading time")
    /// Agency sign-off codes, wire notes and edition statuses (`xyz/ab/cd`, `More to follow`).
    package static let wireNote = BoilerplateVerdict(.metadata, "agency sign-off or wire note")
    /// A note on the text itself: a broadcast transcript's disclaimer.
    package static let transcriptNote = BoilerplateVerdict(.metadata, "transcript note")
    /// A press release's closing note about its sender (`Über uns: …`, `About the Alliance: …`).
    package static let aboutNote = BoilerplateVerdict(.metadata, "press release's note about its sender")
    /// The outlet, date and time lines above the headline.
    package static let dateline = BoilerplateVerdict(.metadata, "dateline")
}
