import Foundation
import ParallaxModel
import ParallaxText

/// Parts and wholes: the passes that mark which figures are parts, subsets, elliptic counts or further
/// batches of another, and the words around a number they read.
extension ClaimGrouper {
    /// The facts with a figure that names no unit ("etwa 3.100 Einwohner aus Senna-Süd und etwa 1.700 aus
    /// Korvik"; "2.100 Beschäftigte am Boden und 1.300 im Cockpit") counting what the nearest figure before
    /// it in its sentence counts, when that one counts people or things: its unit and measure are that
    /// figure's — the noun and the verb are left out, not changed. (A further batch is not completed so:
    /// "drei Tote … zwölf weitere werden vermisst" counts others.)
    /// - Complexity: O(n) (figures indexed by sentence).
    static func completingEllipticCounts(_ facts: [ClaimFacts]) -> [ClaimFacts] {
        let bySentence = ClaimFacts.figuresBySentence(facts)
        return facts.map { fact in
            guard fact.claim.kind == .quantity else { return fact }
            // The figure before it in its sentence, looked up first: most figures have none.
            let before = fact.figuresBefore(in: bySentence)
            guard let antecedent = before.max(by: { ($0.claim.start ?? 0) < ($1.claim.start ?? 0) }),
                FigureClusters.isCountUnit(antecedent.unitKey)
            else { return fact }
            // A further batch without a unit ("zwölf weitere werden vermisst") is left to the further-batch rules.
            // A count of the same unit whose noun was left out and that continues the count before it ("und
            // 1.300 im Cockpit", "folgten weitere 1.300 aus dem Tal") counts what that count counts: it takes
            // its measure, whatever verb the extractor read for it.
            let unitless = fact.unitKey == "-" && fact.scope != .additional
            guard unitless
                || (fact.unitKey == antecedent.unitKey && antecedent.scope != .additional
                    && fact.measureKey != antecedent.measureKey && Self.continuesTheCountBefore(fact)),
                Self.isElliptic(fact)
            else { return fact }
            var completed = fact
            completed.unitKey = antecedent.unitKey
            completed.measureKey = antecedent.measureKey
            completed.broaderMeasure = antecedent.broaderMeasure
            return completed
        }
    }

    /// Words right before a number that continue the count before it: a conjunction or a further batch.
    static let continuationWords = ReconcileLexicon.partWords("continuation")

    /// Whether the word right before the figure's number continues the count before it ("und 1.300",
    /// "weitere 1.300"), rather than a verb of its own ("injured 40").
    static func continuesTheCountBefore(_ fact: ClaimFacts) -> Bool {
        let sentence = fact.sentenceText
        guard let range = sentence.firstRange(ofBytes: fact.claim.text) else { return false }
        let before = words(Substring(String(sentence[..<range.lowerBound].suffix(24)) + " " + aroundNumber(fact.claim.text).before))
        guard let last = before.split(separator: " ").last else { return false }
        return continuationWords.contains(String(last))
    }

    /// Words right before a number that make it the whole a part is counted from ("Von den elf Mitgliedern
    /// der Tourengruppe wurden fünf verletzt", "five of the 11 members were injured").
    static let wholeCuesBefore = ReconcileLexicon.partWords("whole-before").sorted()

