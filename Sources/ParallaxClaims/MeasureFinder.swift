import ParallaxModel

/// Finds what a counted number measures from the words of its clause (`entsandt` → deployed).
///
/// The counted noun's own measure comes first (`Gefallene` → killed); then the nearest verb of
/// the clause; a noun (`Verluste`) only when no verb names a measure. Lexicon phrases such as
/// `verwundet oder getötet` are measures of their own (`killed or wounded`).
struct MeasureFinder: Sendable {
    var pack: LanguagePack
    /// False in an article about no election: verbs of `election-measures.txt` then name no `won` (round 12d).
    var electionArticle = true
    /// True in an article that names illness and no injury (`IllnessStory`): hospital treatment there names no `wounded`
    /// (round 24).
    var illnessArticle = false

    init(pack: LanguagePack) {
        self.pack = pack
    }

    /// True when this is an article about no election and the word names a measure of an election's result there: a `won`
    /// of a verb that names it only in an election (`kommt auf 56 Prozent`), and since round 28 any measure of
    /// `election-measures.txt`'s `measure` rows (`gewonnen`, `told they had won`, `the turnout at 25,000` of a march).
    private func isWonOutsideElection(_ label: String, _ word: ClaimToken) -> Bool {
        !electionArticle && (pack.electionMeasures.contains(label) || label == "won" && pack.electionVerbs.contains(word.lower))
    }

    /// The measure words of a sentence: token index and measure.
    func find(in tokens: [ClaimToken]) -> [(index: Int, length: Int, measure: LanguagePack.Measure)] {
        var found: [(index: Int, length: Int, measure: LanguagePack.Measure)] = []
        var index = 0
        while index < tokens.count {
            if tokens[index].kind == .word, let match = pack.measures.match(tokens, at: index),
                !(match.value.lowerCaseOnly && tokens[index].isCapitalized)
            {
                // A participle between a determiner and its noun is an adjective (`the affected schools`,
                // `die betroffenen Schulen`, `each affected household`), not the clause's verb.
                let attributive = isAttributive(at: index, length: match.length, isNoun: match.value.isNoun, tokens: tokens)
                var measure = match.value
                if !measure.isNoun, isNominalised(at: index, length: match.length, tokens: tokens) { measure.isNoun = true }
                let negated = !measure.isNoun
                    && (isNegated(at: index, tokens: tokens) || isNegatedAfter(end: index + match.length, tokens: tokens))
                // Hospital treatment in an article about illness counts patients: `treated`, which names no measure and
                // continues none (round 24).
                if isCareOfTheIll(match.value.label, at: index, length: match.length, tokens: tokens) { measure.label = "treated" }
                if !attributive, !negated, !isWonOutsideElection(match.value.label, tokens[index]) {
                    found.append((index, match.length, measure))
                }
                index += match.length
            } else {
                index += 1
            }
        }
        // A verb whose particle stands later (`kam die Partei … auf 37,5 Prozent`): the measure sits at the
        // particle, next to the number it governs.
        // By position: the token is copied only for a separable verb (round 31: every word was copied, its two strings
        // retained and released), and the verbs' keys answer most misses before the dictionary.
        for index in tokens.indices where tokens[index].kind == .word {
            guard pack.maySeparate(tokens[index].lower), pack.separableMeasureKeys.mayContain(tokens[index]),
                let entries = pack.separableMeasures[tokens[index].lower]
            else { continue }
            let token = tokens[index]
            for entry in entries where !isWonOutsideElection(entry.label, token) {
                // A particle that must close its clause (`zu`, also the mark of an infinitive: `nahm … auf, um … zu finanzieren`)
                // counts only before a punctuation mark or the sentence's end (round 25).
                guard
                    let particle = tokens.indices[(index + 1)...].first(where: {
                        tokens[$0].lower == entry.particle
                            && (!entry.closesClause || $0 + 1 == tokens.count || tokens[$0 + 1].kind == .punctuation)
                    })
                else { continue }
                // Such a particle closes the verb's own clause: one after a comma or a semicolon belongs to another verb (`sagte,
                // die Zahl nahm um zwölf Prozent zu`; round 30). An abbreviation's point stays inside (`auf 747 Mio. Pfund zu`).
                if entry.closesClause,
                    tokens[(index + 1)..<particle].contains(where: { $0.kind == .punctuation && ($0.text == "," || $0.text == ";") })
                {
                    continue
                }
                var measure = LanguagePack.Measure(label: entry.label, isNoun: false)
                measure.closesClause = entry.closesClause
                found.append((particle, 1, measure))
            }
        }
        return found
    }

