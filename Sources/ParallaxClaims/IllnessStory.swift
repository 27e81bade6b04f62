/// The rows of one language's `illness-story.txt` (round 24): the words that tell an article about illness from one about
/// injury, so that hospital treatment counts the wounded only where someone was hurt.
///
/// Read once per language outside ``LanguagePack``, as ``MeasureGovernors`` is.
struct IllnessStory: Sendable {
    /// Starts of words naming an illness, its symptoms or its spread (`erkrank`, `fever`).
    let illnessStarts: [String]
    /// Whole words of illness whose start begins unrelated words too (`krank`, `ill`).
    let illnessWords: Set<String>
    /// Starts of words naming a wound or an injury (`verletz`, `injur`).
    let injuryStarts: [String]

    init(rows: [[String]]) {
        func words(_ kind: String) -> [String] {
            rows.filter { $0.count >= 2 && $0[0] == kind }.map { $0[1].lowercased() }
        }
        illnessStarts = words("illness")
        illnessWords = Set(words("illness-word"))
        injuryStarts = words("injury")
    }

    /// Every language's rows, read once.
    static let all = LexiconFile.perLanguage("illness-story.txt", IllnessStory.init(rows:))

    /// The rows of `language`; none when it has no file.
    static func of(_ language: String) -> IllnessStory {
        all[language] ?? IllnessStory(rows: [])
    }

    /// True when `word` (lower-cased) names an injury.
    func namesInjury(_ word: String) -> Bool {
        injuryStarts.contains { word.hasPrefix($0) }
    }

    /// True when the sentences name an illness and no injury anywhere: an article about an outbreak, a poisoning or a heat
    /// wave, whose hospital counts are patients, not the wounded.
    /// - Complexity: O(n · s) in the words of the article and the handful of starts; stops at the first injury word.
    func isIllnessStory(_ sentences: [[ClaimToken]]) -> Bool {
        guard !illnessStarts.isEmpty || !illnessWords.isEmpty else { return false }
        var illness = false
        for tokens in sentences {
            for token in tokens where token.kind == .word {
                let word = token.lower
                if namesInjury(word) { return false }
                if !illness, illnessWords.contains(word) || illnessStarts.contains(where: { word.hasPrefix($0) }) { illness = true }
            }
        }
        return illness
    }
}