    /// The facts with the measure `size` on the figures that count the whole a part of their sentence is
    /// drawn from: a whole cue stands right before the number ("Von den 120 Sitzen entfallen 44 auf die
    /// Volksunion"; "Von den elf Mitgliedern … wurden fünf verletzt"), and the sentence gives a smaller
    /// figure of the same measure. The whole is the size of the group, the parliament, the customer base —
    /// not a rival of the part (the extractor gives the verb's measure to both when the part follows). Parts
    /// of different numbers that divide one whole are marked `siblingPart`: each party's seats are their own.
    /// - Complexity: O(n) (figures indexed by sentence).
    static func markingWholes(_ facts: [ClaimFacts]) -> [ClaimFacts] {
        let bySentence = ClaimFacts.figuresBySentence(facts)
        var siblings = Set<String>()
        let marked = facts.map { fact in
            guard fact.claim.kind == .quantity, fact.measureKey != "-",
                let value = fact.claim.quantity?.representativeValue
            else { return fact }
            // A whole the extractor already read as a size ("Von den 120 Sitzen") has parts of its unit.
            let isSize = fact.measureKey == "size"
            let parts = (bySentence[fact.sentenceKey] ?? []).filter { other in
                // The part carries the measure the extractor read for it; a count completed from its
                // neighbour ("Of the 2,100 staff on the ground and 1,300 in the cockpit") is a sibling.
                other.claim.id != fact.claim.id
                    && (isSize
                        ? other.measureKey != "size" && other.measureKey != "-" && other.unitKey == fact.unitKey
                        : other.measureKey == fact.measureKey && other.claim.measure == fact.claim.measure)
                    && (other.claim.quantity?.representativeValue ?? .infinity) < value
            }
            guard !parts.isEmpty, hasCue(fact, before: wholeCuesBefore) else { return fact }
            // Several parts of different numbers divide the whole: each is a thing of its own.
            for (_, ofMeasure) in Dictionary(grouping: parts, by: \.measureKey)
            where Set(ofMeasure.compactMap { $0.claim.quantity?.representativeValue }).count > 1 {
                siblings.formUnion(ofMeasure.map(\.claim.id))
            }
            guard !isSize else { return fact }
            var whole = fact
            whole.measureKey = "size"
            whole.broaderMeasure = false
            return whole
        }
        guard !siblings.isEmpty else { return marked }
        return marked.map { fact in
            guard siblings.contains(fact.claim.id) else { return fact }
            var part = fact
            part.siblingPart = true
            return part
        }
    }

    /// Whether one of `cues` stands right before the figure's number (within `reach` characters of the sentence before
    /// the claim, and the claim up to its number).
    static func hasCue(_ fact: ClaimFacts, before cues: [String], reach: Int = 16) -> Bool {
        let sentence = fact.sentenceText
        guard let range = sentence.firstRange(ofBytes: fact.claim.text) else { return false }
        let (claimHead, _) = aroundNumber(fact.claim.text)
        let before = words(Substring(String(sentence[..<range.lowerBound].suffix(reach)) + " " + claimHead))
        return cues.contains { before.hasSuffix(" \($0) ") }
    }

    /// Lower-cased words of a text, space-separated, with a space on either end.
    static func words(_ text: Substring) -> String { spacedWords(text, keepingNumbers: false) }

    /// Words right before a number that make it a part of a figure before it ("darunter zwei Hafenarbeiter",
    /// "including two children").
    static let subsetCuesBefore = ReconcileLexicon.partWords("subset-before")

    /// Words right after a number that make it a part ("zwei davon schwer", "two of them seriously").
    static let subsetCuesAfter = ReconcileLexicon.partWords("subset-after")

