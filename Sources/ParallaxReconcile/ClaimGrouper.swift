import Foundation
import ParallaxModel
import ParallaxText

/// Puts together the claims of one story that are about the same thing.
///
/// Quantities are clustered by ``FigureClusters`` (same measure, unit family and scope; an article's own
/// different shares kept apart; each figure joins the closest group).
/// Statements join when they make the same assertion (same predicate, overlapping object, or one side
/// unnamed); a denial joins the assertion it denies. Every claim ends up in exactly one group.
struct ClaimGrouper: Sendable {
    /// Token overlap two statement objects need to count as the same assertion.
    var objectOverlapThreshold = 0.5

    /// The groups: quantities first, then statements, each in the order of their first claim.
    func group(_ facts: [ClaimFacts]) -> [[ClaimFacts]] {
        // Increments are marked after the shared further batches: two reports of the two who died later are the
        // toll's growth, not a batch of its own.
        let facts = Self.markingRises(Self.markingEquivalents(
            Self.markingIncrements(Self.markingSharedFurther(
                Self.markingDenialSentences(
                    Self.resolvingLoneAdditions(
                        Self.markingSubsets(
                            Self.markingWholes(Self.completingUnitlessCounts(Self.completingEllipticCounts(Self.resolvingCombinedMeasures(
                                Self.markingLocatedFigures(Self.markingQuantityKinds(Self.markingEarlierTimes(Self.droppingMisfitLabels(facts)))))))))))))))
        var groups: [[ClaimFacts]] = []
        var statementGroups: [Int] = []
        var groupOfClaim: [String: Int] = [:]

        /// Puts `fact` into group `index`, or into a new group when `index` is nil; returns the group.
        @discardableResult
        func place(_ fact: ClaimFacts, in index: Int?) -> Int {
            let target = index ?? groups.count
            if target == groups.count { groups.append([]) }
            groups[target].append(fact)
            groupOfClaim[fact.claim.id] = target
            return target
        }

        for cluster in Self.joiningUnmarkedToMarked(FigureClusters(facts.filter { $0.claim.kind == .quantity && $0.equivalentOf == nil }).groups) {
            let index = place(cluster[0], in: nil)
            for fact in cluster.dropFirst() { place(fact, in: index) }
        }
        // A sum restated in another currency stands beside the sum it restates.
        for fact in facts where fact.equivalentOf != nil {
            place(fact, in: fact.equivalentOf.flatMap { groupOfClaim[$0] })
        }
        let statements = facts.filter { $0.claim.kind == .statement }
        // The words of each quotation, counted once: quotations are compared with every quotation group.
        var quoteWords: [String: Set<String>] = [:]
        for fact in statements where fact.claim.statement.map({ Self.isSpeech($0.predicate) }) == true {
            quoteWords[fact.claim.id] = Self.tokens(fact.claim.text)
        }
        // The capitalised words of each statement's sentence, counted once (``sameAssertion`` compares them when one
        // report leaves the act's object unnamed).
        var names: [String: Set<String>] = [:]
        for fact in statements where !fact.isDenial { names[fact.claim.id] = Self.capitalisedWords(fact.claim.text) }
        let words = StatementWords(quotes: quoteWords, names: names)
        // A statement joins the first group with a member that makes its assertion (single link), not only the group's
        // first member: a report that names the act loosely would otherwise decide alone who joins. The predicates of a
        // group's members are its cheap filter: members are compared only in a group that has the predicate or a
        // charge an accusation meets.
        var predicatesOfGroup: [Int: Set<String>] = [:]
        for fact in statements where !fact.isDenial && !Self.isUnnamedAct(fact) {
            let predicate = fact.claim.statement?.predicate.lowercased() ?? ""
            let charged = Self.isCharge(fact)
            let index = statementGroups.first { index in
                let predicates = predicatesOfGroup[index] ?? []
                guard predicates.contains(predicate) || (predicate == "accused" && predicates.contains(Self.chargeMark))
                    || (charged && predicates.contains("accused"))
                else { return false }
                return groups[index].contains { sameAssertion($0, fact, words: words) }
            }
            let placed = place(fact, in: index)
            if index == nil { statementGroups.append(placed) }
            predicatesOfGroup[placed, default: []].insert(predicate)
            if charged { predicatesOfGroup[placed, default: []].insert(Self.chargeMark) }
        }
        var figureGroupOfSentence: [String: Int] = [:]
        for (index, group) in groups.enumerated() {
            for fact in group where fact.claim.kind == .quantity && figureGroupOfSentence[fact.sentenceKey] == nil {
                figureGroupOfSentence[fact.sentenceKey] = index
            }
        }
        // The denials linked to a statement the story's groups hold (`groupedDenials`, asked for a denial linked to none),
        // and of them those linked to an assertion, not a quotation (`linkedDenials`, asked for a denial of a quotation: a
        // quotation stands in a group of its own) — see `sameDenierGroup`.
        let speechClaims = Set(statements.filter { $0.claim.statement.map { Self.isSpeech($0.predicate) } == true }.map(\.claim.id))
        let groupedDenials = statements.filter { fact in
            guard fact.isDenial, let denied = fact.claim.statement?.denies else { return false }
            return groupOfClaim[denied] != nil
        }
        let linkedDenials = groupedDenials.filter { !speechClaims.contains($0.claim.statement?.denies ?? "") }
        // An assertion whose act no predicate names is known only by the denial that answers it in its sentence
        // (round 28): the two go where the denial goes — where the same party's denials of the story's assertion stand
        // in other reports, else where a denial linked to no claim goes, but not to a figure of its sentence.
        let unnamedActs = Dictionary(
            statements.filter(Self.isUnnamedAct).map { ($0.claim.id, $0) }, uniquingKeysWith: { first, _ in first })
        // The denials of unnamed acts placed so far: a party's unlinked denial in another report follows them.
        var unnamedDenials: [ClaimFacts] = []
        for fact in statements where fact.isDenial {
            let denied = fact.claim.statement?.denies
            let unnamed = denied.flatMap { unnamedActs[$0] }
            // A figure the denier cites that the story agrees on is not what it contests (`ClaimGrouper+CitedFigures.swift`);
            // nor one beside the unnamed act it answers, which is what it contests.
            let disputedFigureGroup = unnamed != nil ? nil : figureGroupOfSentence[fact.sentenceKey].flatMap { index in
                Self.citesAgreedFigure(fact, group: groups[index]) ? nil : index
            }
            // A denial of a quotation ("widerspricht dieser Darstellung") goes where the same party's denials of the
            // story's assertion stand in other reports, else to the quotation (round 24).
            let linked = unnamed == nil ? denied.flatMap { groupOfClaim[$0] } : nil
            let deniesQuotation = denied.map(speechClaims.contains) ?? false
            let target =
                (deniesQuotation || unnamed != nil ? sameDenierGroup(for: fact, linked: linkedDenials, groupOfClaim: groupOfClaim) : nil)
                ?? linked
                ?? bestDeniedGroup(for: fact, among: statementGroups, in: groups)
                // A denial that gives a figure of its own ("wies das zurück: Es seien 52 Bedienstete im Dienst
                // gewesen") disputes that figure (below), not an assertion it shares words with.
                ?? (disputedFigureGroup == nil ? namedAssertionGroup(for: fact, among: statementGroups, in: groups) : nil)
                ?? largestAccusationGroup(among: statementGroups, in: groups)
                ?? (disputedFigureGroup == nil
                    ? sameDenierGroup(for: fact, linked: groupedDenials + unnamedDenials, groupOfClaim: groupOfClaim) : nil)
                // A denial that names no statement disputes the figure its own sentence gives ("Das
                // Innenministerium wies dies zurück: Die ersten Teams seien nach 90 Minuten vor Ort gewesen").
                ?? disputedFigureGroup
                ?? orphanDenialGroup(for: fact, among: statementGroups, in: groups)
            let placed = place(fact, in: target)
            if let unnamed, groupOfClaim[unnamed.claim.id] == nil {
                place(unnamed, in: placed)
                unnamedDenials.append(fact)
            }
            if target == nil { statementGroups.append(placed) }
        }
        // An assertion whose denial was not kept stands alone.
        for fact in statements where Self.isUnnamedAct(fact) && groupOfClaim[fact.claim.id] == nil {
            statementGroups.append(place(fact, in: nil))
        }
        return Self.joiningDenialsOfOneParty(groups)
    }

