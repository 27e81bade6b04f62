import ParallaxModel

/// Turns the findings of each sentence into numbered claims.
struct ClaimBuilder: Sendable {
    var article: Article
    var pack: LanguagePack
    private(set) var claims: [Claim] = []
    /// The party each accusation is made against, by the accusation's claim id (``StatementFinder/accused(in:accuser:)``).
    private var accusedParties: [String: AccusedParty] = [:]
    private var lastSubject: (paragraph: Int, name: String)?
    /// The unit of the latest quantity, which an elliptic count (`weitere 1.500`) inherits.
    private var lastUnit: (position: Int, unit: String)?
    /// The publication day, the time of an event claim when the article dates nothing else.
    var publicationDay: TimeSpan?
    /// The day an undated report covers (``ReportedDay``), which replaces ``publicationDay`` as that time when set.
    var reportedDay: TimeSpan?
    /// The measure of the latest quantity, which the next count of the same unit may continue; `ownNoun` when only its
    /// counted noun named it (``ClaimBuilder/continuesOwnNounMeasure(_:to:)``).
    private var lastMeasure: (position: Int, unit: String, measure: String, ownNoun: Bool, quantity: Quantity)?
    /// The measure of the figure right before the current one, nil when it had none: a part continues only that figure's.
    private var previousMeasure: String?
    /// The time of the latest claim of each measure, with its sentence position.
    private var lastTimes: [String: (position: Int, span: TimeSpan)] = [:]
    /// True when the article counts troops by a word that always means soldiers (`Soldaten`, `troops`, tanks): only then
    /// is `450 men` a count of soldiers (`troop-noun`; round 11b).
    var troopArticle = false
    /// True when the article is about an election (`ClaimExtractor.isElectionArticle`): only then do verbs of
    /// `election-measures.txt` name `won` (round 12d).
    var electionArticle = true
    /// True when the article names illness and no injury (`IllnessStory`; round 24): its hospital counts are no wounded.
    var illnessArticle = false
    /// Number of sentences seen so far.
    private var position = 0
    /// The last party of earlier sentences of the paragraph, adjectives included (`der nordkoreanischen Truppen`).
    private var paragraphActor: (paragraph: Int, name: String)?
    /// How often each party was named so far in the current paragraph.
    private var paragraphCounts: (paragraph: Int, counts: [String: Int]) = (-1, [:])

    /// Canonical measures (`docs/VOCABULARY.md`) that only money undergoes.
    static let moneyMeasures: Set<String> = ["paid", "embezzled"]

    /// Measures a verb of calling off or disturbing gives (`fielen aus` → decrease, `disrupting` → affected, `axed` → cut): said
    /// of a scheduled service or operation (`cancellations.txt`), they name none (round 33).
    static let cancellingMeasures: Set<String> = ["cut", "decrease", "affected"]

    /// Canonical measures (`docs/VOCABULARY.md`) that only people undergo: a bare count with one of
    /// them counts persons.
    static let peopleMeasures: Set<String> = [
        "killed", "wounded", "killed or wounded", "missing", "evacuated", "displaced", "rescued", "arrested", "captured",
    ]

    /// Units of people who take part in something as themselves (inmates in a riot, residents at a meeting): taking part
    /// is no deployment of theirs, unless their noun implies one (`rescuers`, `Helfer`).
    static let participantUnits: Set<String> = [
        "person", "worker", "child", "refugee", "civilian", "patient", "passenger", "suspect", "voter",
    ]

    /// True when a figure that takes part (`took part`, `teilgenommen`) counts helpers or forces: its noun implies a
    /// deployment, or it counts soldiers, vehicles, aircraft or animals.
    func takesPartAsForce(_ mention: QuantityMention) -> Bool {
        if mention.impliedMeasure?.hasPrefix("deployed") == true { return true }
        guard let unit = mention.quantity.unit else { return false }
        return !Self.participantUnits.contains(unit)
    }

    /// True when the figure's counted noun ends in a `troop-noun` (`men`, `Männer`, `Feuerwehrmänner`).
    /// - Complexity: O(t) suffix tests on the noun's last word, t the troop nouns (one or two).
    static func countsTroopNoun(_ mention: QuantityMention, tokens: [ClaimToken], pack: LanguagePack) -> Bool {
        guard mention.end > mention.number + 1, mention.end <= tokens.count else { return false }
        var word = tokens[mention.end - 1].lower
        if word.hasSuffix("n"), pack.capitalizesNouns { word.removeLast() }  // dative `Männern`
        return pack.troopNouns.contains { word.hasSuffix($0) }
    }

    /// True when the figure's counted noun is one whose fleeing is an escape (`detainee`: `Häftlinge`, `inmates`).
    static func countsDetainees(_ mention: QuantityMention, tokens: [ClaimToken], pack: LanguagePack) -> Bool {
        guard mention.end > mention.number + 1, mention.end <= tokens.count else { return false }
        return ((mention.number + 1)..<mention.end).contains { index in
            let word = tokens[index].lower
            return pack.detainees.contains { word.contains($0) }
        }
    }

    /// True when a rate per square metre follows a volume within three words (`190 Liter Regen pro Quadratmeter`,
    /// `60 litres of rain per square metre`).
    func isPerSquareMetre(_ tokens: [ClaimToken], after end: Int) -> Bool {
        var index = end
        while index + 1 < tokens.count, index < end + 4, tokens[index].kind == .word {
            if pack.rateWords.contains(tokens[index]) {
                let next = index + 1
                return pack.units.match(tokens, at: next)?.value.unit == "square metre"
                    || pack.unit(for: tokens[next].lower)?.unit == "square metre"
            }
            index += 1
        }
        return false
    }

    init(article: Article, pack: LanguagePack) {
        self.article = article
        self.pack = pack
    }

