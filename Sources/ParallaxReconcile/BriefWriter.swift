import Foundation
import ParallaxModel

/// A judged group, ready for the brief.
struct JudgedGroup: Sendable {
    var id: String
    var facts: [ClaimFacts]
    var verdict: GroupVerdict
}

/// Writes the neutral brief of one story from its judged groups.
///
/// Every sentence cites the articles whose claims it uses, every number in it is one of those claims'
/// numbers, and its words come from the language's templates (`brief.tsv`) and display names — never from
/// an article's evaluative wording. The output depends only on the input, so runs are reproducible.
struct BriefWriter: Sendable {
    var language: String
    /// At most this many single-source figures are named, the rest are left to the claim matrix.
    var singleSourceLimit = 4
    /// How the story's articles write the party labels whose casing is not each word capitalised (`VKB`), set by
    /// ``brief(story:articles:groups:)`` for its story (``writtenForms(of:)``).
    var writtenForms: [String: String] = [:]

    private var lexicon: ReconcileLexicon { ReconcileLexicon.forLanguage(language) }
    private var phrase: QuantityPhrase { QuantityPhrase(lexicon: lexicon, language: language) }

    func brief(story: Story, articles: [String: Article], groups: [JudgedGroup]) -> [BriefSentence] {
        prepared(for: groups).sentences(story: story, articles: articles, groups: groups)
    }

    /// This writer with the written forms of the party labels of one story's groups (``writtenForms(of:)``): what
    /// ``displayName(of:)`` needs to write `VKB` rather than `Vkb`.
    func prepared(for groups: [JudgedGroup]) -> BriefWriter {
        var writer = self
        writer.writtenForms = Self.writtenForms(of: partyTexts(groups))
        return writer
    }

    /// For each party label of the groups (a source, a subject, a statement's doer, object or denier) not listed
    /// among the display names, the titles and bodies of the first `articleLimit` articles whose claims name it.
    private func partyTexts(_ groups: [JudgedGroup], articleLimit: Int = 4) -> [String: [String]] {
        let listed = lexicon.display["party"] ?? [:]
        var articles: [String: [String]] = [:]
        var texts: [String: [String]] = [:]
        for group in groups {
            for fact in group.facts {
                let claim = fact.claim
                let labels = [claim.attribution?.source, claim.subject, claim.statement?.subject, claim.statement?.object,
                    claim.statement?.deniedBy].compactMap { $0 }
                for label in labels where listed[label] == nil {
                    let named = articles[label, default: []]
                    guard named.count < articleLimit, !named.contains(fact.article.id) else { continue }
                    articles[label, default: []].append(fact.article.id)
                    texts[label, default: []] += [fact.article.title ?? "", fact.article.body]
                }
            }
        }
        return texts
    }

    private func sentences(story: Story, articles: [String: Article], groups: [JudgedGroup]) -> [BriefSentence] {
        var sentences: [BriefSentence] = []
        let outlets = orderedUnique(story.articles.compactMap { articles[$0]?.publisher })
        if !outlets.isEmpty {
            let someUnnamed = story.articles.contains { articles[$0]?.publisher == nil }
            let text = someUnnamed
                ? lexicon.fill("overviewMixed", ["outlets": list(outlets), "unknown": lexicon.fill("unknownOutlets", [:])])
                : lexicon.fill("overview", ["outlets": list(outlets)])
            sentences.append(sentence(story, text, cites: story.articles, group: nil))
        }
        let order: [ClaimGroup.Status] = [.disputed, .conflicting, .compatible, .agreed, .singleSource]
        var singleSources = 0
        for status in order {
            for group in groups where group.verdict.status == status {
                if status == .singleSource {
                    guard singleSources < singleSourceLimit, isBriefWorthy(group) else { continue }
                    singleSources += 1
                }
                if let text = text(for: group, articles: articles) {
                    sentences.append(sentence(story, text, cites: cites(group), group: group.id))
                }
            }
        }
        return sentences
    }

