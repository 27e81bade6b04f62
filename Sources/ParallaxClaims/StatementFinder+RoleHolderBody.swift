/// The body a denier speaks for when the role that introduces the denier names that body (round 20, party20).
///
/// A denial is the act of a party; news writing gives the person who voices it with the office he holds in a named body:
/// `GSN-Vorsitzender Arvid Lund wies das zurück`, `Eine Hallgren-Sprecherin wies das zurück`, `VKH chief executive Bernhard
/// Ostendorp rejected that`, `which GSN leader Arvid Lund flatly denies`, `Gewerkschaftschef Arvid Lund bestritt`. Writers who
/// annotate denials name the body then (the body is what is `disputed` against the accuser), and the person where the role names no
/// body (`Bürgermeisterin Renate Falkner`, `Justice Minister Robert Kincaid`, `Regional governor Elin Haukås`).
extension StatementFinder {
    /// The label of the body named by the role before the denial verb at `verb`, nil when no role of a named body stands there.
    ///
    /// Read backwards from the verb: at most two lower-case adverbs (`flatly`), at most three capitalised words of the person's
    /// name, then the role: a role of `roles.txt` glued by a hyphen to a name (`GSN-Vorsitzender`, `Kondora-Sprecher`), in English a
    /// role of one or two lower-case words after a name (`GSN leader`, `VKH chief executive`), or in German one compound of a
    /// back-reference noun and a role (`Gewerkschaftschef`, `Unternehmenssprecher` → the union or company named before). The name
    /// must be a body the article named before (a word of its label or of the words it was named with) or an organisation the
    /// sentence names; a place or an unknown word (`Erlenbach mayor`, `Justice Minister`) gives nil, and the person stays.
    /// - Complexity: O(1) token tests plus one look-up in the bodies named before, once per denial.
    func roleHolderBody(beforeVerbAt verb: Int, in analysis: SentenceAnalysis) -> String? {
        let tokens = analysis.tokenized.tokens
        var index = verb - 1
        var adverbs = 0
        while index >= 0, adverbs < 2, tokens[index].kind == .word, !tokens[index].isCapitalized,
            !isRole(tokens[index].lower), !pack.determiners.contains(tokens[index]), !pack.pronouns.contains(tokens[index])
        {
            index -= 1
            adverbs += 1
        }
        // The role, then up to three words of the person's name (none for a bare spokesperson: `Eine Hallgren-Sprecherin`).
        var role = index
        while role >= 0, index - role <= 3, tokens[role].kind == .word {
            let current = analysis.speakers.named.filter { $0.index < role }
            let word = tokens[role].lower
            // `GSN-Vorsitzender`, `Hallgren-Sprecherin`: a name glued to the role by a hyphen.
            if let hyphen = word.lastIndex(of: "-"), isRole(String(word[word.index(after: hyphen)...])) {
                return body(named: String(word[..<hyphen]), at: role, in: analysis, current: current, wholeLabel: false)
            }
            // `GSN leader`, `VKH chief executive`: lower-case role words after the name.
            if !tokens[role].isCapitalized, isRole(word) {
                var name = role - 1
                if name >= 0, tokens[name].kind == .word, !tokens[name].isCapitalized, isRole(tokens[name].lower) {
                    name -= 1
                }
                guard name >= 0, tokens[name].kind == .word, tokens[name].isCapitalized else { return nil }
                return body(named: tokens[name].lower, at: name, in: analysis, current: current, wholeLabel: true)
            }
            guard tokens[role].isCapitalized else { return nil }
            // `Gewerkschaftschef`, `Unternehmenssprecher`: a back-reference noun compounded with a role.
            if pack.capitalizesNouns, let body = compoundRoleBody(word, current: current, context: analysis.speakers) { return body }
            if isRole(word) { return nil }
            role -= 1
        }
        return nil
    }

    /// True when `word` is a role of `roles.txt` (`vorsitzender`, `sprecherin`, `leader`, `chief executive`).
    private func isRole(_ word: String) -> Bool {
        pack.roles.value(of: word) != nil
    }

    /// The body `word` (lower-case) names: an organisation entity of the sentence covering `index`, else the latest body named
    /// before whose label is the word (`gsn`) or — when `wholeLabel` is false, for a name glued to a role — holds it among its
    /// words (`nordkai` → nordkai logistik). An English name before a role must be the body's whole label: `Regional governor`,
    /// `Justice Minister` are the person's office, not a body's short name.
    private func body(named word: String, at index: Int, in analysis: SentenceAnalysis, current: [NamedBody], wholeLabel: Bool) -> String? {
        let tokens = analysis.tokenized.tokens
        guard !word.isEmpty, !pack.determiners.contains(tokens[index]) else { return nil }
        if let entity = analysis.entities.first(where: { $0.first <= index && $0.end > index }), entity.kind == "organisation",
            entity.end - entity.first == 1
        {
            return entity.speaksFor ?? entity.name
        }
        let known = (analysis.speakers.bodies.bodies + current).last { body in
            body.label == word
                || (!wholeLabel
                    && (SpacedWords.contains(word, in: body.label) || SpacedWords.contains(word, in: body.words)))
        }?.label
        return known ?? (isAbbreviation(word, as: tokens[index].text) ? word : nil)
    }

    /// True when the name before a role is an abbreviation written in capitals (`VKH chief executive`, `NGO-Sprecher` is not:
    /// two letters and a lower-case tail) that no gazetteer lists as a place (`US President` names a state's office).
    private func isAbbreviation(_ word: String, as written: String) -> Bool {
        let name = written.split(separator: "-").first.map(String.init) ?? written
        return name.count >= 2 && name.count <= 6 && name.allSatisfy { $0.isUppercase && $0.isLetter }
            && pack.gazetteer.value(of: word) == nil
    }

    /// The body named before that a compound of a back-reference noun and a role refers to (`gewerkschaftschef` → the union,
    /// `unternehmenssprecher` → the company), nil when the word is no such compound or no body fits.
    private func compoundRoleBody(_ word: String, current: [NamedBody], context: SpeakerContext) -> String? {
        var split = word.index(word.startIndex, offsetBy: min(4, word.count))
        while split < word.endIndex {
            let head = String(word[split...])
            if head.count >= 4, isRole(head) {
                var modifier = String(word[..<split])
                if pack.backReferences.nouns[modifier] == nil, modifier.hasSuffix("s") { modifier.removeLast() }
                guard let base = pack.backReferences.nouns[modifier] else { return nil }
                return context.bodies.resolve(
                    base: base, type: pack.descriptors.lookup(modifier), current: current, families: pack.backReferences.families)
            }
            split = word.index(after: split)
        }
        return nil
    }
}
