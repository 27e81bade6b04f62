/// A named party or place found in a sentence.
struct EntityMention: Sendable, Equatable {
    var first: Int
    var end: Int
    /// Canonical lower-case English name (`north korea`, `south korean intelligence`).
    var name: String
    /// `country`, `organisation`, `person`, `place`, `generic` or `name` (found by shape only).
    var kind: String
    /// The country the party belongs to, when known.
    var country: String?
    /// True when only a national adjective was found (`nordkoreanische`): an owner, not an actor.
    var isAdjective: Bool
    /// True for a person introduced by a company role (`chief executive`): they speak for the company.
    var speaksForOrganisation = false
    /// The body a spokesperson speaks for (`Polizeisprecher X` → police).
    var speaksFor: String?
    /// What kind of body a descriptor made it (`Reederei Nordlicht` → shipping company), for
    /// resolving a later `die Reederei`; for a descriptor alone, its own label.
    var type: String?
}

/// Finds parties and places: gazetteer names and aliases, national adjectives with the body they
/// qualify (`südkoreanischer Geheimdienst` → south korean intelligence), role patterns
/// (`Generalstabschef Waleri Gerassimow`) and, in languages that do not capitalise every noun,
/// runs of capitalised words that are not sentence-initial.
struct EntityFinder: Sendable {
    var pack: LanguagePack
    /// Place names of the article that no gazetteer lists.
    var names: ArticleNames?
    /// The spokesperson-role tables, made once per pack (``SpeakerRoleEndings``).
    private let roleEndings: SpeakerRoleEndings

    init(pack: LanguagePack, names: ArticleNames? = nil) {
        self.pack = pack
        self.names = names
        self.roleEndings = pack.speakerRoleEndings
    }

    /// A national adjective at `index`: from the lexicon, or derived from a name of the article.
    private func adjective(_ tokens: [ClaimToken], at index: Int) -> (length: Int, value: LanguagePack.Adjective)? {
        if let known = pack.adjectives.match(tokens, at: index) { return known }
        if tokens[index].kind == .word, names?.mayNameAdjectiveCountries == true,
            let country = names?.country(forAdjective: tokens[index].lower)
        {
            return (1, LanguagePack.Adjective(country: country, form: country))
        }
        if index + 1 < tokens.count, let body = pack.bodies.match(tokens, at: index + 1), body.value != "=",
            let country = names?.guess(adjective: tokens[index].lower)
        {
            return (1, LanguagePack.Adjective(country: country, form: country))
        }
        return nil
    }

    /// The entities of one sentence's tokens, in order.
    /// - Complexity: O(n) in the number of tokens.
    func find(in tokens: [ClaimToken]) -> [EntityMention] {
        var mentions: [EntityMention] = []
        var index = 0
        while index < tokens.count {
            // Only a word opens a mention (``read(_:at:)``'s first test, asked here without the call: round 29).
            guard tokens[index].kind == .word else {
                index += 1
                continue
            }
            // `Vessaria's road authority`: a body named by its kind after modifiers (round 31); a possessive owner right before
            // it is its owner, not a party that speaks.
            if pack.modifiedKindBodies.kinds.contains(tokens[index]), let body = modifiedKindBody(tokens, headAt: index),
                mentions.last.map({ $0.end <= body.first }) ?? true
            {
                if let last = mentions.indices.last, mentions[last].end == body.first, Self.isPossessive(tokens[body.first - 1].lower) {
                    mentions[last].isAdjective = true
                }
                mentions.append(body)
                index = body.end
                continue
            }
            if let mention = read(tokens, at: index) {
                mentions.append(mention)
                index = mention.end
            } else {
                index += 1
            }
        }
        return mentions
    }

