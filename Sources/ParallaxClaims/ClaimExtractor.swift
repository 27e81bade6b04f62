public import ParallaxModel

/// Finds the claims an article makes: quantities and statements, with attribution.
///
/// Each sentence is tokenized once; the quantity, time, entity, attribution and measure finders
/// work on its tokens with the article language's ``LanguagePack``. Attribution carries over to
/// following sentences of the same paragraph while they stay in reported speech (Konjunktiv I,
/// `soll`, `reportedly`) and stops when the writer speaks in the indicative again.
public struct ClaimExtractor: Sendable {
    public init() {}

    /// The claims of one article, numbered `c1`, `c2`, … locally; the pipeline renumbers them.
    /// - Complexity: O(n) in the length of the body.
    public func extract(from article: Article) -> [Claim] {
        let pack = LanguagePack.pack(for: article.language, sample: article.body)
        let tokenized = article.sentences.map { pack.phraseStarts.marking(TokenizedSentence(text: $0.text, base: $0.start)) }
        let names = ArticleNames(sentences: tokenized.map(\.tokens), pack: pack)
        let analyses = analyze(article, tokenized: tokenized, names: names, pack: pack)
        var builder = ClaimBuilder(article: article, pack: pack)
        // `450 men` counts soldiers only in an article that counts troops by another word (round 11b).
        // The analyses are read in place, by position: `analyses.contains { … }` copied each one, retaining and releasing
        // its every array and string (round 20: such copies were about 2 % of the stage by profile).
        builder.troopArticle = analyses.indices.contains { position in
            analyses[position].quantities.contains { mention in
                mention.quantity.unit.map(Self.troopUnits.contains) == true
                    && !ClaimBuilder.countsTroopNoun(mention, tokens: analyses[position].tokenized.tokens, pack: pack)
            }
        }
        builder.electionArticle = Self.isElectionArticle(analyses, pack: pack)
        // Hospital treatment counts the wounded only where someone was hurt: not in an outbreak or a heat wave (round 24).
        builder.illnessArticle = IllnessStory.of(pack.language).isIllnessStory(tokenized.map(\.tokens))
        // An article that dates nothing near its start reports events of its publication day.
        builder.publicationDay = article.published.flatMap(CalendarDay.init(iso:)).map {
            TimeSpan(text: $0.iso, start: $0.iso, end: $0.iso)
        }
        // A report published early in the morning covers the day before (round 23).
        builder.reportedDay = ReportedDay.of(published: article.published)
        // The first dated day among the first three sentences that are no heading, read by position: the lazy filter
        // this was copied each analysis it passed (round 20b).
        var eventDay: TimeSpan?
        var notHeadings = 0
        for position in analyses.indices where analyses[position].sentence.role != .heading {
            if notHeadings == 3 { break }
            notHeadings += 1
            if let time = analyses[position].times.first(where: { $0.start != nil && $0.start == $0.last && !$0.dateline }) {
                eventDay = analyses[position].span(of: time)
                break
            }
        }
        let paragraphTimes = Self.paragraphTimes(analyses, published: builder.publicationDay?.start)
        // The start days differ from the paragraph times only where a time runs from one named day (`carriedSpan(of:)`); an
        // article without one reads the same array (round 33, cspeed33: most articles, and the second pass made every
        // time's text again).
        let hasSinceDay = analyses.indices.contains { position in analyses[position].times.contains(where: \.sinceDay) }
        let paragraphStartDays = hasSinceDay
            ? Self.paragraphTimes(analyses, published: builder.publicationDay?.start, startDays: true) : paragraphTimes
        for position in analyses.indices {
            builder.addQuantities(
                analyses[position], paragraphTime: paragraphTimes[position], paragraphStartDay: paragraphStartDays[position],
                eventDay: eventDay)
            if analyses[position].sentence.role != .heading {
                builder.addStatements(
                    analyses[position], previous: (max(0, position - 3)..<position).map { analyses[$0].sentence.id })
            }
        }
        // A verdict of falsity no one is said to speak is by the actor the article names most (round 29).
        // A statement of prior knowledge stands where the article reports it answered or charged (round 30).
        let verdicts = Self.namingVerdictParties(
            Self.keepingAnsweredKnowledge(builder.claims), analyses: analyses, pack: pack, ownRelease: { Self.isOwnRelease(article) })
        let claims = StoryPlace.qualifying(verdicts, sentences: tokenized, names: names, pack: pack)
        let named = Self.resolvingSurnames(
            Self.namingOutlet(claims, publisher: article.publisher ?? Self.releaseSender(article), firmBody: Self.isFirmRelease(article) ? article.body : nil),
            named: Self.fullNames(analyses, pack: pack))
        return Self.withoutPossessiveEndings(
            Self.namingByAbbreviation(named, abbreviations: Self.bracketedAbbreviations(analyses, capitalizesNouns: pack.capitalizesNouns)))
    }

