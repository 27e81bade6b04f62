extension PlainTextBoilerplateClassifier {
    /// The most non-empty lines from the end of a text in which a sender's note is looked for.
    static let aboutNoteReach = 4

    /// Marks a press release's note about its sender (`Über den VKH: Der Verband vertritt 38 Unternehmen …`,
    /// `Über uns: …`, `About the Alliance: …`) as furniture.
    ///
    /// A release closes with a paragraph about the body that sent it, labelled by `über`/`about` and the body's name
    /// before a colon; it describes the sender (its members, staff, founding year), not the news, and its figures are no
    /// claims of the story. The label must open one of the last ``aboutNoteReach`` non-empty lines, hold at most four
    /// words after its opener and not begin with a figure (`About 60 residents: …` is a count).
    ///
    /// The label may also stand on a line of its own, the note on the next line (round 25): a label ending in a colon
    /// (`Über den SZV:`) heads whatever line follows it; a label without a colon (`About Corvane Data`) only a line that
    /// opens with the sender's first name word (`Corvane Data operates …`), so that no heading of the story is taken.
    func markAboutNote(_ lines: [TextLine], _ verdicts: inout [BoilerplateVerdict?]) {
        let filled = lines.indices.filter { !lines[$0].shape.text.isEmpty }
        let reach = Array(filled.suffix(Self.aboutNoteReach))
        for (position, index) in reach.enumerated() where verdicts[index] == nil {
            if isAboutNote(lines[index].shape.lowered) {
                verdicts[index] = .aboutNote
                // A label with nothing after its colon heads the next line.
                if lines[index].shape.lowered.hasSuffix(":"), position + 1 < reach.count, verdicts[reach[position + 1]] == nil {
                    verdicts[reach[position + 1]] = .aboutNote
                }
            } else if position + 1 < reach.count, verdicts[reach[position + 1]] == nil,
                let name = aboutLabelName(lines[index].shape), lines[reach[position + 1]].shape.lowered.hasPrefix(name + " ")
            {
                verdicts[index] = .aboutNote
                verdicts[reach[position + 1]] = .aboutNote
            }
        }
    }

    /// The first word of the sender's name when `shape` is an about-label alone on its line without a colon (`About
    /// Corvane Data` → `corvane`): an opener of `about-opener`, one to four further words, each capitalised, and no mark
    /// at the end.
    func aboutLabelName(_ shape: LineShape) -> String? {
        guard !shape.endsSentence, !shape.endsClause, shape.wordCount >= 2, shape.wordCount <= 6 else { return nil }
        let words = shape.content.split(separator: " ")
        let lowered = shape.lowered.split(separator: " ")
        for opener in cues.aboutOpeners {
            let openerWords = opener.split(separator: " ")
            guard words.count > openerWords.count, words.count <= openerWords.count + 4,
                Array(lowered.prefix(openerWords.count)) == openerWords
            else { continue }
            let rest = words.dropFirst(openerWords.count)
            guard rest.allSatisfy({ $0.first?.isUppercase == true }), let first = lowered.dropFirst(openerWords.count).first
            else { continue }
            return String(first)
        }
        return nil
    }

    /// Whether lower-cased `key` opens with an about-label: an opener of `about-opener` (`über den`, `about`) and at
    /// most four further words up to a colon, the first of them no figure.
    func isAboutNote(_ key: String) -> Bool {
        // Most closing lines open with no opener at all: test that on the bytes before walking the line for a colon.
        guard cues.aboutOpeners.contains(where: { key.utf8.starts(with: $0.utf8) }),
            let colon = key.utf8.firstIndex(of: UInt8(ascii: ":"))
        else { return false }
        let label = key[..<colon].split(separator: " ")
        for opener in cues.aboutOpeners {
            let openerWords = opener.split(separator: " ")
            guard label.count >= openerWords.count, label.count <= openerWords.count + 4,
                Array(label.prefix(openerWords.count)) == openerWords
            else { continue }
            let rest = label.dropFirst(openerWords.count)
            if let first = rest.first, first.first?.isNumber == true { continue }
            // A bare opener (`about:`) labels nothing; `über uns` and `about us` are whole labels.
            if rest.isEmpty, openerWords.count < 2 { continue }
            return true
        }
        return false
    }
}