    private func read(_ tokens: [ClaimToken], at index: Int) -> EntityMention? {
        guard tokens[index].kind == .word else { return nil }
        if !tokens[index].isCapitalized && !pack.entityKeys.contains(tokens[index].key) && names?.mayBeAdjective(tokens[index]) != true
            && !mayBeDescriptor(tokens, index)
        {
            return nil
        }
        if let adjective = adjective(tokens, at: index) {
            var scan = index + adjective.length
            if scan < tokens.count, tokens[scan].kind == .word, let body = pack.bodies.match(tokens, at: scan) {
                scan += body.length
                if body.value == "=", let country = adjective.value.country {
                    return EntityMention(first: index, end: scan, name: country, kind: "country", country: country, isAdjective: false)
                }
                return EntityMention(
                    first: index, end: scan, name: "\(adjective.value.form) \(body.value == "=" ? "officials" : body.value)",
                    kind: "organisation", country: adjective.value.country, isAdjective: false)
            }
            // `die varnesische Küstenwache`, `the Varnesian coast guard`: a body whose name carries its country
            // (`place-names.txt` body rows) after a national adjective is that country's body.
            if scan < tokens.count, tokens[scan].kind == .word, let country = adjective.value.country,
                let (length, label) = placeNamedDescriptor(tokens, at: scan)
            {
                return EntityMention(
                    first: index, end: scan + length, name: "\(country) \(label)", kind: "organisation", country: country,
                    isAdjective: false, type: label)
            }
            if let country = adjective.value.country {
                return EntityMention(
                    first: index, end: index + adjective.length, name: country, kind: "country", country: country,
                    isAdjective: true)
            }
        }
        if let role = pack.roles.match(tokens, at: index) ?? speakerRole(tokens, at: index) {
            var start = index + role.length
            if start + 1 < tokens.count, tokens[start].text == ",", tokens[start + 1].isCapitalized { start += 1 }
            // Further titles and their full stops after the role (`Amtsärztin Dr. Hannelore Weiss`).
            while start + 1 < tokens.count, start - index < 6,
                tokens[start].text == "." || pack.roles.match(tokens, at: start) != nil
            {
                start += pack.roles.match(tokens, at: start)?.length ?? 1
            }
            if let known = pack.gazetteer.match(tokens, at: start) {
                return entity(known.value, first: start, end: start + known.length)
            }
            var end = start
            while end < tokens.count, end - start < 3, tokens[end].isCapitalized, pack.roles.match(tokens, at: end) == nil {
                end += 1
            }
            if end - start >= 1 {
                let name = tokens[start..<end].map(\.lower).joined(separator: " ")
                return EntityMention(
                    first: start, end: end, name: name, kind: "person", country: nil, isAdjective: false,
                    speaksForOrganisation: role.value, speaksFor: spokenFor(tokens, role: index))
            }
            // `sagte ein Polizeisprecher`, `a police spokesman said`: a spokesperson without a name speaks for the
            // body inside or before the word.
            if end == start, let body = spokenFor(tokens, role: index) {
                return EntityMention(first: index, end: index + role.length, name: body, kind: "generic", country: nil, isAdjective: false)
            }
        }
        if let place = placeAfterDescriptor(tokens, at: index) { return place }
        if let descriptor = descriptor(tokens, at: index) { return descriptor }
        if let known = pack.gazetteer.match(tokens, at: index), tokens[index].isCapitalized || known.value.kind == "generic"
            || tokens[index].text == tokens[index].text.uppercased()
        {
            // `des Amts für Infrastrukturschutz`: a generic body's noun with a complement names one body (round 27).
            if known.length == 1, known.value.kind == "generic",
                let named = complementNamedBody(tokens, kindAt: index, label: known.value.name, labelOf: { pack.gazetteer.value(of: $0)?.name })
            {
                return named
            }
            return entity(known.value, first: index, end: index + known.length)
        }
        if tokens[index].isCapitalized, names?.mayNameCountries == true,
            let country = names?.country(forName: tokens[index].lower)
        {
            return EntityMention(first: index, end: index + 1, name: country, kind: "country", country: country, isAdjective: false)
        }
        // An abbreviation no gazetteer lists is a name (`die GSN`); in languages that do not capitalise
        // nouns capitalised runs find it.
        if pack.capitalizesNouns, Self.isAcronym(tokens[index]), pack.currencies.match(tokens, at: index) == nil {
            return EntityMention(first: index, end: index + 1, name: tokens[index].lower, kind: "name", country: nil, isAdjective: false)
        }
        if pack.capitalizesNouns, index > 0, let run = nameRun(tokens, at: index) {
            let first = run - index == 3 && tokens[index].text.count > 7 ? index + 1 : index
            let name = tokens[first..<run].map(\.lower).joined(separator: " ")
            return EntityMention(first: first, end: run, name: name, kind: "name", country: nil, isAdjective: false)
        }
        // Capitalised after a dateline or quote, a currency code (`EUR`), a qualifier (`About`), a
        // determiner (`A`) or a number word (`(CNW) - Three people died`) opens no name; nor does a possessive pronoun opening a
        // quote (`“Our members have waited …,” the chairwoman said`, round 19: `our` became the speaker's company). Subject
        // pronouns (`“I explained …,” Mr. X wrote`) stay names here: the cue rules skip them as the subject of their cue.
        if !pack.capitalizesNouns, index > 0, tokens[index].isCapitalized, pack.months.match(tokens, at: index) == nil,
            !pack.possessivePronouns.contains(tokens[index]),
            pack.weekdays.match(tokens, at: index) == nil, !pack.sourceSkips.contains(tokens[index]),
            pack.numberWords[tokens[index].lower] == nil,
            pack.currencies.match(tokens, at: index) == nil, pack.qualifiers.match(tokens, at: index) == nil
        {
            var end = index
            var name = ""
            while end < tokens.count, pack.months.match(tokens, at: end) == nil {
                if tokens[end].isCapitalized {
                    name += (name.isEmpty ? "" : " ") + tokens[end].lower
                } else if tokens[end].text == ".", !tokens[end].spaceBefore, end + 1 < tokens.count, tokens[end + 1].isCapitalized,
                    tokens[end - 1].text.count <= 2
                {
                    name += "."  // an abbreviation inside a name (`St. Annen`)
                } else {
                    break
                }
                end += 1
            }
            // A body named after its place keeps its kind after the name (`the St. Annen hospital`).
            if end < tokens.count, tokens[end].kind == .word, !tokens[end].isCapitalized,
                let label = pack.descriptors[tokens[end].lower], pack.labelKeepingDescriptors.contains(label)
            {
                name += " " + label
                end += 1
                return EntityMention(first: index, end: end, name: name, kind: "organisation", country: nil, isAdjective: false, type: label)
            }
            return EntityMention(first: index, end: end, name: name, kind: "name", country: nil, isAdjective: false)
        }
        return nil
    }

