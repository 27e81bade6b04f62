import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// A denial whose sentence cites only a figure the story agrees on contests the accusation, not that figure
/// (`ClaimGrouper+CitedFigures.swift`): "The board rejects that, saying it is investing €20 million" beside two other
/// reports of the same €20 million. A counter-figure — another number than the group's — still disputes it. Invented
/// sentences.
@Suite struct CitedAgreedFigureTests {
    @Test(arguments: [
        (20.0, false),  // the agreed €20 million: the denial stands apart, the figure stays agreed
        (8.0, true),  // another number: a counter-figure, its group disputed
    ])
    func aDenialCitingAnAgreedFigure(cited: Double, disputesTheFigure: Bool) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Blog", language: "en")
        let b = story.article(publisher: "Broadcaster", language: "en")
        let c = story.article(publisher: "App", language: "en")
        story.sentence(a, "The board is investing €20 million in its pipes.", [
            StoryBuilder.Figure(text: "€20 million", value: 20_000_000, unit: "eur")
        ])
        story.sentence(b, "The board plans to spend €20 million on repairs.", [
            StoryBuilder.Figure(text: "€20 million", value: 20_000_000, unit: "eur")
        ])
        story.statement(c, subject: "board", predicate: "denies", object: nil, source: "board")
        story.sentence(c, "The board rejects that, saying it is spending €\(Int(cited)) million on the network.", [
            StoryBuilder.Figure(text: "€\(Int(cited)) million", value: cited * 1_000_000, unit: "eur")
        ])
        story.shareSentence("c3", with: "c4")
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result), "\(result.groups.map(\.claims))")
        #expect(together("c3", "c1", in: result) == disputesTheFigure, "\(result.groups.map(\.claims))")
        #expect((group(of: "c1", in: result)?.status == .disputed) == disputesTheFigure, "\(result.groups.map { ($0.claims, $0.status) })")
    }
}