    /// The label a cue of the outlet itself (`nach unseren Informationen`, `the Clarion has learned`;
    /// source `@outlet` in `attribution-cues.txt`) stands for: the publisher's name, lower-case, without a
    /// leading article of any language or a legal form at either end (`The Daily Clarion` → daily clarion, `Der Standard` → standard,
    /// `Rechtsanwälte Wendt & Sauerbrey` → wendt & sauerbrey, round
    /// 11c: so the label is the one the outlet goes by when it names itself, `laut STANDARD-Informationen`); no source without
    /// a publisher.
    /// `firmBody`: the body of a firm's own release, whose sender goes by the short name it calls itself by (round 22).
    static func namingOutlet(_ claims: [Claim], publisher: String?, firmBody: String? = nil) -> [Claim] {
        guard claims.contains(where: { $0.attribution?.source == outletSource }) else { return claims }
        var words = (publisher ?? "").lowercased().split(separator: " ").map(String.init)
        if words.count > 1, leadingArticles.contains(words[0]) { words.removeFirst() }
        while let last = words.last, legalForms.contains(last) { words.removeLast() }
        // A form written with a space (`Landvolkverband Haverloh e. V.`) is the listed form without it (round 20).
        while words.count > 2, legalForms.contains(words[words.count - 2] + words[words.count - 1]) { words.removeLast(2) }
        // `Rechtsanwälte Wendt & Sauerbrey`: a professional word also frames a firm's name from the front (round 19).
        while words.count > 1, legalForms.contains(words[0]) { words.removeFirst() }
        var label = words.isEmpty ? nil : words.joined(separator: " ")
        if let body = firmBody, let full = label { label = shortFirmLabel(full, body: body) }
        return claims.map { claim in
            guard var attribution = claim.attribution, attribution.source == outletSource else { return claim }
            var claim = claim
            attribution.source = label
            claim.attribution = attribution
            // A denial in the publisher's own voice names it as the denier too (round 29).
            if claim.statement?.deniedBy == outletSource {
                claim.statement?.deniedBy = label
                if claim.statement?.subject == outletSource { claim.statement?.subject = label }
                if claim.subject == outletSource { claim.subject = label }
            }
            return claim
        }
    }

    /// Articles that may open a publisher's name (`Der Standard`): `determiner` rows of `function-words.txt`, every language.
    static let leadingArticles: Set<String> = functionWordRows("determiner")

    /// Units that only news of troops counts (`docs/VOCABULARY.md`).
    static let troopUnits: Set<String> = ["soldier", "tank", "missile", "shell", "drone"]

    /// The source label of cues by which the outlet reports its own findings.
    static let outletSource = "@outlet"

    /// Legal forms that end a publisher's name but are no part of the label: `legal-forms.txt` of every
    /// language (a publisher's name keeps the form of its own country whatever the article's language).
    static let legalForms: Set<String> = Set(
        LexiconFile.languages.flatMap { LexiconFile.rows("legal-forms.txt", in: LexiconFile.folder(language: $0)).map { $0[0] } })

    /// Names of persons and of bodies found by their shape that the article gives in two words or more (`donald trump`,
    /// `new york times`), each once. Where nouns are capitalised a name found by its shape alone is too often a noun
    /// phrase (`Medial Novomatic`): only persons count there.
    static func fullNames(_ analyses: [SentenceAnalysis], pack: LanguagePack) -> [String] {
        var names: [String] = []
        // By position: `for analysis in analyses` copied each analysis (round 20b).
        for position in analyses.indices {
            for entity in analyses[position].entities
            where (entity.kind == "person" || (entity.kind == "name" && !pack.capitalizesNouns)) && entity.name.contains(" ") {
                if !names.contains(entity.name) { names.append(entity.name) }
            }
        }
        // Persons introduced by a role the entity finder does not know (`EU-Ratspräsident Donald Tusk`, round 15).
        for name in (analyses.last?.speakers.people.values).map(Array.init)?.sorted() ?? [] where !names.contains(name) {
            names.append(name)
        }
        return names
    }

