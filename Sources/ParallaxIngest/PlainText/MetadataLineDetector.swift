import Foundation

/// Finds lines about the article rather than of it: photo credits and reading-time notes.
///
/// - A photo credit is a line led by a photo label and `:` (`Foto: Jana Probe/dpa`,
///   `Photograph: Sam Sample/Agency`) of at most twelve words, or a caption line that ends with such
///   a credit of at most five words (`Crews at the pier. Photo: Sam Sample`).
/// - A reading-time note is a line of at most six words with a number and a reading-time phrase
///   (`4 min read`, `Lesezeit: 3 Minuten`).
package struct MetadataLineDetector: Sendable {
    private let cues: BoilerplateCues

    /// A detector over the photo labels and reading-time phrases of `cues`.
    package init(cues: BoilerplateCues = .shared) {
        self.cues = cues
    }

    /// The verdict for `shape`, or `nil` when it is neither a photo credit nor a reading-time note.
    package func verdict(_ shape: LineShape) -> BoilerplateVerdict? {
        let key = shape.lowered
        if shape.wordCount <= 6, shape.content.contains(where: \.isNumber),
            cues.readingTime.contains(where: { key.containsPhrase($0) })
        {
            return .readingTime
        }
        if shape.wordCount <= 12, cues.photo.contains(where: { key.hasPrefix($0 + ":") }) { return .photoCredit }
        return endsWithPhotoCredit(key) ? .photoCredit : nil
    }

    /// Whether lower-cased `key` ends with `label: credit` of at most five words after a sentence.
    private func endsWithPhotoCredit(_ key: String) -> Bool {
        // A credit of at most five words sits in the last stretch of the line: only that stretch is
        // scanned, for `. label:` or `(label:` openers, so long paragraphs cost no more than short lines.
        let tail = Substring(key.suffix(160))
        var index = tail.endIndex
        while index > tail.startIndex {
            index = tail.index(before: index)
            let character = tail[index]
            let afterOpener: Substring.Index
            if character == "(" {
                afterOpener = tail.index(after: index)
            } else if character == ".", tail.index(after: index) < tail.endIndex, tail[tail.index(after: index)] == " " {
                afterOpener = tail.index(index, offsetBy: 2)
            } else {
                continue
            }
            let rest = tail[afterOpener...]
            for label in cues.photo where rest.hasPrefix(label + ":") {
                let credit = rest.dropFirst(label.count + 1).split(separator: " ")
                if !credit.isEmpty, credit.count <= 5 { return true }
            }
        }
        return false
    }
}
