/// How well articles in different languages about the same event are joined.
///
/// `joined`: of the gold pairs in different languages that report one event, the share put in one
/// story. `falseJoins`: of the pairs in different languages put in one story, the share whose gold
/// stories differ.
struct CrossLanguageRates {
    var joined: Double
    var falseJoins: Double
    var goldPairs: Int
    var predictedPairs: Int

    /// - Parameters:
    ///   - predicted: article key → predicted story.
    ///   - gold: article key → gold event (or story when there is no event gold).
    ///   - goldStory: article key → gold story.
    ///   - language: article key → language.
    init(predicted: [String: String], gold: [String: String], goldStory: [String: String], language: [String: String]) {
        let keys = gold.keys.filter { predicted[$0] != nil && language[$0] != nil }.sorted()
        var sameEvent = 0
        var sameEventJoined = 0
        var joinedPairs = 0
        var wrongJoins = 0
        for (position, left) in keys.enumerated() {
            for right in keys[(position + 1)...] where language[left] != language[right] {
                let together = predicted[left] == predicted[right]
                if gold[left] == gold[right] {
                    sameEvent += 1
                    if together { sameEventJoined += 1 }
                }
                if together {
                    joinedPairs += 1
                    if goldStory[left] != goldStory[right] { wrongJoins += 1 }
                }
            }
        }
        joined = sameEvent == 0 ? 1 : Double(sameEventJoined) / Double(sameEvent)
        falseJoins = joinedPairs == 0 ? 0 : Double(wrongJoins) / Double(joinedPairs)
        goldPairs = sameEvent
        predictedPairs = joinedPairs
    }

    /// The two rates as metrics.
    func metrics(split: String) -> [EvaluationMetric] {
        guard goldPairs > 0 || predictedPairs > 0 else { return [] }
        return [
            EvaluationMetric(name: "stories.crosslanguage.joined", split: split, value: joined, count: goldPairs),
            EvaluationMetric(name: "stories.crosslanguage.falsejoins", split: split, value: falseJoins, count: predictedPairs),
        ]
    }
}
