import Foundation
import ParallaxModel

/// Puts a verdict into one or two plain English sentences that name the values, qualifiers, times and
/// sources.
///
/// Parties and statements read as the English brief writes them (round 34): "according to South Korean intelligence",
/// "Denied by Ukraine", "North Korea sent troops to Russia (a1)" — no longer the claims' lower-case labels ("according to
/// south korean intelligence") and bare subject–predicate–object triples ("north korea deployed russia"). `names` is
/// the English brief writer prepared for the story (``BriefWriter/prepared(for:)``), so a label an article writes with
/// an inner capital keeps it (`VKB`).
struct ExplanationWriter: Sendable {
    var names = BriefWriter(language: "en")
    private let phrase = QuantityPhrase(lexicon: ReconcileLexicon.forLanguage("en"), language: "en")

    func explain(_ verdict: GroupVerdict, group: [ClaimFacts]) -> String {
        switch verdict.status {
        case .singleSource:
            let articles = Set(group.map(\.article.id)).sorted()
            return "Only \(articles.joined(separator: ", ")) reports this: " + describeAll(group) + "."
        case .agreed:
            if group.first?.claim.kind == .statement {
                return "\(Set(group.map(\.article.id)).count) articles make this statement: " + describeAll(group) + "."
            }
            return "The figures agree within their qualifiers: " + describeAll(group) + "."
        case .compatible:
            return "The figures differ but need not contradict each other: " + reasons(verdict).joined(separator: "; ")
                + ". " + remainder(verdict, group: group)
        case .conflicting:
            var text = ""
            if let (left, right) = verdict.conflict {
                text = "\(describe(left, dated: true)) and \(describe(right, dated: true)) cannot both be true as stated."
            }
            let explained = reasons(verdict)
            if !explained.isEmpty { text += " Explained: " + explained.joined(separator: "; ") + "." }
            return text
        case .disputed:
            let asserted = describeAll(verdict.assertions)
            let named = Set(verdict.denials.compactMap(party)).map(names.displayName(of:))
            let deniers = named.isEmpty ? "a party" : named.sorted().joined(separator: ", ")
            let denialArticles = Set(verdict.denials.map(\.article.id)).sorted().joined(separator: ", ")
            if asserted.isEmpty {
                // A sentence opens with a capital, also where a display name is lower case ("critics deny this").
                let opening = deniers.prefix(1).uppercased() + deniers.dropFirst()
                return "\(opening) denies this (\(denialArticles)); no article in the story asserts it on its own."
            }
            return "Asserted: \(asserted). Denied by \(deniers) (reported in \(denialArticles))."
        }
    }

    private func reasons(_ verdict: GroupVerdict) -> [String] {
        var reasons: [String] = []
        // Two figures of one article that add up to a total explain each other: "6,500 plus the further
        // 1,500" is said once, not again as "1,500 plus the further 6,500", nor again for the same figures
        // in the article's headline.
        var explainedSums: Set<[String]> = []
        for (part, addition, total) in verdict.parts {
            let sum = [part.article.id, total.article.id, value(total)] + [value(part), value(addition)].sorted()
            guard explainedSums.insert(sum).inserted else { continue }
            reasons.append(
                "\(describe(part)) plus the further \(value(addition)) reported in \(addition.article.id) makes "
                    + "\(value(total)) in total, as \(total.article.id) gives")
        }
        for fact in verdict.earlier {
            if let risen = verdict.risenFrom[fact.claim.id] {
                reasons.append("\(describe(fact)) is the earlier count \(risen.article.id) says rose to \(value(risen))")
                continue
            }
            reasons.append("\(describe(fact)) is an earlier figure" + earlierDays(fact, latestStartDay: verdict.latestStartDay))
        }
        for fact in verdict.looser {
            reasons.append("\(describe(fact)) is a looser figure that allows the others")
        }
        for fact in verdict.further {
            reasons.append("\(describe(fact)) is a further batch beside the totals")
        }
        for fact in verdict.otherMeasures {
            let topic = names.topicPhrase(measure: fact.claim.measure, unit: fact.claim.quantity?.unit)
            reasons.append("\(describe(fact)) counts another measure (\(topic))")
        }
        return reasons
    }

    /// The days that make a figure earlier: the day it refers to when its description names none (its article's
    /// publication day when the claim states no time) and the day the latest figures start — " (published
    /// 2027-06-06, before the figures of 2027-06-09)". Empty when no figure of the group is dated.
    private func earlierDays(_ fact: ClaimFacts, latestStartDay: Int?) -> String {
        guard let latest = latestStartDay.map(DayNumber.iso) else { return "" }
        guard let day = fact.referenceDay.map(DayNumber.iso) else { return " (before the figures of \(latest))" }
        if fact.claim.time?.end == nil { return " (published \(day), before the figures of \(latest))" }
        if fact.claim.time?.start == nil { return " (of \(day), before the figures of \(latest))" }
        return " (before the figures of \(latest))"
    }

