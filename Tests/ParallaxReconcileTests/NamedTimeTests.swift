import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// A "then" cue followed by a word that names its time by the phrase after it ("at the time of the blast") points at
/// that event, mostly the story's own, not back to an earlier time: the figure is not set apart as `|earlier` (round 35,
/// role `then-named` of `distinctions.tsv`). An anaphoric cue ("at the time", "damals", "zum damaligen Zeitpunkt")
/// still sets its figure apart. Invented sentences.
@Suite struct NamedTimeTests {
    @Test(arguments: [
        ("More than 60 miners were underground at the time of the blast.", "60 miners", "en", false),
        ("At the time of the collapse, about 40 workers were on the site.", "40 workers", "en", false),
        ("Some 300 guests were in the hotel at the time of the fire, the police said.", "300 guests", "en", false),
        ("At the time, 300 people worked at the plant.", "300 people", "en", true),
        ("The plant employed 300 people at the time.", "300 people", "en", true),
        ("Zum Zeitpunkt der Explosion befanden sich 64 Bergleute unter Tage.", "64 Bergleute", "de", false),
        ("Damals arbeiteten 300 Menschen in dem Werk.", "300 Menschen", "de", true),
        ("Zum damaligen Zeitpunkt lebten 300 Menschen in dem Dorf.", "300 Menschen", "de", true),
    ] as [(String, String, String, Bool)])
    func aCueThatNamesItsTimeSetsNothingApart(sentence: String, figure: String, language: String, earlier: Bool) {
        var story = StoryBuilder()
        let article = story.article(publisher: "Wire", published: "2027-03-10", language: language)
        story.sentence(article, sentence, [StoryBuilder.Figure(text: figure, value: 60, unit: "person")])
        let facts = story.claims.map { ClaimFacts(claim: $0, article: story.articles[0], lexicon: .forLanguage(language)) }
        #expect((ClaimGrouper.markingEarlierTimes(facts).first?.distinction == "|earlier") == earlier)
    }

    @Test(arguments: [
        (" more than 60 were underground at the time of the blast ", true, false),
        (" at the time 300 people worked there ", true, true),
        (" at the time of the blast and at the time 300 worked ", true, true),
        (" at the time ", true, true),
        (" at the time of the blast ", false, true),
    ])
    func pointsBackUnlessNamed(text: String, withNamedWords: Bool, pointsBack: Bool) {
        let named: Set<String> = withNamedWords ? ["of"] : []
        #expect(ClaimGrouper.pointsBack(" at the time ", in: text, named: named) == pointsBack)
    }
}