    /// A person named by surname alone ("sagte Brenvik") is the person the article named in full before
    /// ("Tomas Brenvik"): sources and subjects take the full name when exactly one earlier name ends so. Failing
    /// that, a short name (`trump`, `times`) takes the one full name of the article's persons and bodies that ends
    /// so, wherever the article gives it (`named`; round 11b: `Donald Trump`, `The New York Times`).
    static func resolvingSurnames(_ claims: [Claim], named: [String] = []) -> [Claim] {
        var fullNames: [String] = []
        func resolve(_ name: String?) -> String? {
            guard let name else { return nil }
            if name.contains(" ") {
                if !fullNames.contains(name) { fullNames.append(name) }
                return name
            }
            let matches = fullNames.filter { $0.hasSuffix(" " + name) }
            if matches.count == 1 { return matches[0] }
            guard matches.isEmpty else { return name }
            let elsewhere = named.filter { $0.hasSuffix(" " + name) }
            return elsewhere.count == 1 ? elsewhere[0] : name
        }
        return claims.map { claim in
            var claim = claim
            if var attribution = claim.attribution {
                attribution.source = resolve(attribution.source)
                claim.attribution = attribution
            }
            let subject = resolve(claim.subject)
            claim.subject = subject
            if var statement = claim.statement {
                statement.subject = resolve(statement.subject)
                statement.deniedBy = resolve(statement.deniedBy)
                claim.statement = statement
            }
            return claim
        }
    }