    private func text(for group: JudgedGroup, articles: [String: Article]) -> String? {
        let facts = group.facts
        guard let first = facts.first else { return nil }
        if first.claim.kind == .statement || group.verdict.status == .disputed {
            return statementText(group, articles: articles)
        }
        let values = valueList(facts)
        let topic = topicPhrase(facts.first { $0.scope != .additional } ?? first, unit: Self.statedUnit(of: facts))
        switch group.verdict.status {
        case .agreed: return lexicon.fill("agreed", ["topic": topic, "values": values])
        case .conflicting:
            let text = lexicon.fill("conflicting", ["topic": topic, "values": values])
            guard !group.verdict.parts.isEmpty || !group.verdict.earlier.isEmpty else { return text }
            return String(text.dropLast()) + "; " + reasons(group.verdict) + "."
        case .compatible:
            return lexicon.fill("compatible", ["topic": topic, "values": values, "reason": reasons(group.verdict)])
        case .singleSource:
            let publisher = articles[first.article.id]?.publisher ?? lexicon.fill("anArticle", [:])
            return lexicon.fill("singleSource", ["publisher": publisher, "topic": topic, "values": values])
        case .disputed: return nil
        }
    }

    private func statementText(_ group: JudgedGroup, articles: [String: Article]) -> String? {
        let assertions = group.facts.filter { !$0.isDenial }
        let denierLabels = orderedUnique(group.verdict.denials.map {
            $0.claim.statement?.deniedBy ?? $0.claim.attribution?.source ?? $0.claim.subject ?? ""
        }.filter { !$0.isEmpty })
        let denyingParties = orderedUnique(denierLabels.map(party))
        let deniers = list(denyingParties)
        // The verb agrees with the parties: `Iran disputes this`, `Iran and Russia dispute this`, `critics dispute this`.
        let pluralDeniers = denyingParties.count > 1 || denierLabels.contains { lexicon.pluralParties.contains($0) }
        let deny = lexicon.fill(pluralDeniers ? "denyMany" : "denyOne", [:])
        // What the assertions share: the doer and object their reports agree on (see `sharedReading`).
        let passives = lexicon.passives
        let disputed = group.verdict.status == .disputed
        guard let statement = Self.sharedReading(
            of: assertions.compactMap(\.claim.statement), doerMayBeLeftOut: { disputed && passives[$0] != nil })
        else {
            // Only a denial, of something no article of the story asserts as a statement of its own.
            guard !deniers.isEmpty, let denied = group.facts.first?.claim.statement?.object else { return nil }
            return lexicon.fill("denialOnly", ["deniers": deniers, "deny": deny, "object": denied])
        }
        guard !ClaimGrouper.isSpeech(statement.predicate), statement.object != nil,
            let proposition = proposition(of: statement)
        else { return nil }
        switch group.verdict.status {
        case .disputed:
            guard !deniers.isEmpty else { return nil }
            let asserters = orderedUnique(assertions.compactMap { $0.claim.attribution?.source }.map(party))
            var values = ["proposition": proposition, "deniers": deniers, "deny": deny]
            if asserters.isEmpty { return tidy(lexicon.fill("disputedNoSource", values)) }
            values["asserters"] = list(asserters)
            return tidy(lexicon.fill("disputed", values))
        case .singleSource:
            // A statement that names no doer is too thin for a sentence of its own unless it is disputed; an act whose
            // object is something said has a name for its object, which reads as nonsense (round 29).
            guard statement.subject != nil, !ReconcileLexicon.propositionalActs.contains(statement.predicate) else { return nil }
            let publisher = articles[group.facts[0].article.id]?.publisher ?? lexicon.fill("anArticle", [:])
            return tidy(lexicon.fill("singleSourceStatement", ["proposition": proposition, "publisher": publisher]))
        default:
            guard statement.subject != nil, !ReconcileLexicon.propositionalActs.contains(statement.predicate) else { return nil }
            return tidy(lexicon.fill("statementAgreed", ["proposition": proposition]))
        }
    }

