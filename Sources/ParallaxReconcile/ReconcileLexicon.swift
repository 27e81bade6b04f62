import Foundation
import ParallaxModel

/// The per-language data the reconcile stage reads: scope cues, brief templates and display names.
///
/// Loaded once from the target's `Lexicons/<lang>/` folders; a language without a folder falls back to
/// English.
struct ReconcileLexicon: Sendable {
    /// Scope of a figure: an additional batch or a running total.
    enum Scope: String, Sendable {
        case additional
        case total
    }

    /// The scope cues (lower-cased, as words) of `scope.tsv`, in the cues' alphabetical order, so that the same text
    /// always gets the same scope (a dictionary's order changes from run to run); ordered once when the lexicon
    /// loads, so a figure's look-up sorts nothing.
    private(set) var orderedScopeCues: [(words: [Substring], scope: Scope)] = []
    /// Words that mark a further batch only right after the number ("15 more people"; "more than 15"
    /// is a bound), from rows of scope `additional-after`.
    var additionalAfterNumber: Set<String> = []
    /// `key → template`.
    var templates: [String: String] = [:]
    /// The cues of a count of what remains (`remaining.tsv`; ``ClaimFacts/isRemainder``), as runs of lower-cased words:
    /// those that may stand anywhere in the number's clause ("weiterhin", "still") and those that must follow the
    /// number ("vier werden noch vermisst"), and the words right after a cue that give it another sense ("noch nicht").
    var remainderCues: [[Substring]] = []
    var remainderCuesAfterNumber: [[Substring]] = []
    var remainderCueBreakers: Set<Substring> = []
    /// brief.tsv's `party.composed.adjectiveEndings` and `party.composed.modifiers`, split once
    /// (``BriefWriter/composedParty(_:lexicon:)``).
    var composedPartyAdjectiveEndings: [Substring] = []
    var composedPartyModifiers: Set<Substring> = []
    /// `kind → label → (singular, plural)`.
    var display: [String: [String: (singular: String, plural: String)]] = [:]
    /// The auxiliary a predicate takes in the brief's reported speech where it is not the template's
    /// `auxiliary` (German `sei eingestürzt` beside `habe zurückerobert`): display.tsv's fifth column.
    var auxiliaries: [String: String] = [:]
    /// Party labels whose display name takes a plural verb (display.tsv's fifth column `plural`).
    var pluralParties: Set<String> = []
    /// `predicate → passive clause` with `{object}` (display.tsv's sixth column), for an assertion that names no
    /// doer: `{object} sei zurückerobert worden`, `{object} was recaptured`.
    var passives: [String: String] = [:]
    /// `party → dative` where it differs from the display name (German `der Region Kursk`), display.tsv's sixth
    /// column of a party: predicates write `{object.dative}` after a preposition that governs the dative.
    var datives: [String: String] = [:]
    /// `kind → label → topic` of `topics.tsv` (kind `measure` or `unit`): how the brief names a group of the label's
    /// figures (`die Zahl der Getöteten`, `the death toll`), and the phrase with `{units}` for figures that count
    /// things, where there is one (``BriefWriter/topicPhrase(measure:unit:)``).
    var topics: [String: [String: (phrase: String, countedThings: String?)]] = [:]
    /// `role → words` of `parts.tsv`: words around a number that tie it to another figure of its sentence.
    var partWords: [String: Set<String>] = [:]

    /// The words of `role` in `parts.tsv` of every language (`continuation`, `elliptic-follower`,
    /// `subset-before`, `subset-after`, `subset-opening`): the grouping rules read a claim's sentence
    /// without asking its language, as a writer may quote the other one.
    static func partWords(_ role: String) -> Set<String> {
        all.values.reduce(into: Set<String>()) { $0.formUnion($1.partWords[role] ?? []) }
    }

    /// Every language folder found, loaded once.
    static let all: [String: ReconcileLexicon] = loadAll()