    /// The measure for the quantity at `mention`, given the sentence's measure words and clause
    /// boundaries (`;`, a comma before a subordinating word).
    /// - Parameter limit: the most words allowed between the quantity and its measure word.
    func measure(
        for mention: QuantityMention, among words: [(index: Int, length: Int, measure: LanguagePack.Measure)],
        tokens: [ClaimToken], limit: Int = .max
    ) -> String? {
        if let phrase = words.first(where: { $0.index > mention.first && $0.index < mention.end && $0.index + $0.length > mention.end }) {
            return phrase.measure.label  // `900 Tote und Verletzte`: a phrase that starts at the counted noun
        }
        // `Insgesamt 20 tote Migranten und tausende gerettete Flüchtlinge`: a participle or adjective of measure between the
        // figure and its noun is the figure's own, whatever the clause's other figures undergo (round 11).
        if mention.quantity.unit != nil,
            let own = words.first(where: {
                $0.index > mention.number && $0.index + $0.length < mention.end && !$0.measure.isNoun
                    && fitsDimension($0.measure, unit: mention.quantity.unit)
            })
        {
            return own.measure.label
        }
        // A figure joined to its unit by a hyphen describes a thing (`the 48-metre dam`, `a 150-member
        // parliament`, `a 48-hour strike`): its size, or a duration for units of time.
        if mention.number + 2 < tokens.count, tokens[mention.number + 1].text == "-",
            tokens[mention.number + 1].spaceBefore == tokens[mention.number + 2].spaceBefore,  // `30 - day` when tokenised
            tokens[mention.number + 2].kind == .word, !tokens[mention.number + 1].spaceBefore || mention.end > mention.number + 2
        {
            return mention.impliedMeasure == "duration" ? "duration" : "size"
        }
        // `das für 450 Passagiere zugelassen ist`, `built for 450 prisoners and holds 640`: a capacity is a size (round 14).
        if isCapacity(mention, tokens: tokens) { return "size" }
        // `ein Wachstum von drei Prozent`, `Temperaturanstieg um zwei Grad`, `a rise of 4%`, `eine Pauschale von 306 Euro`: a noun
        // of change, payment or charge before the figure's preposition (round 15).
        if let named = nominalMeasure(of: mention, tokens: tokens) { return named }
        // A word right before a share that names its change (`profit was up 12%`, `shares closed down 6.2%`, `plus 12
        // Prozent`; `function-words.txt`).
        // Not before a share of a whole, which is no change unless the word takes it as what is lost (round 23).
        if mention.quantity.unit == "percent", let change = changeWord(before: mention, tokens: tokens),
            !isShareOfWhole(mention, tokens: tokens) || takesWhole(before: mention, tokens: tokens)
        {
            return change
        }
        // A comparative right after a share, a sum or a figure after `um`/`by` names its change (`um 40 Prozent mehr`, `20% more`;
        // round 17).
        if let comparative = comparativeChange(after: mention, tokens: tokens) { return comparative }
        // A bare share offered or demanded is the rise asked for (`Das Ministerium bietet 3,5 Prozent`, `has offered 3.5
        // percent`; round 22).
        if let demanded = demandedShare(mention, tokens: tokens) { return demanded }
        // A length names a distance or a size by the words around it (`70 Kilometer südlich von`, `25 Meter langen`,
        // `in einem Umkreis von drei Kilometern`, `some 25 metres long`; `dimension-words.txt`).
        if let dimension = dimension(of: mention, tokens: tokens) { return dimension }
        // So does an adjective of size after an area, volume or weight (`rund 1.800 Quadratmeter große Dach`; round 21).
        if let size = extentSize(of: mention, tokens: tokens) { return size }
        // A unit's measure marked weak (`Beschäftigte` → employed?) yields to a verb of the clause
        // (`betroffen sind rund 3.400 Beschäftigte` → affected).
        // `fiel die Arbeitslosenquote in 22 EU-Staaten`, `in 40 Sprachen übersetzt`, `In sechs Ländern stieg sie an`: a figure
        // right after a preposition of circumstance (`function-words.txt`, `adjunct`) is an adjunct of its clause; the
        // clause's verbs are about something else. Its unit's own measure and a noun of the clause still name it, and a
        // count of cases there (`in zwei Fällen`) counts instances, not patients.
        let adjunct = mention.first > 0 && pack.adjunctPrepositions.contains(tokens[mention.first - 1])
            && mention.quantity.unit != "person"
        var weak: String?
        if let implied = mention.impliedMeasure {
            if adjunct, implied == "infected" { return nil }
            guard implied.hasSuffix("?") else { return outcome(of: implied, mention: mention, among: words, tokens: tokens) ?? implied }
            weak = String(implied.dropLast())
        }
        // A count placed on board (`eine Fähre mit 412 Menschen an Bord sank`, `a ferry with 75 people on board capsized,
        // killing eleven`) says how many were there: the clause's verb tells what happened to the vessel.
        // Only as the vessel's company after `mit`/`with`: a count on board that is its clause's subject undergoes its verb
        // (`Die 23 Seeleute an Bord wurden ausgeflogen`; round 22).
        if isAboard(mention, tokens: tokens), isCarriedAboard(mention, tokens: tokens) { return weak }
        // A measure noun right after the figure names what it is (`€600m savings drive`, `a 9.5% raise`).
        if let noun = words.first(where: { $0.index == mention.end && $0.measure.isNoun }) { return noun.measure.label }
        // So does a noun of injury or illness after `mit`/`with` (`seven people with minor injuries`; round 20).
        if let state = carriedState(of: mention, among: words, tokens: tokens) { return state }
        // So does a noun of cost whose figure follows `von`/`of` (`ein Schaden von 1,1 Millionen Euro`, `damage of
        // €2m`): the amount is the cost whatever the verb; aid of a sum takes the verb's measure (paid, pledged).
        // Round 12: a fine too (`Rekordstrafe von 105 Millionen Dollar`), and a range right after such a noun (`Strafen
        // zwischen 27,50 und 270 Euro`).
        let rangeAfterNoun = mention.quantity.qualifier == .range && mention.first < mention.number
        if mention.first >= 2, pack.costPrepositions.contains(tokens[mention.first - 1]) || rangeAfterNoun,
            let noun = words.first(where: {
                $0.index + $0.length == mention.first - (rangeAfterNoun ? 0 : 1) && $0.measure.isNoun
                    && ($0.measure.label == "cost" || $0.measure.label == "fined")
            }), admits(noun.measure.label, unit: mention.quantity.unit)
        {
            return noun.measure.label
        }
        // `die Leichen von weiteren 13 Migranten`, `the evacuation of 300 residents`: a noun of measure that governs the count
        // through `von`/`of` names it (round 18).
        if let head = headNounMeasure(of: mention, among: words, tokens: tokens) { return head }
        // `None of the 14 crew members was hurt`: those a negation picks out are spared what the clause says (round 22).
        if isSparedPart(mention, tokens: tokens) { return weak }
        var clause = clauseBounds(tokens, around: mention.number)
        // A figure inside a relative clause between commas (`Comey, who served three presidents, said he took …`) reads only
        // the verbs of that clause, as the verbs of such a clause are no figure's outside it (round 13).
        if let relative = enclosingRelativeClause(tokens, around: mention.number) {
            clause = max(clause.lowerBound, relative.lowerBound)..<min(clause.upperBound, relative.upperBound)
        }
        // A figure without a noun right after a comma that opens a clause with a measure verb of its own (`Elf Menschen
        // seien ums Leben gekommen, 64 habe man aus dem Wasser gerettet`): the verbs before the comma are another figure's,
        // and the verb that closes its own clause is its own however far it stands. Without a verb of its own (`…, 23
        // liegen im Krankenhaus`) it goes on counting what the sentence counted, with its measure.
        var limit = limit
        // A figure and its noun opening a main clause of their own after a comma (`…, knapp 180.000 Haushalte sitzen seitdem
        // ohne Gas da`, `…, and about 180 residents were evacuated`) read no verb before the comma (round 15b).
        if opensCoordinatedClause(mention, tokens: tokens) { clause = mention.first..<clause.upperBound }
        if opensOwnClause(mention, tokens: tokens),
            words.contains(where: { !$0.measure.isNoun && $0.index >= mention.end && $0.index < clause.upperBound })
        {
            clause = mention.first..<clause.upperBound
            limit = .max
        }
        let embedded = embeddedClauses(tokens, around: mention.number)
        let inClause = words.filter { $0.index >= clause.lowerBound && $0.index < clause.upperBound }
            .filter { $0.index >= mention.end || $0.index + $0.length <= mention.first }
            .filter { word in !embedded.contains { $0.contains(word.index) } }
        func distance(_ word: (index: Int, length: Int, measure: LanguagePack.Measure)) -> Int {
            let between = word.index >= mention.end ? mention.end..<word.index : (word.index + word.length)..<mention.first
            let commas = between.reduce(0) { $0 + (tokens[$1].text == "," ? 3 : 0) }
            return commas + (word.index >= mention.end ? word.index - mention.end : (mention.first - word.index) + 1)
        }
        func gap(_ word: (index: Int, length: Int, measure: LanguagePack.Measure)) -> Int {
            word.index >= mention.end ? word.index - mention.end : mention.first - (word.index + word.length)
        }
        // A verb after the figure that stands right before another number governs that one (`killing two workers and
        // injuring 11`: injuring is the 11's), and so does one after another number that refers back as the subject
        // of its own clause (`sieben Drohnen …, drei davon seien abgeschossen worden`, `seven drones … and that three
        // were shot down`; `anaphora.txt`); coordinated figures share their verb (`80 Einsatzkräfte und vier
        // Hubschrauber waren im Einsatz`).
        // A measure word joined by its preposition to another figure (`Minus von 10,7 Prozent`) is that figure's (round 15b).
        // A particle that closes its clause governs the figures before it, and after it only the object of a clause that
        // shares the verb (`sagte 25 Millionen Euro zu, die Vereinigten Staaten 10 Millionen Dollar`), not a figure a preposition
        // governs (`setzt … 900 Tonnen ab, in einem Markt von etwa zwei Milliarden Dollar`; round 32).
        let prepositional = mention.first > 0
            && (pack.costPrepositions.contains(tokens[mention.first - 1]) || pack.adjunctPrepositions.contains(tokens[mention.first - 1])
                || pack.dimensionHeadPrepositions.contains(tokens[mention.first - 1]))
        let candidates = inClause.filter { gap($0) <= limit && !(prepositional && $0.measure.closesClause && $0.index < mention.first) }
            .filter { admits($0.measure.label, unit: mention.quantity.unit) }
            .filter { fitsDimension($0.measure, unit: mention.quantity.unit) }
            .filter { !governsEarlierFigure($0, mention: mention, tokens: tokens) && !governsLaterFigure($0, mention: mention, tokens: tokens) }
            .filter { word in
            word.measure.isNoun || word.index < mention.end
                || (!governsNumber(word, tokens) && !opensClauseWithNumber(tokens, from: mention.end, to: word.index))
        }
        // Responders who do the act an infinitive names are not its object: `Rund 40 Einsatzkräfte brauchten zwei Stunden, um die
        // Eingeschlossenen zu befreien`, `Hunderte Helfer versuchen, die Tiere zu retten`, `volunteers trying to rescue the
        // whales` keep their weak `deployed` (round 33), and troops their unit's (`120 Soldaten halfen, das Dorf zu evakuieren`).
        let acting = weak == "deployed" || mention.quantity.unit.map { pack.defaultMeasures[$0] == "deployed" } == true
        let verbs = adjunct ? nil : candidates.filter { !$0.measure.isNoun && !(acting && isControlledInfinitive($0, after: mention, tokens: tokens)) }
            .min { distance($0) < distance($1) }
        let nouns = candidates.filter { $0.measure.isNoun && distance($0) <= 8 }.min { distance($0) < distance($1) }
        var found = verbs.map { joined($0, among: inClause, tokens: tokens) } ?? weak ?? nouns?.measure.label
        // An amount after `auf`/`at` of a noun a participle of measure describes (`schätzt die beschädigte Rebfläche auf 1.800
        // Hektar`, `puts the damaged timber at 1.8 million cubic metres`) underwent what the participle says (round 34).
        if found == nil, !adjunct { found = estimatedObjectMeasure(of: mention, clause: clause, tokens: tokens) }
        // A sum no word next to it measures takes the head noun of money of its clause (`Die Sanierungskosten schätzt die Firma
        // auf …`, `Insured losses … reach £340 million`; round 18).
        if found == nil, !adjunct { found = sumHeadMeasure(of: mention, clause: clause, tokens: tokens) }
        // A sum after `für`/`for` next to a verb of building or repairing, or before `teuren`, is the work's price (`für 28
        // Millionen Euro gebaut`, `den 2,1 Milliarden Euro teuren Campus`; round 25).
        if found == nil, !adjunct { found = pricedWorkMeasure(of: mention, tokens: tokens) }
        // A sum moved to a recipient named after it is paid to that party (`schoben … 80 Millionen Euro an die Holding`, `moved
        // some €420 million to an affiliate`; round 27).
        if found == nil, !adjunct { found = movedMoneyMeasure(of: mention, tokens: tokens) }
        // A sum a verb of taking or receiving governs was paid to the taker (`soll 80.000 Euro genommen haben`, `took €60,000`;
        // round 31).
        if found == nil, !adjunct { found = receivedSumMeasure(of: mention, tokens: tokens) }
        // A sum followed by a preposition and a noun of payment or charge is paid or a cost (`handed its shareholders £210 million
        // in dividends`; round 28).
        if found == nil, !adjunct { found = nominalMeasureAfter(mention, tokens: tokens) }
        // A count brought or led to a place out of danger is evacuated or rescued by that place (`brachte rund 1.200 Fahrgäste
        // ins Freie`, `were led out of the station`, `brought 374 people ashore`; round 30).
        if found == nil, !adjunct { found = broughtToGoalMeasure(of: mention, clause: clause, tokens: tokens) }
        // An area a verb of covering governs is the size of what covers it (`Der Ölteppich bedeckte … rund 35
        // Quadratkilometer`; round 22).
        if found == nil { found = coveredArea(mention, tokens: tokens) }
        // A count of workers a verb of having governs is the workforce (`which has about 900 employees`; round 24).
        if found == nil, !adjunct { found = heldWorkforce(mention, tokens: tokens) }
        // People at work on a task are put to it, not the workforce (`arbeiten … 40 Beschäftigte daran, …`, `are working in
        // shifts to restore supply`; round 30).
        if !adjunct, let task = taskWorkMeasure(of: mention, found: found, clause: clause, tokens: tokens) { found = task }
        // Workers counted in a sentence of a strike or a protest are no workforce (round 23).
        if isWorkforceInAction(found, tokens: tokens) { found = nil }
        // A sum a verb of losing governs is what the loss cost (`hat … 84 Millionen Euro verloren`, `had lost €84 million`;
        // round 31), not a change.
        if found == nil || found == "decrease", !adjunct, let lost = lostSumMeasure(of: mention, tokens: tokens) { found = lost }
        // People evacuated from a vessel are rescued (`Die 23 Besatzungsmitglieder wurden ausgeflogen`; round 22).
        found = vesselRescue(found, mention: mention, clause: clause, tokens: tokens)
        // Cutting by a share (`output had been cut by about 60%`) is a decrease; `cut` counts jobs and things, and a
        // share of them cut (`cut about 8% of its workforce`).
        if found == "cut", mention.quantity.unit == "percent", mention.first > 0, pack.byPrepositions.contains(tokens[mention.first - 1]) {
            found = "decrease"
        }
        // A share followed by its whole (`drei Viertel der Fernzüge fielen aus`) is a part of that whole, no change (round 23).
        if found == "increase" || found == "decrease", isShareOfWhole(mention, tokens: tokens),
            !(verbs.map { pack.wholeTakers.contains(tokens[$0.index]) } ?? false), !takesWhole(before: mention, tokens: tokens)
        {
            return weak
        }
        // The level a rise or fall reaches (`stieg um 6 Prozent auf über 94 Dollar`, `fell 5% to €2.14`) is no change.
        // `stürzte bis zu 48 Meter in die Tiefe`, `plunged 30 metres`: a length a verb of falling or rising governs directly,
        // with no `um`/`by`, `auf`/`to` or `von`/`from` before it, is how far something fell or rose (round 12d).
        if found == "increase" || found == "decrease", let unit = mention.quantity.unit, pack.lengthUnits.contains(unit),
            mention.first == 0 || !(pack.byPrepositions.contains(tokens[mention.first - 1])
                || pack.targetPrepositions.contains(tokens[mention.first - 1]) || pack.partPrepositions.contains(tokens[mention.first - 1])
                || pack.unitSharers.match(tokens, at: mention.end) != nil)
        {
            return "distance"
        }
        // `tausende Österreicher … Geld verloren`, `Nine vehicles … plunged`: a count of people or things that a verb of rising
        // or falling governs is what was there, not a change (round 15).
        if isCountUnderChangeVerb(mention, found: found, tokens: tokens) { return weak }
        // A cut to a level too (`cut its budget from £48 million to £31 million`; round 12d).
        let change = found == "increase" || found == "decrease" || found == "cut"
        if change, mention.first > 0, pack.targetPrepositions.contains(tokens[mention.first - 1]) {
            // It is the new total of what rose or fell, which the subject names (`Die Zahl der Menschen, die … erkrankt sind,
            // ist auf 312 gestiegen`; round 19).
            // A participle attributive to the subject names it too (`Die Zahl der evakuierten Bewohner stieg auf 4.000`; round 34).
            return reachedLevelMeasure(of: mention, among: words, clause: clause, tokens: tokens)
                ?? estimatedObjectMeasure(of: mention, clause: clause, tokens: tokens)
        }
        // So is the level it starts from (`sank von 22,6 auf 20,9 Prozent`; `unit-sharers.txt` rows with an opener; round 12).
        if change, mention.first > 0, mention.end < tokens.count,
            let sharer = pack.unitSharers.match(tokens, at: mention.end), !sharer.value.isEmpty,
            tokens[mention.first - 1].lower == sharer.value
        {
            return nil
        }
        // A length of a material that no verb of its clause measures is the material's size, and never a distance (`Thieves
        // stripped 1.8 kilometres of copper cable`; round 32).
        if found == nil || found == "distance", isMaterialExtent(mention, tokens: tokens) { return "size" }
        return found
    }

