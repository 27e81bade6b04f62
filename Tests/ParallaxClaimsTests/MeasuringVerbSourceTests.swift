import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// The body that measured a figure is its source (round 33, docs/VOCABULARY.md "Conventions added by the claims stage, round
/// 33"): the verbs of measuring join those of counting and recording (`maß`, `maßen`, `gemessen`; `measured`, `clocked`). The
/// present of `messen` gives a thing's dimension and stays no cue; an agentless passive names no party. Sentences written for
/// these tests.
@Suite struct MeasuringVerbSourceTests {
    @Test(arguments: [
        ("Der Wetterdienst maß in der Nacht Windgeschwindigkeiten von 40 Metern pro Sekunde.", "de", "weather service"),
        ("Das Umweltamt hatte in der Nacht 40 Liter Regen pro Quadratmeter gemessen.", "de", "environment agency"),
        ("Die Polizei maß bei der Kontrolle 40 Stundenkilometer zu viel.", "de", "police"),
        ("The weather service measured gusts of up to 40 mph on the coast.", "en", "weather service"),
        ("Police clocked 40 drivers speeding on the bypass.", "en", "police"),
    ])
    func theMeasuringBodyIsTheSource(sentence: String, language: String, expected: String) throws {
        #expect(try FixtureArticle.source(ofFigure: 40, in: sentence, language: language) == expected)
    }

    @Test(arguments: [
        ("In den Kellern wurden bis zu 40 Zentimeter Wasser gemessen.", "de"),
        ("Der Turm misst 40 Meter.", "de"),
        ("Up to 40 centimetres of water were measured in cellars.", "en"),
    ])
    func aDimensionOrAnAgentlessPassiveHasNoSource(sentence: String, language: String) throws {
        #expect(try FixtureArticle.source(ofFigure: 40, in: sentence, language: language) == nil)
    }
}
