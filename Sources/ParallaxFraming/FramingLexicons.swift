import Foundation

/// The lexicons of every bundled language, loaded once per process.
package struct FramingLexicons: Sendable {
    /// Lexicons by ISO 639-1 code.
    package var byLanguage: [String: FramingLexicon]

    /// Creates the set from loaded lexicons.
    package init(byLanguage: [String: FramingLexicon]) {
        self.byLanguage = byLanguage
    }

    /// The bundled lexicons, loaded on first use.
    package static let bundled: Result<FramingLexicons, FramingLexiconError> = {
        guard let root = Bundle.module.url(forResource: "Lexicons", withExtension: nil) else {
            return .failure(.missingLexicons)
        }
        do throws(FramingLexiconError) {
            return .success(FramingLexicons(byLanguage: try FramingLexicon.loadAll(from: root)))
        } catch {
            return .failure(error)
        }
    }()

    /// The lexicon for `language`; when the article does not name a bundled language, the one whose
    /// function words occur most often in `sample`, else an empty lexicon.
    package func lexicon(for language: String, sample: @autoclosure () -> TokenizedText) -> FramingLexicon {
        if let lexicon = byLanguage[language] { return lexicon }
        var best: (hits: Int, lexicon: FramingLexicon)?
        let sample = sample()
        for code in byLanguage.keys.sorted() {
            guard let lexicon = byLanguage[code] else { continue }
            let hits = lexicon.functionWords.matches(in: sample).count
            if hits > (best?.hits ?? 0) { best = (hits, lexicon) }
        }
        return best?.lexicon ?? .empty(language: language)
    }
}