    /// An organisation introduced by a descriptor (`Reederei Nordlicht` → nordlicht), or the
    /// descriptor alone as a generic party (`die Küstenwache` → coast guard).
    private func descriptor(_ tokens: [ClaimToken], at index: Int) -> EntityMention? {
        guard mayBeDescriptor(tokens, index) else { return nil }
        var length = 1
        var label = pack.descriptors.lookup(tokens[index].lower)
        // A compound the gazetteer knows as a whole (`Wahlkommission`) is that body, not its head (`Kommission`).
        if label != nil, pack.descriptors[tokens[index].lower] == nil, pack.gazetteer.match(tokens, at: index) != nil {
            return nil
        }
        if label == nil, index + 1 < tokens.count, pack.descriptorFirstWords.contains(tokens[index]), let phrase = pack.descriptors[tokens[index].lower + " " + tokens[index + 1].lower] {
            label = phrase
            length = 2
        }
        guard let label else { return nil }
        let start = index + length
        // `die Bürgerinitiative „Sicherer Deich Senn“`: the quoted phrase is the body's whole name (round 19, source19b).
        if let quoted = quotedName(tokens, at: start) {
            let name = pack.labelKeepingDescriptors.contains(label) ? quoted.name + " " + label : quoted.name
            return EntityMention(first: index, end: quoted.end, name: name, kind: "organisation", country: nil, isAdjective: false, type: label)
        }
        var end = start
        while end < tokens.count, end - start < 3, tokens[end].isCapitalized, pack.gazetteer.match(tokens, at: end) == nil,
            pack.months.match(tokens, at: end) == nil, pack.weekdays.match(tokens, at: end) == nil
        {
            end += 1
        }
        // In a language that capitalises nouns, a common noun ends the name (`Amtsgericht Brakenfeld Insolvenz`).
        if pack.capitalizesNouns, end - start == 2, !isNameWord(tokens, start + 1) { end -= 1 }
        if end > start && (!pack.capitalizesNouns || end - start <= 2) {
            var name = tokens[start..<end].map(\.lower).joined(separator: " ")
            if pack.labelKeepingDescriptors.contains(label) { name += " " + label }
            return EntityMention(first: index, end: end, name: name, kind: "organisation", country: nil, isAdjective: false, type: label)
        }
        // `Gewerkschaft der Schienenbeschäftigten Norrlands (GSN)`: the abbreviation in brackets names it.
        var scan = start
        while scan + 2 < tokens.count, scan - start < 6, tokens[scan].kind == .word {
            scan += 1
        }
        if scan > start, scan + 2 < tokens.count, tokens[scan].text == "(", Self.isAcronym(tokens[scan + 1]), tokens[scan + 2].text == ")" {
            return EntityMention(
                first: index, end: scan + 3, name: tokens[scan + 1].lower, kind: "organisation", country: nil, isAdjective: false,
                type: label)
        }
        // `des Fachverbands der Mineralölindustrie`: a complement after the kind names the body (round 27).
        if length == 1, let named = complementNamedBody(tokens, kindAt: index, label: label, labelOf: { pack.descriptors.lookup($0) }) {
            return named
        }
        return EntityMention(first: index, end: start, name: label, kind: "generic", country: nil, isAdjective: false, type: label)
    }