    /// The facts with `subset` set on the figures that count a part of a larger figure of the same measure
    /// given before them in their sentence, by a cue right before or after the number ("zwölf Verletzte,
    /// zwei davon schwer", "twelve people were injured, including two dock workers"). Such a part is a
    /// figure of its own, counted in the unit of the figure it is part of. ("Über 1.100 von ihnen" killed,
    /// of soldiers deployed in an earlier sentence, has no larger figure of its measure before it and stays
    /// with the dead.)
    /// - Complexity: O(n) (figures indexed by sentence).
    static func markingSubsets(_ facts: [ClaimFacts]) -> [ClaimFacts] {
        let bySentence = ClaimFacts.figuresBySentence(facts)
        let byArticle = Dictionary(grouping: facts.filter { $0.claim.kind == .quantity }, by: \.article.id)
        var nouns: [String: String] = [:]
        for fact in facts where fact.claim.kind == .quantity {
            if let noun = compoundNoun(fact) { nouns[fact.claim.id] = noun }
        }
        // Each part named by its cue, by its unit, its whole's number and its own: where another article's
        // sentence gives the same two numbers without a cue, the smaller is that part too.
        var namedParts: [String: Set<String>] = [:]
        var marked = facts.map { fact in
            guard fact.claim.kind == .quantity, fact.claim.start != nil,
                let value = fact.claim.quantity?.representativeValue
            else { return fact }
            func isLarger(_ other: ClaimFacts) -> Bool {
                other.measureKey == fact.measureKey && (other.claim.quantity?.representativeValue ?? 0) > value
                    && (other.unitKey == fact.unitKey || FigureClusters.isCountUnit(fact.unitKey) || fact.unitKey == "-")
            }
            let larger: ClaimFacts?
            var wholeMeasure: ClaimFacts?
            if hasSubsetCue(fact) || hasDefinitePartitive(fact) {
                let before = fact.figuresBefore(in: bySentence)
                // "Fourteen of the injured were in a serious condition", "Zwei von ihnen …": a part whose whole
                // an earlier sentence of its article counts, in the part's own unit (across sentences a larger
                // count of another unit is mostly another thing: "Drei der Männer" are no part of households).
                larger = before.first(where: isLarger)
                    ?? wholeInEarlierSentences(of: fact, in: bySentence) { isLarger($0) && $0.unitKey == fact.unitKey && fact.unitKey != "-" }
                // "Die Zahl der Toten stieg auf 31, darunter mindestens acht Kinder": the verb ("stieg", read as
                // an increase for the part) belongs to the whole; a part named by its cue with no measure of its
                // own, or only the change of the total, counts what the larger count of its unit before it
                // counts, in that count's measure. ("650 Feuerwehrleute …, zwei von ihnen wurden verletzt"
                // keeps its own verb.)
                if larger == nil, ["-", "increase", "decrease"].contains(fact.measureKey) {
                    wholeMeasure = before.last { other in
                        other.measureKey != "-" && other.measureKey != fact.measureKey && !other.subset
                            && (other.claim.quantity?.representativeValue ?? 0) > value
                            && FigureClusters.isCountUnit(other.unitKey)
                            && (other.unitKey == fact.unitKey || fact.unitKey == "-")
                    }
                }
            } else if let previous = previousSentence(of: fact),
                let before = (bySentence[fact.article.id + "|" + previous] ?? []).first(where: isLarger), opensWithSubsetCue(fact)
            {
                // "Among them are roughly 260,000 health insurance customers": the part of the figure before.
                larger = before
            } else {
                // "ca. 260.000 Krankenversicherten" beside "1,3 Millionen Versicherte": a kind of the larger figure's noun.
                larger = nouns[fact.claim.id].flatMap { noun in
                    (byArticle[fact.article.id] ?? []).first { other in
                        isLarger(other) && nouns[other.claim.id].map { isCompound(noun, of: $0) } == true
                    }
                }
            }
            guard let larger = larger ?? wholeMeasure else { return fact }
            if let whole = larger.claim.quantity?.representativeValue {
                namedParts[partKey(unit: larger.unitKey, whole: whole, part: value), default: []].insert(fact.article.id)
            }
            var marked = fact
            marked.subset = true
            marked.partOf = larger.claim.id
            marked.unitKey = larger.unitKey
            if wholeMeasure != nil {
                marked.measureKey = larger.measureKey
                marked.broaderMeasure = larger.broaderMeasure
            }
            return marked
        }
        // "Insgesamt sieben Drohnen …, drei davon seien abgeschossen worden" names the part that "seven drones
        // had been launched … and that three were shot down" gives without a cue.
        if !namedParts.isEmpty {
            let bySentenceMarked = ClaimFacts.figuresBySentence(marked)
            marked = marked.map { fact in
                guard fact.claim.kind == .quantity, !fact.subset, let start = fact.claim.start,
                    let value = fact.claim.quantity?.representativeValue
                else { return fact }
                let whole = (bySentenceMarked[fact.sentenceKey] ?? []).first { other in
                    guard (other.claim.end ?? .max) <= start, other.unitKey == fact.unitKey || fact.unitKey == "-",
                        !other.subset, let total = other.claim.quantity?.representativeValue, total > value
                    else { return false }
                    return namedParts[partKey(unit: other.unitKey, whole: total, part: value)]?.contains { $0 != fact.article.id } == true
                }
                guard let whole else { return fact }
                var part = fact
                part.subset = true
                part.partOf = whole.claim.id
                part.unitKey = whole.unitKey
                return part
            }
        }
        // Parts of different numbers named in one sentence ("83 people had been injured, eleven of them
        // seriously, among them 14 officers") are different parts — the seriously injured, the officers — each
        // a thing of its own, as the parts that divide a whole are.
        var partValues: [String: Set<Double>] = [:]
        for fact in marked where fact.subset {
            guard let value = fact.claim.quantity?.representativeValue else { continue }
            partValues[fact.sentenceKey, default: []].insert(value)
        }
        guard partValues.values.contains(where: { $0.count > 1 }) else { return marked }
        return marked.map { fact in
            guard fact.subset, (partValues[fact.sentenceKey]?.count ?? 0) > 1 else { return fact }
            var part = fact
            part.siblingPart = true
            return part
        }
    }

