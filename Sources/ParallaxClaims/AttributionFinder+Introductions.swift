/// A person a sentence introduces by a role and a full name that no gazetteer lists (`Stadtpfarrpropst Christian
/// Leibnitz`, `EU-Ratspräsident Donald Tusk`, `Gouverneurin Nikki Haley`), wherever the sentence names them — not only
/// after a cue of saying.
struct IntroducedPerson: Sendable, Equatable {
    /// Token index of the role word.
    var index: Int
    /// The full name, lower-case.
    var name: String
    /// The role word as written, lower-case (`eu-ratspräsident`).
    var role: String
    /// The role of `roles.txt` the word is or ends in (`präsident`).
    var head: String
}

extension AttributionFinder {
    /// The persons a sentence introduces by a role before their name (round 15), read as a cue's source is read
    /// (``rolePerson(_:at:)``): a role word or a compound ending in one, titles, then two or three capitalised words that no
    /// lexicon knows, or a role whose complement ends at a comma before the name in apposition (`dem Chef der HDP,
    /// Selahattin Demirtaş,`); not a role that speaks for a company (`Geschäftsführerin Dagmar Pohlmann`: her figures are the
    /// company's). The article's later references — a last name alone (`erklärte Thann`, `so Faymann`, `Hofer:`), the
    /// role alone (`sagte der Bürgermeister`), a pronoun — stand for them. Only where nouns are capitalised: elsewhere the
    /// entity finder reads names by their shape.
    /// - Complexity: O(n) in the sentence's tokens; the role test (a few dictionary look-ups) only for a capitalised word
    ///   followed by another capitalised word.
    func introducedPersons(in tokens: [ClaimToken]) -> [IntroducedPerson] {
        guard pack.capitalizesNouns, tokens.count > 2 else { return [] }
        var found: [IntroducedPerson] = []
        var index = 0
        while index + 2 < tokens.count {
            let next = tokens[index + 1]
            guard tokens[index].kind == .word, tokens[index].isCapitalized else {
                index += 1
                continue
            }
            if next.kind == .word, next.isCapitalized, let person = roleIntroduction(tokens, at: index), !person.speaksForCompany {
                found.append(IntroducedPerson(index: index, name: person.name, role: person.role, head: person.head))
                index += 3
                continue
            }
            // `den Chef der pro-kurdischen Oppositionspartei HDP, Selahattin Demirtaş, weil …`: a role, its complement and the
            // name set off by commas.
            let role = tokens[index].lower
            if pack.roleWords.mayBeRole(tokens[index]),
                pack.roles.value(of: role) == false || pack.roles.value(of: SpeakerContext.roleKey(role)) == false,
                let name = apposedPerson(tokens, after: index)
            {
                found.append(IntroducedPerson(index: index, name: name, role: role, head: role))
            }
            index += 1
        }
        return found
    }
}