    /// A descriptor of a body whose name carries its place (`Küstenwache`, `coast guard`), one or two words.
    private func placeNamedDescriptor(_ tokens: [ClaimToken], at index: Int) -> (length: Int, label: String)? {
        guard !pack.placeNamedBodies.isEmpty else { return nil }
        if let label = pack.descriptors.lookup(tokens[index].lower), pack.placeNamedBodies.contains(label) { return (1, label) }
        if index + 1 < tokens.count, pack.descriptorFirstWords.contains(tokens[index]),
            let label = pack.descriptors[tokens[index].lower + " " + tokens[index + 1].lower], pack.placeNamedBodies.contains(label)
        {
            return (2, label)
        }
        return nil
    }

    /// An abbreviation: two to six capital letters (`GSN`, `NATO`).
    static func isAcronym(_ token: ClaimToken) -> Bool {
        token.kind == .word && (2...6).contains(token.text.utf8.count) && ByteSuffix.isASCIICapitals(token.text)
    }

    /// In a language that capitalises nouns: the end of a run of two or three capitalised words
    /// that look like a name (`Jan Behrens`, `Aurelia Star`) — none a known noun, month or party,
    /// none with a common-noun ending, none a word of a figure (multiplier, currency, number word) or a function word.
    private func nameRun(_ tokens: [ClaimToken], at index: Int) -> Int? {
        guard index + 1 < tokens.count, tokens[index].isCapitalized, tokens[index + 1].isCapitalized else { return nil }
        var end = index
        while end < tokens.count, end - index < 3, isNameWord(tokens, end) { end += 1 }
        return end - index >= 2 ? end : nil
    }

    func isNameWord(_ tokens: [ClaimToken], _ index: Int) -> Bool {
        // Every test is a pure look-up and all must pass, so they run cheapest first (round 21): the phrase tables and word
        // sets answer most words from the token's own bits and filters, the endings, the dictionaries (SipHash) and the
        // suffix tables (units, descriptors) only after them.
        // A word of at most twelve bytes has at most twelve scalars: only longer ones are counted (round 31).
        guard tokens[index].kind == .word, tokens[index].isCapitalized,
            tokens[index].text.utf8.count <= 12 || ByteSuffix.scalarCount(tokens[index].text) <= 12,
            pack.months.match(tokens, at: index) == nil, pack.weekdays.match(tokens, at: index) == nil,
            pack.gazetteer.match(tokens, at: index) == nil,
            pack.measures.match(tokens, at: index) == nil,
            pack.roles.match(tokens, at: index) == nil, pack.periodParts.match(tokens, at: index) == nil,
            // Figures' words are no names (`25 Millionen Verkäufer`, `40 Milliarden Dollar`).
            pack.multipliers.match(tokens, at: index) == nil, pack.currencies.match(tokens, at: index) == nil,
            pack.vagueNumbers.match(tokens, at: index) == nil,
            // Function words capitalised after a dateline open no name (`Ankara – Nach Angaben der …`).
            !pack.unitGapStops.contains(tokens[index]), !pack.sourceSkips.contains(tokens[index]),
            !pack.endsInCommonNounEnding(tokens[index].lower),
            !pack.numberOrCommonWords.mayContain(tokens[index])
                || (pack.numberWords[tokens[index].lower] == nil && !pack.commonWords.contains(tokens[index].lower)),
            pack.unit(for: tokens[index].lower) == nil, pack.descriptors.lookup(tokens[index].lower) == nil
        else { return false }
        return true
    }

    /// A compound spokesperson role (`Polizeisprecher`), matched as a role of one word, also in the genitive
    /// (`nach Angaben eines Polizeisprechers`, round 17).
    private func speakerRole(_ tokens: [ClaimToken], at index: Int) -> (length: Int, value: Bool)? {
        guard tokens[index].kind == .word, let last = ByteSuffix.lastByte(of: tokens[index].lower), roleEndings.lastBytes.contains(last) else {
            return nil
        }
        // The word as written, then without each genitive ending it has (``withoutGenitive(_:endings:)``, without
        // building the list: most words that reach here end in a genitive `s` and in no role).
        let word = tokens[index].lower
        if let tails = roleEndings.formTails, !tails.mayEnd(word) { return nil }
        if roleEndings.roleOnlyLastBytes.contains(last), endsInSpeakerRole(word) { return (1, false) }
        // A Latin-1 word against Latin-1 endings is answered by its bytes (``SpeakerRoleEndings/genitiveEndingsAreLatin1``,
        // round 29: `String.hasSuffix` and two character counts per ending the word's bytes end in).
        let byBytes = tokens[index].isLatin1 && roleEndings.genitiveEndingsAreLatin1
        for (ending, bytes) in roleEndings.genitiveEndingBytes
        where ByteSuffix.hasSuffix(word, bytes)
            && (byBytes ? word.utf8.count > bytes.count : word.hasSuffix(ending) && word.count > ending.count)
        {
            if endsInSpeakerRole(String(word.dropLast(ending.count))) { return (1, false) }
        }
        return nil
    }

