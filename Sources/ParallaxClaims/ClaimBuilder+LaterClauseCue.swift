import ParallaxModel

/// A prepositional cue that opens a later clause speaks for that clause only (round 29).
///
/// `laut`, `nach Angaben`, `zufolge` and `according to` are adverbials of the clause they stand in. Round 11 bound such a cue
/// to its own clause when it stands inside a later clause with a figure of its own (`…, vier Bewohner werden laut
/// Bezirkshauptmannschaft noch vermisst`), but left a cue that opens its clause speaking for the whole sentence, as it does
/// for the figures after it (`Laut Polizei wurden 12 Menschen verletzt, drei davon schwer`). A cue that opens a *later*
/// clause — after a comma (`Der 14 Meter hohe Turm erschlug einen Techniker, laut Feuerwehr gab es 34 Verletzte`), after
/// the comma of an elliptic continuation (`Die Linie ist auf 3,5 Kilometern gesperrt, nach Angaben des Betreibers für bis
/// zu drei Wochen`) or right after a word that opens another clause (`… hat die Region erschüttert und nach Angaben des
/// Zivilschutzes 38 Menschen getötet`) — stands before its own clause's figures, not before the figures of the clause
/// already closed: those stay the writer's, as dev2's, dev22's and dev23's writers annotate them.
extension ClaimBuilder {
    /// True when the word at `index`, right before a cue, opens another clause (`und`, `and`, `weil`:
    /// `clause-openers.txt`); before a cue's preposition it cannot join the parts of a spelled number.
    /// - Complexity: O(1).
    static func opensClause(_ tokens: [ClaimToken], at index: Int, pack: LanguagePack) -> Bool {
        tokens[index].kind == .word && pack.clauseOpeners.contains(tokens[index])
    }

    /// True when the cue's first word (`cueStart`) is the first word of `part`, a part of the sentence after a comma.
    /// - Complexity: O(1).
    static func opensLaterPart(cueStart: Int, part: Range<Int>, tokens: [ClaimToken]) -> Bool {
        cueStart == part.lowerBound && part.lowerBound > 0 && tokens[part.lowerBound - 1].text == ","
    }
}
