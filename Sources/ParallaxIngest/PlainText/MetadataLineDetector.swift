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
        for label in cues.photo {
            for opener in [". " + label + ":", "(" + label + ":"] {
                guard let range = key.range(of: opener, options: .backwards) else { continue }
                let credit = key[range.upperBound...].split(separator: " ")
                if !credit.isEmpty, credit.count <= 5 { return true }
            }
        }
        return false
    }
}