    /// True when a verb of measure after the figure belongs to a later figure that opens a coordinated clause of its own
    /// (`23 Kumpel sind … eingeschlossen, zwölf wurden verletzt`): the figure has a clause and a verb of its own, which no
    /// lexicon lists, so it continues no earlier figure's measure.
    func leavesVerbToLaterFigure(
        _ mention: QuantityMention, among words: [(index: Int, length: Int, measure: LanguagePack.Measure)], tokens: [ClaimToken]
    ) -> Bool {
        words.contains { !$0.measure.isNoun && $0.index > mention.end && opensClauseWithNumber(tokens, from: mention.end, to: $0.index) }
    }

    /// Measures that only counted people or things undergo (`docs/VOCABULARY.md`): no length, area, span of time or
    /// sum is killed, missing, rescued or employed (`some 840 metres underground` after `were trapped`, `seven days after
    /// a roof collapse`, `$2.6 billion` of insured `losses`).
    static let countMeasures: Set<String> = [
        "killed", "wounded", "killed or wounded", "missing", "evacuated", "displaced", "rescued", "arrested", "captured",
        "employed", "infected", "vaccinated", "deployed", "voted", "won",
        // Round 11b: lexicon labels ClaimBuilder resolves (breaking out names none; taking part may be a deployment).
        "escaped", "participated",
        // Round 24: hospital treatment in an article about illness (`MeasureFinder+HospitalCare.swift`).
        "treated",
    ]

