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
    /// The outlet, date and time lines above the headline.
    package static let dateline = BoilerplateVerdict(.metadata, "dateline")
}
