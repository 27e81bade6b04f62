import ParallaxModel

/// A charge whose act no predicate names (round 31, status31).
///
/// News reports a charge in frames that do not depend on the act charged: the hearsay modal with a perfect infinitive (`Der
/// Bürgermeister soll Aufträge an seinen Bruder vergeben haben`), the adverb and passive of alleging (`The mayor allegedly
/// handed contracts to his brother`), and a verb or noun of charging that opens a content clause (`Investigators allege that
/// the firm forged the papers`, `repeated its charge that the minister massaged the figures`, `Die Opposition erhebt
/// Vorwürfe: Der Minister habe die Zahlen geschönt`, `den Vorwurf, die Klinik habe Befunde zurückgehalten`). The predicate
/// lexicon names only some acts (`ignored`, `knew of`), so such a sentence used to make no statement, and the denial that
/// answers it (`Die Firma weist die Vorwürfe zurück`) contested another act or none. When the sentence holds no predicate of
/// the lexicon, the frame makes it a bare accusation: predicate `accused`, the party its charged clause opens with as
/// subject, the sentence's attribution as source, its reason naming the accusation (so a denial of a charge contests it and
/// Reconcile meets it with the story's other accusations).
extension StatementFinder {
    /// The words of the frames, per language (`charge-hearsay` and `charge-word` rows of `function-words.txt`).
    ///
    /// A class (round 32): ``chargeFrame(_:)`` reads the language's words for every sentence, and as a structure (two
    /// ``WordSet``s, an array and a set) each read copied it out of the dictionary and destroyed the copy after, about 4 M
    /// instructions of the claims benchmark; a reference is one retain. Immutable, so sharing it changes nothing.
    final class ChargeFrameWords: Sendable {
        /// Hearsay forms of an act, each a phrase of lower-case words (`soll`, `allegedly`, `is alleged to`).
        let hearsay: [[String]]
        /// The first words of the hearsay forms: a token outside it opens none, tested by its key before any phrase is compared.
        let hearsayOpeners: WordSet
        /// Verbs and nouns of charging that open a content clause (`allege`, `charge`, `vorwurf`), tested per token through the
        /// key filter of ``WordSet`` rather than by hashing each token's text (the test runs for most sentences).
        let words: WordSet
        /// Endings of the participle of a perfect infinitive (`vergeben haben`, `angesteckt haben`): a hearsay modal that
        /// needs one is a plan before any other word (`soll wieder befahrbar sein`).
        let participleEndings: [String]
        /// Auxiliaries that also make the stative passive of a plan (`soll bis 2020 erledigt sein`): after them the participle
        /// must be one of change (`gekommen`, `angekommen`: holding `ge`) or another auxiliary (`worden sein`).
        let stativeAuxiliaries: Set<String>

        init(
            hearsay: [[String]], hearsayOpeners: WordSet, words: WordSet, participleEndings: [String], stativeAuxiliaries: Set<String>
        ) {
            self.hearsay = hearsay
            self.hearsayOpeners = hearsayOpeners
            self.words = words
            self.participleEndings = participleEndings
            self.stativeAuxiliaries = stativeAuxiliaries
        }
    }

    static let chargeFrameWords: [String: ChargeFrameWords] = Dictionary(
        uniqueKeysWithValues: LexiconFile.languages.map { language in
            let rows = LexiconFile.functionWords(language: language)
            let hearsay = rows.filter { $0[0] == "charge-hearsay" && $0.count > 1 }.map { $0[1].split(separator: " ").map(String.init) }
            return (
                language,
                ChargeFrameWords(
                    hearsay: hearsay, hearsayOpeners: WordSet(hearsay.compactMap(\.first)),
                    words: WordSet(rows.filter { $0[0] == "charge-word" && $0.count > 1 }.map { $0[1] }),
                    participleEndings: rows.filter { $0[0] == "charge-participle-ending" && $0.count > 1 }.map { $0[1] },
                    stativeAuxiliaries: Set(rows.filter { $0[0] == "charge-stative-auxiliary" && $0.count > 1 }.map { $0[1] })))
        })

