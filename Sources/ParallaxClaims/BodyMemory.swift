/// A body an article has named (`Gesundheitsamt`, `Reederei Nordlicht`, `civil protection`), for
/// resolving a later reference back to it.
struct NamedBody: Sendable, Equatable {
    /// Token index in its sentence (only meaningful within the sentence that named it).
    var index: Int
    /// The source label it goes by.
    var label: String
    /// The descriptor's label when a descriptor introduced it (`union`, `ministry`).
    var type: String?
    /// The lower-case words it was named with (`hafenbehörde`), for the noun test.
    var words: String = ""
}

/// The bodies an article names, in order, and the rule that resolves a reference back to one.
///
/// A definite determiner before a back-reference noun (`die Behörde`, `des Amtes`, `the agency`) or
/// before a descriptor alone (`die Gewerkschaft`) refers to a body named earlier in the article (or
/// earlier in the same sentence): the latest one of the same descriptor type, else the latest whose
/// name ends in the noun (`Amt` → `Gesundheitsamt`), else — for a back-reference noun — the latest
/// body. A general type stands for its kinds (`family` rows of `back-references.txt`: `das Unternehmen`
/// → the airline named before, never a court), and a name ending in a company word is a body of that
/// type (`tail` rows: `Velora Air` → airline). Groups of people (`officials`, `residents`) are never such a body.
struct BodyMemory: Sendable {
    /// Bodies named before the current sentence, oldest first.
    private(set) var bodies: [NamedBody] = []

    /// The bodies one sentence names: organisations and institutions among its entities, and in
    /// languages that capitalise nouns, compounds ending in a back-reference noun (`Gesundheitsamt`).
    static func named(in tokens: [ClaimToken], entities: [EntityMention], pack: LanguagePack) -> [NamedBody] {
        var found: [NamedBody] = []
        for entity in entities where !entity.isAdjective {
            let last = tokens[entity.end - 1].lower
            // A name ending in a back-reference noun is a body (`Marlow Water Office`).
            // A name ending in a company word is a body of its type (`Velora Air`, `Borkmann Bank`).
            let tailType = entity.kind == "name" && entity.end - entity.first > 1 ? pack.backReferences.nameTails[last] : nil
            let isBody = entity.kind == "organisation" || entity.kind == "generic" || tailType != nil
                || (entity.kind == "name" && entity.end - entity.first > 1 && pack.backReferences.nouns[last] != nil)
            guard isBody, !pack.backReferences.groupLabels.contains(entity.name),
                reference(entity, tokens, pack)?.base == nil
            else { continue }
            let words = tokens[entity.first..<entity.end].map(\.lower).joined(separator: " ")
            // A body named by its kind alone (`police`, `the district authorities`) is of that kind: `the company` is never it
            // (round 19; before, with no type, it was the fallback of any reference that found no body of its kind).
            let kind = entity.kind == "generic" ? entity.type ?? entity.name : entity.type ?? tailType
            found.append(NamedBody(index: entity.first, label: entity.name, type: kind, words: words))
        }
        found = withAppositionKinds(found, tokens: tokens, entities: entities, pack: pack)
        found = withoutBracketedParts(found, tokens: tokens, entities: entities, pack: pack)
        guard pack.capitalizesNouns else { return found }
        var next = 0  // the first entity that may still cover a token
        // Tokens are read in place: a copy of each would retain and release its two strings.
        for index in tokens.indices where tokens[index].kind == .word && tokens[index].isCapitalized {
            while next < entities.count, entities[next].end <= index { next += 1 }
            if next < entities.count, entities[next].first <= index { continue }
            guard let label = compoundBody(tokens[index].lower, pack: pack) else { continue }
            found.append(NamedBody(index: index, label: label, type: nil, words: tokens[index].lower))
        }
        return found.sorted { $0.index < $1.index }
    }

    /// A word that ends in a back-reference noun after a modifier (`gesundheitsamts` → gesundheitsamt).
    /// - Complexity: O(1) for most words (last-byte filter), else O(k) suffix tests on bytes.
    static func compoundBody(_ word: String, pack: LanguagePack) -> String? {
        let utf8 = word.utf8
        guard utf8.count > 4 else { return nil }
        let pair = utf8.withContiguousStorageIfAvailable { Int($0[$0.count - 2]) << 8 | Int($0[$0.count - 1]) }
            ?? Int(utf8.dropLast().last!) << 8 | Int(utf8.last!)
        guard pack.backReferences.lastBytePairs[pair] else { return nil }
        guard pack.backReferences.suffixTails.mayEnd(word)
            || pack.backReferences.shortSuffixes.contains(where: { ByteSuffix.hasSuffix(word, $0) })
        else { return nil }
        let length = utf8.count
        for suffix in pack.backReferences.suffixes where length > suffix.bytes.count + 3 - suffix.ending {
            if ByteSuffix.hasSuffix(word, suffix.bytes) {
                return suffix.ending == 0 ? word : String(decoding: utf8.dropLast(suffix.ending), as: UTF8.self)
            }
        }
        return nil
    }