    /// The facts with a combined measure ("killed or wounded") kept as a measure of its own when several
    /// articles give figures of it: then it is a figure the story reports in its own right ("about 4,000
    /// killed or wounded" in two reports beside one report's "more than 1,000 killed"), compared among
    /// those articles. A combined figure only one article gives stands in the group of the narrower measure
    /// as another measure ("killed or injured nine" beside "four dead"), as three of the example corpus's
    /// four writers annotated it — the same rule as for further batches.
    static func resolvingCombinedMeasures(_ facts: [ClaimFacts]) -> [ClaimFacts] {
        guard facts.contains(where: \.broaderMeasure) else { return facts }
        var articles: [String: Set<String>] = [:]
        for fact in facts where fact.broaderMeasure {
            articles[(fact.claim.measure ?? "") + "|" + fact.unitKey, default: []].insert(fact.article.id)
        }
        return facts.map { fact in
            guard fact.broaderMeasure, (articles[(fact.claim.measure ?? "") + "|" + fact.unitKey]?.count ?? 0) > 1 else { return fact }
            var own = fact
            own.measureKey = fact.claim.measure ?? "-"
            own.broaderMeasure = false
            return own
        }
    }

    /// The facts with `equivalentOf` set on the sums of money that restate, in brackets right after it, a sum
    /// of another currency ("€600m ($650m)", "150 Millionen Euro (rund 160 Millionen Dollar)"), and on the
    /// measurements that restate one in another unit ("rund 240.000 Barrel (etwa 38 Millionen Liter)",
    /// "45 miles (72 km)"): the same figure converted by the writer, not a figure of its own. Counts are not
    /// restated so ("12 Verletzte (zwei Kinder)" names a part).
    /// - Complexity: O(n) (figures indexed by sentence).
    static func markingEquivalents(_ facts: [ClaimFacts]) -> [ClaimFacts] {
        let currencies = FigureClusters.currencies
        func convertible(_ fact: ClaimFacts) -> Bool {
            fact.unitKey != "-" && fact.unitKey != "percent" && !FigureClusters.isCountUnit(fact.unitKey)
        }
        guard facts.contains(where: convertible) else { return facts }
        let bySentence = ClaimFacts.figuresBySentence(facts.filter(convertible))
        return facts.map { fact in
            guard fact.claim.kind == .quantity, convertible(fact) else { return fact }
            let before = fact.figuresBefore(in: bySentence)
            // Units of one family ("35 kilometres (22 miles)", both grouped in kilometres) restate as well.
            guard let antecedent = before.max(by: { ($0.claim.start ?? 0) < ($1.claim.start ?? 0) }),
                antecedent.unitKey != fact.unitKey || antecedent.claim.quantity?.unit != fact.claim.quantity?.unit,
                antecedent.equivalentOf == nil,
                currencies.contains(antecedent.unitKey) == currencies.contains(fact.unitKey),
                let sentence = fact.article.sentences.first(where: { $0.id == fact.claim.sentence })?.text,
                let left = sentence.range(of: antecedent.claim.text),
                let right = sentence.range(of: fact.claim.text, range: left.upperBound..<sentence.endIndex)
            else { return fact }
            let gap = sentence[left.upperBound..<right.lowerBound].trimmingCharacters(in: .whitespaces)
            guard gap.hasPrefix("("), gap.count <= 24 else { return fact }
            var marked = fact
            marked.equivalentOf = antecedent.claim.id
            return marked
        }
    }

