/// A person introduced by a role no lexicon lists as a whole word (`Stadtpolizeikommandant Kurt Kemeter`, `Bezirksrichter
/// Charles Breyer`): the source of a cue and the reading ``introducedPersons(in:)`` builds on.
extension AttributionFinder {
    /// The person a role no lexicon lists as a whole word introduces (`Stadtpolizeikommandant Kurt Kemeter`, `die
    /// Meeresbiologin Prof. Hanna Seliger`, `Bezirksrichter Charles Breyer`): a capitalised word that is a role of
    /// `roles.txt` or ends in one (a compound's head of six letters or more), titles (`Prof.`), then two or three capitalised
    /// words that no lexicon knows — the person by full name, as `docs/VOCABULARY.md` names persons. A spokesperson
    /// (`Polizeisprecher`) speaks for the body and is left to the entity finder.
    /// - Complexity: O(word length) dictionary look-ups, only for a source no lexicon found.
    func rolePerson(_ tokens: [ClaimToken], at index: Int) -> String? {
        roleIntroduction(tokens, at: index)?.name
    }

    /// ``rolePerson(_:at:)`` with the role that introduces the person: the word as written, lower-case
    /// (`stadtpolizeikommandant`), the role of `roles.txt` it is or ends in (`kommandant`), and whether that role speaks
    /// for a company (`organisation` rows: `Geschäftsführerin`).
    func roleIntroduction(_ tokens: [ClaimToken], at index: Int) -> (name: String, role: String, head: String, speaksForCompany: Bool)? {
        guard pack.capitalizesNouns, index + 2 < tokens.count, tokens[index].kind == .word, tokens[index].isCapitalized else {
            return nil
        }
        let word = tokens[index].lower
        guard !pack.speakerRoleBytes.contains(where: { ByteSuffix.hasSuffix(word, $0) }) else { return nil }
        var head = Substring(word)
        var isRole = pack.roleWords.mayBeRole(tokens[index]) && pack.roles.value(of: word) != nil
        // Most capitalised words end in no role: answered from the word's last bytes (``RoleWords``, round 20).
        guard isRole || pack.roleWords.mayEndInRole(tokens[index]) else { return nil }
        // A compound's head of six letters or more (`Stadtpolizeikommandant`), or a short head after a modifier of four
        // letters or more (`Oppositionschef`, `Touristikchef`, `Notarzt`; round 15).
        while !isRole, head.count > 4 {
            head = head.dropFirst()
            isRole = (head.count >= 6 || (head.count >= 4 && word.count >= head.count + 4)) && pack.roles.value(of: String(head)) != nil
        }
        guard isRole else { return nil }
        var next = index + 1
        while next + 1 < tokens.count, tokens[next].isCapitalized, tokens[next].text.count <= 4, tokens[next + 1].text == "." {
            next += 2
        }
        var words: [String] = []
        while next < tokens.count, words.count < 3, tokens[next].kind == .word, tokens[next].isCapitalized,
            tokens[next].text.count > 1, !pack.sourceStops.contains(tokens[next]), pack.gazetteer.value(of: tokens[next].lower) == nil,
            pack.weekdays.match(tokens, at: next) == nil,
            pack.months.match(tokens, at: next) == nil, pack.descriptors.lookup(tokens[next].lower) == nil
        {
            words.append(tokens[next].lower)
            next += 1
        }
        return words.count >= 2
            ? (words.joined(separator: " "), word, String(head), pack.roles.value(of: String(head)) ?? pack.roles.value(of: word) ?? false) : nil
    }
}
