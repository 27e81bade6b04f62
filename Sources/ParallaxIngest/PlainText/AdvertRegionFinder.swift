import ParallaxModel

/// Finds advert blocks in plain text: regions of short lines around advert cues and event times.
///
/// A signal is a line holding an advert cue (`Webinar`, `Jetzt anmelden`, `Seien Sie dabei`) or a date
/// with a time (`23.04.2025 • 19:00 Uhr`, an event's schedule). From each signal the region grows over
/// neighbouring lines that are short (at most eight words) or hold a cue, and stops at the first long
/// line without a cue or at furniture already found; one long line followed by short lines that lead to a
/// signal is bridged. A region is an advert when it holds two signals,
/// at least one of them on a short line, or when a line is nothing but a cue (`Anzeige`) or a short
/// line led by a cue of several words.
package struct AdvertRegionFinder: Sendable {
    private let cues: [String]
    private let matcher: CueMatcher
    private let speakerWords: [String]
    private let dates: PublicationDateParser
    private static let shortLineWords = 8
    private static let shortSignalWords = 14

    /// A finder over the advert `cues`.
    package init(
        cues: [String], matcher: CueMatcher? = nil, speakerWords: [String] = [], dates: PublicationDateParser
    ) {
        self.cues = cues
        self.matcher = matcher ?? CueMatcher(cues)
        self.speakerWords = speakerWords
        self.dates = dates
    }

    /// Marks the advert regions of `lines` in `verdicts`, leaving lines that already have a verdict.
    package func mark(_ lines: [TextLine], _ verdicts: inout [BoilerplateVerdict?]) {
        // Lines already found to be adverts or promotion join a region and count as its signals.
        let advertised = verdicts.map { $0?.kind == .advertisement }
        let signals = lines.indices.map { advertised[$0] || isSignal(lines[$0].shape) }
        func isOpen(_ line: Int) -> Bool { verdicts[line] == nil || advertised[line] }
        var index = 0
        while index < lines.count {
            guard verdicts[index] == nil, signals[index] else {
                index += 1
                continue
            }
            var start = index
            while start > 0, isOpen(start - 1), belongs(lines[start - 1].shape, signal: signals[start - 1]) {
                start -= 1
            }
            var end = index + 1
            var bridged = false
            while end < lines.count, isOpen(end) {
                if belongs(lines[end].shape, signal: signals[end]) {
                    end += 1
                } else if !bridged, let next = signalAfter(end + 1, lines, signals, isOpen) {
                    // One long line before more of the region (the pitch of a webinar advert between its
                    // date line and its speakers and sign-up line) is part of it.
                    bridged = true
                    end = next
                } else {
                    break
                }
            }
            let region = start..<end
            let signalCount = region.filter { signals[$0] }.count
            let shortSignal = region.contains { signals[$0] && lines[$0].shape.wordCount <= Self.shortSignalWords }
            let bareCue = region.contains { isBareCue(lines[$0].shape) }
            if (signalCount >= 2 && shortSignal) || bareCue {
                for line in region where verdicts[line] == nil { verdicts[line] = .advert }
            }
            index = end
        }
    }

    /// The index just past the first signal reached from `start` over lines that belong to a region
    /// (short lines or signals), or `nil` when a long line without a signal comes first.
    private func signalAfter(
        _ start: Int, _ lines: [TextLine], _ signals: [Bool], _ isOpen: (Int) -> Bool
    ) -> Int? {
        var index = start
        while index < lines.count, isOpen(index), belongs(lines[index].shape, signal: signals[index]) {
            if signals[index] { return index + 1 }
            index += 1
        }
        return nil
    }

    /// Whether a line is nothing but a cue (`Anzeige`), or a short line led by a cue of several words
    /// (`Jetzt anmelden und sparen`).
    private func isBareCue(_ shape: LineShape) -> Bool {
        let key = shape.key
        return cues.contains { cue in
            key == cue || (shape.wordCount <= 6 && cue.contains(" ") && key.hasPrefix(cue + " "))
        }
    }

    /// Whether a line lists an event's speakers: led by a speaker word (`Mit`, `With`), with each
    /// person's affiliation in brackets (`Mit Dr. Sam Sample (Example Ltd) und …`), no sentence end.
    private func isSpeakerLine(_ shape: LineShape) -> Bool {
        guard shape.wordCount <= 24, !shape.endsSentence, shape.content.contains("("),
            let first = shape.lowered.split(separator: " ").first
        else { return false }
        return speakerWords.contains(String(first.filter(\.isLetter)))
            && shape.content.split(separator: " ").dropFirst().first?.first?.isUppercase == true
    }

    private func belongs(_ shape: LineShape, signal: Bool) -> Bool {
        signal || shape.wordCount <= Self.shortLineWords
    }

    private func isSignal(_ shape: LineShape) -> Bool {
        let key = shape.lowered
        if matcher.matches(key) || isSpeakerLine(shape) { return true }
        guard shape.wordCount <= Self.shortSignalWords, shape.content.contains(where: \.isNumber),
            let reading = dates.read(shape.content)
        else { return false }
        return reading.date != nil && reading.time != nil
    }
}