    /// The bare accusation of a sentence that reports a charge in a frame (see the extension's summary) and holds no predicate.
    /// A hearsay form counts only where it hedges the sentence (``SentenceAttribution/hedged``; `soll` only with a perfect
    /// infinitive, `hedges.txt`). A word of charging counts when its content clause follows: English `that` within four
    /// words with no punctuation between (`alleges that`, `its charge that`, `alleged in court that`); German a colon within
    /// five words or a comma right after it, with a subjunctive of reported speech after it (`erhebt Vorwürfe gegen den
    /// Betreiber: Die FHG habe …`, `den Vorwurf, die Klinik habe …`), or `dass` right after it or its comma.
    /// - Returns: the claim, or nil when no frame stands in the sentence or it stands in quotes.
    /// - Complexity: O(tokens × hearsay phrases) for a sentence without a predicate only.
    func chargeFrame(_ analysis: SentenceAnalysis) -> Claim? {
        guard let words = pack.chargeFrameWords else { return nil }
        let tokens = analysis.tokenized.tokens
        var opening: (cue: Int, clause: Int)?
        if analysis.attribution.hedged {
            search: for index in tokens.indices where tokens[index].kind == .word && words.hearsayOpeners.contains(tokens[index]) {
                for phrase in words.hearsay where index + phrase.count <= tokens.count {
                    guard phrase.indices.allSatisfy({ tokens[index + $0].lower == phrase[$0] }) else { continue }
                    // A hedge that needs a perfect infinitive hedges the sentence only when the attribution found it.
                    if pack.hedges.match(tokens, at: index)?.value == true,
                        analysis.attribution.hedgeCue?.lowercased() != tokens[index].lower || !hasPerfectParticiple(after: index, tokens, words)
                    {
                        continue
                    }
                    opening = (index, 0)
                    break search
                }
            }
        }
        if opening == nil {
            for index in tokens.indices where tokens[index].kind == .word && words.words.contains(tokens[index]) {
                if let clause = contentClause(after: index, in: analysis) {
                    opening = (index, clause)
                    break
                }
            }
        }
        guard let opening, !isQuoted(tokens, opening.cue) else { return nil }
        let sourceRange = analysis.attribution.sourceRange ?? 0..<0
        // The accused: the first party of the charged clause (after the word of charging), or of the sentence for a hearsay form.
        let accused = analysis.entities.first { entity in
            entity.first >= opening.clause && !entity.isAdjective && entity.kind != "place" && !sourceRange.contains(entity.first)
        }
        let subject = accused.map { $0.kind == "country" ? $0.name : $0.country ?? $0.name }
        let statement = Claim.Statement(subject: subject, predicate: "accused", object: nil)
        // A hearsay form reports an act without a charge of its own (`Ein Kind soll sich im Urlaub angesteckt haben`): its
        // reason says so, and a denial elsewhere in the story that names nothing does not take it for the story's charge
        // (``Self/hearsayMark``).
        let why = (opening.clause == 0 ? Self.hearsayMark : Self.chargeFrameMark) + " “\(tokens[opening.cue].text)”"
        let attribution = Attribution(
            text: analysis.effective?.text ?? "", source: analysis.effective?.source, hedged: true,
            why: [why, analysis.effective?.why].compactMap { $0 }.joined(separator: "; "))
        return claim(analysis, statement: statement, subject: subject, attribution: attribution)
    }

    /// Whether the first perfect auxiliary after a hearsay modal at `index` (`haben`, `sein`) follows a lower-case word with
    /// a participle's ending (`kassiert haben`, `vergeben haben`); a stative auxiliary (`sein`) only a participle of change
    /// (`gekommen sein`, `entwendet worden sein`, `verschuldet gewesen sein`), not of a state (`soll erledigt sein`).
    private func hasPerfectParticiple(after index: Int, _ tokens: [ClaimToken], _ words: ChargeFrameWords) -> Bool {
        guard let auxiliary = tokens.indices.dropFirst(index + 2).first(where: { pack.perfectAuxiliaries.contains(tokens[$0]) }) else {
            return false
        }
        let before = tokens[auxiliary - 1]
        guard before.kind == .word, !before.isCapitalized else { return false }
        if words.stativeAuxiliaries.contains(tokens[auxiliary].lower) {
            return before.lower.contains("ge") || pack.perfectAuxiliaries.contains(before)
        }
        return words.participleEndings.contains { before.lower.hasSuffix($0) }
    }

    /// The opening of the reason of a bare accusation read from a hearsay form alone.
    static let hearsayMark = "hearsay"

    /// The opening of the reason of a bare accusation read from a word of charging and its content clause.
    static let chargeFrameMark = "charge"

    /// The index where the content clause of a word of charging at `index` opens, or nil (see ``chargeFrame(_:)``).
    private func contentClause(after index: Int, in analysis: SentenceAnalysis) -> Int? {
        let tokens = analysis.tokenized.tokens
        let limit = min(tokens.count, index + 6)
        var next = index + 1
        while next < limit {
            let token = tokens[next]
            if token.kind == .word {
                if token.lower == "that" || token.lower == "dass" {
                    // `dass` opens the clause only right after the noun or its comma.
                    return token.lower == "dass" && next - index > 2 ? nil : next + 1
                }
                if !pack.capitalizesNouns && next - index > 4 { return nil }
                next += 1
                continue
            }
            if pack.capitalizesNouns, token.text == ":" || (token.text == "," && next == index + 1) {
                // German reported speech: a subjunctive in the clause after the colon or comma.
                guard let subjunctive = analysis.attribution.subjunctiveIndex, subjunctive > next else { return nil }
                return next + 1
            }
            return nil
        }
        return nil
    }
}
