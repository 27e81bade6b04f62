import ParallaxTesting
import Foundation

/// Writes synthetic news corpora of any size from templates and invented word lists.
///
/// Each story has an event type (fire, election, flood, strike, court case, deployment), an
/// invented place, two invented people, an organisation, its own figures and a start day. Its
/// articles (1–8, German or English) fill the type's templates with the story's facts, add filler
/// sentences from a shared pool, shift the day by up to three days, and in one case of five copy an
/// earlier article of the story with light edits (a rewrite). Everything is seeded and reproducible.
struct SyntheticCorpus {
    /// One generated article with its gold story.
    struct Item: Encodable {
        var id: String
        var story: String
        var language: String
        var published: String
        var title: String
        var text: String
        /// The id of the article this one copies, if it is a rewrite.
        var copies: String?
    }

    private var random: SyntheticRandom
    private var storyNumber = 0
    private var pending: [Item] = []
    private var produced = 0

    /// A corpus generator with the given seed.
    init(seed: UInt64) {
        random = SyntheticRandom(seed: seed)
    }

    /// The next article (stories are generated whole and handed out one article at a time).
    mutating func next() -> Item {
        if pending.isEmpty { pending = makeStory().reversed() }
        produced += 1
        return pending.removeLast()
    }

    private mutating func makeStory() -> [Item] {
        storyNumber += 1
        let story = "st\(storyNumber)"
        let kind = random.pick(SyntheticTemplates.kinds)
        let place = name(syllables: 2 + random.below(2))
        let people = [name(syllables: 2) + " " + name(syllables: 3), name(syllables: 2) + " " + name(syllables: 2)]
        let organisation = name(syllables: 3) + " " + random.pick(["Group", "Holding", "AG", "Union", "Partei"])
        let figures = [10 + random.below(990), 1_000 + random.below(49_000), 100 + random.below(900)]
        let startDay = 20_089 + random.below(730)
        let size = 1 + random.below(8)
        var items: [Item] = []
        for number in 0..<size {
            let id = "\(story)-\(number + 1)"
            let day = startDay + random.below(4)
            if number > 0 && random.below(5) == 0, let original = items.randomElement(using: &random) {
                items.append(rewrite(of: original, id: id, day: day))
                continue
            }
            let language = random.below(10) < 6 ? "de" : "en"
            let set = SyntheticTemplates.templates(kind: kind, language: language)
            var sentences = set.sentences.shuffled(using: &random).prefix(3 + random.below(3)).map { $0 }
            for _ in 0..<(2 + random.below(4)) { sentences.insert(random.pick(SyntheticTemplates.filler(language)), at: random.below(sentences.count + 1)) }
            let fill = { (text: String) in
                SyntheticTemplates.fill(text, place: place, people: people, organisation: organisation, figures: figures, language: language)
            }
            items.append(
                Item(
                    id: id, story: story, language: language, published: Self.iso(day), title: fill(random.pick(set.titles)),
                    text: sentences.map(fill).joined(separator: " "), copies: nil))
        }
        return items
    }

    /// A light edit of `original`: a sentence dropped or two words swapped, a new headline word.
    private mutating func rewrite(of original: Item, id: String, day: Int) -> Item {
        var sentences = original.text.split(separator: ".").map { String($0).trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        if sentences.count > 3 { sentences.remove(at: random.below(sentences.count)) }
        sentences.append(random.pick(SyntheticTemplates.filler(original.language)).replacingOccurrences(of: ".", with: ""))
        return Item(
            id: id, story: original.story, language: original.language, published: Self.iso(day),
            title: random.pick(["Update: ", "Breaking: ", "Report: "]) + original.title,
            text: sentences.joined(separator: ". ") + ".", copies: original.id)
    }

    /// An invented, capitalised name of `syllables` syllables.
    private mutating func name(syllables: Int) -> String {
        let parts = (0..<syllables).map { _ in random.pick(SyntheticTemplates.syllables) }.joined()
        return parts.prefix(1).uppercased() + parts.dropFirst()
    }

    private static func iso(_ day: Int) -> String {
        let date = Date(timeIntervalSince1970: Double(day) * 86_400)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
}

/// The synthetic corpora draw from the shared seeded generator.
typealias SyntheticRandom = SeededGenerator
