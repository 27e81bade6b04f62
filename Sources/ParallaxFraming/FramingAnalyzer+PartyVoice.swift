import ParallaxModel

extension FramingAnalyzer {
    /// Whether the writer speaks as a party throughout the article: a heading inside the body opens a
    /// section of the writer's own view or demands ("Unsere Einschätzung", "Unser Fazit", "Die PGA
    /// fordert:", "Kommentar"; a cue of kind `section` or a strong opinion cue, see
    /// ``SentenceRoleClassifier/sectionCue(_:announcesList:)``) — a law firm's client letter, an
    /// association's or a party's release, an outlet's campaign page (round 16).
    ///
    /// In such an article news idiom (`@opinion`: "Der Betrugsskandal um … weitet sich aus", "Der
    /// Lebensmittelskandal von … weitet sich aus") is the interested writer's framing in every sentence,
    /// not wire copy's name for an affair; in a news report it counts only in an opinion sentence. The
    /// headline is not looked at: "Gewerkschaft fordert mehr Geld" over a news report is no section.
    /// - Complexity: O(h) in the article's headings; their evidence exists already.
    static func speaksAsParty(
        _ sentences: [Sentence], evidences: [SentenceEvidence], classifier: SentenceRoleClassifier
    ) -> Bool {
        var insideBody = false
        for (sentence, evidence) in zip(sentences, evidences) {
            guard sentence.role == .heading else {
                insideBody = true
                continue
            }
            if insideBody, classifier.sectionCue(evidence) != nil { return true }
        }
        return false
    }
}
