import Foundation

/// Which loaded verbs with a separable particle reach all their forms (round 35): German splits such a verb in a
/// main clause — the finite stem in second place, the particle at the clause's end ("Die Stadtwerke zocken die
/// Kunden ab", "Der Minister redet die Lage schön") — and joins it again in a subordinate clause ("weil er die Lage
/// schönredet"), in the participle ("schöngeredet") and in the infinitive with "zu" ("schönzureden"). The lexicon
/// lists one member of such a family — the infinitive ("abzocken", "herunterspielen") or a few split forms written
/// by hand ("zockt … ab", "kanzelte … ab") — and the inflection endings reach neither the split forms of other
/// persons and tenses nor the participle. Conjugation is the grammar of the language, so a listed verb finds the
/// forms no writer we studied used.
///
/// The rule is data, per language, in `separable-verbs.txt` (optional: a language without it derives nothing):
/// `particle<TAB>ab` (a separable particle; the longest that opens a listed word is used), `infinitive<TAB>en` (an
/// infinitive ending; the longest that fits leaves the verb stem), `finite<TAB>t` (an ending of a finite form on the
/// verb stem, split from the particle), `joined<TAB>t` (one joined to it in a subordinate clause),
/// `participle<TAB>ge` and `participle-ending<TAB>t` (the participle: particle, infix, stem, ending),
/// `no-infix<TAB>ier` and `no-infix-opening<TAB>be` (a stem so ending or opening takes no infix: "abkassiert",
/// "abbestellt"), `zu<TAB>zu` (the infix of the infinitive with "zu"), `minimum<TAB>N` (the fewest UTF-8 bytes of a
/// verb stem), `exclude-category<TAB>c`, `exclude<TAB>word` (a listed word that derives nothing). Every single-word
/// exact entry of `loaded-terms.txt` that opens with a particle and ends in an infinitive ending, and every
/// two-word entry `finite … particle`, derives, with the entry's category and topic, the joined forms as single
/// words and the split forms as `finite … particle` patterns whose particle must be the whole word and end its
/// clause (followed by the sentence's end or a punctuation mark: ``LexiconPattern/closesClause``; not by "und",
/// which also follows the adverb in "ab und zu"). Hand-written split entries whose last word is a particle get the
/// same test: "knickt … ein" is not "knickte um wie ein Streichholz".
package struct SeparableVerbRule: Sendable, Equatable {
    /// The fewest bytes a verb stem needs; 0 turns the rule off.
    package var minimumLength = 0
    /// Separable particles, longest first.
    package var particles: [String] = []
    /// Infinitive endings, longest first.
    package var infinitiveEndings: [String] = []
    /// Endings of finite forms on the verb stem, split from the particle in a main clause.
    package var finiteEndings: [String] = []
    /// Endings of finite forms joined to the particle in a subordinate clause (not those that make a noun of the
    /// family: "Ausbeute" is no form of "ausbeuten").
    package var joinedEndings: [String] = []
    /// The participle's infix between particle and stem, and its ending.
    package var participleInfix = ""
    package var participleEndings: [String] = []
    /// Stem endings that take no participle infix ("abkassiert").
    package var noInfixEndings: [String] = []
    /// Stem openings that take none (an inseparable prefix: "abbestellt").
    package var noInfixOpenings: [String] = []
    /// The infix of the infinitive with "zu".
    package var zuInfix = ""
    /// Categories whose entries derive nothing.
    package var excludedCategories: Set<String> = []
    /// Listed words that derive nothing.
    package var excludedWords: Set<String> = []

    /// A rule from the `label<TAB>value` lines of `separable-verbs.txt`.
    /// - Throws: ``FramingLexiconError/badPattern(file:line:text:)`` for an unknown label or a bad number.
    package init(lines: [(Int, String)], file: String) throws(FramingLexiconError) {
        for (number, text) in lines {
            let line = try LabelledRuleLines.line(number, text, file: file)
            let value = line.value.lowercased()
            switch line.label {
            case "minimum": minimumLength = try LabelledRuleLines.minimum(line, file: file)
            case "particle": particles.append(value)
            case "infinitive": infinitiveEndings.append(value)
            case "finite": finiteEndings.append(value)
            case "joined": joinedEndings.append(value)
            case "participle": participleInfix = value
            case "participle-ending": participleEndings.append(value)
            case "no-infix": noInfixEndings.append(value)
            case "no-infix-opening": noInfixOpenings.append(value)
            case "zu": zuInfix = value
            case "exclude-category": excludedCategories.insert(line.value)
            case "exclude": excludedWords.insert(value)
            default: throw .badPattern(file: file, line: line.number, text: line.text)
            }
        }
        particles.sort { $0.utf8.count > $1.utf8.count }
        infinitiveEndings.sort { $0.utf8.count > $1.utf8.count }
    }

    /// A rule that derives nothing.
    package init() {}

    /// A verb of the family: its particle and its stem.
    package struct Verb: Sendable, Equatable, Hashable {
        package var particle: String
        package var stem: String
    }

    /// The verb of a listed infinitive ("abzocken" → ab + zock), if the word opens with a particle and ends in an
    /// infinitive ending with a stem of at least ``minimumLength`` bytes between them.
    package func verb(ofInfinitive word: String) -> Verb? {
        guard minimumLength > 0, !excludedWords.contains(word),
            let particle = particles.first(where: { word.hasPrefix($0) })
        else { return nil }
        let rest = word.dropFirst(particle.count)
        // A listed infinitive with "zu" ("abzuspeisen") or a hyphenated word is no infinitive to conjugate.
        guard !word.contains("-"), zuInfix.isEmpty || !rest.hasPrefix(zuInfix) else { return nil }
        guard let ending = infinitiveEndings.first(where: { rest.hasSuffix($0) }) else { return nil }
        let stem = String(rest.dropLast(ending.count))
        guard stem.utf8.count >= minimumLength else { return nil }
        return Verb(particle: particle, stem: stem)
    }

    /// The verb of a hand-written split form ("kanzelte" … "ab" → ab + kanzel): the finite word less the longest
    /// joined or infinitive ending ("speist" loses its "t", not an "st") that leaves a stem of at least ``minimumLength`` bytes.
    package func verb(ofFinite finite: String, particle: String) -> Verb? {
        guard minimumLength > 0, particles.contains(particle) else { return nil }
        let fitting = (joinedEndings + infinitiveEndings).filter {
            finite.hasSuffix($0) && finite.utf8.count - $0.utf8.count >= minimumLength
        }
        guard let longest = fitting.max(by: { $0.utf8.count < $1.utf8.count }) else { return nil }
        return Verb(particle: particle, stem: String(finite.dropLast(longest.count)))
    }

    /// The joined single-word forms of `verb`: finite forms of a subordinate clause, the participle and the
    /// infinitive with "zu" (the infinitive itself is the listed word or reached by a split entry's family).
    package func joinedForms(of verb: Verb) -> [String] {
        var forms = joinedEndings.map { verb.particle + verb.stem + $0 }
        let plain =
            noInfixEndings.contains(where: { verb.stem.hasSuffix($0) })
            || noInfixOpenings.contains(where: { verb.stem.hasPrefix($0) })
        let infix = plain ? "" : participleInfix
        forms += participleEndings.map { verb.particle + infix + verb.stem + $0 }
        if !zuInfix.isEmpty { forms += infinitiveEndings.map { verb.particle + zuInfix + verb.stem + $0 } }
        var seen = Set<String>()
        return forms.filter { seen.insert($0).inserted }
    }

    /// The split forms of `verb`, as pattern sources `finite … particle`.
    package func splitForms(of verb: Verb) -> [String] {
        var seen = Set<String>()
        return finiteEndings.map { "\(verb.stem)\($0) … \(verb.particle)" }.filter { seen.insert($0).inserted }
    }

    /// Whether `pattern` is a hand-written split form: a first word, a gap and a particle as its last word.
    private func splitParticle(of pattern: LexiconPattern) -> (finite: String, particle: String)? {
        guard pattern.elements.count == 3, pattern.elements[1] == .gap,
            case .word(let first, false, false) = pattern.elements[0],
            case .word(let last, false, false) = pattern.elements[2]
        else { return nil }
        let particle = String(decoding: last, as: UTF8.self)
        guard particles.contains(particle) else { return nil }
        return (String(decoding: first, as: UTF8.self), particle)
    }

    /// The listed loaded terms with their split entries' particles tied to the clause's end, and after them the
    /// derived patterns (the joined forms and split forms of every listed verb that no listed pattern reaches).
    package func applied(to patterns: [LexiconPattern]) throws(FramingLexiconError) -> [LexiconPattern] {
        guard minimumLength > 0, !particles.isEmpty, !finiteEndings.isEmpty else { return patterns }
        var exact = Set<String>()
        var prefixes: [String] = []
        var listedSplits = Set<String>()
        for pattern in patterns {
            if pattern.elements.count == 1, case .word(let stem, let prefix, false) = pattern.elements[0] {
                let written = String(decoding: stem, as: UTF8.self)
                if prefix { prefixes.append(written) } else { exact.insert(written) }
            }
            if let split = splitParticle(of: pattern) { listedSplits.insert("\(split.finite) … \(split.particle)") }
        }
        var result: [LexiconPattern] = []
        var derived: [LexiconPattern] = []
        var done = Set<Verb>()
        for pattern in patterns {
            let split = splitParticle(of: pattern)
            result.append(split == nil ? pattern : pattern.closingClause())
            guard !pattern.anchored, !pattern.compoundOnly, !excludedCategories.contains(pattern.label) else { continue }
            let verb: Verb?
            if let split {
                verb = self.verb(ofFinite: split.finite, particle: split.particle)
            } else if pattern.elements.count == 1, case .word(let stem, false, false) = pattern.elements[0] {
                verb = self.verb(ofInfinitive: String(decoding: stem, as: UTF8.self))
            } else {
                verb = nil
            }
            guard let verb, done.insert(verb).inserted else { continue }
            for form in joinedForms(of: verb)
            where !exact.contains(form) && !prefixes.contains(where: { form.hasPrefix($0) }) {
                exact.insert(form)
                derived.append(try derivedPattern(form, like: pattern, closing: false))
            }
            for form in splitForms(of: verb) where listedSplits.insert(form).inserted {
                derived.append(try derivedPattern(form, like: pattern, closing: true))
            }
        }
        return result + derived
    }

    private func derivedPattern(_ source: String, like pattern: LexiconPattern, closing: Bool)
        throws(FramingLexiconError) -> LexiconPattern
    {
        let made = try LexiconPattern(
            label: pattern.label, source: source, list: pattern.list, file: "separable-verbs.txt", line: 0,
            context: pattern.context)
        return closing ? made.closingClause() : made
    }
}