    /// `unit → family`: units that count kinds of people (or things) of one family group together with
    /// the family's unit (`firefighter → person`), from the language-neutral `Lexicons/unit-families.tsv`.
    static let unitFamilies: [String: String] = {
        Dictionary(unitFamilyRows.filter { $0.count >= 2 }.map { ($0[0], $0[1]) }, uniquingKeysWith: { a, _ in a })
    }()

    /// Kinds of a family counted apart from its other kinds (`passenger`: passengers are not the staff), the rows
    /// of `Lexicons/unit-families.tsv` whose third column is `apart`. Such a kind joins figures of the family's own
    /// unit (`person`), never those of another of its kinds (`worker`).
    static let apartKinds: Set<String> = {
        Set(unitFamilyRows.filter { $0.count >= 3 && $0[2] == "apart" }.map { $0[0] })
    }()

    /// Units that count people (`person`, `refugee`, `household`, …), from the language-neutral `Lexicons/people-units.tsv`:
    /// one report's count of people restated under another of them is one figure (`FigureClusters+RestatedFigures.swift`).
    static let peopleUnits: Set<String> = Set(sharedRows("people-units.tsv").compactMap(\.first))

    /// The rows of the language-neutral `Lexicons/unit-families.tsv`, read once for ``unitFamilies`` and ``apartKinds``.
    private static let unitFamilyRows = sharedRows("unit-families.tsv")

    /// `measure → measure it is grouped with`: a combined measure that counts the narrower one among others
    /// ("killed or wounded" beside "killed"), from the language-neutral `Lexicons/measure-families.tsv`.
    static let measureFamilies: [String: String] = {
        Dictionary(sharedRows("measure-families.tsv").filter { $0.count >= 2 }.map { ($0[0], $0[1]) }, uniquingKeysWith: { a, _ in a })
    }()

    /// Measures whose figures a count without a noun takes its unit from ("Hunderte werden noch vermisst"),
    /// from the language-neutral `Lexicons/unitless-count-measures.tsv` (one measure per line).
    static let unitlessCountMeasures: Set<String> = {
        Set(sharedRows("unitless-count-measures.tsv").compactMap(\.first))
    }()

    /// Predicates whose object is something said (`announced`, `confirmed`), from the language-neutral
    /// `Lexicons/propositional-acts.tsv`: the brief states no undisputed group of them, since their object is a name.
    static let propositionalActs: Set<String> = {
        Set(sharedRows("propositional-acts.tsv").compactMap(\.first))
    }()

    /// Measures whose figures count the people of one role named by their noun (`deployed`), from the language-neutral
    /// `Lexicons/role-counted-measures.tsv` (``FigureClusters/namesOnlyOtherNouns(_:_:)``).
    static let roleCountedMeasures: Set<String> = {
        Set(sharedRows("role-counted-measures.tsv").compactMap(\.first))
    }()

    /// `measure → kinds of unit` its figures can count in (`count`, `share`, `money`, `length`, `area`,
    /// `time`), from the language-neutral `Lexicons/measure-units.tsv`; a measure not listed takes any unit.
    static let measureUnitKinds: [String: Set<String>] = {
        Dictionary(
            sharedRows("measure-units.tsv").filter { $0.count >= 2 }.map { ($0[0], Set($0[1].split(separator: " ").map(String.init))) },
            uniquingKeysWith: { a, _ in a })
    }()

    /// The measure claims are grouped under: the measure's family when it has one.
    static func groupingMeasure(_ measure: String) -> String { measureFamilies[measure] ?? measure }

    /// `unit → (factor, base)`: units the extractor leaves unconverted that the reconcile stage converts to
    /// a common unit (`minute → 1/60 hour`, `acre → square kilometre`), from `Lexicons/unit-conversions.tsv`.
    static let unitConversions: [String: (factor: Double, base: String)] = {
        let entries = sharedRows("unit-conversions.tsv").filter { $0.count >= 3 }.compactMap { row -> (String, (factor: Double, base: String))? in
            guard let factor = Double(row[1]) else { return nil }
            return (row[0], (factor, row[2]))
        }
        return Dictionary(entries, uniquingKeysWith: { a, _ in a })
    }()