    /// The key of a part: its unit, its whole's number and its own.
    private static func partKey(unit: String, whole: Double, part: Double) -> String {
        "\(unit)|\(FigureClusters.numberKey(whole))|\(FigureClusters.numberKey(part))"
    }

    /// Words that open a sentence about a part of the figure before it ("Among them are roughly 260,000
    /// health insurance customers", "Darunter sind 40 Kinder").
    static let sentenceOpeningSubsetCues = ReconcileLexicon.partWords("subset-opening")

    /// Whether the figure's sentence opens with a subset cue, at most two words (a verb, a qualifier) before
    /// the figure.
    static func opensWithSubsetCue(_ fact: ClaimFacts) -> Bool {
        let sentence = fact.sentenceText
        guard let range = sentence.firstRange(ofBytes: fact.claim.text) else { return false }
        let (claimHead, _) = aroundNumber(fact.claim.text)
        let before = words(Substring(String(sentence[..<range.lowerBound]) + " " + claimHead))
        return sentenceOpeningSubsetCues.contains { cue in
            before.hasPrefix(" \(cue) ") && before.split(separator: " ").count <= cue.split(separator: " ").count + 2
        }
    }

    /// The id of the sentence before the figure's in its article.
    static func previousSentence(of fact: ClaimFacts) -> String? {
        guard let index = fact.article.sentences.firstIndex(where: { $0.id == fact.claim.sentence }), index > 0 else {
            return nil
        }
        return fact.article.sentences[index - 1].id
    }

    /// The last word of a figure's text after its number, lower-cased, when it is a noun of at least six
    /// letters ("Krankenversicherten").
    static func compoundNoun(_ fact: ClaimFacts) -> String? {
        guard let last = aroundNumber(fact.claim.text).after.split(whereSeparator: { !$0.isLetterFast }).last,
            last.first?.isUppercase == true, last.count >= 6
        else { return nil }
        return last.lowercased()
    }

    /// Whether `noun` is a compound whose head is `other` ("krankenversicherten" of "versicherte"): the
    /// other noun, less an inflection's last letter, stands inside it after at least four letters.
    static func isCompound(_ noun: String, of other: String) -> Bool {
        let stem = String(other.dropLast())
        guard stem.count >= 5, let range = noun.range(of: stem) else { return false }
        return noun.distance(from: noun.startIndex, to: range.lowerBound) >= 4
    }

    /// Words right after a number that make it a part of a group named by a definite noun and no number ("Two of
    /// the dead", "14 der Verletzten"); with a number after them they name the whole ("13 of the 16 inmates").
    static let definitePartitiveCues = ReconcileLexicon.partWords("partitive-after")

    /// Whether a definite partitive cue follows the figure's number and no number follows the cue: the figure
    /// counts a part of people or things its article has counted before.
    static func hasDefinitePartitive(_ fact: ClaimFacts) -> Bool {
        guard !definitePartitiveCues.isEmpty else { return false }
        let (_, claimAfterNumber) = aroundNumber(fact.claim.text)
        let sentence = fact.sentenceText
        let rest = sentence.firstRange(ofBytes: fact.claim.text).map { sentence[$0.upperBound...] } ?? ""
        let after = wordsAndNumbers(Substring(String(claimAfterNumber) + rest).prefix(40))
        return definitePartitiveCues.contains { cue in
            guard after.hasPrefix(" \(cue) ") else { return false }
            let next = after.dropFirst(cue.count + 2).prefix { $0 != " " }
            return !next.isEmpty && !next.contains(where: \.isNumberFast) && !numberWords.contains(String(next))
        }
    }