    /// Adds a quantity claim for every quantity with a unit or a measure.
    /// - Parameter paragraphStartDay: the paragraph's time with a span from one named day given as that day (round 33).
    mutating func addQuantities(
        _ analysis: SentenceAnalysis, paragraphTime: TimeSpan?, paragraphStartDay: TimeSpan? = nil, eventDay: TimeSpan?
    ) {
        var measureFinder = MeasureFinder(pack: pack)
        measureFinder.electionArticle = electionArticle
        measureFinder.illnessArticle = illnessArticle
        let tokens = analysis.tokenized.tokens
        // Only the figures of the sentence read its measure words and actors; most sentences have none.
        let hasQuantities = !analysis.quantities.isEmpty
        let words = hasQuantities ? measureFinder.find(in: tokens) : []
        let actors = hasQuantities ? analysis.actors(pack: pack) : []
        var sentenceUnit: String?
        /// The measure of the sentence's latest figure with a unit, which an elliptic figure of it continues.
        var sentenceMeasure: String?
        // The counted nouns of the sentence's figures: one figure's noun is no verb or noun of another's clause
        // (`mit rund 4.200 Beschäftigten steuert rund 28 Prozent … bei`, `23 Bergleute in 840 Metern Tiefe`).
        let countedNouns = analysis.quantities.map { ($0.number + 1)..<$0.end }
        let figureList = Self.bareFigureList(analysis.quantities, tokens: tokens, pack: pack)
        let comparedPhrases = Self.comparedPhrases(analysis.quantities, tokens: tokens, pack: pack)
        /// The figure before the current one and its measure, which a restatement of it in brackets takes (round 21).
        var previousFigure: (mention: QuantityMention, measure: String?)?
        for var mention in analysis.quantities {
            // `a prison that was built for 450 men`: a noun that counts troops only in news of troops counts persons
            // elsewhere (round 11b; the article's other units decide, see `troopArticle`).
            if mention.quantity.unit == "soldier", !troopArticle, Self.countsTroopNoun(mention, tokens: tokens, pack: pack) {
                mention.quantity.unit = "person"
            }
            // `bis zu 190 Liter Regen pro Quadratmeter`: litres per square metre are millimetres of rain, the value unchanged.
            if mention.quantity.unit == "litre", isPerSquareMetre(tokens, after: mention.end) {
                mention.quantity.unit = "millimetre"
            }
            var elliptic = false
            // `sowie fünf weitere Objekte`: a noun of its own, though no lexicon knows it, is not the sentence's, unless the
            // figure is a part of the count before (`38 Menschen, darunter drei Attentäter`; round 12).
            if mention.quantity.unit == nil, mention.anaphoric,
                !mention.countsNoun || mention.first > 0 && pack.anaphora.match(tokens, at: mention.first - 1)?.value == true,
                let inherited = sentenceUnit ?? lastUnit.flatMap({ position - $0.position <= 4 ? $0.unit : nil }),
                // A unit of measurement, a currency or a share is written at its figure: a figure with a counted noun of its own
                // (`darunter 140 Regionalzüge` after `1,8 Kilometer`, `auf drei andere Schulen` after `zwei Wochen`) counts
                // that noun and takes none of them (round 32).
                !(mention.countsNoun || mention.quantity.noun != nil) || !measureFinder.isShareSumOrMeasurement(inherited)
            {
                mention.quantity.unit = inherited
                elliptic = sentenceUnit != nil
            }
            // `55.000 haben ihre Wurzeln in der Türkei`: a bare figure opening its sentence as a verb's subject counts what the
            // sentence before counted (round 12d), a count of things, not money or a measure.
            if mention.quantity.unit == nil, mention.continuesCount, let last = lastUnit, position - last.position == 1,
                !MeasureFinder.measurementUnits.contains(last.unit), last.unit != "percent", !pack.currencyCodes.contains(last.unit)
            {
                mention.quantity.unit = last.unit
            }
            // `im Jänner noch 70.000 gekommen, im Februar 50.000 und im März 30.000`: a list of bare figures continues the count
            // of a sentence shortly before, a count of things (round 15).
            if mention.quantity.unit == nil, figureList.contains(mention.number), let last = lastUnit, position - last.position <= 2,
                !MeasureFinder.measurementUnits.contains(last.unit), last.unit != "percent", !pack.currencyCodes.contains(last.unit)
            {
                mention.quantity.unit = last.unit
            }
            // `Im Vorjahr waren es rund 28.000.`, `Bis 2020 sollen es mehr als 200.000 sein.`: a figure without a noun after a
            // pronoun and a copula counts what the sentence before counted (round 13).
            if mention.quantity.unit == nil, sentenceUnit == nil, let last = lastUnit, position - last.position == 1,
                tokens[mention.number].kind == .number, followsDummySubject(tokens, mention)
            {
                mention.quantity.unit = last.unit
                elliptic = true
            }
            // `rund 11.000 Menschen, in Osterfeld etwa 4.200.`, `41 Fälle …, sind es inzwischen 63.`: a figure
            // that ends its clause without a noun counts what the sentence counted before it; so does one placed
            // or shared out by a preposition (`und 1.300 im Cockpit`, `entfallen 44 auf die Volksunion`).
            if mention.quantity.unit == nil, let unit = sentenceUnit,
                mention.gapped  // a conjunct that closes after a counted figure (round 16)
                    || tokens[mention.number].kind == .number
                    && !tokens[mention.number].isFourDigitInteger  // a year (`aus dem Jahr 1612`)
                    && (mention.number == 0 || !tokens[mention.number - 1].isCapitalized)  // an identifier (`in Saal 112`)
                    && endsElliptically(tokens, mention.end)
            {
                mention.quantity.unit = unit
                elliptic = true
            }
            // A figure that opens its own clause after a comma (`Über 300 Menschen sind erkrankt, 23 liegen im Krankenhaus`)
            // counts the sentence's noun. A count on board (`mit 412 Menschen an Bord`) takes no measure of an earlier
            // figure: its clause tells what happened to the vessel.
            if mention.quantity.unit == nil, let unit = sentenceUnit, measureFinder.opensOwnClause(mention, tokens: tokens) {
                mention.quantity.unit = unit
            }
            let keepsOwn = measureFinder.isAboard(mention, tokens: tokens)
            // An elliptic figure (`41 Fälle gezählt …, sind es inzwischen 63`, `…, am Mittwoch folgten weitere 1.300`)
            // continues the measure of the figure whose noun it takes, unless a verb stands right next to it.
            let ownNoun = (mention.number + 1)..<mention.end
            // A part of a whole (`Of the 52 miners underground when the tunnel collapsed, 30 made …`) reads only the words after
            // it: those before belong to the whole's clause (round 12d).
            let clauseWords = words.filter { word in
                !countedNouns.contains { $0 != ownNoun && $0.contains(word.index) } && (!mention.partOfWhole || word.index > mention.number)
            }
            var measure = measureFinder.measure(
                for: mention, among: clauseWords, tokens: tokens,
                limit: elliptic || mention.partOfWhole ? 3 : mention.quantity.unit != nil ? .max
                    : measureFinder.joinsLaterSubject(mention, tokens: tokens) ? .max  // `Hunderte Dächer und … Autos` (round 35)
                    : tokens[mention.number].kind == .number ? 3 : 2)
            // Breaking out (`14 inmates escape, one dead`, `16 entflohenen Häftlinge`, `Häftlinge flohen`) names no measure of
            // docs/VOCABULARY.md, and taking part (`About 200 of the prison's 640 inmates took part`) is a deployment only of
            // helpers and forces: the figure keeps no measure, nor one continued from another figure (round 11b). Nor does
            // hospital treatment in an article about illness (`treated`: `37 von ihnen werden im Krankenhaus behandelt`; round 24).
            var blocked = false
            if measure == "escaped" || measure == "treated"
                || ((measure == "evacuated" || measure == "displaced") && Self.countsDetainees(mention, tokens: tokens, pack: pack))
            {
                measure = nil
                blocked = true
            }
            if measure == "participated" {
                measure = takesPartAsForce(mention) ? "deployed" : nil
                blocked = measure == nil
            }
            if elliptic, !keepsOwn, !blocked, measure == nil { measure = sentenceMeasure }
            // A figure converted in brackets that its own words name no measure undergoes what the figure it restates
            // undergoes (round 21).
            if measure == nil, let previous = previousFigure, restatesInBrackets(mention, previous: previous.mention, tokens: tokens) {
                measure = previous.measure
                blocked = true
            }
            var continued = false
            if measure == nil, !elliptic, measureFinder.leavesVerbToLaterFigure(mention, among: clauseWords, tokens: tokens) {
                blocked = true
            }
            // A figure that is the subject of a clause of its own (`Rund 9.000 Menschen verbrachten die Nacht …`) continues none
            // (round 15b).
            // A part of the count before (`…, darunter mindestens acht Kinder`) continues its measure whatever it counts (round 17).
            // A figure in a subordinate clause continues none of a figure of the sentence before that clause (`Mehr als 40 Fans
            // wurden verletzt, nachdem die Veranstalter mehr als 60.000 Menschen … gelassen hatten`, `… were killed when a bus
            // carrying 44 pupils plunged`): its clause tells of something else (round 34).
            // Asked only where a measure could be continued: the clause scan is the dearest of these conditions.
            func opensSubordinateClauseAfterPreviousFigure() -> Bool {
                guard let previous = previousFigure,
                    let opener = measureFinder.subordinateOpener(of: mention, tokens: tokens)
                else { return false }
                return previous.mention.end <= opener
            }
            if measure == nil, !blocked, !elliptic, !keepsOwn, let last = lastMeasure, position - last.position <= 1,
                !opensSubordinateClauseAfterPreviousFigure(),
                last.unit == mention.quantity.unit && Self.continuesOwnNounMeasure(last.ownNoun, to: mention, after: last.quantity)
                    && !measureFinder.isSumOfOwnHeadNoun(mention, tokens: tokens)
                    || (previousMeasure == last.measure && Self.opensPart(mention, tokens: tokens, language: pack.language)
                        && measureFinder.admits(last.measure, unit: mention.quantity.unit)),
                !measureFinder.isSubjectOfOwnClause(mention, tokens: tokens),
                position == last.position || carriesIntoNextSentence(mention, lastQuantity: last.quantity, tokens: tokens),
                !(last.measure == "size" && (mention.partOfWhole || mention.continuesCount)),  // a part is no whole's size
                // A share of a whole (`drei Viertel der Fernzüge`) is no change by that share (round 23).
                !((last.measure == "increase" || last.measure == "decrease") && measureFinder.isShareOfWhole(mention, tokens: tokens))
            {
                measure = last.measure
                continued = true
            }
            // A count of troops with no verb of its own (`von 4.000–6.000 Mann berichtet`) is a deployment.
            // Seats after a definite article (`Die 138 Abgeordneten, denen …`, `der 138 Abgeordneten`, `the 12 MPs`) refer to members
            // known to the reader: they restate who they are, not what a party won (round 17). Troops after one still serve where
            // they stand (`the 150 soldiers guarding the prison` → deployed, dev8).
            let referred = mention.first > 0 && pack.determiners.contains(tokens[mention.first - 1])
            if measure == nil, !blocked, let unit = mention.quantity.unit, let fallback = pack.defaultMeasures[unit],
                !(referred && fallback == "won")
            {
                measure = fallback
            }
            // A verb of receiving or paying (`erhalten`, `received`) names a payment only for money: `5,2 Millionen
            // Stimmen erhalten` are votes (the unit's own measure), `135.000 Kunden sollen Gutscheine erhalten` no payment.
            if let current = measure, Self.moneyMeasures.contains(current), let unit = mention.quantity.unit, unit != "percent",
                !pack.currencyCodes.contains(unit)
            {
                measure = pack.defaultMeasures[unit]
            }
            // `kills at least 38`, `injuring more than 400`: what only people undergo counts persons.
            let bare = mention.end >= tokens.count || tokens[mention.end].kind != .word
                || pack.commonWords.contains(tokens[mention.end].lower) || words.contains { $0.index == mention.end }
            if mention.quantity.unit == nil, bare, !mention.countsNoun, let measure, Self.peopleMeasures.contains(measure) {
                mention.quantity.unit = "person"
            }
            // `mehr als 40 Flüge wurden gestrichen`, `2.100 gestrichenen Zügen`: cutting services cancels them, and
            // cancellations name no measure (`cancellations.txt`).
            if measure == "cut", (mention.end..<min(tokens.count, mention.end + 2)).contains(where: { pack.isCancellable(tokens[$0]) })
                || (mention.end > mention.number + 1 && pack.isCancellable(tokens[mention.end - 1]))
            {
                measure = nil
            }
            // So does any verb of calling them off or disturbing them (`Mehr als 200 Züge fielen aus, darunter 140 Regionalzüge`,
            // `disrupting 46 flights`, `nearly 1,500 operations have been axed`): a scheduled service or operation is counted as
            // such whatever its verb says, as every writer who annotates one gives it (dev2, dev4, dev7, dev9, dev25, dev26, dev27;
            // round 33). Read on the counted noun, or for a figure whose noun no unit names on the words after it up to a common
            // word (`some 120 regional train services`), once per figure of these measures.
            if let current = measure, Self.cancellingMeasures.contains(current) {
                if mention.end > mention.number + 1 {
                    if pack.isCancellable(tokens[mention.end - 1]) { measure = nil }
                } else {
                    var index = mention.end
                    while index < min(tokens.count, mention.end + 3), tokens[index].kind == .word,
                        !pack.commonWords.contains(tokens[index].lower)
                    {
                        if pack.isCancellable(tokens[index]) {
                            measure = nil
                            break
                        }
                        index += 1
                    }
                }
            }
            // A share is not employed: `arbeiten` counts workers (`arbeiten rund 11.000 Menschen`), while `Etwa einer von drei
            // Befragten erklärte, … von zu Hause aus zu arbeiten` is a survey answer, whose measure is null (real.md; round 11).
            if measure == "employed", mention.quantity.unit == "percent" { measure = nil }
            // People counted as employed are workers (`arbeiten rund 11.000 Menschen`; docs/VOCABULARY.md).
            if measure == "employed", mention.quantity.unit == "person" { mention.quantity.unit = "worker" }
            // A continued measure is not continued again: a run of survey shares (`drei von vier Teilnehmer … Etwa zwei von drei
            // Befragten … Rund 15 Prozent … Mehr als 90 Prozent`) does not carry one figure's verb through the article (round 11).
            // Nor is a size (`von den 28 EU-Staaten` … `Die 15 anderen Mitgliedsstaaten`): it describes one figure only, and it
            // ends the run of the measure before it (`Von den 64 Bergleuten unter Tage erreichten 41 …` is no toll; round 12d).
            // So is a change a comparative names (`ein Viertel mehr als 2014`): it is the difference of that figure alone, and the
            // shares listed after it are levels (round 17).
            if measure == "size" || (measure != nil && measureFinder.comparativeChange(after: mention, tokens: tokens) == measure) {
                lastMeasure = nil
            } else if let measure, let unit = mention.quantity.unit, !continued || unit != "percent" {
                lastMeasure = (position, unit, measure, !continued && Self.namesOwnMeasure(mention, measure: measure), mention.quantity)
            }
            previousMeasure = measure
            previousFigure = (mention, measure)
            // `Dutzende wurden verletzt`, `31 werden vermisst`: a count without a noun whose measure happens only to people
            // counts persons (round 15).
            if mention.quantity.unit == nil, !mention.countsNoun, !mention.partOfWhole, let current = measure,
                pack.peopleMeasures.contains(current)
            {
                mention.quantity.unit = "person"
            }
            guard mention.quantity.unit != nil || measure != nil || mention.countsNoun || mention.partOfWhole || mention.spelledCount
                else { continue }
            // A length or span after a count (`23 Kumpel sind in 840 Metern Tiefe eingeschlossen, zwölf wurden verletzt`)
            // is not what a later elliptic figure counts.
            if let unit = mention.quantity.unit,
                !(MeasureFinder.measurementUnits.contains(unit) && sentenceUnit.map { !MeasureFinder.measurementUnits.contains($0) } == true)
            {
                sentenceUnit = unit
                lastUnit = (position, unit)
                // A whole's size (`Von den 120 Sitzen entfallen 44 …`) is not what its parts continue.
                sentenceMeasure = measure == "size" ? nil : measure
            }
            var subject = mention.owner ?? subject(near: mention.number, actors: actors)
            if subject == nil, let last = lastSubject, last.paragraph == analysis.sentence.paragraph {
                subject = last.name
            }
            if subject == nil, let last = paragraphActor, last.paragraph == analysis.sentence.paragraph {
                subject = last.name
            }
            if let subject { lastSubject = (analysis.sentence.paragraph, subject) }
            let time = claimTime(
                analysis, mention: mention, measure: measure,
                paragraphTime: measure.map { Self.stateMeasures.contains($0) } == true ? paragraphStartDay : paragraphTime,
                eventDay: eventDay, comparedPhrases: comparedPhrases,
                proposal: measureFinder.demandedShare(mention, tokens: tokens) != nil)
            let first = tokens[mention.first].start, end = tokens[max(mention.end, mention.number + 1) - 1].end
            claims.append(
                Claim(
                    id: "c\(claims.count + 1)", article: article.id, sentence: analysis.sentence.id,
                    text: analysis.tokenized.slice(from: first, to: end), kind: .quantity, quantity: mention.quantity,
                    measure: measure, subject: subject,
                    attribution: speakerUnhedged(
                        clauseAttribution(analysis, number: mention.number)
                            ?? (cueIsEmbedded(analysis, number: mention.number) || cueIsInOtherClause(analysis, number: mention.number)
                                || figureIsInRelativeClause(analysis, number: mention.number)
                                ? nil : analysis.effective
                                ?? carriedAttribution(analysis, measure: measure, unit: mention.quantity.unit)),
                        analysis, number: mention.number),
                    time: time, start: first, end: end))
        }
        position += 1
        let sourceRange = analysis.attribution.sourceRange
        if paragraphCounts.paragraph != analysis.sentence.paragraph {
            paragraphCounts = (analysis.sentence.paragraph, [:])
        }
        for entity in analysis.entities where (entity.kind == "country" || entity.country != nil) && entity.kind != "place"
            && !(sourceRange?.contains(entity.first) ?? false)
        {
            paragraphCounts.counts[entity.country ?? entity.name, default: 0] += 1
        }
        if let top = paragraphCounts.counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) {
            paragraphActor = (analysis.sentence.paragraph, top.key)
        }
    }

    /// True when a pronoun with a copula or auxiliary next to it stands before the figure in its clause (`waren es`, `es
    /// waren`, `there were`) and the figure ends its clause, perhaps before an infinitive (`sollen es … 200.000 sein`).
    private func followsDummySubject(_ tokens: [ClaimToken], _ mention: QuantityMention) -> Bool {
        var end = mention.end
        if end < tokens.count, tokens[end].kind == .word, !tokens[end].isCapitalized { end += 1 }
        guard end >= tokens.count || [",", ".", ";", "!", "?"].contains(tokens[end].text) else { return false }
        var index = mention.first - 1
        while index > 0, mention.first - index <= 6, tokens[index].kind == .word {
            if pack.dummySubjects.contains(tokens[index]),
                pack.subjectVerbs.contains(tokens[index - 1]) || index + 1 < tokens.count && pack.subjectVerbs.contains(tokens[index + 1])
            {
                return true
            }
            index -= 1
        }
        return false
    }

    /// True when a figure without a noun ends at `end` as an elliptic count: its clause ends there (after a
    /// closing quote: `nicht „rund 410.000“, wie …`), or a preposition of `ellipsis-prepositions.txt` places or
    /// shares it out before a name or a determiner (`1.300 im Cockpit`, `1,700 from Korvik`).
    private func endsElliptically(_ tokens: [ClaimToken], _ end: Int) -> Bool {
        var end = end
        while end < tokens.count, ["“", "”", "\"", "»", "«", "’"].contains(tokens[end].text) { end += 1 }
        guard end < tokens.count else { return true }
        if [",", ".", ";", "!"].contains(tokens[end].text) { return true }
        guard pack.ellipsisPrepositions.contains(tokens[end]), end + 1 < tokens.count, tokens[end + 1].kind == .word else {
            return false
        }
        return tokens[end + 1].isCapitalized || pack.sourceSkips.contains(tokens[end + 1])
    }

    /// The attribution of the figure's own part of the sentence when the sentence names two sources: the
    /// one cue whose source stands between the same commas as the number (`Laut Norrbana fallen 1.840
    /// Züge aus, die Gewerkschaft spricht von 2.100`); a part with none takes the nearest cue.
    private func clauseAttribution(_ analysis: SentenceAnalysis, number: Int) -> Attribution? {
        let clauses = analysis.attribution.clauses
        guard clauses.count > 1, Set(clauses.map(\.attribution.source)).count > 1 else { return nil }
        let tokens = analysis.tokenized.tokens
        func isBoundary(_ index: Int) -> Bool { tokens[index].text == "," || tokens[index].text == ";" }
        let part = Self.span(around: number, count: tokens.count, isBoundary: isBoundary)
        let own = clauses.filter { $0.range.lowerBound >= part.lowerBound && $0.range.upperBound <= part.upperBound }
        if own.count == 1 { return own[0].attribution }
        guard own.isEmpty else { return nil }
        // A part with no cue of its own (`…, nicht „rund 410.000“, wie der Konzern behauptet`) takes the nearest cue.
        func distance(_ clause: ClauseAttribution) -> Int {
            clause.range.lowerBound > number ? clause.range.lowerBound - number : number - clause.range.upperBound
        }
        // A cue in a clause of its own speaks only for that clause; a reporter citing another source defers to it.
        let candidates = clauses.filter {
            !$0.relayed && !isEmbedded($0.cue, speaker: $0.range, in: analysis, number: number)
        }
        let sorted = candidates.sorted { distance($0) < distance($1) }
        guard let nearest = sorted.first else { return nil }
        return sorted.count == 1 || distance(nearest) < distance(sorted[1]) ? nearest.attribution : nil
    }

    /// The tokens around `index` up to the nearest boundary on either side, boundaries left out: the clause or segment a
    /// figure or a cue stands in, for whatever `isBoundary` says ends one.
    /// - Complexity: O(sentence length).
    private static func span(around index: Int, count: Int, isBoundary: (Int) -> Bool) -> Range<Int> {
        var lower = index
        while lower > 0, !isBoundary(lower - 1) { lower -= 1 }
        var upper = index
        while upper < count, !isBoundary(upper) { upper += 1 }
        return lower..<upper
    }

    /// True when the sentence's cue stands in a clause of its own that does not hold the number: a clause
    /// opened after a comma by a subordinating or coordinating word (`…, while the State Department said …`),
    /// or a relative clause between two commas (`The GSN union, which says it represents 6,300 workers, is
    /// demanding a 9.5% raise`). Such a cue speaks for its own clause only.
    private func cueIsEmbedded(_ analysis: SentenceAnalysis, number: Int) -> Bool {
        guard let cue = analysis.attribution.cueRange else { return false }
        return isEmbedded(cue, speaker: analysis.attribution.sourceRange, in: analysis, number: number)
    }

    /// True when the sentence's own cue stands in another main clause than the number: past a semicolon with a figure
    /// of its own (`Elf Wohnhäuser wurden zerstört; die Geröllmassen schätzt der Landesgeologische Dienst auf …`, `Die
    /// Anklageschrift umfasst laut Zeitung 270 Seiten; dem Landgericht liegen zudem 204 Aktenordner vor`), or, for a
    /// prepositional cue (`laut`, `zufolge`) inside a clause with a figure of its own rather than opening it, past a comma (`…bargen die
    /// Einsatzkräfte zwei Tote, vier Bewohner werden laut Bezirkshauptmannschaft noch vermisst`). A cue that opens its
    /// clause (`Laut Polizei wurden 12 Menschen verletzt, drei davon schwer`) or a verb of saying closing the sentence
    /// (`…, sagte die Polizei`) speaks for the whole sentence (round 11) — but not for a figure before it when it opens a
    /// later part after a comma or right after a word that opens another clause (round 29,
    /// `ClaimBuilder+LaterClauseCue.swift`).
    /// - Complexity: O(sentence length), once per figure of a sentence that states a source.
    private func cueIsInOtherClause(_ analysis: SentenceAnalysis, number: Int) -> Bool {
        guard let cue = analysis.attribution.cueRange, let range = analysis.attribution.sourceRange,
            analysis.effective?.why?.hasPrefix("cue") == true
        else { return false }
        let tokens = analysis.tokenized.tokens
        // A cue may open with its comma (`, so der VCÖ`): its clause starts at its first word.
        let cueStart = cue.first { tokens[$0].kind == .word } ?? cue.lowerBound
        // The marks as a short array, compared, not a set literal built and hashed at every call (round 31).
        func segment(_ marks: [String]) -> Range<Int> {
            Self.span(around: cueStart, count: tokens.count) { marks.contains(tokens[$0].text) }
        }
        func hasFigure(after start: Int, in part: Range<Int>) -> Bool {
            analysis.quantities.contains { $0.number >= start && $0.number < part.upperBound }
        }
        let clause = segment([";"])
        if number < clause.lowerBound, hasFigure(after: cue.upperBound, in: clause) { return true }
        // A verb cue right after a conjunction joining predicates (`… shut down all 18 turbines and put the damage at …`) speaks
        // for its own predicate: the figures of the first are the writer's, unless it names them in a speech act of its own
        // (`He called the $1.7 billion … a signing bonus and said …`; round 34, `AttributionFinder+CoordinatedSpeaker`).
        if !analysis.attribution.cueIsPrepositional, number < cueStart - 1,
            AttributionFinder.speaksForLaterPredicate(tokens, cue: cueStart, language: pack.language)
        {
            return true
        }
        guard analysis.attribution.cueIsPrepositional else { return false }
        let part = segment([",", ";", ":"])
        // A cue right after a word that opens another clause (`… erschüttert und nach Angaben des Zivilschutzes 38 …`)
        // opens that clause there (round 29).
        let afterOpener = cueStart > part.lowerBound && Self.opensClause(tokens, at: cueStart - 1, pack: pack)
        let lower = afterOpener ? cueStart - 1 : part.lowerBound
        guard number < lower, hasFigure(after: lower, in: part) else { return false }
        if afterOpener || Self.opensLaterPart(cueStart: cueStart, part: part, tokens: tokens) { return true }
        return (part.lowerBound..<range.lowerBound).filter { tokens[$0].kind == .word }.count >= 2
    }

    /// True when the tokens `cue` stand in a clause of their own that does not hold the number; `speaker` is the range
    /// that names the cue's speaker, if known.
    private func isEmbedded(
        _ cue: Range<Int>, speaker: Range<Int>?, in analysis: SentenceAnalysis, number: Int
    ) -> Bool {
        let tokens = analysis.tokenized.tokens
        if Self.isInDashedAside(cue, speaker: speaker, tokens: tokens, number: number) { return true }
        func isBoundary(_ index: Int) -> Bool { tokens[index].text == "," || tokens[index].text == ";" }
        var comma = cue.lowerBound - 1
        while comma >= 0, !isBoundary(comma) { comma -= 1 }
        // `…: Nachdem das Gesundheitsamt … 41 Fälle gezählt hatte, sind es inzwischen 63`: a sentence (or the part
        // after its colon) opened by a subordinating word keeps the cue of its first clause there.
        let opening = (tokens[..<cue.lowerBound].lastIndex { $0.text == ":" }).map { $0 + 1 } ?? 0
        if comma < 0, opening < cue.lowerBound, pack.clauseOpeners.contains(tokens[opening]),
            !pack.numberConnectors.contains(tokens[opening].lower)
        {
            var close = cue.upperBound
            while close < tokens.count, !isBoundary(close) { close += 1 }
            return close < tokens.count && number > close
        }
        guard comma >= 0, comma + 1 < tokens.count, number < comma || number > cue.upperBound else { return false }
        var close = cue.upperBound
        while close < tokens.count, !isBoundary(close) { close += 1 }
        if number > comma && number < close { return false }
        let opener = tokens[comma + 1]
        if pack.clauseOpeners.contains(opener) { return number < comma }
        guard pack.relativePronouns.contains(opener) else { return false }
        if close < tokens.count { return number < comma || number >= close }
        return number < comma && opensFinalRelativeClause(at: comma + 1, cue: cue, speaker: speaker, tokens: tokens)
    }

    /// `sagten 25 Prozent der Befragten, sie würden …`, `Auch abends sei man erreichbar, gab rund die Hälfte der Befragten
    /// an`: a figure whose own clause holds a verb of saying counts the speakers; the subjunctive of the clause that reports
    /// what they said does not hedge it. Only the sentence's own subjunctive is lifted, not a hedge carried from before.
    /// - Complexity: O(clause length), only for hedged figures.
    private func speakerUnhedged(_ attribution: Attribution?, _ analysis: SentenceAnalysis, number: Int) -> Attribution? {
        guard var attribution, attribution.hedged, let subjunctive = analysis.attribution.subjunctiveIndex,
            attribution.why?.hasPrefix("carried") != true
        else { return attribution }
        let tokens = analysis.tokenized.tokens
        func isBoundary(_ index: Int) -> Bool { [",", ";", ":"].contains(tokens[index].text) }
        let clause = Self.span(around: number, count: tokens.count, isBoundary: isBoundary)
        guard !clause.contains(subjunctive),
            let verb = clause.first(where: { tokens[$0].kind == .word && pack.sayingVerbs.contains(tokens[$0]) })
        else { return attribution }
        attribution.hedged = false
        attribution.why = (attribution.why ?? "") + "; not hedged: the figure is the subject of “\(tokens[verb].text)”, the subjunctive “\(tokens[subjunctive].text)” reports what was said"
        return attribution
    }

    /// The source of a figure of the same kind (measure and unit) in the sentence just before, in the same
    /// paragraph, for a sentence that names none: results read out one after another ("Nach Angaben der
    /// Wahlkommission kam A auf 41,2 Prozent. B erreichte 33,8 Prozent.") share their source.
    private func carriedAttribution(_ analysis: SentenceAnalysis, measure: String?, unit: String?) -> Attribution? {
        guard let measure, unit != nil, analysis.attribution.stated == nil,
            let previous = claims.last(where: { $0.kind == .quantity }), previous.sentence != analysis.sentence.id,
            previous.measure == measure, previous.quantity?.unit == unit, var attribution = previous.attribution,
            attribution.source != nil,
            let previousSentence = article.sentences.firstIndex(where: { $0.id == previous.sentence }),
            let thisSentence = article.sentences.firstIndex(where: { $0.id == analysis.sentence.id }),
            thisSentence == previousSentence + 1,
            article.sentences[previousSentence].paragraph == analysis.sentence.paragraph
        else { return nil }
        attribution.hedged = false
        attribution.why = "source carried from the figure of the same kind in \(previous.sentence)"
        return attribution
    }

    /// The time of a quantity: the nearest time of its sentence that does not date the speaking
    /// (`said on Wednesday`); else, for an event (not a size, workforce or bare count), the time of
    /// the latest claim with the same measure, the paragraph's time or the article's event day.
    private mutating func claimTime(
        _ analysis: SentenceAnalysis, mention: QuantityMention, measure: String?, paragraphTime: TimeSpan?,
        eventDay: TimeSpan?, comparedPhrases: [Range<Int>] = [], proposal: Bool = false
    ) -> TimeSpan? {
        let tokens = analysis.tokenized.tokens
        // A workforce, an estimated cost, a pledge or a planned cut is no dated event: a time in its sentence belongs to
        // another clause (`founded in 1961, employs 140 people`, `will cut 2,400 jobs by 2028`) (round 24).
        if let measure, Self.undatedMeasures.contains(measure) { return nil }
        // An earlier figure compared back (`up from 31 on Saturday`, `not the 84,000 it reported on Tuesday`) takes the time of
        // its own phrase, the day it was reported included; the figure compared with it takes no time of that phrase, and
        // with no other time of its own the day of the speaking (round 33, `ClaimBuilder+ComparedTime.swift`).
        var comparing = false
        if !comparedPhrases.isEmpty {
            if let phrase = comparedPhrases.first(where: { $0.contains(mention.number) }) {
                if let time = analysis.times.first(where: { phrase.contains($0.first) && $0.datesEvents }) {
                    return analysis.span(of: time)
                }
            } else {
                comparing = comparedPhrases.contains { $0.lowerBound > mention.number }
            }
        }
        let own = analysis.times.filter { time in
            !datesSpeech(time, tokens) && timeMayDate(time, number: mention.number, tokens: tokens)
                && (comparedPhrases.isEmpty || !comparedPhrases.contains { $0.contains(time.first) })
        }
        .min { abs($0.first - mention.number) < abs($1.first - mention.number) }
        if own == nil, comparing, let speaking = analysis.times.first(where: { time in
            time.datesEvents && datesSpeech(time, tokens) && !comparedPhrases.contains(where: { $0.contains(time.first) })
        }) {
            return analysis.span(of: speaking)
        }
        if let own {
            let span = analysis.span(of: own)
            let state = measure.map { Self.stateMeasures.contains($0) } == true
            if let measure { lastTimes[measure] = (position, state ? analysis.carriedSpan(of: own) : span) }
            // What is in a state since a named day (`six cavers have been trapped since Friday`, `85 km halted since
            // Wednesday`) is dated by that day, the event's; a count of events since then (`burned 13,800 acres since
            // Monday`) keeps the whole span (round 33).
            if own.sinceDay, state { return analysis.carriedSpan(of: own) }
            return spansFromItsDay(mention, tokens: tokens) ? Self.durationSpan(span, quantity: mention.quantity) : span
        }
        guard let measure, !Self.timelessMeasures.contains(measure), !Self.ownTimeMeasures.contains(measure) else { return nil }
        // A figure per a span of time (`jährlich rund 900 Tonnen`, `9,500 meals a day`) is a standing rate: it takes no time from
        // the context (round 29; dev2, dev6, dev23).
        if isRate(mention, tokens: tokens) { return nil }
        // A share offered or demanded (`has offered 3.5 percent`) is a proposal, as a pledge is: it takes no time from the
        // context (round 22; dev2, dev13, dev15 and dev16 date none).
        if proposal { return nil }
        if let last = lastTimes[measure], position - last.position <= 3 { return last.span }
        if let time = paragraphTime ?? eventDay { return time }
        return Self.ongoingMeasures.contains(measure) ? nil : reportedDay ?? publicationDay
    }

    /// Measures of states and estimates rather than events: they take no time from the context.
    static let timelessMeasures: Set<String> = ["size", "duration"]

    /// Measures that take no time at all, not even their own sentence's (round 24): with a time in the sentence, the study
    /// writers dated none of them — workforces 0 of 10 (7 writers), costs 0 of 11 (5), pledges 0 of 8 (3), job cuts 0 of 10 (3).
    static let undatedMeasures: Set<String> = ["employed", "cost", "pledged", "cut"]

    /// Measures dated only by their own sentence, not by the context (round 24): undated without a time of their own in
    /// 7 writers' splits and dated in none for increases (2 of 50), 9 against 2 for payments, 6 against none for fines — a
    /// raise demanded, a compensation offered and a fine threatened are no events of the day.
    static let ownTimeMeasures: Set<String> = ["increase", "paid", "fined"]

    /// Measures of figures in a state rather than of events counted (round 33): with a span since a named day in their
    /// sentence or paragraph (`trapped since Friday`, `85 km halted since Wednesday`), they are dated by that day, the
    /// event's (dev7, dev24, dev27). A figure without a measure is not: it is as often a count of events since then (`has
    /// answered 12,000 calls since Saturday`, dev22, dev23), and the checking half lost two times when it was.
    static let stateMeasures: Set<String> = ["missing", "distance"]

    /// Measures of ongoing states (troops deployed, land held): not dated by the publication day.
    static let ongoingMeasures: Set<String> = ["deployed", "controlled"]

    /// True when a speech verb stands right next to the time (`teilte am Mittwoch mit`).
    private func datesSpeech(_ time: TimeMention, _ tokens: [ClaimToken]) -> Bool {
        for index in max(0, time.first - 3)..<min(tokens.count, time.end + 3) where index < time.first || index >= time.end {
            if let cue = pack.cues.match(tokens, at: index), cue.value.direction == "verb" { return true }
        }
        return false
    }

    /// The actor of a quantity: the nearest actor before the number, else the first after it;
    /// persons and bodies stand for their country.
    private func subject(near index: Int, actors: [EntityMention]) -> String? {
        let chosen = actors.last { $0.end <= index } ?? actors.first { $0.first > index }
        guard let chosen else { return nil }
        return chosen.kind == "country" || chosen.kind == "name" ? chosen.name : chosen.country ?? chosen.name
    }

    /// Adds the sentence's central statement, its denial and its direct quotes.
    /// - Parameter previous: the ids of the (up to three) sentences before this one.
    mutating func addStatements(_ analysis: SentenceAnalysis, previous: [String]) {
        let finder = StatementFinder(pack: pack)
        // Claims come in sentence order: the recent ones are at the end. They are read in place, by index:
        // a copy of each claim looked at would retain and release all its strings.
        // A denial contests a statement of the sentences just before it (latest first), or the article's latest
        // accusation: the finder picks the one it shares most words with.
        // Quotations and `said` statements of the sentence just before are candidates too: a denial that points back
        // at one (`widerspricht dieser Darstellung`) contests it (round 24; the finder decides).
        var candidates: [Claim] = []
        for position in claims.indices.reversed() {
            guard claims[position].sentence == analysis.sentence.id || previous.contains(claims[position].sentence) else { break }
            if claims[position].kind == .statement, claims[position].statement?.predicate != "denies",
                claims[position].statement?.predicate != "said" || claims[position].sentence == previous.last,
                claims[position].sentence != analysis.sentence.id
            {
                candidates.append(claims[position])
            }
        }
        for position in claims.indices.reversed()
        where claims[position].kind == .statement && claims[position].statement?.predicate == "accused" {
            if !candidates.contains(where: { $0.id == claims[position].id }) { candidates.append(claims[position]) }
            break
        }
        for var claim in finder.statements(
            in: analysis, denialCandidates: candidates, accusedParties: accusedParties, sentenceBefore: previous.last) {
            claim.id = "c\(claims.count + 1)"
            claim.article = article.id
            if claim.statement?.denies == StatementFinder.sameSentenceTarget { claim.statement?.denies = claims.last?.id }
            // Whom an accusation is made against, for the denial by a kind noun that follows it (round 22) — also when the
            // accusation is read as a charge of knowledge (`accused the authority of knowing about …`, round 30), which
            // was a bare accusation before knowledge had a predicate.
            if claim.statement?.predicate == "accused" || StatementFinder.isChargedKnowledge(claim),
                let accused = finder.accused(in: analysis, accuser: claim.attribution?.source) {
                accusedParties[claim.id] = accused
            }
            claims.append(claim)
        }
    }
}