    /// Measures only lengths and spans of time undergo.
    static let measurementOnlyMeasures: Set<String> = ["distance", "duration"]

    /// Measures only sums undergo: never those of a count of people or things.
    static let sumOnlyMeasures: Set<String> = ["cost", "paid", "embezzled"]

    /// Of ``countMeasures``, those a sum may still undergo (`won €2m`).
    static let sumMeasures: Set<String> = ["won"]

    /// Canonical units (`docs/VOCABULARY.md`) of lengths, areas, volumes, power, speed and time: measurements, not counted
    /// things. Read from the shared lexicon file `measurement-units.txt`, which says why weights are not among them.
    static let measurementUnits: Set<String> = Set(
        LexiconFile.rows("measurement-units.txt", in: LexiconFile.root).map { $0[0] }
    )

    /// False when `label` is a measure only counted things undergo and `unit` is a measurement or a sum, or a measure
    /// of sums and `unit` a counted thing; shares
    /// (`84.5 percent of pupils … immunised`) and counts without a unit admit every measure.
    /// - Complexity: O(1).
    func admits(_ label: String, unit: String?) -> Bool {
        guard let unit else { return true }
        guard Self.admitsBody(label, unit: unit) else { return false }
        // Nor is it a distance or a span of time: `23 Bergleute in 840 Metern Tiefe` are not a distance.
        // A distance is a length: an area or a volume is never one (`2.400 Quadratmeter … entfernt`, round 32).
        if label == "distance" { return pack.lengthUnits.contains(unit) }
        if Self.measurementOnlyMeasures.contains(label) { return Self.measurementUnits.contains(unit) }
        // A counted thing costs no money: `hat mindestens 19 Menschen das Leben gekostet` reads the next word (killed).
        // A fine is money or a share of turnover: `eine Strafe von drei Jahren` is a prison term (round 12).
        if label == "fined" { return unit == "percent" || pack.currencyCodes.contains(unit) }
        if Self.sumOnlyMeasures.contains(label) { return isShareSumOrMeasurement(unit) }
        guard Self.countMeasures.contains(label) else { return true }
        if Self.measurementUnits.contains(unit) { return false }
        return !pack.currencyCodes.contains(unit) || Self.sumMeasures.contains(label)
    }

