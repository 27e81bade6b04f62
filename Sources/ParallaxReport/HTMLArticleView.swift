import Foundation
import ParallaxModel

/// One article in the HTML report: its body sentence by sentence, loaded terms highlighted and opinion
/// sentences marked, each with its reason on hover and as a numbered note for print and phones.
struct HTMLArticleView {
    var article: Article

    var html: String {
        var notes: [String] = []
        let lang = article.language == "und" ? "" : " lang=\"\(article.language.htmlEscaped)\""
        var out = "<article id=\"\(article.id.htmlEscaped)\"\(lang)><h3>\(article.id.htmlEscaped): \((article.title ?? article.input).htmlEscaped)</h3>\n"
        var meta = [article.publisher ?? "unknown outlet", article.published ?? "no date", article.language]
        if !article.authors.isEmpty { meta.append("by " + article.authors.joined(separator: ", ")) }
        out += "<p class=\"meta\">\(meta.joined(separator: " · ").htmlEscaped)</p>\n"
        let framing = article.framing
        var profile = "Opinion share \(Int((framing.opinionShare * 100).rounded())) %, attributed claims \(Int((framing.attributedShare * 100).rounded())) %"
        if framing.sensationalHeadline { profile += ", sensational headline: \(framing.headlineWhy ?? "")" }
        out += "<p class=\"meta\">\(profile.htmlEscaped)</p>\n<div class=\"article-body\">"
        var paragraph = -1
        var open = false
        for sentence in article.sentences {
            if sentence.paragraph != paragraph {
                if open { out += "</p>\n" }
                open = false
                paragraph = sentence.paragraph
                if sentence.role != .heading {
                    out += "<p>"
                    open = true
                }
            }
            let terms = framing.loaded.filter { $0.sentence == sentence.id }
            let body = highlighted(sentence.text, terms: terms, notes: &notes)
            switch sentence.role {
            case .heading: out += "<h4>\(body)</h4>"
            case .opinion:
                notes.append("opinion: " + (sentence.why ?? "the writer's own evaluation"))
                out += "<span class=\"opinion\" title=\"\((sentence.why ?? "opinion").htmlEscaped)\">\(body)</span><sup>\(notes.count)</sup> "
            case .quote: out += "<span class=\"quote\">\(body)</span> "
            case .reporting: out += body + " "
            }
        }
        if open { out += "</p>" }
        out += "</div>\n"
        if !notes.isEmpty {
            out += "<ol class=\"notes\">" + notes.map { "<li>\($0.htmlEscaped)</li>" }.joined() + "</ol>\n"
        }
        return out + "</article>\n"
    }

    /// The sentence with each loaded term wrapped in `<mark>`; text escaped piece by piece. Terms are
    /// marked in the order they stand in the sentence, whatever order the framing lists them in.
    private func highlighted(_ text: String, terms: [Framing.LoadedTerm], notes: inout [String]) -> String {
        var out = ""
        var rest = Substring(text)
        var pending = terms.filter { !$0.text.isEmpty }
        while let (index, range) = nextTerm(in: rest, among: pending) {
            let term = pending.remove(at: index)
            out += String(rest[..<range.lowerBound]).htmlEscaped
            notes.append("“\(term.text)”: \(term.why)")
            let kind = term.usage == nil || term.usage == "used" ? "loaded" : "reported"
            out += "<mark class=\"\(kind)\" title=\"\(term.why.htmlEscaped)\">\(term.text.htmlEscaped)</mark><sup>\(notes.count)</sup>"
            rest = rest[range.upperBound...]
        }
        return out + String(rest).htmlEscaped
    }

    /// The pending term that occurs first in `text`, with its range; the earlier-listed term on a tie.
    private func nextTerm(
        in text: Substring, among terms: [Framing.LoadedTerm]
    ) -> (index: Int, range: Range<Substring.Index>)? {
        var best: (index: Int, range: Range<Substring.Index>)?
        for (index, term) in terms.enumerated() {
            guard let range = text.range(of: term.text) else { continue }
            if let current = best, current.range.lowerBound <= range.lowerBound { continue }
            best = (index, range)
        }
        return best
    }
}