    /// The facts with `inDenialSentence` set on the figures that share a sentence with a denial.
    static func markingDenialSentences(_ facts: [ClaimFacts]) -> [ClaimFacts] {
        let denialSentences = Set(facts.filter(\.isDenial).map { $0.sentenceKey })
        guard !denialSentences.isEmpty else { return facts }
        return facts.map { fact in
            var marked = fact
            marked.inDenialSentence = fact.claim.kind == .quantity && denialSentences.contains(fact.sentenceKey)
            return marked
        }
    }

    /// A group of denials only (the denied assertion was not found as a claim) without a denial from this
    /// denial's article: the articles of one story that report a denial of something no claim states
    /// mostly report the same dispute ("GMM bestreitet das" beside "The GMM union denied that any
    /// agreement had been reached"). Among several, the one whose denials share most words with it.
    private func orphanDenialGroup(for denial: ClaimFacts, among indices: [Int], in groups: [[ClaimFacts]]) -> Int? {
        let candidates = indices.filter { index in
            groups[index].allSatisfy(\.isDenial) && !groups[index].contains { $0.article.id == denial.article.id }
        }
        return candidates.max { left, right in
            let a = groups[left].map { Self.overlap($0.claim.text, denial.claim.text) }.max() ?? 0
            let b = groups[right].map { Self.overlap($0.claim.text, denial.claim.text) }.max() ?? 0
            return (a, right) < (b, left)
        }
    }