    /// Whether `unit` counts no things: a share (`percent`), a currency or a measurement.
    func isShareSumOrMeasurement(_ unit: String) -> Bool {
        unit == "percent" || pack.currencyCodes.contains(unit) || Self.measurementUnits.contains(unit)
    }

    /// True when the words right after the count place it on board (`mit 412 Menschen an Bord`, `75 people on board`).
    func isAboard(_ mention: QuantityMention, tokens: [ClaimToken]) -> Bool {
        mention.end < tokens.count && pack.aboardPhrases.match(tokens, at: mention.end) != nil
    }

    /// True when a figure right after a comma goes on with a word that is no noun (`…, 64 habe man … gerettet`,
    /// `…, 23 liegen im Krankenhaus`, `…, 31 werden vermisst`): it opens a clause of its own and counts the sentence's noun.
    func opensOwnClause(_ mention: QuantityMention, tokens: [ClaimToken]) -> Bool {
        guard mention.first > 0, tokens[mention.first - 1].text == ",", mention.end == mention.number + 1,
            mention.end < tokens.count, tokens[mention.end].kind == .word
        else { return false }
        let next = tokens[mention.end]
        // Not a part (`zwei davon`, `eight of them`) or a figure placed by a preposition (`800 in Osterfeld`): those continue
        // the count before them.
        if pack.anaphora.match(tokens, at: mention.end) != nil || pack.ellipsisPrepositions.contains(next)
            || pack.partPrepositions.contains(next)
        {
            return false
        }
        return pack.capitalizesNouns ? !next.isCapitalized : pack.commonWords.contains(next.lower)
    }

