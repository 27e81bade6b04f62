import Foundation
import ParallaxModel

/// The publisher speaking of itself in the first person plural (round 20).
///
/// Press releases and adverts of associations, firms, law offices and ministries speak for their sender in the first
/// person plural: `Wir vertreten bereits mehr als 400 Geschädigte`, `Seit 2020 haben wir 64 Kilometer Leitungen erneuert`,
/// `We have deployed 300 soldiers`. Every writer whose split has such a release gives those figures the sender as source
/// (dev11, dev13, dev14: `hovestadt`, `vkh`, `brendel & ohmsted`, `wos`), as they do for the release's cues of its own
/// reckoning (`nach unserer Berechnung`, round 19's `@outlet` rows). The subject pronoun is the mark: a possessive alone is
/// not, since blogs and tabloids speak for a community with it (`unsere Bauern`, `in unser Land`, `our woods`, labelled no
/// source by dev8, dev12, dev14). A sentence with no cue of its own whose words outside quotation marks hold `wir`/`we`
/// (`publisher-we` rows of `function-words.txt`) now has the publisher as source (the `@outlet` label, so none without a
/// publisher). Words inside a quotation — marks in the sentence, or a quotation the paragraph opened and has not closed —
/// are the quoted speaker's. Only a release speaks so for its publisher: an article whose dateline block opens with a genre
/// label (`PRESSEMITTEILUNG`, `ANZEIGE`, `PRESS RELEASE`; `release-label` rows of `function-words.txt`). In news, a `wir`
/// outside quotation marks is a speaker's whose marks the text lost (10kGNAD prints none: `Wir haben vier Springerinnen …`,
/// `sagte Ferri`), never the outlet's: on the 10kGNAD study copy the rule without this condition reached 20 such sentences.
extension ClaimExtractor {
    /// Genre labels that open a release's dateline block, per language: `release-label` rows of `function-words.txt`.
    static let releaseLabels: Set<String> = functionWordRows("release-label")

    /// Whether the article is its publisher's own release: it has a publisher (or a sender its closing note names,
    /// ``releaseSender(_:)``), and a removed metadata block (the dateline)
    /// whose first line, or the part of it after a dash, is a genre label (`Spendenwacht e.V. – Pressemitteilung`).
    /// - Complexity: O(removed blocks), once per article.
    static func isOwnRelease(_ article: Article) -> Bool {
        guard article.publisher != nil else { return releaseSender(article) != nil }
        return hasReleaseLabel(article)
    }

    /// The subject pronouns of the first person plural per language: `publisher-we` rows of `function-words.txt`.
    static let publisherPronouns: [String: Set<String>] = Dictionary(
        uniqueKeysWithValues: LexiconFile.languages.map { language in
            (language, Set(LexiconFile.functionWords(language: language)
                .filter { $0[0] == "publisher-we" && $0.count > 1 }.map { $0[1] }))
        })

    /// Quotation marks of every language, straight and typographic.
    static let quotationMarks: Set<String> = ["\"", "„", "“", "”", "«", "»", "‚", "‘", "’"]

    /// The first-person plural subject pronoun (as written) in the writer's words of a sentence, or nil: outside
    /// quotation marks (the count of marks before it even) and not in a sentence the paragraph's open quotation holds.
    /// - Parameters:
    ///   - tokens: the sentence's tokens.
    ///   - language: the article's language.
    ///   - before: the sentences of the same paragraph before this one, read only when the pronoun is found.
    /// - Complexity: O(tokens) of the sentence; the paragraph's earlier sentences only when a pronoun stands in it.
    static func publisherPronoun(in tokens: [ClaimToken], language: String, before: () -> [TokenizedSentence]) -> String? {
        guard let pronouns = publisherPronouns[language], !pronouns.isEmpty else { return nil }
        var marks = 0
        var found: String?
        for token in tokens {
            if token.kind != .word {
                if quotationMarks.contains(token.text) { marks += 1 }
                continue
            }
            if marks % 2 == 0, pronouns.contains(token.lower) {
                found = token.text
                break
            }
        }
        guard let found else { return nil }
        // `„Wir stehen bereit. Wir haben 20 … angeboten.“`: a quotation opened earlier in the paragraph and not closed.
        let earlier = before().reduce(0) { count, sentence in
            count + sentence.tokens.reduce(0) { $0 + (quotationMarks.contains($1.text) ? 1 : 0) }
        }
        return earlier % 2 == 0 ? found : nil
    }
}