    /// Two statements make the same assertion when they have the same predicate and their objects
    /// overlap — or, inside one story, when one of them leaves its subject or object unnamed ("the region
    /// was recaptured" beside "Russia recaptured the Kursk region"). When only one names the object and both
    /// reports are in one language, their sentences must share a capitalised word as well
    /// (``shareCapitalisedWord(_:_:names:)``, round 17): on real news one predicate covers many acts of a story.
    private func sameAssertion(_ lhs: ClaimFacts, _ rhs: ClaimFacts, words: StatementWords = StatementWords()) -> Bool {
        guard let left = lhs.claim.statement, let right = rhs.claim.statement else { return false }
        let samePredicate = left.predicate.lowercased() == right.predicate.lowercased()
        guard samePredicate || Self.chargeMeetsAccusation(lhs, rhs) else { return false }
        // A bare accusation meets the act another report charges only when, in one language, their sentences share a
        // capitalised word: the story's other accusations ("accused Manafort of …") are other charges.
        if !samePredicate, lhs.article.language == rhs.article.language {
            return Self.shareCapitalisedWord(lhs, rhs, names: words.names)
        }
        if Self.isSpeech(left.predicate) {
            return Self.sameQuote(
                lhs, rhs,
                words: (words.quotes[lhs.claim.id] ?? Self.tokens(lhs.claim.text), words.quotes[rhs.claim.id] ?? Self.tokens(rhs.claim.text)))
        }
        guard let leftObject = left.object, let rightObject = right.object else {
            // Both objects unnamed, or one: the same act unless one report names what it was done to and the other's
            // sentence, in the same language, shares no capitalised word with it (`ClaimGrouper+SharedNames.swift`).
            guard (left.object == nil) != (right.object == nil), lhs.article.language == rhs.article.language else { return true }
            return Self.shareCapitalisedWord(lhs, rhs, names: words.names)
        }
        return left.subject == nil || right.subject == nil
            || Self.overlap(leftObject, rightObject) >= objectOverlapThreshold
    }

    /// Whether one statement is a bare accusation (`accused`) and the other the act an accusation charges
    /// (`accused him of leaking …` read as `leaked`, its attribution's cue an accusation): one outlet names the
    /// charge, another only that there is one ("wirft Stavren vor, Warnungen ignoriert zu haben" beside "accused
    /// Stavren of negligence").
    static func chargeMeetsAccusation(_ lhs: ClaimFacts, _ rhs: ClaimFacts) -> Bool {
        let left = lhs.claim.statement?.predicate, right = rhs.claim.statement?.predicate
        return (left == "accused" && isCharge(rhs)) || (right == "accused" && isCharge(lhs))
    }

    /// Whether a statement is the act an accusation charges (its attribution's reason names the accusation).
    static func isCharge(_ fact: ClaimFacts) -> Bool { fact.claim.attribution?.why?.hasPrefix("accusation") == true }

    /// Whether a statement is a bare accusation read from a hearsay form alone (its reason opens with `hearsay`, round 31).
    static func isHearsay(_ fact: ClaimFacts) -> Bool { fact.claim.attribution?.why?.hasPrefix("hearsay") == true }

    /// The mark of a group that holds a charged act, among its members' predicates (no predicate is written so).
    static let chargeMark = "#charge"