    /// Runs the finders over every sentence (`tokenized`, one per sentence of the article, with the article's
    /// `names`) and resolves attribution carry-over.
    func analyze(
        _ article: Article, tokenized: [TokenizedSentence], names: ArticleNames, pack: LanguagePack
    ) -> [SentenceAnalysis] {
        let reference = article.published.flatMap(CalendarDay.init(iso:))
        var quantityFinder = QuantityFinder(pack: pack)
        // A headline of a strike makes the article's people counted by their trade workers (round 22).
        if let first = article.sentences.first, first.role == .heading, let headline = tokenized.first {
            quantityFinder.industrialHeadline = pack.industrialAction.isNamed(in: headline.tokens)
        }
        let timeFinder = TimeFinder(pack: pack)
        let entityFinder = EntityFinder(pack: pack, names: names)
        let attributionFinder = AttributionFinder(pack: pack)
        var analyses: [SentenceAnalysis] = []
        var carried: (paragraph: Int, sentence: String, attribution: Attribution)?
        // The speaker of reported speech interrupted by indicative sentences without a cue (a quotation whose marks the
        // text lost, `Es wurde alles getan …`), which a later sentence in the subjunctive resumes (round 17).
        var interrupted: ResumableSpeaker?
        // Who the article named so far (persons, their roles, bodies), and the interview answer under way.
        var memory = SpeakerContext()
        var answer: (turn: String, name: String)?
        var interviewed = false
        var abbreviations: [String: EntityMention] = [:]
        let ownRelease = Self.isOwnRelease(article)
        let firmRelease = Self.isFirmRelease(article)
        for (sentence, tokenized) in zip(article.sentences, tokenized) {
            let entities = Self.resolvingAbbreviations(
                entityFinder.find(in: tokenized.tokens), tokens: tokenized.tokens, known: &abbreviations)
            let named = BodyMemory.named(in: tokenized.tokens, entities: entities, pack: pack)
            memory.named = named
            let speakers = memory
            let attribution = attributionFinder.analyze(tokenized, entities: entities, speakers: speakers)
            let sourceIsPerson = attribution.stated?.source == memory.lastPerson
                || entities.contains { $0.kind == "person" && $0.name == attribution.stated?.source }
            memory.bodies.record(named, source: attribution.stated?.source, isPerson: sourceIsPerson)
            var effective: Attribution?
            // An interview: `Poposki: 100 ausländische Beamte sind …` opens an answer of the person named before whose last
            // name stands before the colon; the answer runs until the next turn (`STANDARD: …`).
            if let turn = Self.turn(tokenized.tokens) {
                let name = memory.people[turn] ?? Self.givenName(of: tokenized.tokens[0], before: analyses.map(\.tokenized), pack: pack)
                // Only in an interview: a turn of the interviewer (`STANDARD:`) came before; a single `Stumpf: Das muss man sich
                // anschauen.` inside a report is a quote, and the narration after it is the writer's.
                answer = interviewed ? name.map { (turn: tokenized.tokens[0].text, name: $0) } : nil
                if name == nil { interviewed = true }
            }
            if attribution.stated == nil, let answer {
                effective = Attribution(
                    text: answer.turn + ":", source: answer.name, hedged: attribution.hedged,
                    why: "interview answer of “\(answer.turn)”" + (attribution.hedgeCue.map { ", hedge “\($0)”" } ?? ""))
                carried = nil
            } else if let stated = attribution.stated {
                effective = stated
                carried = (sentence.paragraph, sentence.id, stated)
            } else if (attribution.hedged && !attribution.citesUnnamed) || attribution.continuation != nil,
                let previous = carried ?? interrupted?.resumed(by: attribution, tokens: tokenized.tokens, paragraph: sentence.paragraph, pack: pack),
                previous.paragraph == sentence.paragraph || attribution.continuation != nil
                    // Reported speech that opens the next paragraph goes on reporting the last sentence's source.
                    || (attribution.hedged && previous.paragraph + 1 == sentence.paragraph && previous.sentence == analyses.last?.sentence.id
                        && previous.attribution.why?.hasPrefix(AttributionFinder.reportedSpeechWhy) != true)
            {
                let cue = attribution.hedgeCue.map { "reported speech “\($0)”" } ?? "“\(attribution.continuation ?? "")”"
                effective = Attribution(
                    text: previous.attribution.text, source: previous.attribution.source,
                    hedged: attribution.hedged || previous.attribution.hedged, why: "carried from \(previous.sentence): \(cue)")
                carried = previous
            } else if let reported = attribution.reportedSpeaker {
                // An indicative sentence that opens reported speech (`… erhob schwere Vorwürfe.`) hands its speaker on.
                carried = (sentence.paragraph, sentence.id, reported)
            } else if attribution.hedged {
                effective = Attribution(
                    text: attribution.hedgeCue ?? "", source: nil, hedged: true,
                    why: "hedge “\(attribution.hedgeCue ?? "")”")
                carried = nil
            } else if ownRelease, let pronoun = Self.publisherPronoun(
                in: tokenized.tokens, language: pack.language,
                before: { analyses.reversed().prefix { $0.sentence.paragraph == sentence.paragraph }.map(\.tokenized) })
            {
                // The publisher speaking of itself (`Wir vertreten …`, round 20): the `@outlet` label, none without a publisher.
                effective = Attribution(
                    text: pronoun, source: Self.outletSource, hedged: false, why: "\(Attribution.publisherVoiceReason) “\(pronoun)”")
                carried = nil
            } else if firmRelease {
                // A firm's own release states its own figures (round 22): a sentence with no cue, carry or hedge is the sender's.
                effective = Attribution(
                    text: "", source: Self.outletSource, hedged: false, why: "\(Attribution.publisherVoiceReason): a firm's release")
                interrupted = carried.map { ResumableSpeaker(carried: $0, interruptedBy: entities) } ?? interrupted?.interrupted(by: entities)
                carried = nil
            } else {
                interrupted = carried.map { ResumableSpeaker(carried: $0, interruptedBy: entities) } ?? interrupted?.interrupted(by: entities)
                carried = nil
            }
            if carried != nil || attribution.stated != nil { interrupted = nil }
            if sentence.role == .heading { carried = nil; answer = nil; interrupted = nil }
            let introduced = attributionFinder.introducedPersons(in: tokenized.tokens)
            memory.recordPersons(entities, introduced: introduced, tokens: tokenized.tokens)
            memory.previousOpener = attributionFinder.openingParty(entities, introduced: introduced, tokens: tokenized.tokens)
            analyses.append(
                SentenceAnalysis(
                    sentence: sentence, tokenized: tokenized, entities: entities,
                    times: timeFinder.find(in: tokenized.tokens, reference: reference),
                    quantities: quantityFinder.find(in: tokenized.tokens), attribution: attribution,
                    effective: effective, speakers: speakers))
        }
        return Self.attributingBackwards(analyses, pack: pack)
    }