    /// True when `word` ends in a spokesperson role and has more than three letters before it (`polizeisprecher`, not
    /// `sprecher` alone).
    private func endsInSpeakerRole(_ word: String) -> Bool {
        var wordScalars: Int?
        for (position, role) in pack.speakerRoleBytes.enumerated() where ByteSuffix.hasSuffix(word, role) {
            let scalars = wordScalars ?? ByteSuffix.scalarCount(word)
            wordScalars = scalars
            if scalars > roleEndings.roleScalarCounts[position] + 3 { return true }
        }
        return false
    }

    /// The word as written, then without each genitive ending it has (`polizeisprechers` → polizeisprecher), longest ending
    /// first: a noun's genitive (`-s`, `-es`) is the same noun.
    /// - Parameter ends: ``LastByteFilter`` of `endings` (round 24b: a word whose last byte ends none of them is returned
    ///   alone without a `String.hasSuffix` per ending).
    static func withoutGenitive(_ word: String, endings: [String], ends: LastByteFilter? = nil) -> [String] {
        if let ends, !ends.mayEnd(word) { return [word] }
        return [word] + endings.filter { word.hasSuffix($0) && word.count > $0.count }.map { String(word.dropLast($0.count)) }
    }

    /// The body a spokesperson at `role` speaks for: the modifier inside the word (`Polizei-sprecher`)
    /// or the word before it (`police spokesman`).
    private func spokenFor(_ tokens: [ClaimToken], role index: Int) -> String? {
        guard let (word, role) = Self.withoutGenitive(tokens[index].lower, endings: pack.genitiveEndings, ends: roleEndings.genitiveEnds).lazy.compactMap({ word in
            pack.speakerRoles.first(where: { word.hasSuffix($0) }).map { (word, $0) }
        }).first
        else { return nil }
        var modifier = String(word.dropLast(role.count))
        if modifier.hasSuffix("-") { modifier.removeLast() }
        // `ein Stadtsprecher`, `a city spokeswoman`, `ein Rathaussprecher`: a town's administration named by its word alone is
        // `city authorities`, as after `der Stadt` (round 34; `municipal-bodies.txt`, round 21).
        let municipal = AttributionFinder.municipalBodies[pack.language] ?? [:]
        for candidate in [modifier, modifier.hasSuffix("s") ? String(modifier.dropLast()) : nil].compactMap({ $0 }) where !candidate.isEmpty {
            if let known = pack.gazetteer.value(of: candidate) { return known.name }
            if let generic = pack.descriptors.lookup(candidate) { return generic }
            if let town = municipal[candidate] { return town }
        }
        if modifier.isEmpty, index > 0 {
            if let known = pack.gazetteer.value(of: tokens[index - 1].lower) { return known.name }
            if let generic = pack.descriptors.lookup(tokens[index - 1].lower) { return generic }
            if let town = municipal[tokens[index - 1].lower] { return town }
        }
        return nil
    }

    /// A descriptor stands after a determiner or preposition (`die Reederei`) or before a name
    /// (`Reederei Nordlicht`); other positions are not looked up, which keeps the finder cheap.
    @inline(__always)
    private func mayBeDescriptor(_ tokens: [ClaimToken], _ index: Int) -> Bool {
        (index + 1 < tokens.count && tokens[index + 1].isCapitalized)
            || (index > 0 && pack.unitGapStops.contains(tokens[index - 1]))
            // `forcing rail operator Nordbahn to cancel`: a descriptor of two words before the name (round 32).
            || (index + 2 < tokens.count && tokens[index + 2].isCapitalized && !tokens[index + 1].isCapitalized
                && pack.descriptorFirstWords.contains(tokens[index])
                && pack.descriptors[tokens[index].lower + " " + tokens[index + 1].lower] != nil)
    }

    private func entity(_ entry: LanguagePack.Entity, first: Int, end: Int) -> EntityMention {
        EntityMention(
            first: first, end: end, name: entry.name, kind: entry.kind,
            country: entry.country ?? (entry.kind == "country" ? entry.name : nil), isAdjective: false)
    }
}