    private func remainder(_ verdict: GroupVerdict, group: [ClaimFacts]) -> String {
        let explained = Set(
            verdict.parts.map(\.part.claim.id) + verdict.earlier.map(\.claim.id) + verdict.looser.map(\.claim.id)
                + verdict.further.map(\.claim.id) + verdict.otherMeasures.map(\.claim.id))
        let rest = group.filter { !explained.contains($0.claim.id) }
        guard !rest.isEmpty else { return "" }
        return "The other figures agree: " + describeAll(rest) + "."
    }

    /// Many claims at once: one entry per distinct value, with the articles (and their sources) giving it;
    /// at most six values and four articles each are named, the rest counted.
    func describeAll(_ facts: [ClaimFacts]) -> String {
        var order: [String] = []
        var givers: [String: [String]] = [:]
        var named: Set<[String]> = []  // a figure an article gives twice (headline and body) is named once
        for fact in facts {
            let key = fact.claim.kind == .statement ? statementText(fact) : value(fact)
            if givers[key] == nil { order.append(key) }
            let giver = details(fact).joined(separator: ", ")
            if named.insert([key, giver]).inserted { givers[key, default: []].append(giver) }
        }
        var parts = order.prefix(6).map { key -> String in
            let entries = givers[key]!
            let named = entries.prefix(4).joined(separator: "; ")
            let more = entries.count > 4 ? "; and \(entries.count - 4) more articles" : ""
            return "\(key) (\(named)\(more))"
        }
        if order.count > 6 { parts.append("and \(order.count - 6) other figures") }
        return parts.joined(separator: "; ")
    }

    /// "about 14,000 soldiers (a1, according to south korea, 2024-10-01 to 2025-04-28)". With `dated`, a claim that
    /// states no time names the day it is judged by instead — its article's publication day ("9 people (a12,
    /// published 2027-09-02)") — as the two figures of a conflict do: whether one is an earlier figure rests on it.
    func describe(_ fact: ClaimFacts, dated: Bool = false) -> String {
        let key = fact.claim.kind == .statement ? statementText(fact) : value(fact)
        var details = details(fact)
        if dated, fact.claim.time?.start == nil, let day = fact.referenceDay.map(DayNumber.iso) {
            details.append(fact.claim.time?.end == nil ? "published \(day)" : day)
        }
        return "\(key) (\(details.joined(separator: ", ")))"
    }

    private func statementText(_ fact: ClaimFacts) -> String {
        guard let statement = fact.claim.statement else { return fact.claim.text }
        // An act no predicate names is shown in the report's words (its clause, round 28).
        if statement.predicate == Claim.Statement.unnamedAct { return Self.quoted(fact.claim.text) }
        // So is a charge read from its frame alone (`soll … kassiert haben`, `alleges that …`; round 31), whose subject is the
        // accused, not the accuser a bare accusation names.
        if let why = fact.claim.attribution?.why, why.hasPrefix("hearsay") || why.hasPrefix("charge") { return Self.quoted(fact.claim.text) }
        // An act of saying (`said`, `announced`, `confirmed`: ``ReconcileLexicon/propositionalActs``) has something said
        // as its object, which a statement names by a label ("North Korea announced the Kursk region"): the report's own
        // words say what was said (round 34), as the brief, which states no such act, leaves it to the claim matrix.
        if ClaimGrouper.isSpeech(statement.predicate) || ReconcileLexicon.propositionalActs.contains(statement.predicate) {
            return Self.quoted(fact.claim.text)
        }
        // A statement reads as the brief's proposition ("North Korea sent troops to Russia", "the Kursk region was
        // recaptured"); one without a doer and a passive, or without an object, keeps its parts in order, each party by
        // its display name.
        if statement.object != nil, let proposition = names.proposition(of: statement) { return proposition }
        let parts = [statement.subject.map(names.displayName(of:)), statement.predicate, statement.object.map(names.displayName(of:))]
        return parts.compactMap { $0 }.joined(separator: " ")
    }

    /// A report's words in quotation marks, unless they stand in their own already (a quotation's claim text:
    /// `"Wir werden …"`, `„Operationen zur Befreiung …“`), which would read doubled.
    static func quoted(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let first = trimmed.first, let last = trimmed.last, trimmed.count > 1, quotationMarks.contains(first),
            quotationMarks.contains(last)
        {
            return trimmed
        }
        return "“\(text)”"
    }

    /// The marks that open or close a quotation, made once.
    private static let quotationMarks: Set<Character> = ["\"", "'", "„", "“", "”", "‚", "‘", "’", "«", "»", "‹", "›"]

    /// Article id, source and time of a claim.
    private func details(_ fact: ClaimFacts) -> [String] {
        var details = [fact.article.id]
        if let source = fact.claim.attribution?.source {
            details.append("according to \(names.displayName(of: source))")
        } else if fact.claim.attribution != nil {
            details.append("attributed without a named source")
        }
        if let time = fact.claim.time, let start = time.start {
            details.append(time.end.map { $0 == start ? start : "\(start) to \($0)" } ?? "from \(start)")
        }
        return details
    }

    private func value(_ fact: ClaimFacts) -> String {
        fact.claim.quantity.map(phrase.phrase) ?? fact.claim.text
    }

    /// The label of the party a denial names, if any.
    private func party(_ fact: ClaimFacts) -> String? {
        fact.claim.statement?.deniedBy ?? fact.claim.attribution?.source ?? fact.claim.subject
    }
}