    /// What a statement asserts, as the brief's reported speech: `Nordkorea habe Truppen nach Russland entsandt`,
    /// `westliche Geheimdienste hätten …` (the verb agrees with a plural party). An assertion that names no doer
    /// reads in the passive (`Lessow sei zurückerobert worden`, `Lessow was recaptured`), which only a disputed
    /// group's sentence uses; one whose predicate has no passive (`resigned`, `apologised`) and names no doer gives
    /// no sentence, as it would read without a subject.
    func proposition(of statement: Claim.Statement) -> String? {
        let object = statement.object.map(party) ?? ""
        let dative = statement.object.flatMap { lexicon.datives[$0] } ?? object
        func withObject(_ template: String) -> String {
            template.replacingOccurrences(of: "{object.dative}", with: dative).replacingOccurrences(of: "{object}", with: object)
        }
        guard let subject = statement.subject else { return lexicon.passives[statement.predicate].map(withObject) }
        let predicate = lexicon.word("predicate", statement.predicate)
        let clause = predicate.contains("{object")
            ? withObject(predicate) : lexicon.fill("clause", ["predicate": predicate, "object": object])
        let aux = lexicon.auxiliary(of: statement.predicate, pluralSubject: lexicon.pluralParties.contains(subject))
        return lexicon.fill("proposition", ["subject": party(subject), "aux": aux, "clause": clause])
    }

    /// Collapses the double spaces an empty slot leaves.
    private func tidy(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            .replacingOccurrences(of: " ;", with: ";").replacingOccurrences(of: " .", with: ".")
            .replacingOccurrences(of: " ,", with: ",")
    }

    /// Figures worth a sentence of their own: quantities with a unit and a measure, and statements that
    /// are not quotes.
    private func isBriefWorthy(_ group: JudgedGroup) -> Bool {
        guard let first = group.facts.first else { return false }
        if first.claim.kind == .statement {
            return first.claim.statement.map {
                !ClaimGrouper.isSpeech($0.predicate) && $0.object != nil && !ReconcileLexicon.propositionalActs.contains($0.predicate)
            } ?? false
        }
        return first.unitKey != "-" && first.measureKey != "-"
    }

    private func valueList(_ facts: [ClaimFacts]) -> String {
        var sources: [String: ValueSources] = [:]
        var order: [String] = []
        for fact in facts {
            guard let quantity = fact.claim.quantity else { continue }
            let value = phrase.phrase(quantity)
            if sources[value] == nil { order.append(value) }
            sources[value, default: ValueSources()].add(fact.claim.attribution?.source.map(party))
        }
        // A long list helps nobody: the smallest and largest figures and those most articles give are named.
        var named = order
        if order.count > 6 {
            let byValue = facts.compactMap { fact in fact.claim.quantity.map { (phrase.phrase($0), $0.representativeValue ?? 0) } }
            let extremes = [byValue.min { $0.1 < $1.1 }?.0, byValue.max { $0.1 < $1.1 }?.0].compactMap { $0 }
            let counts = Dictionary(grouping: byValue.map(\.0), by: { $0 }).mapValues(\.count)
            let common = order.sorted { counts[$0, default: 0] > counts[$1, default: 0] }.prefix(4)
            named = order.filter { extremes.contains($0) || common.contains($0) }
        }
        return named.map { "\($0) (\(sources[$0]!.phrase(lexicon)))" }.joined(separator: ", ")
    }

    /// Who gives one value: the named sources in the order the articles give them, and whether some article
    /// gives it without one. Named sources come first ("according to the police; also with no source
    /// named"), so a value never reads as both unsourced and sourced at once.
    private struct ValueSources {
        var named: [String] = []
        var unattributed = false

        mutating func add(_ source: String?) {
            guard let source else { unattributed = true; return }
            if !named.contains(source) { named.append(source) }
        }

        func phrase(_ lexicon: ReconcileLexicon) -> String {
            var parts = named.prefix(3).map { lexicon.fill("according", ["source": $0]) }
            if unattributed {
                parts.append(lexicon.fill(parts.isEmpty ? "unattributed" : "alsoUnattributed", [:]))
            }
            return parts.joined(separator: "; ")
        }
    }