    /// Sentences before a figure's in which its whole may stand.
    static let partitiveReach = 3

    /// The last figure satisfying `isWhole` in the ``partitiveReach`` sentences before the figure's, nearest first.
    static func wholeInEarlierSentences(
        of fact: ClaimFacts, in bySentence: [String: [ClaimFacts]], where isWhole: (ClaimFacts) -> Bool
    ) -> ClaimFacts? {
        let sentences = fact.article.sentences
        guard let index = sentences.firstIndex(where: { $0.id == fact.claim.sentence }) else { return nil }
        for earlier in stride(from: index - 1, through: max(0, index - partitiveReach), by: -1) {
            if let whole = (bySentence[fact.article.id + "|" + sentences[earlier].id] ?? []).last(where: isWhole) {
                return whole
            }
        }
        return nil
    }

    /// Whether a subset cue stands right before the figure or right after its number.
    static func hasSubsetCue(_ fact: ClaimFacts) -> Bool {
        let sentence = fact.sentenceText
        guard let range = sentence.firstRange(ofBytes: fact.claim.text) else { return false }
        let (claimHead, claimAfterNumber) = aroundNumber(fact.claim.text)
        let before = words(Substring(String(sentence[..<range.lowerBound].suffix(16)) + " " + claimHead))
        // The cue stands right before the number or before its qualifier ("darunter mindestens acht Kinder").
        let beforeClaim = words(sentence[..<range.lowerBound].suffix(16))
        if subsetCuesBefore.contains(where: { before.hasSuffix(" \($0) ") || beforeClaim.hasSuffix(" \($0) ") }) { return true }
        let after = words(Substring(String(claimAfterNumber) + sentence[range.upperBound...]).prefix(16))
        return subsetCuesAfter.contains { after.hasPrefix(" \($0) ") }
    }

    /// A claim's text before and after its number; a number written as a word ("zwei Hafenarbeiter") is the
    /// first word.
    static func aroundNumber(_ text: String) -> (before: String, after: String) {
        guard text.contains(where: \.isNumberFast) else {
            // A number word after a qualifier ("at least eight", "mindestens acht Kinder") is the number.
            var index = text.startIndex
            while index < text.endIndex {
                let wordEnd = text[index...].firstIndex { !$0.isLetterFast && $0 != "-" } ?? text.endIndex
                if numberWords.contains(text[index..<wordEnd].lowercased()) {
                    return (String(text[..<index]), String(text[wordEnd...]))
                }
                guard wordEnd < text.endIndex else { break }
                index = text[wordEnd...].firstIndex { $0.isLetterFast } ?? text.endIndex
            }
            return ("", String(text.drop { $0.isLetterFast || $0 == "-" }))
        }
        let before = String(text.prefix { !$0.isNumberFast })
        let after = String(text.drop { !$0.isNumberFast }.drop { $0.isNumberFast || $0 == "." || $0 == "," })
        return (before, after)
    }

    /// Numbers written as words ("acht", "eight", "Hunderte", "dozens").
    static let numberWords = ReconcileLexicon.partWords("number")

    /// Words after which a number has no noun of its own: prepositions, conjunctions and articles of a
    /// following phrase ("1.300 im Cockpit", "1,700 from Korvik", "… und 1.700.").
    static let ellipsisFollowers = ReconcileLexicon.partWords("elliptic-follower")