    /// The lower-cased word before a colon that opens the sentence (`Baumgartner: Durchaus.`, `STANDARD: …`): a turn
    /// of an interview.
    static func turn(_ tokens: [ClaimToken]) -> String? {
        guard tokens.count > 2, tokens[0].kind == .word, tokens[0].isCapitalized, tokens[1].text == ":" else { return nil }
        return tokens[0].lower
    }

    /// The full name of an interviewee the entity finder did not know (`Constantia-Flexibles-Chef Alexander Baumgartner`
    /// … `Baumgartner: Ja, …`): the last name's first use after a capitalised given name in the sentences before. Names
    /// written in capitals (`STANDARD:`, the outlet's questions) and words after a determiner are no one's.
    /// - Complexity: O(tokens before), only for a sentence that opens an interview turn.
    static func givenName(of word: ClaimToken, before sentences: [TokenizedSentence], pack: LanguagePack) -> String? {
        guard word.text != word.text.uppercased() else { return nil }
        for sentence in sentences {
            let tokens = sentence.tokens
            for index in tokens.indices.dropFirst() where tokens[index].lower == word.lower && (index + 1 == tokens.count || tokens[index + 1].text != ":") {
                let given = tokens[index - 1]
                guard given.kind == .word, given.isCapitalized, given.text.count > 2, given.text != given.text.uppercased(),
                    !pack.sourceSkips.contains(given), !pack.determiners.contains(given), !pack.commonWords.contains(given.lower),
                    pack.roles.match(tokens, at: index - 1) == nil
                else { continue }
                return given.lower + " " + word.lower
            }
        }
        return nil
    }

    /// Abbreviations that stand for a body named right before them (`des karsenischen Geheimdienstes SND`,
    /// `Civic Alliance (CA)`): the abbreviation, there and later in the article (`Dem SND zufolge`), is that body.
    static func resolvingAbbreviations(
        _ entities: [EntityMention], tokens: [ClaimToken], known: inout [String: EntityMention]
    ) -> [EntityMention] {
        var result: [EntityMention] = []
        for entity in entities {
            guard entity.kind == "name", entity.end - entity.first == 1, EntityFinder.isAcronym(tokens[entity.first]) else {
                result.append(entity)
                continue
            }
            var gap = entity.first
            if gap > 0, tokens[gap - 1].text == "(" { gap -= 1 }
            if let body = result.last, body.end == gap, !body.isAdjective, body.kind != "person", body.kind != "name" {
                known[entity.name] = body
                result[result.count - 1].end = entity.end + (gap < entity.first ? 1 : 0)
                continue
            }
            if var body = known[entity.name] {
                body.first = entity.first
                body.end = entity.end
                result.append(body)
            } else {
                result.append(entity)
            }
        }
        return result
    }

    /// The time each sentence's paragraph gives: the latest one stated before the sentence in the
    /// paragraph, else the first one after it unless that one lies after the publication day.
    /// - Complexity: O(n) in the number of sentences (one pass forwards, one backwards).
    /// - Parameter startDays: give a span from one named day (`seit Freitagabend`) as that day, as a state takes it (round 33).
    static func paragraphTimes(_ analyses: [SentenceAnalysis], published: String?, startDays: Bool = false) -> [TimeSpan?] {
        var times = [TimeSpan?](repeating: nil, count: analyses.count)
        var latest: (paragraph: Int, span: TimeSpan)?
        for position in analyses.indices {
            let paragraph = analyses[position].sentence.paragraph
            if let latest, latest.paragraph == paragraph { times[position] = latest.span }
            if let time = analyses[position].times.last(where: \.datesParagraph) {
                latest = (paragraph, startDays ? analyses[position].carriedSpan(of: time) : analyses[position].span(of: time))
            }
        }
        // A later sentence's date dates an earlier one only when it is no later than the publication day:
        // a date after it is a plan or a deadline (`will die Regierung bis zum 15. November vorstellen`).
        var next: (paragraph: Int, span: TimeSpan?)?
        for position in analyses.indices.reversed() {
            let paragraph = analyses[position].sentence.paragraph
            if times[position] == nil, let next, next.paragraph == paragraph { times[position] = next.span }
            if let time = analyses[position].times.first(where: \.datesParagraph) {
                let span = startDays ? analyses[position].carriedSpan(of: time) : analyses[position].span(of: time)
                if let start = span.start, let published, start > published {
                    next = (paragraph, nil)
                } else {
                    next = (paragraph, span)
                }
            }
        }
        return times
    }

