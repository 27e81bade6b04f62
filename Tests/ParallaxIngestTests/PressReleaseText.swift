/// A short press release written for the tests of a sender's closing note: a label, a headline, two paragraphs of
/// reporting, then `note`, then the press contact — on the next line, or after a blank line with
/// `contactAfterBlankLine` (a note whose label stands on a line of its own ends at that blank line).
func pressRelease(closingWith note: String, contactAfterBlankLine: Bool = false) -> String {
    [
        "PRESSEMITTEILUNG",
        "Verband fordert schnelle Hilfe für Hochwasseropfer",
        "Der Verband der Bauunternehmen fordert nach dem Hochwasser ein Sofortprogramm für die betroffenen Gemeinden.",
        "„Wir brauchen jetzt Planungssicherheit“, sagte die Vorsitzende am Dienstag in Lindau.",
        note + (contactAfterBlankLine ? "\n" : "") + "\nPressekontakt: Jana Probe, presse@verband.example",
    ].joined(separator: "\n\n")
}