    /// The quantity with a normalised value in its common unit, when the extractor gave none and the unit
    /// has a conversion (`90 minutes → 1.5 hours`); the quantity itself otherwise. Only the normalised
    /// value is added: the stated value, which explanations and briefs print, stays as written.
    static func normalized(_ quantity: Quantity) -> Quantity {
        guard quantity.normalized == nil, let unit = quantity.unit, let (factor, base) = unitConversions[unit],
            let stated = quantity.value ?? quantity.high ?? quantity.low
        else { return quantity }
        var converted = quantity
        converted.normalized = Quantity.NormalizedValue(value: stated * factor, unit: base)
        return converted
    }

    /// The unit claims are grouped under: the unit's family when it has one.
    static func groupingUnit(_ unit: String) -> String { unitFamilies[unit] ?? unit }

    /// The lexicon for `language`, or English.
    static func forLanguage(_ language: String) -> ReconcileLexicon {
        all[language] ?? all["en"] ?? ReconcileLexicon()
    }

    /// Words that stay lower-case inside a name the brief capitalises from its label (`Landesamt für
    /// Informationssicherheit`, `Bank of Elmar`): every language's `name.particles` template, since a label keeps the
    /// words of the article's language whatever the brief's.
    static let nameParticles: Set<Substring> = Set(all.values.flatMap { ($0.templates["name.particles"] ?? "").split(separator: " ") })

    /// The languages briefs can be written in.
    static var languages: [String] { all.keys.sorted() }

    private static func loadAll() -> [String: ReconcileLexicon] {
        guard let root = Bundle.module.url(forResource: "Lexicons", withExtension: nil),
            let folders = try? FileManager.default.contentsOfDirectory(at: root, includingPropertiesForKeys: nil)
        else { return [:] }
        var result: [String: ReconcileLexicon] = [:]
        for folder in folders where folder.hasDirectoryPath || !folder.lastPathComponent.contains(".") {
            var lexicon = ReconcileLexicon()
            var scopeCues: [String: Scope] = [:]
            for row in rows(folder.appendingPathComponent("scope.tsv")) where row.count >= 2 {
                if let scope = Scope(rawValue: row[1]) { scopeCues[row[0].lowercased()] = scope }
                if row[1] == "additional-after" { lexicon.additionalAfterNumber.insert(row[0].lowercased()) }
            }
            lexicon.orderedScopeCues = scopeCues.sorted { $0.key < $1.key }.map { ($0.key.split(separator: " "), $0.value) }
            for row in rows(folder.appendingPathComponent("remaining.tsv")) where row.count >= 2 {
                let words = row[0].lowercased().split(separator: " ").map { Substring($0) }
                switch row[1] {
                case "clause": lexicon.remainderCues.append(words)
                case "after": lexicon.remainderCuesAfterNumber.append(words)
                case "not-next": lexicon.remainderCueBreakers.formUnion(words)
                default: break
                }
            }
            for row in rows(folder.appendingPathComponent("brief.tsv")) where row.count >= 2 {
                lexicon.templates[row[0]] = row[1]
            }
            lexicon.composedPartyAdjectiveEndings = (lexicon.templates["party.composed.adjectiveEndings"] ?? "").split(separator: " ")
            lexicon.composedPartyModifiers = Set((lexicon.templates["party.composed.modifiers"] ?? "").split(separator: " "))
            for row in rows(folder.appendingPathComponent("topics.tsv")) where row.count >= 3 {
                lexicon.topics[row[0], default: [:]][row[1]] = (row[2], row.count >= 4 && !row[3].isEmpty ? row[3] : nil)
            }
            for row in rows(folder.appendingPathComponent("parts.tsv")) where row.count >= 2 {
                lexicon.partWords[row[1], default: []].insert(row[0].lowercased())
            }
            for row in rows(folder.appendingPathComponent("display.tsv")) where row.count >= 4 {
                lexicon.display[row[0], default: [:]][row[1]] = (row[2], row[3])
                if row.count >= 5, !row[4].isEmpty {
                    if row[0] == "party" {
                        if row[4] == "plural" { lexicon.pluralParties.insert(row[1]) }
                    } else {
                        lexicon.auxiliaries[row[1]] = row[4]
                    }
                }
                if row.count >= 6, !row[5].isEmpty {
                    if row[0] == "party" { lexicon.datives[row[1]] = row[5] } else { lexicon.passives[row[1]] = row[5] }
                }
            }
            result[folder.lastPathComponent] = lexicon
        }
        return result
    }

