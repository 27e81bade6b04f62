package import ParallaxModel
import Foundation

/// Decides whether a headline is sensational, and says why.
///
/// A headline is sensational when it has one strong cue or two weak ones (in different words).
/// Strong: an exclamation mark; a `triumph`, `hyperbole` or `clickbait` cue from the lexicon
/// ("Triumph", "Schock", "Hammer", "slams", "You won't believe", "Das steckt dahinter"); a word in
/// capitals (at least ``shoutingLetters`` letters, so that acronyms such as "NATO" do not count); or
/// question-bait (a headline that ends in a question mark). Weak: a `catastrophe` word, which may be a
/// plain description of a real disaster ("Katastrophe", "disaster"), and an alarmist, glorifying or
/// demonising loaded term in the headline writer's voice. Capitals of a masthead at the start of the line do not count.
/// A headline with ``packedTerms`` loaded terms of any category is sensational too.
package struct HeadlineAssessor: Sendable {
    /// Fewest letters of an all-capitals word that counts as shouting.
    package static let shoutingLetters = 5
    /// Categories of loaded terms that count as a weak cue: exaggeration (alarm, glory) and the
    /// demonising word that casts someone as a villain ("Zockerbude Versorgungskasse: Fast 100 Millionen
    /// verbrannt", "Abzocke an der Kasse: …" — round 33: the writers of the tuning half call 8 of 11 such
    /// headlines sensational). One alone stays calm ("Regime schickt Truppen an die Grenze"); with a second
    /// cue in another word the headline is sensational. Belittling, euphemistic and propaganda words make
    /// a headline partisan, not sensational.
    package static let sensationalCategories: Set<String> = ["alarmist", "glorifying", "demonising"]
    /// Loaded terms of any category in the writer's voice that make a headline sensational together:
    /// one partisan word is a calm headline's choice ("Die Panikmache der Behörden"), three
    /// ("Hack Scandal: Globalist Insurer Hands Your Secrets to Cyber-Crooks") are a headline built of them.
    package static let packedTerms = 3
    /// Lexicon kinds that alone make a headline sensational.
    package static let strongKinds: Set<String> = ["triumph", "hyperbole", "clickbait"]

    /// Creates an assessor.
    package init() {}

    /// Whether the headline is sensational and the reasons (or why not).
    /// - Parameter loaded: the loaded terms found in the headline.
    package func assess(_ evidence: SentenceEvidence, loaded: [Framing.LoadedTerm])
        -> (sensational: Bool, why: String)
    {
        var strong: [String] = []
        var weak: [String] = []
        var weakWords = Set<String>()
        let text = evidence.text
        if text.contains("!") { strong.append("exclamation mark") }
        var seenCues = Set<String>()
        for match in evidence.headlineCues {
            let cue = evidence.cueText(match)
            guard seenCues.insert(cue.lowercased()).inserted, !isLiteral(match, in: evidence) else { continue }
            let reason = "\(match.pattern.label) word: \(cue)"
            if Self.strongKinds.contains(match.pattern.label), !isCompoundHead(match, in: evidence) {
                strong.append(reason)
            } else {
                weak.append(reason)
                weakWords.insert(cue.lowercased())
            }
        }
        for term in loaded where term.usage == "used" && Self.sensationalCategories.contains(term.category ?? "") {
            weak.append("loaded term: \(term.text) (\(term.category ?? "loaded"))")
            weakWords.insert(term.text.lowercased())
        }
        let used = loaded.filter { $0.usage == "used" }
        if Set(used.map { $0.text.lowercased() }).count >= Self.packedTerms {
            strong.append("packed with loaded terms: " + used.map(\.text).joined(separator: ", "))
        }
        let masthead = mastheadWords(evidence)
        for index in evidence.words.indices where index >= masthead {
            let word = evidence.tokens.written(index)
            if isShouting(word) { strong.append("capitals: \(word)") }
        }
        if text.last(where: { !$0.isWhitespace }) == "?" {
            strong.append("question-bait")
        }
        let reasons = (strong + weak).joined(separator: "; ")
        if !strong.isEmpty || weakWords.count >= 2 { return (true, reasons) }
        if weak.isEmpty { return (false, "no sensational cue") }
        return (false, "only one weak cue: \(reasons)")
    }

    /// Whether a `literal` or `technical` neutral use covers all words of a headline cue: a storm
    /// that "slams into" a coast is the wire's plain verb of impact, not a "slams" of outrage (round 10).
    package func isLiteral(_ match: PhraseMatcher.Match, in evidence: SentenceEvidence) -> Bool {
        evidence.neutralUses.contains { neutral in
            (neutral.pattern.label == "literal" || neutral.pattern.label == "technical")
                && match.wordIndices.allSatisfy(neutral.wordIndices.contains)
        }
    }

    /// Whether a one-word cue is the head of a compound ("Ölpreis-Schock", "Wahlsieg"): the compound
    /// names a thing (an oil-price shock, an election win) rather than shouting, so the cue is weak.
    /// As the first part ("Schock-Urteil", "Horror-Crash") or alone it stays strong.
    package func isCompoundHead(_ match: PhraseMatcher.Match, in evidence: SentenceEvidence) -> Bool {
        guard match.wordIndices.count == 1, let index = match.wordIndices.first,
            case .word(let stem, _, _) = match.pattern.elements[0]
        else { return false }
        let word = evidence.tokens.folded[evidence.words[index].bytes]
        return word.count > stem.count && !word.starts(with: stem)
    }

    /// Whether a heading line is a dateline or masthead line rather than a headline: it holds two
    /// separator bars ("nna | Dienstag, 10. März 2026 | MEZ") or a clock time ("07:48", "7:00 Uhr"). One
    /// bar is not enough: titles often end in "| Site name".
    package static func isDateline(_ text: String) -> Bool {
        if text.utf8.lazy.filter({ $0 == 0x7C }).count >= 2 { return true }
        let bytes = Array(text.utf8)
        func isDigit(_ index: Int) -> Bool { index >= 0 && index < bytes.count && bytes[index] >= 0x30 && bytes[index] <= 0x39 }
        for index in bytes.indices where bytes[index] == 0x3A {
            if isDigit(index - 1), isDigit(index + 1), isDigit(index + 2), !isDigit(index + 3) { return true }
        }
        return false
    }

    /// Whether a heading line is the outlet's masthead rather than the headline: it repeats the
    /// publisher's name, or, directly above another heading, it is set wholly in capitals with no
    /// exclamation or question mark ("THE COASTAL LEDGER" above the headline). A kicker in capitals
    /// shouts ("INFERNO!") or stands on the headline's own line.
    /// - Parameters:
    ///   - publisher: the article's publisher, if known.
    ///   - beforeHeading: whether the next sentence is a heading too.
    package static func isMasthead(_ text: String, publisher: String?, beforeHeading: Bool) -> Bool {
        let line = text.trimmingCharacters(in: .whitespaces)
        if let publisher, !publisher.isEmpty, line.caseInsensitiveCompare(publisher) == .orderedSame { return true }
        guard beforeHeading, !line.contains("!"), !line.contains("?") else { return false }
        var letters = 0
        for scalar in line.unicodeScalars where scalar.properties.isAlphabetic {
            guard scalar.properties.isUppercase else { return false }
            letters += 1
        }
        return letters >= 3
    }

    /// How many words at the start of the headline are a name set in capitals: a run of all-capitals
    /// words followed by a dash, a bar or a parenthesis ("BÜRGERBLATT KRANZFELD – unabhängig",
    /// "NORDSEE-NACHRICHTENAGENTUR (nna)"), a masthead rather than shouting, which ends in "!" or runs on.
    private func mastheadWords(_ evidence: SentenceEvidence) -> Int {
        var run = 0
        while run < evidence.words.count, isCapitals(evidence.tokens.written(run)) { run += 1 }
        guard run > 0 else { return 0 }
        let rest = evidence.text.utf8.dropFirst(evidence.words[run - 1].source.upperBound)
        guard let next = rest.first(where: { $0 != 0x20 }) else { return 0 }
        let follows = String(decoding: rest.drop { $0 == 0x20 }.prefix(3), as: UTF8.self)
        return next == 0x28 || next == 0x7C || next == 0x2D || follows.hasPrefix("–") || follows.hasPrefix("—") ? run : 0
    }

    private func isCapitals(_ word: String) -> Bool {
        var letters = 0
        for scalar in word.unicodeScalars where scalar.properties.isAlphabetic {
            guard scalar.properties.isUppercase else { return false }
            letters += 1
        }
        return letters > 0
    }

    private func isShouting(_ word: String) -> Bool {
        var letters = 0
        for scalar in word.unicodeScalars where scalar.properties.isAlphabetic {
            guard scalar.properties.isUppercase else { return false }
            letters += 1
        }
        return letters >= Self.shoutingLetters
    }
}
