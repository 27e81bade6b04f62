public import ParallaxModel

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

    package static let tableStub = BoilerplateVerdict(.other, "empty table stub")
    package static let tagList = BoilerplateVerdict(.navigation, "tag list")
    package static let menu = BoilerplateVerdict(.navigation, "menu or link list")
    package static let teaser = BoilerplateVerdict(.related, "teaser or related-articles box")
    package static let share = BoilerplateVerdict(.navigation, "share box")
    package static let newsletter = BoilerplateVerdict(.advertisement, "newsletter box")
    package static let cookie = BoilerplateVerdict(.navigation, "cookie notice")
    package static let footer = BoilerplateVerdict(.navigation, "footer")
    package static let advert = BoilerplateVerdict(.advertisement, "advert or event invitation")
    package static let dateline = BoilerplateVerdict(.metadata, "dateline")
}
