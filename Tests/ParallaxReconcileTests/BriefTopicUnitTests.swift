import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// Round 14 (groups14): the brief names a group's figures by a unit only when one of its claims states it. A bare
/// "sechs" evacuated, grouped in persons because the story's other evacuation figures count people, read
/// "Personen – evakuiert: 6" — a word no claim of the group says. Invented figures.
@Suite struct BriefTopicUnitTests {
    @Test(arguments: [
        ("de", "Personen"),
        ("en", "people"),
    ])
    func bareNumbersAreNamedByTheirMeasureAlone(_ language: String, _ unitWord: String) throws {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire", published: "2027-05-14", language: language)
        let b = story.article(publisher: "Daily", published: "2027-05-14", language: language)
        story.quantity(a, 4500, .about, unit: "person", measure: "evacuated", subject: nil)
        story.quantity(b, 4500, .about, unit: "person", measure: "evacuated", subject: nil)
        story.quantity(a, 6, unit: nil, measure: "evacuated", subject: nil)
        story.quantity(b, 6, unit: nil, measure: "evacuated", subject: nil)
        let result = reconcile(story, language: language)
        let bare = try #require(group(of: "c3", in: result))
        #expect(!together("c1", "c3", in: result))
        let sentence = try #require(result.brief.first { $0.group == bare.id })
        #expect(!sentence.text.contains(unitWord), "\(sentence.text)")
        let counted = try #require(result.brief.first { $0.group == group(of: "c1", in: result)?.id })
        #expect(counted.text.contains(unitWord), "\(counted.text)")
    }
}
