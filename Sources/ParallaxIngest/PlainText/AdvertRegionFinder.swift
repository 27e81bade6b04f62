/// Finds advert blocks in plain text: regions of short lines around advert cues and event times.
///
/// A signal is a line holding an advert cue (`Webinar`, `Jetzt anmelden`, `Seien Sie dabei`) or a date
/// with a time (`23.04.2025 • 19:00 Uhr`, an event's schedule). From each signal the region grows over
/// neighbouring lines that are short (at most eight words) or hold a cue, and stops at the first long
/// line without a cue or at furniture already found. A region is an advert when it holds two signals,
/// at least one of them on a short line, or when a line is nothing but a cue (`Anzeige`).
package struct AdvertRegionFinder: Sendable {
    private let cues: [String]
    private let dates: PublicationDateParser
    private static let shortLineWords = 8
    private static let shortSignalWords = 14

    /// A finder over the advert `cues`.
    package init(cues: [String], dates: PublicationDateParser) {
        self.cues = cues
        self.dates = dates
    }

    /// Marks the advert regions of `lines` in `verdicts`, leaving lines that already have a verdict.
    package func mark(_ lines: [TextLine], _ verdicts: inout [BoilerplateVerdict?]) {
        let signals = lines.map { isSignal($0.shape) }
        var index = 0
        while index < lines.count {
            guard verdicts[index] == nil, signals[index] else {
                index += 1
                continue
            }
            var start = index
            while start > 0, verdicts[start - 1] == nil, belongs(lines[start - 1].shape, signal: signals[start - 1]) {
                start -= 1
            }
            var end = index + 1
            while end < lines.count, verdicts[end] == nil, belongs(lines[end].shape, signal: signals[end]) {
                end += 1
            }
            let region = start..<end
            let signalCount = region.filter { signals[$0] }.count
            let shortSignal = region.contains { signals[$0] && lines[$0].shape.wordCount <= Self.shortSignalWords }
            let bareCue = region.contains { cues.contains(lines[$0].shape.key) }
            if (signalCount >= 2 && shortSignal) || bareCue {
                for line in region { verdicts[line] = .advert }
            }
            index = end
        }
    }

    private func belongs(_ shape: LineShape, signal: Bool) -> Bool {
        signal || shape.wordCount <= Self.shortLineWords
    }

    private func isSignal(_ shape: LineShape) -> Bool {
        let key = shape.content.lowercased()
        if cues.contains(where: { key.containsPhrase($0) }) { return true }
        guard shape.wordCount <= Self.shortSignalWords, shape.content.contains(where: \.isNumber),
            let reading = dates.read(shape.content)
        else { return false }
        return reading.date != nil && reading.time != nil
    }
}