    private func reasons(_ verdict: GroupVerdict) -> String {
        var parts: [String] = []
        for (part, addition, total) in verdict.parts {
            parts.append(
                lexicon.fill("reasonPart", [
                    "part": value(part), "addition": value(addition), "total": value(total),
                ]))
        }
        for fact in verdict.earlier { parts.append(lexicon.fill("reasonEarlier", ["value": value(fact)])) }
        for fact in verdict.looser { parts.append(lexicon.fill("reasonLooser", ["value": value(fact)])) }
        for fact in verdict.further { parts.append(lexicon.fill("reasonFurther", ["value": value(fact)])) }
        for fact in verdict.otherMeasures {
            parts.append(lexicon.fill("reasonOtherMeasure", [
                "value": value(fact), "topic": topicPhrase(measure: fact.claim.measure, unit: fact.claim.quantity?.unit),
            ]))
        }
        // Two facts of one value and one reason read as one reason, not the same words twice.
        return orderedUnique(parts).joined(separator: "; ")
    }

    private func value(_ fact: ClaimFacts) -> String {
        fact.claim.quantity.map(phrase.phrase) ?? ""
    }

    /// The unit a figure of the group states itself, the topic fact's own first. A unit the grouper inferred from
    /// the story's other figures (a bare "sechs" evacuated beside "4.500 Menschen", ``ClaimGrouper``'s unit-less
    /// counts) is no claim's word: a group of bare numbers is named by its measure alone ("evakuiert: 6").
    static func statedUnit(of facts: [ClaimFacts]) -> String? {
        let topic = facts.first { $0.scope != .additional } ?? facts.first
        return ([topic].compactMap { $0 } + facts).lazy.compactMap { $0.claim.quantity?.unit }.first
    }

    /// What the group's figures count (``topicPhrase(measure:unit:)``), then in parentheses its subject and whether
    /// the topic fact is a further batch: "die Zahl der Getöteten (Tarvisa, weitere Teilzahl)".
    private func topicPhrase(_ fact: ClaimFacts, unit: String?) -> String {
        let text = topicPhrase(measure: fact.measureKey == "-" ? nil : fact.measureKey, unit: unit)
        let notes = [fact.claim.subject.map(party), fact.scope == .additional ? lexicon.fill("topic.further", [:]) : nil]
            .compactMap { $0 }
        return notes.isEmpty ? text : "\(text) (\(notes.joined(separator: ", ")))"
    }

    /// A party label as a name in this writer's language: `south korean intelligence` → "South Korean intelligence".
    func displayName(of label: String) -> String { party(label) }

    private func party(_ label: String) -> String {
        // A listed display name stands as written (`critics`); an unlisted label reads as a name, capitalised.
        if let entry = lexicon.display["party"]?[label] { return entry.singular }
        if let composed = composedParty(label, lexicon: lexicon) { return composed }
        // A word an article writes with an inner capital (`VKB`, `AG`) keeps that casing.
        let written = writtenForms[label]?.split(separator: " ") ?? []
        return label.split(separator: " ").enumerated().map { index, word in
            if index < written.count, Self.hasInnerCapital(written[index]) { return String(written[index]) }
            return index > 0 && ReconcileLexicon.nameParticles.contains(word) ? String(word) : word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }

    private func cites(_ group: JudgedGroup) -> [String] {
        let additions = group.verdict.parts.map(\.addition.article.id)
        return orderedUnique(group.facts.map(\.article.id) + additions).sorted { numeric($0) < numeric($1) }
    }

    private func numeric(_ id: String) -> Int { Int(id.drop { !$0.isNumberFast }) ?? 0 }

    private func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return lexicon.fill("list", ["first": items.dropLast().joined(separator: ", "), "last": items.last!])
    }

    private func orderedUnique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }

    /// A sentence of the brief, its first letter capitalised: a template may open with a party's display name
    /// ("the police dispute this", "die Ukraine zufolge").
    private func sentence(_ story: Story, _ text: String, cites: [String], group: String?) -> BriefSentence {
        let opened = text.prefix(1).uppercased() + text.dropFirst()
        return BriefSentence(story: story.id, text: opened, cites: cites, group: group, language: language)
    }
}