    /// The measure a length's neighbours name: a word right after it (`südlich`, `langen`, `away`) or words right
    /// before it (`Umkreis von`, `radius of`); nil for other units.
    /// - Complexity: O(1) phrase look-ups; only for lengths.
    func dimension(of mention: QuantityMention, tokens: [ClaimToken]) -> String? {
        guard let unit = mention.quantity.unit, pack.lengthUnits.contains(unit) else { return nil }
        // A length given again in brackets (`about 22 miles (35 km) of the river`) reads the words around the brackets:
        // after the closing one, and before the figure it restates.
        var after = mention.end, first = mention.first
        if after + 1 < tokens.count, tokens[after].text == ")" { after += 1 }
        // The figure a bracket restates reads the words after that bracket too (`up to 6 kilometres (3.7 miles) inside the
        // country`; round 22).
        if let close = closingBracket(after: after, tokens: tokens) { after = close + 1 }
        if first >= 3, tokens[first - 1].text == "(",
            let previous = (max(0, first - 5)..<(first - 1)).last(where: { tokens[$0].kind == .number })
        {
            first = previous
            if previous > 0, tokens[previous - 1].kind == .word, let qualifier = pack.qualifierStart(endingAt: previous, in: tokens) {
                first = qualifier
            }
        }
        // The length of a way travelled is a distance, as every writer who annotates one gives it: the way's noun right after
        // the length or past one word of length (`the 4.5 km route`, `eine 35 Kilometer lange Umleitung`), or before it, joined by
        // at most two linking words (`die Umleitung ist rund 35 Kilometer lang`, `der Umweg beträgt gut 60 Kilometer`, `a
        // detour of about 35 kilometres`, `Flussstrecke: rund 35 Kilometer`; round 28).
        if isWayLength(first: first, after: after, tokens: tokens) { return "distance" }
        // The length of a material (`1.8 kilometres of copper cable`) is no distance: its clause's verb, else its size, decides
        // (round 32; ``isMaterialExtent(_:tokens:)``).
        if isMaterialExtent(mention, tokens: tokens) { return nil }
        if after < tokens.count, tokens[after].kind == .word, let match = pack.dimensionsAfter.match(tokens, at: after) {
            return match.value
        }
        for start in max(0, first - 3)..<first where tokens[start].kind == .word {
            if let before = pack.dimensionsBefore.match(tokens, at: start), start + before.length == first {
                return before.value
            }
        }
        // A thing joined to its length by `von`/`of` (`die Flutwelle von bis zu vier Metern`, `a storm surge of up to 4
        // metres`) has that size; the nouns of a distance (`Umkreis von`, `radius of`) are matched above.
        if first >= 2, pack.dimensionHeadPrepositions.contains(tokens[first - 1]), tokens[first - 2].kind == .word,
            after >= tokens.count || !pack.rateWords.contains(tokens[after]),
            !pack.determiners.contains(tokens[first - 2]),
            pack.capitalizesNouns ? tokens[first - 2].isCapitalized : !pack.commonWords.contains(tokens[first - 2].lower)
        {
            return "size"
        }
        // A length a verb of travelling governs is how far something went (`had travelled about 12 km`, `mehr als 60 Kilometer
        // fahren`; round 29).
        if isTravelledLength(first: first, after: after, tokens: tokens) { return "distance" }
        return nil
    }

