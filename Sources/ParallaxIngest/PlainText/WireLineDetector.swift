/// Finds the furniture of agency copy: edition statuses, wire notes and sign-off codes.
///
/// - An edition status is a short line under the masthead holding a status word (`Eilmeldung – 2.
///   Fassung`, `Breaking news`).
/// - A wire note is a whole line of the lexicon's notes (`Weitere Informationen folgen.`, `More to follow`).
/// - A sign-off is a line of letter codes joined by `/` with perhaps a time stamp (`xyz/ab/cd`,
///   `xyz ab/cd 140620 May 26`).
package struct WireLineDetector: Sendable {
    private let cues: BoilerplateCues

    /// A detector over the status words and wire notes of `cues`.
    package init(cues: BoilerplateCues = .shared) {
        self.cues = cues
    }

    /// Whether a line is an edition status (`Eilmeldung – 2. Fassung`, `Update`): at most five words,
    /// one a status word of the lexicon, no sentence end.
    package func isStatusLine(_ shape: LineShape) -> Bool {
        guard shape.wordCount <= 5, !shape.endsClause else { return false }
        let key = shape.lowered
        return cues.status.contains { key.containsPhrase($0) }
    }

    /// Whether a line is a wire note that ends or heads an agency story (`Weitere Informationen
    /// folgen.`, `More to follow`): the whole line is a wire-note phrase of the lexicon.
    package func isWireNote(_ shape: LineShape) -> Bool {
        shape.wordCount <= 6 && cues.wireNotes.contains(shape.key)
    }

    /// Whether a line is an agency's sign-off code (`xyz/ab/cd`, `xyz ab/cd 140620 Apr 26`): at most
    /// seven words, one of them letter codes joined by `/` (each one to four lower-case letters), the
    /// others short lower-case codes, numbers or three-letter month abbreviations.
    package func isSignOff(_ shape: LineShape) -> Bool {
        guard !shape.isBullet, shape.wordCount <= 7, !shape.endsSentence else { return false }
        var hasSlashCode = false
        for word in shape.content.split(separator: " ") {
            let parts = word.split(separator: "/", omittingEmptySubsequences: false)
            if parts.count >= 2,
                parts.allSatisfy({ (1...4).contains($0.count) && $0.allSatisfy { $0.isLetter && $0.isLowercase } })
            {
                hasSlashCode = true
            } else if word.allSatisfy(\.isNumber) {
                continue
            } else if word.count <= 5, word.allSatisfy({ $0.isLetter && $0.isLowercase }) {
                continue
            } else if word.count == 3, word.first?.isUppercase == true, word.dropFirst().allSatisfy(\.isLowercase) {
                continue
            } else {
                return false
            }
        }
        return hasSlashCode
    }
}