    /// True when an article is about an election: it counts votes or seats, or a word ends like an election word of
    /// `election-measures.txt` (`Landtagswahl`, `Wähler`, `Umfrage`). Languages without such a file treat every article as one.
    /// - Complexity: O(n) in the article's tokens, one suffix test per cue.
    static func isElectionArticle(_ analyses: [SentenceAnalysis], pack: LanguagePack) -> Bool {
        guard !pack.electionCues.isEmpty else { return true }
        let cues = pack.electionCueEndings
        let choices = ChoiceWords.of(pack.language)
        // By position, in place: `contains` over the analyses and tokens copied each (round 20).
        return analyses.indices.contains { position in
            analyses[position].quantities.contains { $0.quantity.unit == "vote" || $0.quantity.unit == "seat" }
                || analyses[position].tokenized.tokens.withUnsafeBufferPointer { tokens in
                    tokens.indices.contains { index in
                        tokens[index].kind == .word && tokens[index].text.utf8.count >= 4
                            && cues.isSuffix(lower: tokens[index].lower, isLatin1: tokens[index].isLatin1)
                            && !choices.isSuffix(of: tokens[index])
                    }
                }
        }
    }

    /// The word endings of `election-measures.txt`, tested against a token's lower-cased text.
    ///
    /// Round 14: `String.hasSuffix` (a comparison by characters, with canonical equivalence) for every
    /// cue and word of an article that is not about an election cost 7 % of the claims stage by profile.
    /// Where the token and the cues are Latin-1 (``ClaimToken/isLatin1``: NFC, no combining marks) a
    /// suffix by characters is a suffix by UTF-8 bytes, so the bytes are compared; other tokens keep
    /// `hasSuffix`.
    struct ElectionCues {
        /// The cues as written.
        let cues: [String]
        /// The cues' UTF-8 bytes, or `nil` when a cue is not Latin-1.
        let bytes: [[UInt8]]?
        /// Of `bytes`, the cues shorter than four bytes, and the tails (``SuffixTails``) of the others: a word whose tails
        /// are none of these ends in no longer cue, which at most three look-ups answer (round 19: the cue loop ran for
        /// every word of an article about no election).
        private let shortBytes: [[UInt8]]
        private let longTails: SuffixTails

        init(_ cues: [String]) {
            self.cues = cues
            let bytes = cues.allSatisfy(ClaimToken.isLatin1) ? cues.map { Array($0.utf8) } : nil
            self.bytes = bytes
            self.shortBytes = (bytes ?? []).filter { $0.count < 4 }
            self.longTails = SuffixTails(bytes ?? [])
        }

        /// Whether `token.lower` ends with one of the cues — `cues.contains { token.lower.hasSuffix($0) }`.
        ///
        /// Inlined (round 21): called for every word of an article with the token read from a buffer, the token was copied
        /// into the call, its strings retained and released.
        @inline(__always)
        func isSuffix(of token: ClaimToken) -> Bool {
            isSuffix(lower: token.lower, isLatin1: token.isLatin1)
        }

        /// ``isSuffix(of:)`` from a token's two fields (round 23: the election test passed whole tokens read from a buffer,
        /// and each was copied, both strings retained and released, for every word of every article).
        @inline(__always)
        func isSuffix(lower: String, isLatin1: Bool) -> Bool {
            if isLatin1, let bytes {
                // On the word's contiguous bytes, read once (round 23): each test below otherwise fetched them again.
                if let answer = lower.utf8.withContiguousStorageIfAvailable({ word in
                    if shortBytes.contains(where: { ByteSuffix.hasSuffix(word, $0) }) { return true }
                    guard word.count >= 4, longTails.mayEnd(word, end: word.count) else { return false }
                    return bytes.contains { ByteSuffix.hasSuffix(word, $0) }
                }) {
                    return answer
                }
                if shortBytes.contains(where: { ByteSuffix.hasSuffix(lower, $0) }) { return true }
                guard lower.utf8.count >= 4, longTails.mayEnd(lower) else { return false }
                return bytes.contains { ByteSuffix.hasSuffix(lower, $0) }
            }
            return cues.contains { lower.hasSuffix($0) }
        }
    }
}