    /// True when a way travelled owns the length that spans `first..<after` (``dimension(of:tokens:)``): a way noun
    /// (`dimension-words.txt`, `way`) right after it, or after one word of its `after` rows, or before it: past its qualifier
    /// (`eine Umleitung über 35 Kilometer`) or at most two linking words (`way-link`, or a colon).
    private func isWayLength(first: Int, after: Int, tokens: [ClaimToken]) -> Bool {
        func isWay(_ index: Int) -> Bool {
            index >= 0 && index < tokens.count && tokens[index].kind == .word && pack.wayNouns.lookup(tokens[index].lower) != nil
        }
        if isWay(after) { return true }
        if after < tokens.count, tokens[after].kind == .word, let match = pack.dimensionsAfter.match(tokens, at: after), match.length == 1,
            isWay(after + 1)
        {
            return true
        }
        let start = first > 0 ? (pack.qualifierStart(endingAt: first, in: tokens) ?? first) : first
        var index = start - 1
        var links = 0
        while index >= 0, links <= 2 {
            if isWay(index) { return links > 0 || start < first }
            guard tokens[index].text == ":" || pack.wayLinks.contains(tokens[index]) else { return false }
            links += 1
            index -= 1
        }
        return false
    }

    /// The change a word right before a share names (`up 12%` → increase; `function-words.txt`), past its qualifier.
    private func changeWord(before mention: QuantityMention, tokens: [ClaimToken]) -> String? {
        for start in max(0, mention.first - 2)..<mention.first where tokens[start].kind == .word {
            if let change = pack.changeWords.match(tokens, at: start), start + change.length == mention.first { return change.value }
        }
        return nil
    }

    /// True when a number follows the measure word right away (`injuring 11`, `injuring eleven`).
    func governsNumber(_ word: (index: Int, length: Int, measure: LanguagePack.Measure), _ tokens: [ClaimToken]) -> Bool {
        var next = word.index + word.length
        guard next < tokens.count else { return false }
        // A qualifier may stand between (`killing more than 12 tonnes of fish`, `injuring at least 40`).
        if tokens[next].kind == .word, let qualifier = pack.qualifiers.match(tokens, at: next) { next += qualifier.length }
        guard next < tokens.count, isNumber(tokens[next]) else { return false }
        // `111 Personen starben 2014 infolge …`: a year right after the verb dates it; it is no figure the verb governs
        // (round 17). A year-like number before a counted noun (`killing 2014 sheep`) still is one.
        return !isBareYear(at: next, tokens)
    }

    /// True when the four-digit number at `index` (1900–2099) is read as a year: no counted noun follows it — in a language
    /// that capitalises nouns no capitalised word, else no word at all.
    private func isBareYear(at index: Int, _ tokens: [ClaimToken]) -> Bool {
        guard tokens[index].isFourDigitInteger, let year = Int(tokens[index].text), (1900...2099).contains(year) else { return false }
        guard index + 1 < tokens.count, tokens[index + 1].kind == .word else { return true }
        return pack.capitalizesNouns ? !tokens[index + 1].isCapitalized : false
    }

    /// True when a number between `from` and `to` is followed by a word that refers back (`drei davon`, `three were`), or
    /// opens a coordinated clause of its own after a comma with a word that is no noun (`Zwei Menschen zogen die Retter
    /// tot …, vier werden noch vermisst`: `vermisst` is the four's; round 11b).
    func opensClauseWithNumber(_ tokens: [ClaimToken], from: Int, to: Int) -> Bool {
        guard from + 1 < to else { return false }
        return (from + 1..<to).contains { position in
            guard isNumber(tokens[position]) else { return false }
            if pack.anaphora.match(tokens, at: position + 1) != nil { return true }
            guard tokens[position - 1].text == ",", position + 1 < to, tokens[position + 1].kind == .word else { return false }
            let next = tokens[position + 1]
            // Not an adjective before its noun (`…, acht kongolesische Soldaten und ein UN-Soldat getötet`).
            if position + 2 < tokens.count, tokens[position + 2].kind == .word,
                pack.capitalizesNouns ? tokens[position + 2].isCapitalized : !pack.commonWords.contains(tokens[position + 2].lower)
                    && !pack.commonWords.contains(next.lower)
            {
                return false
            }
            return pack.capitalizesNouns ? !next.isCapitalized : pack.commonWords.contains(next.lower)
        }
    }

    /// A figure or a number word above one (`11`, `eleven`, `drei`; not the article `ein`, `one`).
    func isNumber(_ token: ClaimToken) -> Bool {
        token.kind == .number || (token.kind == .word && (pack.numberWords[token.lower] ?? 0) > 1)
    }