    /// The rows of a language-neutral file at the lexicon root (empty when the bundle lacks it).
    private static func sharedRows(_ name: String) -> [[String]] {
        guard let root = Bundle.module.url(forResource: "Lexicons", withExtension: nil) else { return [] }
        return rows(root.appendingPathComponent(name))
    }

    private static func rows(_ url: URL) -> [[String]] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
            return line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
        }
    }

    /// A template with its `{name}` placeholders filled.
    func fill(_ key: String, _ values: [String: String]) -> String {
        var text = templates[key] ?? ReconcileLexicon.forLanguage("en").templates[key] ?? key
        for (name, value) in values {
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
    }

    /// The auxiliary of `predicate` in reported speech (`{aux}` of the statement templates): its own when
    /// display.tsv names one, else the language's `auxiliary` template, else none.
    /// With a plural subject, the template `plural.<auxiliary>` gives the plural form (`habe` → `hätten`).
    func auxiliary(of predicate: String, pluralSubject: Bool = false) -> String {
        let singular = auxiliaries[predicate] ?? templates["auxiliary"] ?? ""
        guard pluralSubject, !singular.isEmpty else { return singular }
        return templates["plural." + singular] ?? singular
    }

    /// How `label` of `kind` reads, singular or plural; the label itself when not listed.
    func word(_ kind: String, _ label: String, plural: Bool = false) -> String {
        guard let entry = display[kind]?[label] else { return label }
        return plural ? entry.plural : entry.singular
    }

    /// The scope the words before a number give it, if any: a further batch when `clause` (the words of the
    /// number's own clause, see ``ClaimFacts/leadIn(of:sentence:clauseOnly:)``) holds a cue of one, else a total
    /// when `text` does. A total's cue reaches over a list ("bisher 196 Palästinenser, 28 Israelis und vier
    /// Ausländer"); a further batch's cue belongs to the number it stands with ("Drei weitere werden noch
    /// vermisst, 13 Menschen wurden verletzt": the 13 are no further batch).
    func scope(ofTextBefore text: String, clause: String? = nil) -> Scope? {
        // Words compared as runs of letters (a cue of several words must stand as one run), without building
        // strings to search: this runs for every figure of a story.
        func words(_ text: String) -> [Substring] {
            text.lowercased().split(whereSeparator: { !$0.isLetterFast })
        }
        func holds(_ words: [Substring], _ cue: [Substring]) -> Bool {
            guard let first = cue.first, words.count >= cue.count else { return false }
            if cue.count == 1 { return words.contains(first) }
            for start in 0...(words.count - cue.count) where words[start] == first {
                if zip(words[start...], cue).allSatisfy({ $0 == $1 }) { return true }
            }
            return false
        }
        let lowered = words(text)
        let clauseWords = clause.map(words) ?? lowered
        var found: Scope?
        for (cueWords, scope) in orderedScopeCues {
            if scope == .additional {
                if holds(clauseWords, cueWords) { return .additional }
            } else if holds(lowered, cueWords) {
                found = scope
            }
        }
        return found
    }
}