    private func bestDeniedGroup(for denial: ClaimFacts, among indices: [Int], in groups: [[ClaimFacts]]) -> Int? {
        let deniedText = [denial.claim.statement?.object, denial.claim.text].compactMap { $0 }.joined(separator: " ")
        let deniedStems = Self.stems(deniedText), deniedWords = Self.tokens(deniedText)
        var best: (index: Int, score: Double)?
        for index in indices {
            guard let assertion = groups[index].first(where: { !$0.isDenial })?.claim.statement,
                !Self.isSpeech(assertion.predicate)
            else { continue }
            let assertionText = [assertion.predicate, assertion.object].compactMap { $0 }.joined(separator: " ")
            var score = Self.overlap(assertionText, deniedText, relativeTo: .left)
            // The predicates are English labels: an English denial names the denied act in any inflection
            // ("has disputed … asking Mr. Comey to shut down" names `asked`); one that does not name it (not
            // `demanded`) shares only a name with the assertion, which half of a short assertion's words can be.
            if denial.article.language == "en" {
                let named = deniedStems.contains(Self.stem(assertion.predicate))
                let objectWords = Self.tokens(assertion.object ?? "")
                let shared = objectWords.intersection(deniedWords).count
                score = Double((named ? 1 : 0) + shared) / Double(1 + objectWords.count) / (named ? 1 : 2)
            }
            if score >= objectOverlapThreshold, score > (best?.score ?? 0) { best = (index, score) }
        }
        return best?.index
    }

    /// An English word less a common inflection ("asking", "asked" → `ask`; "demands" → `demand`), lower-cased.
    static func stem(_ word: String) -> String {
        var word = word.lowercased()
        for suffix in ["ing", "ed", "es", "s"] where word.hasSuffix(suffix) && word.count - suffix.count >= 3 {
            word.removeLast(suffix.count)
            break
        }
        return word
    }

    /// The stems of a text's words.
    static func stems(_ text: String) -> Set<String> {
        Set(text.split { !$0.isLetterFast }.map { stem(String($0)) })
    }

    /// The story's largest group of accusations (or of the acts an accusation charges): what a denial that
    /// names nothing else ("wies die Vorwürfe zurück") contests. An accusation read from a hearsay form alone (`soll …
    /// kassiert haben`, `allegedly took`; its reason opens with `hearsay`, round 31) reports an act, not a charge another
    /// report's denial answers: a group of such alone is it only when a denial already answers it there.
    private func largestAccusationGroup(among indices: [Int], in groups: [[ClaimFacts]]) -> Int? {
        indices.filter { index in
            guard let first = groups[index].first(where: { !$0.isDenial }) else { return false }
            if Self.isHearsay(first) {
                return groups[index].contains { $0.isDenial || !Self.isHearsay($0) }
            }
            return first.claim.statement?.predicate == "accused" || first.claim.attribution?.why?.hasPrefix("accusation") == true
        }.max { groups[$0].count < groups[$1].count }
    }

    /// The assertion group whose sentences share most content words (``ContentWords``, two at least) with a
    /// denial that is linked to no claim and names no predicate: "Iran has denied ever seeking nuclear weapons"
    /// names the charge of "Iran lied when it said it never sought to develop nuclear weapons", not the story's
    /// largest accusation. Quotations count too (what a party says another did).
    private func namedAssertionGroup(for denial: ClaimFacts, among indices: [Int], in groups: [[ClaimFacts]]) -> Int? {
        let own = ContentWords.of(denial.claim.text)
        guard own.count >= 2 else { return nil }
        var best: (index: Int, shared: Int)?
        for index in indices {
            let shared = groups[index].filter { !$0.isDenial }.map { own.intersection(ContentWords.of($0.claim.text)).count }.max() ?? 0
            if shared >= 2, shared > (best?.shared ?? 0) { best = (index, shared) }
        }
        return best?.index
    }