    /// The verb's measure, or a combined one when another measure verb is joined to it by `oder`/`or` (`killed or
    /// injured` → killed or wounded, `ums Leben oder gelten als vermisst` → killed or missing): the two labels in
    /// alphabetical order, as `docs/VOCABULARY.md` writes combined measures.
    private func joined(
        _ verb: (index: Int, length: Int, measure: LanguagePack.Measure),
        among words: [(index: Int, length: Int, measure: LanguagePack.Measure)], tokens: [ClaimToken]
    ) -> String {
        let label = verb.measure.label
        guard !CombinedMeasure.isCombined(label) else { return label }
        func isJoined(_ first: (index: Int, length: Int, measure: LanguagePack.Measure),
                      _ second: (index: Int, length: Int, measure: LanguagePack.Measure)) -> Bool {
            let or = first.index + first.length
            guard or < tokens.count, pack.measureDisjunctions.contains(tokens[or]) else { return false }
            return second.index > or && second.index - or <= 3
                && !tokens[or..<second.index].contains { $0.kind == .number || $0.kind == .punctuation }
        }
        let partner = words.first { other in
            !other.measure.isNoun && other.measure.label != label && !CombinedMeasure.isCombined(other.measure.label)
                && (isJoined(verb, other) || isJoined(other, verb))
        }
        guard let partner else { return label }
        return [label, partner.measure.label].sorted().joined(separator: " or ")
    }

    /// Relative clauses between two commas that do not hold the number (`Familien, die ihr Haus verloren
    /// haben, eine Soforthilfe von …`): their verbs are not the number's.
    private func embeddedClauses(_ tokens: [ClaimToken], around index: Int) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var comma = 0
        // A comma or semicolon is a punctuation token: the kind is asked first, so that words and numbers skip the string
        // comparisons (round 31).
        while comma + 1 < tokens.count {
            defer { comma += 1 }
            guard tokens[comma].kind == .punctuation, tokens[comma].text == ",", pack.relativePronouns.contains(tokens[comma + 1])
            else { continue }
            var end = comma + 1
            while end < tokens.count, tokens[end].kind != .punctuation || tokens[end].text != "," && tokens[end].text != ";" {
                end += 1
            }
            guard end < tokens.count, tokens[end].text == ",", !(comma..<end).contains(index) else { continue }
            found.append(comma..<end)
        }
        return found
    }

    /// The relative clause between two commas that holds the number (`, who served three presidents,`), if any.
    /// - Complexity: O(n) in the tokens between the commas.
    private func enclosingRelativeClause(_ tokens: [ClaimToken], around index: Int) -> Range<Int>? {
        var comma = index - 1
        // Commas and semicolons are punctuation tokens: words and numbers skip the string comparisons (round 31).
        while comma > 0, tokens[comma].kind != .punctuation || tokens[comma].text != "," && tokens[comma].text != ";" { comma -= 1 }
        guard comma > 0, comma + 1 < index, tokens[comma].text == ",", pack.relativePronouns.contains(tokens[comma + 1]) else {
            return nil
        }
        var end = index + 1
        while end < tokens.count, tokens[end].kind != .punctuation || tokens[end].text != "," && tokens[end].text != ";" {
            end += 1
        }
        guard end < tokens.count, tokens[end].text == "," else { return nil }
        // A German relative clause ends in its verb; `, die Beteiligungs- und Liegenschafts GmbH,` is a list.
        if pack.capitalizesNouns, tokens[end - 1].kind != .word || tokens[end - 1].isCapitalized { return nil }
        return (comma + 1)..<end
    }

    /// What became of those a figure counts in a state, when the verb right after its noun says so (`Zwei
    /// Schwerverletzte starben`, `drei Verletzte sind inzwischen gestorben`): the injured who died are a death toll.
    /// The verb must stand within four words, in the figure's clause, with no other figure between.
    private func outcome(
        of state: String, mention: QuantityMention, among words: [(index: Int, length: Int, measure: LanguagePack.Measure)],
        tokens: [ClaimToken]
    ) -> String? {
        guard let outcomes = pack.measureOutcomes[state] else { return nil }
        let clause = clauseBounds(tokens, around: mention.number)
        guard
            let verb = words.first(where: {
                !$0.measure.isNoun && $0.index >= mention.end && $0.index < clause.upperBound && $0.index - mention.end <= 4
                    && outcomes.contains($0.measure.label)
            }),
            !tokens[mention.end..<verb.index].contains(where: { $0.kind == .number })
        else { return nil }
        return verb.measure.label
    }

    func clauseBounds(_ tokens: [ClaimToken], around index: Int) -> Range<Int> {
        // Every boundary is a punctuation token: words and numbers are rejected without comparing text.
        func isBoundary(_ position: Int) -> Bool {
            // A subordinating word that needs no comma before it (`were killed when a bus carrying 44 pupils plunged`,
            // `were hurt after organisers packed more than 60,000 people into a field`; `clause-openers.txt`, `bare`; round 34).
            if tokens[position].kind == .word { return position > 0 && pack.bareClauseOpeners.contains(tokens[position]) }
            guard tokens[position].kind == .punctuation else { return false }
            return tokens[position].text == ";"
                // A dash between spaces joins two clauses (`… gedrängt haben – dabei fasst die Arena 42.000`).
                || ((tokens[position].text == "–" || tokens[position].text == "—") && tokens[position].spaceBefore)
                || (tokens[position].text == "," && position + 1 < tokens.count
                    && pack.clauseOpeners.contains(tokens[position + 1]))
        }
        var lower = index
        while lower > 0, !isBoundary(lower - 1) { lower -= 1 }
        var upper = index
        while upper < tokens.count, !isBoundary(upper) { upper += 1 }
        return lower..<upper
    }
}
