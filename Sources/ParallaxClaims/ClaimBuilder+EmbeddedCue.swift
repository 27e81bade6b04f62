import ParallaxModel

/// A cue inside a clause that the sentence embeds speaks for that clause only (round 28).
///
/// A relative clause describes a noun of the main clause; an aside between dashes interrupts it. A verb of saying or
/// estimating inside either has the clause's own content as its object, not the main clause around it: in `Each customer
/// will get a €10 voucher, which the company expects to cost it €300,000` the company estimates the vouchers' cost, and the
/// voucher's value is the writer's; in `Elf Häuser wurden von den Geröllmassen – der Geologische Dienst schätzt sie auf
/// 400.000 Kubikmeter – zerstört` the survey estimates the volume, not the houses destroyed. Round 6 bounded a relative
/// clause between two commas so; these are the two forms it left: a relative clause that runs to the sentence's end, and
/// the dashed aside.
extension ClaimBuilder {
    /// The most tokens between the two dashes of an aside: a longer stretch is two parts of the sentence, not an aside
    /// (a dateline's dash and a later one).
    static let dashedAsideTokens = 16

    /// The most words after a cue that ends a German relative clause: the clause's verb stands last, with up to two
    /// auxiliaries after it (`…, die der Konzern auf 300.000 Euro beziffert hat`).
    static let verbFinalTrailingWords = 2

    /// True when the relative pronoun at `opener` (after a comma, with no comma after it up to the sentence's end) opens a
    /// relative clause that holds `cue`, not a main clause after a demonstrative: the cue is a word of the clause (not a
    /// trailing cue with its own comma, `…, das sind 140 Millionen Tonnen, so der VCÖ`) that does not follow the pronoun at
    /// once (`…, das teilte die Polizei mit`, `…, which said`); where nouns are capitalised the pronoun is not an article
    /// before a noun (`…, die Gewerkschaft spricht von 2.100`), as ``figureIsInRelativeClause(_:number:)`` reads it, and
    /// the cue closes the clause, as a German relative clause puts its verb last (`…, das sind mehr als 140 Millionen
    /// Tonnen pro Jahr` has its verb second: a demonstrative's main clause). The speaker is named inside the clause
    /// (`speaker`, the range naming it): a pronoun that stands for the speaker (`…, hieß es aus dem Ministerium, das von
    /// einer Entspannung sprach`) makes a clause that describes the speaker of the main clause.
    /// - Complexity: O(sentence length).
    func opensFinalRelativeClause(at opener: Int, cue: Range<Int>, speaker: Range<Int>?, tokens: [ClaimToken]) -> Bool {
        guard opener + 1 < tokens.count, cue.lowerBound > opener + 1, tokens[cue.lowerBound].kind == .word,
            let speaker, speaker.lowerBound > opener
        else { return false }
        guard pack.capitalizesNouns else { return true }
        let next = tokens[opener + 1]
        let trailing = tokens[cue.upperBound...].filter { $0.kind == .word }.count
        return !(next.kind == .word && next.isCapitalized) && trailing <= Self.verbFinalTrailingWords
    }

    /// True when `cue` and its speaker (`speaker`, the range naming it) stand in an aside set off by a pair of dashes
    /// (`–`, `—`) at most ``dashedAsideTokens`` apart, and the figure at `number` stands before it, in the clause the aside
    /// interrupts (a figure after the second dash may be the aside's continuation: `Wien – Die Regierung rechnet mit zwei
    /// Milliarden Euro – davon 1,6 Milliarden für Sozialleistungen`, where the first dash ends a dateline).
    /// - Complexity: O(``dashedAsideTokens``).
    static func isInDashedAside(_ cue: Range<Int>, speaker: Range<Int>?, tokens: [ClaimToken], number: Int) -> Bool {
        func isDash(_ index: Int) -> Bool {
            tokens[index].kind == .punctuation && (tokens[index].text == "–" || tokens[index].text == "—")
        }
        let lowest = max(0, cue.lowerBound - dashedAsideTokens)
        guard let open = (lowest..<cue.lowerBound).last(where: isDash) else { return false }
        let highest = min(tokens.count, open + dashedAsideTokens + 1)
        guard cue.upperBound < highest, let close = (cue.upperBound..<highest).first(where: isDash) else {
            return false
        }
        let inside = (open + 1)..<close
        guard !inside.contains(where: { tokens[$0].text == ";" }), let speaker, inside.contains(speaker.lowerBound)
        else { return false }
        return number < open
    }
}