    /// The group of what the same party denies in another article of the story, for a denial linked to no claim or to a
    /// quotation (its own article's denied assertion was not read as one: "Sein Anwalt wies das entschieden zurück"
    /// beside "His lawyer rejected the claim" linked to the charge): a party that denies in several reports of one story
    /// mostly denies one thing (round 24). Among several such groups, the one with most of the party's linked denials; none when the
    /// denial names no party.
    private func sameDenierGroup(for denial: ClaimFacts, linked: [ClaimFacts], groupOfClaim: [String: Int]) -> Int? {
        guard let party = denial.claim.statement?.deniedBy, !party.isEmpty else { return nil }
        var counts: [Int: Int] = [:]
        for other in linked where other.article.id != denial.article.id && other.claim.statement?.deniedBy == party {
            if let index = other.claim.statement?.denies.flatMap({ groupOfClaim[$0] }) { counts[index, default: 0] += 1 }
        }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    /// Share of shared words two quotations of one speaker need to be one quotation.
    static let quoteOverlapThreshold = 0.5

    /// Whether two quotations in different articles are one: the same speaker (the quotation's subject or
    /// source) and at least half of the shorter quotation's words (three letters or more) in the other —
    /// outlets quote a sentence in full or in part ("\"I really believe there's a lot of good will\"" beside
    /// "\"there's a lot of good will\", Trump said"). Other quotations of one speaker, and quotations of
    /// different speakers, stay apart, one group each.
    /// - Complexity: O(w) in the words of the two quotations (``tokens(_:)`` of each, given as `words`).
    static func sameQuote(_ lhs: ClaimFacts, _ rhs: ClaimFacts, words: (Set<String>, Set<String>)? = nil) -> Bool {
        guard lhs.article.id != rhs.article.id else { return false }
        let (a, b) = words ?? (tokens(lhs.claim.text), tokens(rhs.claim.text))
        guard a.count >= 3, b.count >= 3 else { return false }
        let shared = Double(a.intersection(b).count) / Double(min(a.count, b.count))
        // A long quotation given word for word is one, whoever the extractor read as its speaker.
        if shared >= verbatimQuoteOverlap && min(a.count, b.count) >= 6 { return true }
        guard let speaker = lhs.claim.statement?.subject ?? lhs.claim.attribution?.source,
            speaker == (rhs.claim.statement?.subject ?? rhs.claim.attribution?.source)
        else { return false }
        return shared >= quoteOverlapThreshold
    }

    /// Share of shared words at which two long quotations (six words or more) are one whatever their speakers.
    static let verbatimQuoteOverlap = 0.8

    /// Whether a statement is an assertion known only by the denial that answers it in its sentence, its act named by no
    /// predicate (``Claim/Statement/unnamedAct``, round 28): it is grouped with that denial.
    static func isUnnamedAct(_ fact: ClaimFacts) -> Bool { fact.claim.statement?.predicate == Claim.Statement.unnamedAct }

    /// Predicates of direct speech: quotes are kept apart, one group each, unless two outlets give one
    /// quotation (``sameQuote(_:_:)``).
    static func isSpeech(_ predicate: String) -> Bool {
        ["said", "says", "say", "quote", "stated", "told"].contains(predicate.lowercased())
    }

    enum OverlapBase { case both, left }

    /// Share of shared word tokens (lower-cased, at least three letters): Jaccard, or the share of the
    /// left side's tokens found on the right.
    static func overlap(_ left: String, _ right: String, relativeTo base: OverlapBase = .both) -> Double {
        let a = tokens(left), b = tokens(right)
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let shared = Double(a.intersection(b).count)
        switch base {
        case .both: return shared / Double(a.union(b).count)
        case .left: return shared / Double(a.count)
        }
    }

    /// Abbreviations written with dots or spaces ("F.B.I.", "f. b. i") are one word, as "FBI" is: a run of
    /// single letters is joined before the words are counted.
    static func tokens(_ text: String) -> Set<String> {
        var words: [String] = []
        var letters = ""
        for word in text.lowercased().split(whereSeparator: { !$0.isLetterFast }) {
            if word.count == 1 {
                letters += word
                continue
            }
            if !letters.isEmpty { words.append(letters) }
            letters = ""
            words.append(String(word))
        }
        if !letters.isEmpty { words.append(letters) }
        return Set(words.filter { $0.count >= 3 }.map { String($0.prefix(6)) })
    }
}
