/// Sources no lexicon lists, read from their own words: the name after an `after` cue (`laut der Norrbana`, `according to
/// the rail operator`), the speaker or subject of a verb of saying (`the regional avalanche warning service said`, `wie
/// die Bezirkshauptmannschaft mitteilte`), a person in apposition, and a back-reference noun resolved to the body named before.
extension AttributionFinder {
    /// A source no gazetteer lists, read after an `after` cue: in languages that capitalise nouns the
    /// first capitalised word after determiners (`der Norrbana` → norrbana, `des Gesundheitsamts` →
    /// gesundheitsamt), else up to four words before a stop word (`the rail operator`).
    func unlistedSource(_ tokens: [ClaimToken], from start: Int) -> String? {
        var index = start
        var genitive = start > 0 && pack.sourceGenitives.contains(tokens[start - 1])
        while index < tokens.count, tokens[index].kind == .word, pack.sourceSkips.contains(tokens[index]) {
            genitive = pack.sourceGenitives.contains(tokens[index])
            index += 1
        }
        guard index < tokens.count, tokens[index].kind == .word, tokens[index].text.count > 1,
            pack.months.match(tokens, at: index) == nil, pack.weekdays.match(tokens, at: index) == nil
        else { return nil }
        if pack.capitalizesNouns {
            guard tokens[index].isCapitalized, !pack.sourceStops.contains(tokens[index]) else { return nil }
            // An inflected adjective before the noun belongs to the name (`der Zentralen Wahlkommission`).
            var head = index
            while head + 1 < tokens.count, head - index < 2, tokens[head + 1].kind == .word, tokens[head + 1].isCapitalized,
                !pack.sourceStops.contains(tokens[head + 1]), pack.hasInflectedAdjectiveEnding(tokens[head].lower)
            {
                head += 1
            }
            func stripped(_ index: Int) -> String {
                var word = tokens[index].lower
                // `des Bündnisses` → bündnis: an ending that changes the stem (round 32).
                if genitive, let form = pack.genitiveReplacements.first(where: { word.hasSuffix($0.genitive) && word.count > $0.genitive.count + 2 }) {
                    return String(word.dropLast(form.genitive.count)) + form.nominative
                }
                if genitive, let ending = pack.genitiveEndings.first(where: { word.hasSuffix($0) && word.count > $0.count + 4 }) {
                    word.removeLast(ending.count)
                }
                return word
            }
            // A body no lexicon lists keeps the field it is named for (`des Landesamts für Informationssicherheit`,
            // `Bundesamt für Statistik`; `source-phrase.txt`, `complement` rows).
            if let field = complement(tokens, after: head) {
                return (index...head).map(stripped).joined(separator: " ") + " " + field
            }
            // A body the lexicons know goes by its canonical label (`Laut Küstenwache` → coast guard); an
            // unknown noun after adjectives leaves the first word as the name.
            for candidate in Set([head, index]).sorted(by: >) {
                let word = stripped(candidate)
                if let known = pack.gazetteer.value(of: word) ?? pack.gazetteer.value(of: tokens[candidate].lower) {
                    return known.name
                }
                if let generic = pack.descriptors.lookup(tokens[candidate].lower) { return generic }
            }
            let word = stripped(index)
            // `laut STANDARD-Informationen`, `nach ORF-Recherchen`: a report noun after a hyphen names its author before it
            // (round 11c); the outlet's own name becomes the publisher's label in `ClaimExtractor.namingOutlet`.
            if let hyphen = word.lastIndex(of: "-"), hyphen > word.startIndex,
                pack.reportNouns.contains(String(word[word.index(after: hyphen)...]))
            {
                let author = String(word[..<hyphen])
                return pack.gazetteer.value(of: author)?.name ?? author
            }
            if head == index, let name = pack.nameAfterKind(tokens, at: index) { return word + " " + name }
            return word
        }
        var words: [String] = []
        while index < tokens.count, words.count < 4 {
            // An abbreviation's full stop belongs to the name (`the St. Annen hospital`).
            if index > start, tokens[index].text == ".", !tokens[index].spaceBefore, tokens[index - 1].isCapitalized,
                let last = words.last, last.count <= 2
            {
                words[words.count - 1] += "."
                index += 1
                continue
            }
            guard !tokens[index].lower.hasSuffix("'s"), !tokens[index].lower.hasSuffix("’s"), tokens[index].kind == .word, !pack.sourceStops.contains(tokens[index]),
            pack.weekdays.match(tokens, at: index) == nil, pack.months.match(tokens, at: index) == nil
            else { break }
            words.append(tokens[index].lower)
            index += 1
        }
        // A possessive (`Erlenbach's mayor`) names the party's owner: the party is found as an entity.
        if index < tokens.count, tokens[index].lower.hasSuffix("'s") || tokens[index].lower.hasSuffix("’s") { return nil }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// The field a body's name goes on with (`für Informationssicherheit`, `für Umwelt und Geologie`): a complement
    /// preposition and the capitalised words after it (at most four, joined by a connector), or nil when the words
    /// after `head` are something else or the body is one the lexicons know.
    /// - Complexity: O(1): a few tokens after the name, only for sources no lexicon lists.
    private func complement(_ tokens: [ClaimToken], after head: Int) -> String? {
        let preposition = head + 1
        guard preposition + 1 < tokens.count, pack.sourceComplements.contains(tokens[preposition]),
            pack.gazetteer.value(of: tokens[head].lower) == nil, pack.descriptors.lookup(tokens[head].lower) == nil
        else { return nil }
        var words = [tokens[preposition].lower]
        var index = preposition + 1
        while index < tokens.count, words.count < 5, tokens[index].kind == .word {
            if tokens[index].isCapitalized, !pack.sourceStops.contains(tokens[index]) {
                words.append(tokens[index].lower)
            } else if pack.numberConnectors.contains(tokens[index].lower), index + 1 < tokens.count, tokens[index + 1].isCapitalized,
                words.count > 1
            {
                words.append(tokens[index].lower)
            } else {
                break
            }
            index += 1
        }
        return words.count > 1 ? words.joined(separator: " ") : nil
    }

    /// The speaker of a verb cue that no lexicon lists, in languages that do not capitalise nouns: the
    /// words between a determiner and the verb (`…, the regional avalanche warning service said`), by the
    /// longest tail the gazetteer or the descriptors know (`avalanche warning service`), else all of them.
    func unlistedSpeaker(_ tokens: [ClaimToken], before index: Int) -> String? {
        guard !pack.capitalizesNouns else { return nil }
        var start = index
        while start > 0, index - start < 5, tokens[start - 1].kind == .word, !pack.sourceSkips.contains(tokens[start - 1]) {
            start -= 1
        }
        guard start < index, start > 0, pack.sourceSkips.contains(tokens[start - 1]) else { return nil }
        var head = start - 1
        while head > 0, pack.sourceSkips.contains(tokens[head - 1]) { head -= 1 }
        guard head == 0 || tokens[head - 1].kind == .punctuation else { return nil }
        let words = tokens[start..<index].map(\.lower)
        guard !words.contains(where: { $0.hasSuffix("'s") || $0.hasSuffix("’s") }),
            !tokens[start..<index].contains(where: { pack.sourceStops.contains($0) })
        else { return nil }
        for tail in start..<index {
            if let known = pack.gazetteer.match(tokens, at: tail), tail + known.length == index { return known.value.name }
            if tail == index - 1, let generic = pack.descriptors.lookup(tokens[tail].lower) { return generic }
        }
        return pack.backReferences.nouns[words.joined(separator: " ")] == nil ? words.joined(separator: " ") : nil
    }

    /// The subject of a verb of saying in a language that capitalises nouns, when no lexicon knows it: a subject
    /// determiner and a capitalised word right after a verb that opens its clause (`…, berichtete die Regierung`, `Am
    /// Freitag teilte die Internationale Organisation für Migration (IOM) mit`), or opening the verb's clause, alone or
    /// after a subordinating word (`wie die Bezirkshauptmannschaft am Nachmittag mitteilte`, `Die Präfektur zählte …`). An
    /// object after a verb whose subject came first (`Mikl-Leitner erklärte das Nichtzustandekommen`, `Etwa 70 Prozent
    /// schätzen die Mathe-Matura`) or a noun after a preposition (`von der Volksschule`) is none. The label is read as
    /// after `laut` (`unlistedSource`): a role before a name is the person (`rolePerson`), a name in apposition too
    /// (`der Vize-Chef der …, Lawrence Davies,`), an abbreviation in brackets right after the name names it (`iom`), an
    /// adjective stays with its noun (`österreichische hoteliervereinigung`).
    /// - Complexity: O(clause length), once per verb cue whose speaker no lexicon found.
    func unlistedSubject(_ tokens: [ClaimToken], cue: Range<Int>) -> String? {
        guard pack.capitalizesNouns else { return nil }
        // Not a genitive after a noun (`drei Viertel der Befragten`), a share (`die Hälfte`), a counted group (`die
        // Befragten`, `die Menschen`: they are counted, not cited) or a day.
        func opensSubject(_ at: Int) -> Bool {
            at + 1 < tokens.count && pack.subjectDeterminers.contains(tokens[at]) && tokens[at + 1].kind == .word
                && tokens[at + 1].isCapitalized && pack.weekdays.match(tokens, at: at + 1) == nil
                && pack.months.match(tokens, at: at + 1) == nil && pack.pronouns.contains(tokens[at + 1]) == false
                && pack.fractions.match(tokens, at: at) == nil && pack.unit(for: tokens[at + 1].lower) == nil
        }
        var first = cue.lowerBound
        while first > 0, !Self.closesClause(tokens[first - 1]), cue.lowerBound - first < 12 { first -= 1 }
        // Before a verb that opens its clause stand at most words of time (`Am Freitag`, `zuletzt`).
        let opensClause = (first..<cue.lowerBound).allSatisfy { index in
            !tokens[index].isCapitalized || pack.weekdays.match(tokens, at: index) != nil || pack.months.match(tokens, at: index) != nil
                || (index == first && pack.destinationPrepositions.contains(tokens[index]))
        }
        // `Den Sachschaden schätzt die Stadt auf …`, `In diesem Zeitraum registrierte Eurostat …`: a sentence (or the main clause
        // after a colon) that opens with a phrase that is never its subject (a prepositional phrase, an accusative or dative object) has its subject right after
        // the finite verb — German verb-second order (round 23).
        let frontedPhrase = (first == 0 || tokens[first - 1].text == ":") && first < cue.lowerBound && pack.frontedOpeners.contains(tokens[first])
            && cue.upperBound < tokens.count && !Self.closesClause(tokens[cue.upperBound])
        var start: Int?
        if opensClause || frontedPhrase, opensSubject(cue.upperBound) {
            start = cue.upperBound
        } else if frontedPhrase, let name = nameAfterVerb(tokens, at: cue.upperBound) {
            return name
        } else if opensSubject(first), cue.upperBound == tokens.count || Self.closesClause(tokens[cue.upperBound])
            || pack.requiredCueParticles[tokens[cue.lowerBound].lower] != nil
            || (first + 2...first + 3).contains(cue.lowerBound) && tokens[cue.lowerBound - 1].isCapitalized
        {
            // A subject opening a main clause stands right before its verb (`Die Präfektur zählte`) or the verb closes the
            // clause (`Die Regierung in Washington hatte am Freitag bestätigt`); `Die Fortschritte seit damals beziffern die
            // Forscherinnen …` opens with the object.
            start = first
        } else if first + 1 < cue.lowerBound, pack.subjectOpeners.contains(tokens[first]), opensSubject(first + 1) {
            start = first + 1
        }
        guard let start, start + 1 < tokens.count else { return nil }
        if let person = rolePerson(tokens, at: start + 1) ?? apposedPerson(tokens, after: start + 1) { return person }
        guard let label = unlistedSource(tokens, from: start + 1) else { return nil }
        var end = start + 2
        while end < tokens.count, end - start < 8, tokens[end].kind == .word { end += 1 }
        if end + 2 < tokens.count, tokens[end].text == "(", tokens[end + 2].text == ")",
            tokens[end + 1].text.count >= 2, tokens[end + 1].text.count <= 6,
            tokens[end + 1].text.allSatisfy({ $0.isUppercase })
        {
            return tokens[end + 1].lower
        }
        let noun = start + 2
        if label == tokens[start + 1].lower, noun < tokens.count, tokens[noun].kind == .word, tokens[noun].isCapitalized,
            pack.hasInflectedAdjectiveEnding(label), !pack.sourceStops.contains(tokens[noun])
        {
            return label + " " + tokens[noun].lower
        }
        return label
    }

    /// A name of one capitalised word right after a verb whose clause opened with a fronted phrase (`In diesem Zeitraum
    /// registrierte Eurostat 213.000 Anträge`, `Den Schaden beziffert Hallgren auf …`): not a determiner, pronoun, day, month or
    /// unit, and not the first word of a longer run of capitalised words (a noun phrase whose head the other rules read).
    /// - Complexity: O(1), once per verb cue whose speaker no lexicon found.
    func nameAfterVerb(_ tokens: [ClaimToken], at index: Int) -> String? {
        guard index < tokens.count, tokens[index].kind == .word, tokens[index].isCapitalized, tokens[index].text.count > 2,
            !pack.determiners.contains(tokens[index]), !pack.subjectDeterminers.contains(tokens[index]),
            !pack.pronouns.contains(tokens[index]), !pack.sourceSkips.contains(tokens[index]),
            pack.weekdays.match(tokens, at: index) == nil, pack.months.match(tokens, at: index) == nil,
            pack.unit(for: tokens[index].lower) == nil
        else { return nil }
        if index + 1 < tokens.count, tokens[index + 1].kind == .word, tokens[index + 1].isCapitalized { return nil }
        return unlistedSource(tokens, from: index)
    }

    /// A person named in apposition after the noun at `index` (`der Vize-Chef der staatlichen …gesellschaft, Lawrence
    /// Davies, der Welt am Sonntag`, `der Sprecher der Kommission (CCDHRN), Elizardo Sanchez, am Montag`): the first comma
    /// within ten words, then two or three capitalised words that no lexicon knows, then a comma or the end.
    /// - Complexity: O(1): at most a dozen tokens, once per verb cue whose speaker no lexicon found.
    func apposedPerson(_ tokens: [ClaimToken], after index: Int) -> String? {
        guard let comma = tokens[index..<min(tokens.count, index + 12)].firstIndex(where: { Self.closesClause($0) }),
            tokens[comma].text == ","
        else { return nil }
        var next = comma + 1
        var words: [String] = []
        while next < tokens.count, words.count < 4, tokens[next].kind == .word, tokens[next].isCapitalized,
            pack.gazetteer.value(of: tokens[next].lower) == nil, pack.descriptors.lookup(tokens[next].lower) == nil,
            !pack.sourceSkips.contains(tokens[next]), pack.weekdays.match(tokens, at: next) == nil
        {
            words.append(tokens[next].lower)
            next += 1
        }
        guard (2...3).contains(words.count), next == tokens.count || [",", "."].contains(tokens[next].text) else { return nil }
        return words.joined(separator: " ")
    }

    /// An unlisted source that is a back-reference noun (`the agency`) stands for the body named before.
    func resolveUnlisted(_ label: String, bodies: BodyMemory, named: [NamedBody]) -> String {
        guard let base = pack.backReferences.nouns[label] else { return label }
        return bodies.resolve(base: base, type: pack.descriptors.lookup(label), current: named, families: pack.backReferences.families) ?? label
    }
}

/// A name no lexicon lists before a postposed cue (round 32, source32): `Dem Verbraucherbund zufolge`, `der Gewerkschaft
/// Schienenbund zufolge`. German `zufolge` follows its dative party; when no entity ends right before it, the party is the
/// determiner and the capitalised words up to the cue, read as ``unlistedSource(_:from:)`` reads them after `laut`.
extension AttributionFinder {
    /// The index of the determiner that opens the party right before the cue at `cue`: one to three capitalised words (no
    /// source stop, no report noun, no role; the last not of a common noun's ending) after a determiner of
    /// `source-phrase.txt`'s `skip` rows; nil otherwise.
    /// - Complexity: at most four tokens read back; once per postposed cue with no entity before it.
    func unlistedOpenerBefore(_ tokens: [ClaimToken], cue index: Int) -> Int? {
        guard pack.capitalizesNouns, index >= 2 else { return nil }
        var first = index
        while first > 0, index - first < 3, tokens[first - 1].kind == .word, tokens[first - 1].isCapitalized,
            !pack.sourceSkips.contains(tokens[first - 1])
        {
            let word = tokens[first - 1]
            guard !pack.sourceStops.contains(word), !pack.reportNouns.contains(word.lower), pack.roles.match(tokens, at: first - 1) == nil
            else { return nil }
            first -= 1
        }
        guard first < index, first > 0, pack.sourceSkips.contains(tokens[first - 1]) else { return nil }
        // `Der Einigung zufolge`: a noun of a common ending (`common-noun-endings.txt`) is a document or an act, not a party.
        let head = tokens[index - 1].lower
        guard !pack.commonNounEndings.contains(where: { head.hasSuffix($0) }) else { return nil }
        return first - 1
    }
}