    /// The noun base and descriptor type when `entity` refers back (`die Behörde`), else nil.
    static func reference(_ entity: EntityMention, _ tokens: [ClaimToken], _ pack: LanguagePack) -> (base: String?, type: String?)? {
        guard entity.kind == "generic", entity.end - entity.first == 1, entity.first > 0,
            pack.backReferences.determiners.contains(tokens[entity.first - 1])
        else { return nil }
        let base = pack.backReferences.nouns[tokens[entity.first].lower]
        guard base != nil || entity.type != nil else { return nil }
        return (base, entity.type)
    }

    /// The body a reference with this noun base and type stands for, among the bodies named before
    /// and `current` (the sentence's own bodies before the reference).
    func resolve(base: String?, type: String?, current: [NamedBody], families: [String: Set<String>] = [:]) -> String? {
        let candidates = bodies + current
        if let type, let body = candidates.last(where: { $0.type == type && $0.label != type }) { return body.label }
        // A general type stands for its kinds (`das Unternehmen` → the airline named before).
        let family = type.flatMap { families[$0] }
        if let family, let body = candidates.last(where: { $0.type.map(family.contains) == true && $0.label != type }) {
            return body.label
        }
        if let base, let body = candidates.last(where: { ($0.label.hasSuffix(base) || $0.words.contains(base)) && $0.label != base }) {
            return body.label
        }
        guard base != nil else { return nil }
        // A body of another known kind is not meant (`das Unternehmen` is no court; round 20: nor is `the court` the
        // prosecutors or `the operator` the police named before, also for a kind with no family).
        return candidates.last { body in
            body.label != base && body.label != type
                && (body.type == nil || body.type == type || family?.contains(body.type!) == true || (type == nil && family == nil))
        }?.label
    }

    /// The one body named before (or earlier in the sentence, `current`) whose name a one-word label shortens (round 15):
    /// `Beobachtungsstelle` after `Syrische Beobachtungsstelle für Menschenrechte`, `Northline` after `Northline Grid`,
    /// `Regierung` after `die italienische Regierung`. The word must be a word of the body's label or of the words it was
    /// named with, and the label longer than the word; nil when no body or more than one is so named.
    /// - Complexity: O(bodies × words), once per source label of one word.
    func fullLabel(shortenedAs word: String, current: [NamedBody]) -> String? {
        guard !word.isEmpty, !word.contains(" ") else { return nil }
        var found: String?
        for body in bodies + current where body.label != word && body.label.contains(" ") {
            let shortens = SpacedWords.contains(word, in: body.label) || SpacedWords.contains(word, in: body.words)
            guard shortens else { continue }
            if let found, found != body.label { return nil }
            found = body.label
        }
        return found
    }

    /// The one body named before (or earlier in the sentence, `current`) whose name holds a compound headed by `word`
    /// (round 32: `Verbund` after `Klinikverbund Auental`, `Bündnis` after `Mietenbündnis Estbruck`): a German compound names
    /// a kind of what its last part names, so the last part alone refers back to it. The compound must be longer than the
    /// word by three letters at least and stand before the name's last word; nil when no body or more than one is so named.
    /// - Complexity: O(bodies × words), once per one-word denier where nouns are capitalised.
    func compoundHolder(headedBy word: String, current: [NamedBody]) -> String? {
        guard !word.isEmpty, !word.contains(" ") else { return nil }
        var found: String?
        for body in bodies + current where body.label.contains(" ") {
            // The kind stands before the name (`klinikverbund südheide`), never as the name's last word (`kornhafen`).
            let holds = body.label.split(separator: " ").dropLast().contains { part in
                part.count >= word.count + 3 && part.hasSuffix(word)
            }
            guard holds else { continue }
            if let found, found != body.label { return nil }
            found = body.label
        }
        return found
    }

    /// The label of the body the article's words named last (not a source label a cue gave, which may be a person found by
    /// a role), for a report that refers back (`der Umfrage zufolge`, round 11c).
    private(set) var latestNamed: String?

    /// The label of the body that spoke last, for a pronoun of a thing opening a sentence (`It puts the damage at …`, round
    /// 31): the latest source when it was a body the article named; nil after a person or a role spoke (`the minister said`).
    private(set) var latestSpeaker: String?

    /// Records a sentence's bodies and the body its attribution named, if it is not a person.
    mutating func record(_ named: [NamedBody], source: String?, isPerson: Bool) {
        bodies += named
        if let last = named.last { latestNamed = last.label }
        if let source { latestSpeaker = !isPerson && bodies.contains { $0.label == source } ? source : nil }
        if let source, !isPerson {
            // Named again: it becomes the latest, keeping the words it was first named with.
            let earlier = bodies.last { $0.label == source }
            bodies.removeAll { $0.label == source }
            bodies.append(earlier ?? NamedBody(index: 0, label: source, type: nil, words: source))
        }
    }
}