    /// Whether nothing but a preposition, conjunction, article or the sentence's end follows the figure's
    /// number: a count whose noun was left out, not one of a noun the lexicon does not know ("drei
    /// Grundschulen").
    static func isElliptic(_ fact: ClaimFacts) -> Bool {
        let sentence = fact.sentenceText
        guard let range = sentence.firstRange(ofBytes: fact.claim.text) else { return false }
        let rest = aroundNumber(fact.claim.text).after + sentence[range.upperBound...]
        let next = rest.drop { $0 == " " }
        guard let first = next.first else { return true }
        guard first.isLetterFast else { return true }
        return ellipsisFollowers.contains(String(next.prefix { $0.isLetterFast }).lowercased())
    }

    /// The first five letters, lower-cased, of the word right after a figure's number when it is a noun the
    /// claim's unit left out ("rund 280 Organisationen" → `organ`): not a preposition, conjunction or article
    /// (an elliptic count), not a number word; in German a capitalised word. `nil` otherwise.
    static func nounAfterNumber(_ fact: ClaimFacts) -> String? {
        let sentence = fact.sentenceText
        guard let range = sentence.firstRange(ofBytes: fact.claim.text) else { return nil }
        let rest = aroundNumber(fact.claim.text).after + sentence[range.upperBound...]
        let word = rest.drop { $0 == " " }.prefix { $0.isLetterFast || $0 == "-" }
        guard word.count >= 3, let first = word.first, first.isLetterFast else { return nil }
        let lowered = word.lowercased()
        guard !ellipsisFollowers.contains(lowered), !numberWords.contains(lowered) else { return nil }
        if fact.article.language == "de" && !first.isUppercase { return nil }
        return String(lowered.prefix(5))
    }

    /// The facts with `sharedFurther` set on the further batches whose number another article also gives as
    /// a further batch of the same measure and unit.
    /// - Complexity: O(n) (further batches are indexed by measure, unit and number to three significant
    ///   digits).
    static func markingSharedFurther(_ facts: [ClaimFacts]) -> [ClaimFacts] {
        func key(_ fact: ClaimFacts) -> String? {
            guard fact.scope == .additional, let value = fact.claim.quantity?.representativeValue, value > 0 else { return nil }
            let magnitude = pow(10, floor(log10(value)) - 2)
            return "\(fact.measureKey)|\(fact.unitKey)|\((value / magnitude).rounded() * magnitude)"
        }
        var articles: [String: Set<String>] = [:]
        for fact in facts { if let key = key(fact) { articles[key, default: []].insert(fact.article.id) } }
        guard articles.values.contains(where: { $0.count > 1 }) else { return facts }
        return facts.map { fact in
            guard let key = key(fact), let givers = articles[key], givers.count > 1 else { return fact }
            var marked = fact
            marked.sharedFurther = true
            return marked
        }
    }

    /// The facts with a further batch ("weitere 12") read as a count of its own when its article gives no
    /// other figure of the same measure and unit but one of another measure: "drei Tote … zwölf weitere
    /// werden vermisst" counts others (the missing, beside the dead), not a further batch of missing
    /// people. ("Another 1,500 soldiers" alone stays a further batch.) So is one that repeats a number
    /// its article gives for the same measure ("zwölf Vermisste … zwölf weitere würden vermisst").
    static func resolvingLoneAdditions(_ facts: [ClaimFacts]) -> [ClaimFacts] {
        let quantities = facts.filter { $0.claim.kind == .quantity }
        func key(_ fact: ClaimFacts) -> String { fact.article.id + "|" + FigureClusters.key(fact, measure: fact.measureKey) }
        let siblings = Dictionary(grouping: quantities, by: key)
        let unitsOfArticle = Dictionary(grouping: quantities, by: { $0.article.id + "|" + $0.unitKey })
        return facts.map { fact in
            guard fact.scope == .additional else { return fact }
            let others = (siblings[key(fact)] ?? []).filter { $0.claim.id != fact.claim.id }
            let otherMeasure = (unitsOfArticle[fact.article.id + "|" + fact.unitKey] ?? []).contains { $0.measureKey != fact.measureKey }
            let restated = others.contains { FigureClusters.sameValue($0, fact) }
            guard restated || (others.isEmpty && otherMeasure) else { return fact }
            var resolved = fact
            resolved.scope = nil
            return resolved
        }
    }
}
