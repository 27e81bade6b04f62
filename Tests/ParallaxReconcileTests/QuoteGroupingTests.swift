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

/// Round 12 of grouping: a statement whose object the extractor did not read joins another of its predicate only
/// when the two share a subject, two names or a quarter of their words — real stories report many accusations.
@Suite struct UnnamedAssertionTests {
    @Test(arguments: [
        // One accusation, two languages: the accuser and the accused are named in both.
        ("Die Gewerkschaft KOV wirft Stavren vor, Warnungen ignoriert zu haben.", nil as String?,
         "The miners' union KOV accused Stavren of ignoring warnings.", "stavren" as String?, true),
        ("Estmar, der Flaggenstaat des Schiffs, beschuldigte Valdoria.", nil, "Die Regierung Estmars gibt Valdoria die Schuld.", nil, true),
        // Two accusations of one story.
        ("Comey's critics have accused him of leaking classified information.", nil,
         "Mueller also accused Manafort of secretly paying former European politicians.", "european", false),
        ("In a statement, Mr. Parscale accused Democrats of filing the lawsuit to drum up donations.", "democrats",
         "The DNC blames Russia for breaches of its computer systems.", "dnc", false),
    ])
    func anAccusationWithoutObjectIsNotEveryAccusation(
        _ first: String, _ firstSubject: String?, _ second: String, _ secondSubject: String?, _ together: Bool
    ) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Times"), b = story.article(publisher: "Post")
        story.statement(a, subject: firstSubject, predicate: "accused", object: nil)
        story.statement(b, subject: secondSubject, predicate: "accused", object: nil)
        story.setText("c1", first)
        story.setText("c2", second)
        let result = reconcile(story)
        #expect(ParallaxReconcileTests.together("c1", "c2", in: result) == together, "\(result.groups.map(\.claims))")
    }
}
