import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// Round 12 of grouping (branch groups12): two outlets that give one quotation, in full or in part, report one
/// statement; other quotations stay apart. Invented quotations.
@Suite struct QuoteGroupingTests {
    struct QuoteCase: Sendable, CustomTestStringConvertible {
        var first: (quote: String, speaker: String?)
        var second: (quote: String, speaker: String?)
        var together: Bool
        var testDescription: String { "\(first.quote) | \(second.quote) → \(together ? "one group" : "apart")" }
    }

    @Test(arguments: [
        // The same speaker, a part of the quotation.
        QuoteCase(
            first: ("\"discuss the end of the war\"", "trump"),
            second: ("\"have my blessing to discuss the end of the war.\"", "trump"), together: true),
        // A long quotation word for word, the speaker read differently ("he said" beside "Trump wrote").
        QuoteCase(
            first: ("\"North Korea has agreed to suspend all nuclear tests and close up a major test site,\"", "trump"),
            second: ("\"North Korea has agreed to suspend all nuclear tests and close up a major test site,\"", nil),
            together: true),
        // Two quotations of one speaker about different things.
        QuoteCase(
            first: ("\"We will close the border if we have to,\"", "trump"),
            second: ("\"The caravan is a disgrace to our country,\"", "trump"), together: false),
        // A short quotation of different speakers.
        QuoteCase(first: ("\"a very good meeting\"", "merkel"), second: ("\"a very good meeting\"", "macron"), together: false),
    ])
    func outletsGivingOneQuotationReportOneStatement(_ example: QuoteCase) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Times"), b = story.article(publisher: "Post")
        story.statement(a, subject: example.first.speaker, predicate: "said", object: nil, source: example.first.speaker)
        story.statement(b, subject: example.second.speaker, predicate: "said", object: nil, source: example.second.speaker)
        story.setText("c1", example.first.quote)
        story.setText("c2", example.second.quote)
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result) == example.together, "\(result.groups.map(\.claims))")
        if example.together { #expect(group(of: "c1", in: result)?.status == .agreed) }
    }
}

/// Round 12 of grouping: an English denial goes to the assertion whose act it names ("has disputed … asking Mr.
/// Comey to shut down the Flynn investigation" denies `asked`), not to another that shares only a name.
@Suite struct DeniedActTests {
    @Test(arguments: [
        ("demanded", "trump", "asked", "flynn", "Mr. Trump has disputed some parts, including asking Mr. Comey to shut down the inquiry into Mr. Flynn.", 2),
        ("asked", "flynn", "demanded", "trump", "Mr. Trump has disputed some parts, including asking Mr. Comey to shut down the inquiry into Mr. Flynn.", 1),
    ])
    func anEnglishDenialJoinsTheActItNames(
        _ firstPredicate: String, _ firstObject: String, _ secondPredicate: String, _ secondObject: String,
        _ denial: String, _ denied: Int
    ) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Times"), b = story.article(publisher: "Post")
        story.statement(a, subject: "trump", predicate: firstPredicate, object: firstObject)
        story.statement(b, subject: "trump", predicate: secondPredicate, object: secondObject)
        story.statement(b, subject: "trump", predicate: "denies", object: nil)
        story.setText("c3", denial)
        let result = reconcile(story)
        #expect(together("c3", "c\(denied)", in: result), "\(result.groups.map(\.claims))")
        #expect(group(of: "c\(3 - denied)", in: result)?.status != .disputed)
    }

    /// The act named in another inflection, the assertion without an object: "asking" denies `asked`.
    @Test(arguments: ["Mr. Trump has disputed asking Mr. Comey to drop it.", "Trump denied that he asked Comey for anything."])
    func theActNamedInAnotherInflection(_ denial: String) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Times"), b = story.article(publisher: "Post")
        story.statement(a, subject: "trump", predicate: "asked", object: nil)
        story.statement(b, subject: "white house", predicate: "confirmed", object: "trump comey meeting")
        story.statement(b, subject: "trump", predicate: "denies", object: nil)
        story.setText("c3", denial)
        let result = reconcile(story)
        #expect(together("c3", "c1", in: result), "\(result.groups.map(\.claims))")
        #expect(group(of: "c1", in: result)?.status == .disputed)
    }
}

/// Round 12 of grouping: an abbreviation written with dots or spaces is the word it abbreviates ("F.B.I.", "FBI").
@Suite struct AbbreviationObjectTests {
    @Test(arguments: [("f. b. i", "fbi", true), ("F.B.I.", "FBI", true), ("f. b. i", "cia", false)])
    func anAbbreviationWithDotsIsOneWord(_ first: String, _ second: String, _ together: Bool) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Times"), b = story.article(publisher: "USA Today")
        story.statement(a, subject: "flynn", predicate: "admitted", object: first)
        story.statement(b, subject: "flynn", predicate: "admitted", object: second)
        let result = reconcile(story)
        #expect(ParallaxReconcileTests.together("c1", "c2", in: result) == together, "\(result.groups.map(\.claims))")
    }
}
