/// A plain collective noun that sneers once it is tied to a name (round 20): "the Kincaid crowd", "die Berliner
/// Blase", "the gentlemen in Carrow", "die Herrschaften in Wien". The noun alone is plain ("the crowd cheered",
/// "a bladder", "ladies and gentlemen"); the writer's choice to file a named party, a government or an institution
/// under it is the loaded part. Two shapes, each a context label of `loaded-terms.txt` instead of a topic:
/// - `@named`: a determiner (on-demand kind `article`), then one capitalised word that does not open the
///   sentence, then the noun ("the Kincaid crowd", "die Wiener Schickeria"); the term runs from the name.
/// - `@remote`: the noun, then a preposition of place (on-demand kind `place`: "in", "at", "from", "aus"), then a
///   capitalised word ("the gentlemen in Carrow"); the term runs to the place.
/// Neither shape needs a list of names: any name or place the writer ties to the noun is enough, so the rule
/// reaches parties and capitals no study article named. The shape is checked only for a match of such a
/// pattern, so the rule adds no pass over a sentence without one.
extension LoadedTermDetector {
    /// The context label of a collective noun that counts after a determiner and a name.
    package static let namedContext = "named"
    /// The context label of a collective noun that counts before a preposition of place and a name.
    package static let remoteContext = "remote"

    /// The match widened to its name when the collective noun stands in the shape its context asks for, else
    /// `nil`; any other match unchanged.
    func namedGroup(_ match: PhraseMatcher.Match, in evidence: SentenceEvidence) -> PhraseMatcher.Match? {
        guard let context = match.pattern.context, let noun = match.wordIndices.first,
            context == Self.namedContext || context == Self.remoteContext
        else { return match }
        var widened = match
        if context == Self.namedContext {
            let name = noun - 1
            guard name >= 1, isCapitalised(name, in: evidence),
                evidence.onDemandCues("article").contains(where: { $0.wordIndices == [name - 1] })
            else { return nil }
            widened.wordIndices = [name] + match.wordIndices
        } else {
            guard let last = match.wordIndices.last, last + 2 < evidence.words.count,
                evidence.onDemandCues("place").contains(where: { $0.wordIndices == [last + 1] }),
                isCapitalised(last + 2, in: evidence)
            else { return nil }
            widened.wordIndices = match.wordIndices + [last + 1, last + 2]
        }
        return widened
    }

    /// The matches less every collective noun tied to a name that overlaps another match: the listed phrase
    /// ("die Herren Bürokraten") is the writer's label, the shape only a fallback for the plain noun.
    func yieldingNamedGroups(_ matches: [PhraseMatcher.Match]) -> [PhraseMatcher.Match] {
        func isShaped(_ match: PhraseMatcher.Match) -> Bool {
            match.pattern.context == Self.namedContext || match.pattern.context == Self.remoteContext
        }
        guard matches.contains(where: isShaped) else { return matches }
        return matches.filter { match in
            guard isShaped(match) else { return true }
            return !matches.contains { other in
                !isShaped(other) && other.wordIndices.contains { match.wordIndices.contains($0) }
            }
        }
    }

    /// Whether the word at `index` is written with a capital first letter.
    private func isCapitalised(_ index: Int, in evidence: SentenceEvidence) -> Bool {
        evidence.tokens.written(index).first?.isUppercase == true
    }
}
