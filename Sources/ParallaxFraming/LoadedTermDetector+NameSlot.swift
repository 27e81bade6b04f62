/// Round 14: a loaded phrase that ends before a name ("die Herren in Brüssel", "the gentlemen in Carrow").
///
/// The ironic title for the powerful far away is loaded by its shape, whatever the place is called: a
/// lexicon pattern with the context ``LoadedTermDetector/nameSlotContext`` (`@name`) counts only when the
/// word after it is capitalised and not the sentence's first, and the term then takes that word in. In
/// German, where every noun is capitalised, the slot is filled by any noun too ("die Herren in Anzügen"),
/// which is the same sneer. The check reads one written word per candidate; no extra matching.
extension LoadedTermDetector {
    /// The context label of a pattern followed by a name slot.
    package static let nameSlotContext = "name"

    /// The match with its name slot filled, the match itself when it has no slot, or `nil` when the
    /// slot is empty (no word follows, or the next word is in lower case).
    func nameSlotFilled(in evidence: SentenceEvidence) -> (PhraseMatcher.Match) -> PhraseMatcher.Match? {
        { match in
            guard match.pattern.context == Self.nameSlotContext else { return match }
            guard let last = match.wordIndices.last, last + 1 < evidence.words.count,
                evidence.tokens.written(last + 1).first?.isUppercase == true
            else { return nil }
            var filled = match
            filled.wordIndices.append(last + 1)
            return filled
        }
    }
}
