extension SentenceEvidence {
    /// Cue kinds whose one-word cues may be part of a proper name: an evaluation ("Lichtblick",
    /// "Hoffnung") or prediction word that names a charity, a firm or a product judges nothing.
    package static let nameableKinds: Set<String> = ["evaluation", "prediction"]

    /// The one-word evaluation and prediction cues of the sentence that stand here as part of a proper
    /// name, folded: the capitalised cue word is directly joined (by spaces only) to another capitalised
    /// word, neither of them the sentence's first ("das Hilfswerk Lichtblick Kinderhilfe", "Der Fall
    /// Lichtblick", "Spendenwacht entzieht Lichtblick Kinderhilfe das Siegel"). A noun that judges
    /// stands after an article or adjective ("ein Lichtblick", "der einzige Lichtblick").
    /// - Complexity: O(cues) — only the sentence's cues are looked at.
    package var cueWordsUsedAsNames: Set<String> {
        var result = Set<String>()
        for cue in opinionCues where cue.wordIndices.count == 1 && Self.nameableKinds.contains(cue.pattern.label) {
            let index = cue.wordIndices[0]
            guard tokens.written(index).first?.isUppercase == true else { continue }
            // The first word of a sentence is capitalised whatever it is ("Könnte Alternative … werden").
            let joinedAfter = index >= 1 && index + 1 < words.count && joinedCapitalised(index, index + 1)
            let joinedBefore = index >= 2 && joinedCapitalised(index - 1, index)
            if joinedAfter || joinedBefore { result.insert(tokens.foldedWord(index)) }
        }
        return result
    }

    /// The evidence without the one-word evaluation and prediction cues whose word the article uses as
    /// a name (see ``cueWordsUsedAsNames``): "Lichtblick, 1991 gegründet, zählt zu …" in an article
    /// about the charity Lichtblick Kinderhilfe is no evaluation.
    package func droppingCues(usedAsNames names: Set<String>) -> SentenceEvidence {
        var copy = self
        copy.opinionCues.removeAll { cue in
            guard cue.wordIndices.count == 1, Self.nameableKinds.contains(cue.pattern.label) else { return false }
            let index = cue.wordIndices[0]
            return names.contains(tokens.foldedWord(index)) && tokens.written(index).first?.isUppercase == true
        }
        return copy
    }

    /// Whether words `left` and `right` (adjacent) are both capitalised and separated by spaces only.
    private func joinedCapitalised(_ left: Int, _ right: Int) -> Bool {
        guard tokens.written(left).first?.isUppercase == true, tokens.written(right).first?.isUppercase == true
        else { return false }
        let gap = text.utf8.dropFirst(words[left].source.upperBound).prefix(
            words[right].source.lowerBound - words[left].source.upperBound)
        return gap.allSatisfy { $0 == UInt8(ascii: " ") }
    }
}
