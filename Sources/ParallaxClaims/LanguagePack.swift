import Foundation
import ParallaxModel

/// Everything language-specific the claim finders need, loaded once from `Lexicons/<language>/`.
///
/// Code in this target is language-neutral: it asks the pack which words are number words,
/// qualifiers, units, measures, month names, attribution cues and so on. Adding a language means
/// adding a lexicon folder. Packs are parsed on first use and shared (`Sendable`, immutable).
final class LanguagePack: Sendable {
    /// A named party from the gazetteer.
    struct Entity: Sendable, Equatable {
        /// Canonical lower-case English name.
        var name: String
        /// `country`, `organisation`, `person`, `place` or `generic`.
        var kind: String
        /// The country the party belongs to, when it is a body of one.
        var country: String?
    }

    /// A national or political adjective (`nordkoreanisch…` → north korea / north korean).
    struct Adjective: Sendable, Equatable {
        var country: String?
        var form: String
    }

    /// A vague number word with its reading (`Dutzende` → at least 24).
    struct VagueNumber: Sendable, Equatable {
        var value: Double
        var qualifier: Quantity.Qualifier
        /// A plural noun of number that alone names a crowd of people (`Tausende`, `thousands`; fourth field `people`).
        var standsForPeople = false
    }

    /// A counted noun: canonical unit and the measure it implies (`Gefallene` → soldier, killed).
    struct Unit: Sendable, Equatable {
        var unit: String
        var measure: String?
    }

    /// A word naming what happens to what is counted; nouns (`Verluste`) yield to verbs.
    struct Measure: Sendable, Equatable {
        var label: String
        var isNoun: Bool
        /// A verb form that is a measure only written in lower case, where a capitalised homograph is a noun of another
        /// sense (`zahlen` pays, `Zahlen` are figures; `measures.txt` third field `lower`; round 20).
        var lowerCaseOnly = false
        /// An adjective of dimension (`hoch`, `tief`, `long`) that names the size only of a measurement, never of a count or a
        /// share (`measures.txt` third field `dimension`; round 23).
        var measurementOnly = false
        /// The particle of a separable verb that closes its clause (`setzt … ab`, `sagte … zu`; `separable-measures.txt` rows
        /// with `end`): after it, it governs no figure a preposition governs (`setzt … 900 Tonnen ab, in einem Markt von etwa
        /// zwei Milliarden Dollar`; round 32).
        var closesClause = false
    }

    /// How an attribution cue points at its source.
    struct Cue: Sendable, Equatable {
        /// `after` (laut X), `before` (X zufolge), `verb` (X said / said X) or `fixed` (sources say).
        var direction: String
        /// The source label for a `fixed` cue.
        var source: String?
        /// True when the cue itself distances the writer (`Berichten zufolge`, `claims`); naming a
        /// source (`laut`, `according to`, `said`) does not.
        var hedged: Bool
        /// True when the cue relays another's figure (`citing`, `unter Berufung auf`): the source it names
        /// outranks the reporter of the same sentence.
        var relays = false
        /// True when the verb speaks only for reported speech (`kritisierte`, `erhob Vorwürfe`, `meinte`; sixth field
        /// `reported`, round 16): a sentence in the subjunctive, or one hedged, takes its speaker as its source, and so do the
        /// sentences in reported speech after it; the figures of an indicative sentence around it stay the writer's.
        var reportedOnly = false
    }

    let language: String
    let decimalSeparator: Character
    let groupSeparator: Character
    let numberWords: [String: Double]
    let numberConnectors: [String]
    /// Which of this pack's phrase tables each token may start a phrase of (round 18): ``ClaimExtractor`` marks every
    /// sentence's tokens once, and a table answers a token that starts none of its phrases without a look-up.
    let phraseStarts = PhraseStartIndex()
    let multipliers: PhraseTable<Double>
    /// Words for half of a multiplier (`halbe`, `half`) and the articles around them (`eine`, `a`).
    let halfWords: WordSet
    let halfArticles: WordSet
    let vagueNumbers: PhraseTable<VagueNumber>
    let fractions: PhraseTable<Double>
    let qualifiers: PhraseTable<Quantity.Qualifier>
    /// Bounds written after a figure and its unit (`60 Millionen Euro oder mehr`, `aged 65 and over`; `trailing-qualifiers.txt`,
    /// round 32): the qualifier, and whether the phrase must end its clause (`und mehr`, not `und mehr Polizisten`).
    let trailingQualifiers: PhraseTable<TrailingQualifier>
    /// Adjectives of precision between an article and a multiplier (`ein gutes Dutzend`, `a good dozen`) and the qualifier
    /// they state (`multiplier-qualifiers.txt`; round 16).
    let multiplierQualifiers: [String: Quantity.Qualifier]
    /// A first test of `multiplierQualifiers` by a token's key (``WordKeyFilter``, round 31): the word after every article
    /// was hashed for it.
    let multiplierQualifierKeys: WordKeyFilter
    /// Qualifier words that are prepositions or particles after a word with one of these endings
    /// (`Kredit über 150 Millionen`, `take over 12`): ending → qualifier words.
    let qualifierBlockers: [(ending: String, word: String)]
    let rangeInfixes: PhraseTable<Bool>
    let rangeOpeners: PhraseTable<String>
    /// Words between two figures that share the second's unit (`um 0,5 statt 0,4 Prozent`, `von 59 auf 65 Prozent`):
    /// connector → the word that must open the first figure (empty when none is needed).
    let unitSharers: PhraseTable<String>
    let currencies: PhraseTable<String>
    /// The hundredths of currencies after a figure (`Cent`, `pence`; `currency-subunits.txt`): the currency they default to
    /// and the fraction of its unit.
    let currencySubunits: PhraseTable<(code: String, fraction: Double)>
    /// The units that are money: the codes `currencies.txt` maps its words and signs to (`eur`, `usd`).
    let currencyCodes: Set<String>
    let units: PhraseTable<Unit>
    let unitStems: SuffixTable<Unit>
    /// The listed units and the families of counted nouns together (`counted-noun-families.txt`; round 15), for the noun a
    /// figure counts.
    let countedNounStems: SuffixTable<Unit>
    /// The dictionary form of a counted noun by the language's plural rules (`noun-plurals.txt`; round 15).
    let nounLemmatizer: NounLemmatizer
    let inflectionEndings: [String]
    let unitGapStops: WordSet
    let measures: PhraseTable<Measure>
    /// What may become of those counted in a state (`wounded` → `killed`): canonical measures, the same in every
    /// language (`Lexicons/measure-outcomes.txt`).
    let measureOutcomes: [String: Set<String>]
    /// Measures that happen only to people (`Lexicons/people-measures.txt`, every language; round 15): a count without a noun
    /// whose measure is one of them counts persons.
    let peopleMeasures: Set<String>
    /// Units that count living beings, people and animals (`Lexicons/casualty-units.txt`, every language; round 29): the only
    /// counted nouns of a casualty the word for one counts.
    let casualtyUnits: Set<String>
    /// The words of a verdict of falsity on a reported claim (`falsity-verdicts.txt`; round 29), held here so a sentence's
    /// test reads them without a per-language look-up.
    let falsityVerdicts: FalsityVerdicts
    /// Copulas that identify a subject (`ist`, `war`, `is`, `was`; `function-words.txt`, `identifying-copula`; round 29).
    let identifyingCopulas: WordSet
    /// Indefinite articles (`ein`, `eine`, `a`, `an`; `function-words.txt`, `indefinite-article`; round 29).
    let indefiniteArticles: WordSet
    let notQuantityBefore: PhraseTable<Bool>
    /// Nouns that name a thing by the bare figure after them (`Gleis 3`, `gate 7`; `numbered-things.txt`; round 31).
    let numberedThings: WordSet
    /// Abbreviations that are a unit only glued to the figure before them (`3pc`; `glued-units.txt`; round 31, qforms32).
    let gluedUnits: [String: String]
    /// The unit of a counted noun counted as one where its unit as a measure of many differs (`one-units.txt`: German `Mann`
    /// counts troops as `9.000 Mann`, while `ein Mann` is a person; round 33), by the noun's dictionary form.
    let oneUnits: [String: String]
    let notQuantityAfter: PhraseTable<Bool>
    /// Words after a small spelled number with which it claims no count: fixed phrases and nouns of discourse
    /// (`Lexicons/spelled-count-idioms.txt`; `zwei Seiten einer Medaille`, `for two reasons`; round 19).
    let spelledCountIdioms: PhraseTable<Bool>
    /// Small number words that count a plural noun no lexicon knows (`Lexicons/spelled-determiner-numbers.txt`; en
    /// `two`, empty in German, where the real-text gold counts such nouns only with a unit of their own; round 19).
    let spelledDeterminerNumbers: WordSet
    let months: PhraseTable<Int>
    let seasons: PhraseTable<[Int]>
    let weekdays: PhraseTable<Int>
    let periodParts: PhraseTable<String>
    let relativeTimes: PhraseTable<String>
    let sinceWords: PhraseTable<Bool>
    let untilWords: PhraseTable<Bool>
    let yearWords: PhraseTable<Bool>
    /// Superlatives that make a since-year a record's baseline, and the conjunction of the baseline's own clause
    /// (`record-words.txt`, value `record` or `when`; round 19).
    let recordWords: PhraseTable<String>
    /// Words of a thing's origin around a year (`built in`, `gegründet`), valued `before` or `after` the year.
    let originWords: PhraseTable<String>
    /// Prepositions that make a span of hours the length of the action from its day on (`duration-lead-words.txt`; round 19).
    let durationLeadWords: PhraseTable<Bool>
    let gazetteer: PhraseTable<Entity>
    /// Endings of inflected adjectives that may open a name (`Zentralen` in `der Zentralen Wahlkommission`).
    let inflectedAdjectiveEndings: [String]
    let adjectives: PhraseTable<Adjective>
    let bodies: PhraseTable<String>
    /// Role words before a name; the value is true when the person speaks for a company.
    let roles: PhraseTable<Bool>
    /// Role words of a spokesperson, who speaks for the body named before or inside the word.
    let speakerRoles: [String]
    /// `speakerRoles` as UTF-8 bytes.
    let speakerRoleBytes: [[UInt8]]
    /// The entity finder's byte tables for spokesperson roles and their genitives, made once per language (round 19).
    let speakerRoleEndings: SpeakerRoleEndings
    /// The role introductions' first tests of a word against `roles`, made once per language (round 20, ``RoleWords``).
    let roleWords: RoleWords
    /// Nouns describing an organisation (stem of the compound head → generic English label).
    let descriptors: SuffixTable<String>
    /// Nouns of a kind of body named by the modifiers before them (`the road authority`; round 31, ``ModifiedKindBodies``).
    let modifiedKindBodies: ModifiedKindBodies
    /// Descriptor labels a name keeps after it (`Flughafen Brakenfeld-Oststadt` → brakenfeld-oststadt airport):
    /// bodies named after their place rather than by a name of their own (third field `keep`).
    let labelKeepingDescriptors: Set<String>
    /// A body named by its kind and a complement (`Fachverband der Mineralölindustrie`; `complement-names.txt`, round 27).
    let complementNames: ComplementNames
    /// Findings and counts as the object of a prepositional cue, and the words joining them to their author (`findings.txt`,
    /// round 35).
    let findings: Findings
    /// First words of descriptors of two words (`coast guard`).
    let descriptorFirstWords: WordSet
    let cues: PhraseTable<Cue>
    /// Verb cues that are another verb when their clause ends in one of these particles (`sagte … zu` = pledged).
    let cueParticles: [String: Set<String>]
    /// Verb cues that are speech only when their clause ends in one of these particles (`wirft … vor` accuses;
    /// `wirft die Theorie über den Haufen` does not): third field `required` in `cue-particles.txt`.
    let requiredCueParticles: [String: Set<String>]
    /// Prepositions whose object a verb cue of reckoning takes later in its clause (`rechnet für Sonntag mit 40 Litern`): third
    /// field `complement` in `cue-particles.txt`; with one the verb is a cue though its clause does not end in a required particle.
    let cueComplements: [String: Set<String>]
    /// The particles that make a separable verb cue an accusation (`wirft … vor`; `function-words.txt`, `accusation`; round 12b):
    /// its dative object is the accused, not the speaker.
    let accusationParticles: Set<String>
    /// Hedge words; the value is true when the hedge needs a perfect infinitive (`soll … haben`).
    let hedges: PhraseTable<Bool>
    /// Hedges that cite unnamed others (`reportedly`): a sentence with one does not carry an earlier named source.
    let unnamedHedges: WordSet
    let perfectAuxiliaries: WordSet
    /// Words that refer back to what an earlier number counted (`weitere`, `von ihnen`, `of them`); true for those naming
    /// a part of it (`darunter`).
    let anaphora: PhraseTable<Bool>
    /// Endings of adjectives derived from place names (`-isch`, `-ian`), for names no gazetteer knows.
    let derivedAdjectiveEndings: [String]
    /// Last bytes of those endings, to reject most words at once.
    let derivedAdjectiveLastBytes: ByteSet
    /// `derivedAdjectiveEndings` as UTF-8 bytes, for suffix tests without string comparison.
    let derivedAdjectiveEndingBytes: [[UInt8]]
    /// A first test of those endings (``EndingFilter``), once per pack.
    let derivedAdjectiveEndingFilter: EndingFilter
    /// The fewest UTF-8 bytes a word with a derived adjective's ending has: more than three characters (each at least one
    /// byte) before the shortest ending (round 31: a shorter word, most function words, is rejected by its length).
    let derivedAdjectiveMinimumBytes: Int
    /// Endings of a people's name in the plural (`-ians`, `-ier`, `-aner`; `derived-names.txt`, `people`): a capitalised
    /// word with one counts persons (round 34).
    let peoplePluralEndings: [String]
    /// Endings of common nouns that end like a people's name (`Geier`, `Eier`, `Feiern`; `derived-names.txt`, `not-people`).
    let notPeoplePluralEndings: [String]
    /// Endings of place names and their English form (`-ien` → `-ia`).
    let derivedNameEndings: [(String, String)]
    /// What may follow an adjective's stem in the place name it comes from (`ostrav-isch` → `Ostrav-ien`).
    let derivedNameTails: Set<String>
    /// Adjectives with a derivational ending that name no place (`politisch`, `militärisch`).
    let commonDerivedAdjectives: [String]
    /// The English ending given to a place known only from its adjective (`karsen-isch` → `karsen-ia`).
    let guessedNameEnding: String?
    /// Words that open a subordinate clause after a comma (`obwohl`, `although`).
    let clauseOpeners: WordSet
    /// Of those, the subordinating ones (`clause-openers.txt`, `subordinate`; round 34): `nachdem`, `when`, not `und`, `but`.
    let subordinateClauseOpeners: WordSet
    /// Of those, the ones that open a subordinate clause without a comma too (`bare`: English sets off no subordinate clause
    /// after its main clause by a comma, `killed when a bus carrying 44 pupils plunged`; round 34).
    let bareClauseOpeners: WordSet
    /// Relative pronouns that open a clause embedded between commas (`die`, `who`).
    let relativePronouns: WordSet
    /// The measure of a counted unit when its clause names none (`soldier` → deployed).
    let defaultMeasures: [String: String]
    /// Endings of capitalised words that are common nouns (German), never part of a name.
    let commonNounEndings: [String]
    /// `commonNounEndings` as UTF-8 bytes.
    let commonNounEndingBytes: [[UInt8]]
    /// The first test of ``endsInCommonNounEnding(_:)`` (``EndingFilter``).
    let commonNounEndingFilter: EndingFilter
    /// Prepositions before a bare number that take the counted noun from earlier in the clause.
    let targetPrepositions: WordSet
    /// Words between a part and its whole (`68 der 150 Sitze`, `14 of the 2,300 polling stations`).
    let partPrepositions: WordSet
    /// Finite auxiliaries, copulas and modals a bare figure can be the subject of (`55.000 haben …`, `240 are …`, `240 als …`):
    /// such a figure counts what the sentence before counted (`subject-verbs.txt`).
    let subjectVerbs: WordSet
    /// Pronouns that stand for a count named before (`waren es rund 28.000`, `there were 28,000`; `dummy-subjects.txt`).
    let dummySubjects: WordSet
    /// Demonstratives that open a sentence naming the source of the sentences before it (`Das teilte die Polizei mit.`;
    /// `summary-openers.txt`).
    let summaryOpeners: WordSet
    /// Prepositions that open an extended attribute before a counted noun (`die 240 am stärksten geschädigten Brücken`).
    let attributeOpeners: WordSet
    /// Verbs that name `won` only in an article about an election (`kommt auf 56 Prozent`), and word endings that make an
    /// article one (`Landtagswahl`, `Wähler`; `election-measures.txt`).
    let electionVerbs: Set<String>
    /// Measures of an election's result (`won`, `turnout`) that no word names in an article about no election
    /// (`election-measures.txt`, `measure` rows; round 28).
    let electionMeasures: Set<String>
    let electionCues: [String]
    /// `electionCues` prepared once per language for the per-word test (round 19: it was built for every article).
    let electionCueEndings: ClaimExtractor.ElectionCues
    /// Words of a denial that name no content of the denied assertion (`Aussage`, `claims`; one-field rows of
    /// `claim-nouns.txt`).
    let claimNouns: Set<String>
    /// Demonstratives by which a denial refers back to a statement (`dies`, `this`; `refer | word` rows of
    /// `claim-nouns.txt`).
    let referringDemonstratives: Set<String>
    /// How a denial points back at the statement it denies without naming its content (`denial-back-references.txt`,
    /// round 24): determiners before a noun of a claim, the nouns of a claim and of a charge, pronoun objects.
    let denialBackReferences: DenialBackReferences
    /// Determiners before a small number word that refer back to a pair or trio already named (`the two leaders`,
    /// `the three groups`): such a count restates what the article named, it claims nothing.
    let referringDeterminers: WordSet
    /// Words before a share of the form `zwei von drei` that make it a count of members, not a share (`die zwei von fünf
    /// Kindern`, `ist eine von vier Institutionen`).
    let shareBlockers: WordSet
    /// Prepositions after a figure without a noun that place or share it out (`1.300 im Cockpit`): before a
    /// name or a determiner the figure counts what its sentence counted before it.
    let ellipsisPrepositions: WordSet
    /// Prepositions of place, owner or origin that may follow a figure whose noun a parallel phrase of the sentence names
    /// (`im Kreiskrankenhaus Kessdorf neun`, `15 von Syriza`; round 16, `gap-prepositions.txt`).
    let gapPrepositions: WordSet
    /// Words before a span of time that date it back from now (`vor vier Wochen`): the span is no quantity.
    let agoWords: WordSet
    /// Prepositions before a span of years that give an age when no noun follows (`Mit 14 Jahren überquerte er`; round 16).
    let agePrepositions: WordSet
    /// Words that can only open a year (`seit`, `im Jahr`, `since`; round 16, `year-openers.txt`).
    let yearOpeners: PhraseTable<Bool>
    /// Adjectives before a span of time that make it the frame of another figure (`in den ersten sechs Monaten`, `over
    /// the past 24 hours`): no quantity of its own (round 12).
    let timeFrames: WordSet
    /// Qualifiers that frame a deadline rather than bound an amount (`binnen`, `innerhalb`, `within`): after them the
    /// article counts no span of time (`binnen einer Stunde`; round 20, `frame-qualifiers.txt`).
    let frameQualifiers: WordSet
    /// Words that end right before a figure without a unit and compare it back with the figure before it (`up from the`,
    /// `than the`, `nach zuvor`; round 28, `compared-figure-openers.txt`): the figure counts what that one counts.
    let comparedFigureOpeners: PhraseTable<Bool>
    /// Words after which a number with a full stop is an ordinal (`im 91. Lebensjahr`, `zum 40. Mal`).
    let ordinalOpeners: WordSet
    /// Counted nouns of scheduled services and operations (`Flüge`, `trains`, `Eingriffe`; German compounds by their head,
    /// `Regionalzüge`): calling them off is a cancellation, which names no measure (round 33: a suffix table).
    let cancellations: SuffixTable<Bool>
    /// Units of length whose measure the words around them name (`dimension-words.txt`).
    let lengthUnits: Set<String>
    /// Adjectives that name one unit of time (`monthlong` → month; `dimension-words.txt`, `span`): a duration of 1.
    let spanAdjectives: [String: String]
    /// The noun of occasions a cardinal fuses with into an adverb of frequency (`dreimal`), if the language writes them
    /// fused (`frequency-words.txt`, `suffix`).
    let frequencySuffixes: [String]
    /// A first test of those suffixes by a word's last byte (round 24).
    let frequencySuffixEnds: LastByteFilter
    /// Words of industrial action and the nouns of people by no trade (`industrial-action.txt`; round 22).
    let industrialAction: IndustrialAction
    /// Words after an adverb of frequency that make it a factor (`fünfmal so viel`; `frequency-words.txt`, `factor`).
    let frequencyFactors: WordSet
    /// Endings of a comparative after an adverb of frequency (`dreimal höher`; `frequency-words.txt`, `comparative`).
    let comparativeEndings: [String]
    /// Stems of adjectives compounded of a number and a unit of time (`tägig` → day, `hour` → hour;
    /// `span-compounds.txt`), and whether the stem measures a span only before a noun of `spanCompoundHeads`.
    let spanCompounds: [(stem: String, unit: String, needsHead: Bool)]
    /// The ends every spelled span compound has — a stem, then nothing or (where adjectives inflect) an adjective ending —
    /// as UTF-8 bytes: a cheap test before a word's prefixes are parsed as number words.
    let spanCompoundEnds: [[UInt8]]
    /// A first test of those ends (``EndingFilter``): a word it rejects ends in none (round 21; the ends are every stem
    /// with every adjective ending, some four hundred in German, compared one by one for every word opening like a number).
    let spanCompoundEndFilter: EndingFilter
    /// Words of capacity (`capacity-words.txt`): the preposition before a figure (`für`, `for`), the clause's words that
    /// name a design or a permit (`zugelassen`, `built`), and verbs of holding right before a figure (`holds`).
    let capacityPrepositions: WordSet
    let capacityWords: WordSet
    let capacityVerbs: WordSet
    /// Verbs of holding that name capacity right before the figure only after a word of capacity (`licensed to carry`;
    /// `capacity-words.txt` `infinitive`, round 24).
    let capacityInfinitives: WordSet
    /// Nouns of a count (`Zahl`, `number`), the words joining them to their group (`der`, `of`) and the prepositions of
    /// level before a figure that the count reaches (`auf`, `bei`, `to`; `count-heads.txt`).
    let countHeads: WordSet
    let countHeadLinks: WordSet
    let countHeadLevels: WordSet
    /// Compound heads of nouns that a `heads` stem measures as a span (`programm`, `bestehens`; `span-compounds.txt`).
    let spanCompoundHeads: [String]
    /// Words right after a length that name its measure (`südlich` → distance, `langen` → size).
    let dimensionsAfter: PhraseTable<String>
    /// Words right before a length that name its measure (`Umkreis von` → distance).
    let dimensionsBefore: PhraseTable<String>
    /// Nouns of a way travelled (`Umleitung`, `Umweg`, `route`, `detour`; `dimension-words.txt`, `way` rows, German compounds
    /// by their head): a length that is such a way's is a distance (round 28).
    let wayNouns: SuffixTable<Bool>
    /// Nouns of the land and of ways whose stretch a length measures (`river`, `coastline`, `Küste`; `dimension-words.txt`,
    /// `place` rows, German compounds by their head): a length of one is a distance, not a material's size (round 32).
    let extentPlaces: SuffixTable<Bool>
    /// Words after `of` that open a phrase of a definite thing, no bare material (`of its course`, `of this road`;
    /// `dimension-words.txt`, `material-stop` rows; round 32).
    let materialStops: WordSet
    /// Words that may stand between a way noun and its length (`ist`, `beträgt`, `of`; `dimension-words.txt`, `way-link` rows).
    let wayLinks: WordSet
    /// Verbs of travelling (`fahren`, `geflogen`, `travelled`; `dimension-words.txt`, `travel` rows): a length one of them
    /// governs is a distance (round 29).
    let travelVerbs: WordSet
    /// Words that make a figure a rate per a span of time (`täglich`, `pro Jahr`, `a day`; `rate-periods.txt`, `rate` rows): it
    /// takes no time from the context (round 29).
    let ratePeriods: PhraseTable<Bool>
    /// Words after such a phrase that make it a time of its own (`am Tag nach`, `a day after`; `rate-periods.txt`, `stop` rows).
    let ratePeriodStops: WordSet
    /// Prepositions that join a thing to its length (`eine Flutwelle von bis zu vier Metern`, `a storm surge of up to 4
    /// metres`): the length is the thing's size (`dimension-words.txt`, `head-of` rows).
    let dimensionHeadPrepositions: WordSet
    /// Words right after a length that make it a rate (`60 Kilometern pro Stunde`, `300 metres per second`): a speed,
    /// not a thing's size (`dimension-words.txt`, `rate` rows).
    let rateWords: WordSet
    /// Units of area, volume and weight that an adjective of size right after them describes (`dimension-words.txt`,
    /// `extent-unit`; round 21).
    let extentUnits: Set<String>
    /// Prepositions that spread an amount across a span of time after it (`zwölf Prozent über zwei Jahre`, `12 percent over
    /// two years`; `function-words.txt`, `across`; round 21), which elsewhere qualify a figure (`über zehn Stunden`).
    let acrossPrepositions: WordSet
    /// Words right before such a preposition that spread what they govern over the span (`hatte sich über 46
    /// Verhandlungstage erstreckt`, `spread over two years`; `function-words.txt`, `across-opener`).
    let acrossOpeners: WordSet
    /// Determiners that quantify (`each`, `every`, `alle`, `jede`; `function-words.txt`, `quantifier`): a participle after
    /// one and before a noun is attributive (`each affected household`; round 21).
    let quantifierDeterminers: WordSet
    /// The word for one where it is no article (`function-words.txt`, `counting-one`: English `one`; German `ein` is mostly
    /// the article and stays out): it counts a casualty (`One dead`, `one soldier was wounded`, `killing one man`; round 24).
    let countingOne: WordSet
    /// Words that open a condition or an indirect question (`wenn`, `falls`, `ob`, `if`, `whether`; `function-words.txt`,
    /// `hypothetical-opener`; round 29): a casualty the word for one names in their clause is supposed, not reported.
    let hypotheticalOpeners: WordSet
    /// The particle of a comparison (`wie`, `like`; `function-words.txt`, `simile`; round 29): the word for one after it
    /// names an image (`wie ein verwundetes Raubtier`), no casualty.
    let similes: WordSet
    /// The mark of an infinitive right before its verb (`zu`, `to`; `function-words.txt`, `infinitive-mark`; round 33): a
    /// responders' count before it controls the infinitive and does its act.
    let infinitiveMarks: WordSet
    /// The statement finder's clause words (``ClauseWords``, `clause-subjects.txt`) and charge-frame words of the language,
    /// found once per pack (round 33, cspeed33): found per finder or per sentence, each look-up hashed the language's name.
    let clauseWords: ClauseWords
    let chargeFrameWords: StatementFinder.ChargeFrameWords?
    /// Prepositions after which the word for one names a purpose or a circumstance, never a casualty counted (`für eine
    /// Leiche`, `gegen einen Polizisten`; `function-words.txt`, `one-governing-preposition`; round 29).
    let oneGoverningPrepositions: WordSet
    /// Articles that open an accusative noun phrase and never a genitive (`den`, `die`, `das`; `function-words.txt`,
    /// `object-article`; round 29): after a verb of harm and the word for one, they open the verb's object.
    let objectArticles: WordSet
    /// Adjectives of size after an area, volume or weight (`rund 4.000 Quadratmeter großen Daches`, `den 70 Kilo schweren
    /// Körper`; `dimension-words.txt`, `extent-after`): the figure is the size of the noun they describe.
    let extentAdjectives: PhraseTable<Bool>
    /// Words joining two measure verbs into one combined measure (`oder`, `or`).
    let measureDisjunctions: WordSet
    /// Words by which an indicative sentence goes on reporting the source named before.
    let continuationCues: PhraseTable<Bool>
    /// Words before a number that name its scale (`Stärke`, `magnitude of`) → measure.
    let scales: PhraseTable<String>
    /// Determiners skipped before a source no gazetteer lists (`der`, `the`).
    let sourceSkips: WordSet
    /// Determiners after which a genitive ending is removed from such a source (`des`).
    let sourceGenitives: WordSet
    /// Genitive endings, longest first (`es`, `s`).
    let genitiveEndings: [String]
    /// Genitive endings that change the stem, with the nominative ending that replaces them (`nisses` → `nis`:
    /// `des Bündnisses` → bündnis; `source-phrase.txt`, `ending-for` rows; round 32).
    let genitiveReplacements: [(genitive: String, nominative: String)]
    /// Words that end such a source (`of`, `said`).
    let sourceStops: WordSet
    /// Prepositions after which a body's name names its field (`Landesamt für Informationssicherheit`; round 10).
    let sourceComplements: WordSet
    /// Prepositions between a group of people and the body they work for (`analysts at`, `Experten der`).
    let memberPrepositions: WordSet
    /// Prepositions before the party a speech act is directed against (`Vorwürfe gegen das Ministerium`, `against the
    /// ministry`): that party is never the verb's speaker (`opponent` rows of `source-phrase.txt`, round 16).
    let opponentPrepositions: WordSet
    /// Determiners that open the subject of a verb of saying no lexicon lists (`wie die Bezirkshauptmannschaft mitteilte`,
    /// `berichtete die Regierung`; `source-phrase.txt`, `subject` rows; round 11).
    let subjectDeterminers: WordSet
    /// Determiners before a bare spokesperson with no name and no body (`wie ein Sprecher einräumte`, `a spokesman said`;
    /// `source-phrase.txt`, `spokesperson` rows; round 12e).
    let spokespersonDeterminers: WordSet
    /// Prepositions after a spokesperson that name whom the spokesperson speaks for (`ein Sprecher von Check24`; `owner` rows).
    let spokespersonOwners: WordSet
    /// Prepositions of origin after an impersonal cue that name whom the words come from (`hieß es von der Polizei`, `heißt es
    /// seitens der SPÖ`; `source-phrase.txt`, `origin` rows; round 18).
    let originPrepositions: WordSet
    /// Subordinating words after which a verb's subject opens its clause (`wie`, `dass`; `source-phrase.txt`, `opener` rows).
    let subjectOpeners: WordSet
    /// Words that open a phrase which is never its clause's subject — prepositions, accusative and dative determiners
    /// (`Den Schaden schätzt die Stadt`, `In diesem Zeitraum registrierte Eurostat`; `source-phrase.txt`, `fronted` rows;
    /// round 23): a main clause opening with one has its subject after the verb.
    let frontedOpeners: WordSet
    /// Report nouns whose author follows in the genitive (`Messungen des`, `Markteinschätzung des`; `source-phrase.txt`,
    /// `report` rows), the words that open them as a cue (`nach`; `report-opener`) and the links before the author
    /// (`des`, `der`, `von`; `report-link`).
    let reportNouns: Set<String>
    /// A first test of those nouns as a word's ending, by its last byte (round 24).
    let reportNounEnds: LastByteFilter
    /// Reports a body makes that an article refers back to with a definite article (`der Umfrage zufolge`; `source-phrase.txt`,
    /// `survey` rows, round 11c).
    let surveyNouns: WordSet
    let reportOpeners: WordSet
    let reportLinks: WordSet
    /// Labels of bodies named after their seat, which go by their function (`prosecutors`; `source-phrase.txt`, `seat`).
    let seatNamedBodies: Set<String>
    /// How the language refers back to a body named before (`die Behörde`, `the agency`).
    let backReferences: BackReferenceLexicon
    /// Articles skipped before a place or an actor (`function-words.txt`).
    let determiners: WordSet
    /// Prepositions between a noun of cost and its amount (`ein Schaden von`, `damage of`).
    let costPrepositions: WordSet
    /// The preposition of a change by a share (`um`, `by`).
    let byPrepositions: WordSet
    /// Words right after a share that open the whole it is a part of (`der`, `des`, `of`; `function-words.txt`,
    /// `whole`; round 23).
    let wholeOpeners: WordSet
    /// Verbs whose object is the share of a whole lost or gained (`verlor ein Drittel des Werts`, `lost half of its value`):
    /// that share stays a change (`function-words.txt`, `whole-taker`; round 23).
    let wholeTakers: WordSet
    /// Words right before a share that name its change (`up 12%` → increase, `minus 6,2 Prozent` → decrease).
    let changeWords: PhraseTable<String>
    /// Words right after a count that place it on board (`an Bord`, `on board`): the count takes no measure of the clause.
    let aboardPhrases: PhraseTable<Bool>
    /// `mit`/`with` after a count, before a noun of the state the people counted are in (`function-words.txt`, `companion`).
    let companionPrepositions: WordSet
    /// Adverbs of degree between a determiner and a participle used as a noun (`the most badly hurt`; `function-words.txt`, `degree`).
    let degreeWords: WordSet
    /// Words that end a noun phrase after a participle used as a noun (`the injured were`; `function-words.txt`, `noun-phrase-end`).
    let nounPhraseEnds: WordSet
    /// Words that open an apposition giving a body's kind (`Kondora, one of …'s largest exchanges,`; `function-words.txt`
    /// `apposition` rows), and words that end its noun phrase before a complement (`a caterer from Lindhausen`).
    let appositionOpeners: PhraseTable<Bool>
    let appositionEnds: WordSet
    let subjunctives: WordSet
    /// Words that negate the verb right after them (`nie erhalten`, `did not lie`, `NO OBSTRUCTION`;
    /// `function-words.txt`, `negation`): a statement's predicate after one is denied, not asserted.
    let negations: WordSet
    /// Prepositions of circumstance (`in`, `bei`, `aus`): a figure right after one is an adjunct of its clause
    /// (`sich aus zehn Ländern zurückziehen`) and takes no measure from the clause's verbs.
    let adjunctPrepositions: WordSet
    /// Subjunctive forms that are also the first-person singular indicative (`arbeite`, `habe`): next to a
    /// first-person pronoun (`ich arbeite`) they are no reported speech.
    let firstPersonForms: WordSet
    /// Subjunctive forms that are Konjunktiv II stand-ins (`würde`, `hätten`; `subjunctive-forms.txt`, `conditional`): also the
    /// mood of conditions, so they do not resume interrupted reported speech (``ResumableSpeaker``, round 17).
    let conditionalSubjunctives: WordSet
    /// The first-person singular pronoun (`ich`).
    let firstPersonPronouns: WordSet
    /// Every personal, possessive and reflexive pronoun (`function-words.txt`, `pronoun`): never a source label (round 19).
    let sourcelessPronouns: WordSet
    /// The personal pronouns of a thing (`it`; third field `thing`): opening a sentence as a cue's subject, the body that spoke
    /// last (round 31). German has none here: `es` is mostly the expletive subject, and `sie`, `er` are persons' pronouns too.
    let thingPronouns: WordSet
    /// The possessive pronouns among them (`our`, `unsere`; third field `possessive`): never a subject, so never the start of a
    /// name either (`“Our members …”`).
    let possessivePronouns: WordSet
    /// Conjunctions joining a list's items (`und`, `and`; `function-words.txt`, `list-joiner`), for a bracketed list of a body's
    /// parts (``BodyMemory/withoutBracketedParts(_:tokens:entities:pack:)``).
    let listJoiners: WordSet
    /// Counted nouns that are soldiers only in an article that counts troops by another word (`men`, `Männer`;
    /// `function-words.txt`, `troop-noun`), matched as the end of the noun (`Feuerwehrmänner`).
    let troopNouns: [String]
    /// Stems of counted nouns for whom fleeing is an escape (`Häftlinge flohen`), which names no measure.
    let detainees: [String]
    /// Determiners of a dative object (`der`, `dem`; `function-words.txt`, `addressee`): a party after one that follows
    /// another noun phrase of a verb of saying is whom the speaker told (`sagte der Manager der Zeitung`).
    let addresseeDeterminers: WordSet
    /// Descriptor types and labels of outlets (`newspaper`, `dpa`; `function-words.txt`, `outlet`), which a speaker tells.
    let outletLabels: Set<String>
    /// The first word of every verb cue (`sagten`, `gab` of `gab … an`): a verb of saying whose subject may be a figure
    /// (`sagten 25 Prozent der Befragten, sie würden …`).
    let sayingVerbs: WordSet
    let predicates: PhraseTable<String>
    /// Verbs whose particle stands later in the clause and names a measure (`kam … auf` → won). `closesClause`: the particle
    /// counts only where it ends its clause (a fourth field `end`: `legte … um 6,9 Prozent zu.`, not the `zu` of an infinitive).
    let separableMeasures: [String: [(particle: String, label: String, closesClause: Bool)]]
    /// A first test of `separableMeasures`' verbs by a token's key (``WordKeyFilter``, round 31): the words the length mask
    /// lets through are mostly none of them.
    let separableMeasureKeys: WordKeyFilter
    /// A cheap filter before the separable tables are consulted: per first byte, a bit for each UTF-8
    /// length of a separable verb form, so most words are passed over without hashing them.
    let separableVerbMask: [UInt64]
    /// Verbs whose particle stands at the end of the clause (`wies … zurück`): verb → [(particle, predicate)].
    let separablePredicates: [String: [(particle: String, label: String, closesClause: Bool)]]
    /// The verbs of `separablePredicates`, a filter before the dictionary (a word set compares bytes where the
    /// dictionary hashes with SipHash).
    let separablePredicateWords: WordSet
    let pronouns: WordSet
    let commonWords: Set<String>
    /// A first test before `numberWords` and `commonWords`, by a token's word key (round 24b).
    let numberOrCommonWords: WordKeyFilter
    let destinationPrepositions: WordSet
    let streetSuffixes: [String]
    /// A first test of those suffixes by a word's last byte (round 24).
    let streetSuffixEnds: LastByteFilter
    /// Keys of every word that can start a time expression.
    let timeKeys: IntKeyIndex
    /// Keys of every word that can start a gazetteer name, national adjective or role.
    let entityKeys: IntKeyIndex
    /// Keys (first three characters) of every number word, for ``NumberParser``.
    let numberWordKeys: IntKeyIndex
    /// The lengths of the number words up to twelve characters, longest first, for ``NumberParser`` to split compounds.
    let numberWordLengths: [Int]
    /// The number words' keys, for ``NumberParser`` to split compounds only where a number word may end (round 20).
    let numberWordPrefixes: NumberWordPrefixes
    /// Keys of every word that can start a number read by ``QuantityFinder``: number words, vague amounts,
    /// fractions and the words of a half (`eine halbe Million`). Any other word starts none, and one
    /// look-up rejects it before the finder's tables are tried one by one.
    let numberStartKeys: IntKeyIndex
    /// Phrases after which a capitalised name is the story's place (`in`, `Straße von`, `island of`).
    let placeOpeners: PhraseTable<Bool>
    /// Capitalised words after a place opener that name no place (`in Flammen`, `in Sicherheit`).
    let placeStops: WordSet
    /// Source labels of bodies whose names carry the story's place (`coast guard` → `coren coast guard`).
    let placeNamedBodies: Set<String>
    /// Nouns that introduce a place's name (`Grenzbezirk Halvor`, `the district of Halvor`; `place-descriptors.txt`).
    let placeDescriptors: PlaceDescriptors
    /// Auxiliaries of the passive voice (`passive-auxiliaries.txt`): an act told in the passive names no doer.
    let passiveVoice: PassiveVoice
    /// True for languages that capitalise every noun (German): a capitalised word there is no name.
    let capitalizesNouns: Bool

    /// Packs of every language with a lexicon folder, parsed on first use.
    private static let all: [String: LanguagePack] = {
        var packs: [String: LanguagePack] = [:]
        for language in LexiconFile.languages { packs[language] = LanguagePack(loading: language) }
        return packs
    }()

    /// The pack for an ISO 639-1 code; for an unknown or undetermined language, the pack whose
    /// function words occur most often in `sample`.
    static func pack(for language: String, sample: String = "") -> LanguagePack {
        if let pack = all[language] { return pack }
        let words = Set(ClaimTokenizer.tokens(of: String(sample.prefix(2000))).map(\.lower))
        // Ties go to the code that sorts first, so the same input always gets the same pack (a dictionary's
        // order changes from process to process).
        let best = all.sorted { $0.key < $1.key }.max { left, right in
            words.intersection(left.value.commonWords).count < words.intersection(right.value.commonWords).count
        }
        return best?.value ?? LanguagePack(loading: language)
    }

    /// Parses the lexicon folder of `language` (an empty pack when it has none).
    ///
    /// Not optimised (`@_optimize(none)`): the compiler's ownership-lifetime canonicalisation is quadratic on a function
    /// that assigns this many stored properties, and took about 40 CPU minutes of every release build of this target
    /// (a profile of the compiler: 67 % in `PrunedLiveRange::isWithinLivenessBoundary`); unoptimised, the target
    /// builds in about a minute. The initialiser runs once per language and process, and the parsing it calls
    /// (`LexiconFile`, `PhraseTable`, `SuffixTable`) is optimised as before.
    @_optimize(none)
    init(loading language: String) {
        let folder = LexiconFile.folder(language: language)
        func rows(_ name: String) -> [[String]] { LexiconFile.rows(name, in: folder) }
        func field(_ row: [String], _ index: Int) -> String? {
            index < row.count && !row[index].isEmpty ? row[index] : nil
        }
        func table<V>(_ name: String, _ make: ([String]) -> V?) -> PhraseTable<V> {
            PhraseTable(rows(name).compactMap { row in make(row).map { (row[0], $0) } })
        }
        func set(_ name: String) -> Set<String> { Set(rows(name).map { $0[0] }) }
        func wordSet(_ name: String) -> WordSet { WordSet(rows(name).map { $0[0] }) }
        let format = Dictionary(rows("number-format.txt").map { ($0[0], field($0, 1) ?? "") }) { first, _ in first }
        self.language = language
        decimalSeparator = format["decimal"]?.first ?? "."
        groupSeparator = format["group"]?.first ?? ","
        numberWords = Dictionary(rows("number-words.txt").compactMap { row in
            field(row, 1).flatMap(Double.init).map { (row[0], $0) }
        }) { first, _ in first }
        numberConnectors = rows("number-connectors.txt").map { $0[0] }
        multipliers = table("multipliers.txt") { field($0, 1).flatMap(Double.init) }
        halfWords = WordSet(rows("halves.txt").filter { $0[0] == "half" }.compactMap { field($0, 1) })
        halfArticles = WordSet(rows("halves.txt").filter { $0[0] == "article" }.compactMap { field($0, 1) })
        vagueNumbers = table("vague-numbers.txt") { row in
            guard let value = field(row, 1).flatMap(Double.init) else { return nil }
            return VagueNumber(
                value: value, qualifier: field(row, 2).flatMap(Quantity.Qualifier.init) ?? .about, standsForPeople: field(row, 3) == "people")
        }
        fractions = table("fractions.txt") { field($0, 1).flatMap(Double.init) }
        qualifiers = table("qualifiers.txt") { field($0, 1).flatMap(Quantity.Qualifier.init) }
        trailingQualifiers = table("trailing-qualifiers.txt") { row in
            field(row, 1).flatMap(Quantity.Qualifier.init).map { TrailingQualifier(qualifier: $0, closing: field(row, 2) == "closing") }
        }
        multiplierQualifiers = Dictionary(
            rows("multiplier-qualifiers.txt").compactMap { row in
                field(row, 1).flatMap(Quantity.Qualifier.init).map { (row[0], $0) }
            }, uniquingKeysWith: { first, _ in first })
        multiplierQualifierKeys = WordKeyFilter(multiplierQualifiers.keys)
        qualifierBlockers = rows("qualifier-blockers.txt").compactMap { row in field(row, 1).map { (row[0], $0) } }
        rangeInfixes = table("range-infixes.txt") { _ in true }
        rangeOpeners = table("range-openers.txt") { field($0, 1) }
        unitSharers = table("unit-sharers.txt") { field($0, 1) ?? "" }
        currencies = table("currencies.txt") { field($0, 1) }
        currencySubunits = table("currency-subunits.txt") { row in
            field(row, 1).flatMap { code in field(row, 2).flatMap(Double.init).map { (code, $0) } }
        }
        currencyCodes = Set(rows("currencies.txt").compactMap { field($0, 1) })
        let unitRows = rows("units.txt").compactMap { row in
            field(row, 1).map { (row[0], Unit(unit: $0, measure: field(row, 2))) }
        }
        // Round 15: complete families of counted nouns, after `units.txt` so that its rows win; read only where a figure's
        // noun is looked up (`countedUnit(for:)`): sources and names still see the listed units alone.
        let familyRows = rows("counted-noun-families.txt").compactMap { row in
            field(row, 1).map { (row[0], Unit(unit: $0, measure: field(row, 2))) }
        }
        let isPhrase = { (key: String) in ClaimTokenizer.tokens(of: key).count > 1 }
        units = PhraseTable(unitRows.filter { isPhrase($0.0) })
        inflectionEndings = rows("inflection-endings.txt").map { $0[0] }.sorted { $0.count > $1.count }
        inflectedAdjectiveEndings = rows("adjective-endings.txt").map { $0[0] }
        unitStems = SuffixTable(
            Dictionary(unitRows.filter { !isPhrase($0.0) }) { first, _ in first }, endings: inflectionEndings, compounds: format["nouns-capitalized"] == "yes")
        countedNounStems = SuffixTable(
            Dictionary((unitRows + familyRows).filter { !isPhrase($0.0) }) { first, _ in first }, endings: inflectionEndings,
            compounds: format["nouns-capitalized"] == "yes")
        unitGapStops = wordSet("unit-gap-stops.txt")
        nounLemmatizer = NounLemmatizer(rows: rows("noun-plurals.txt"))
        measures = table("measures.txt") { row in field(row, 1).map { Measure(
            label: $0, isNoun: field(row, 2) == "noun", lowerCaseOnly: field(row, 2) == "lower", measurementOnly: field(row, 2) == "dimension")
        } }
        peopleMeasures = Set(LexiconFile.rows("people-measures.txt", in: LexiconFile.root).map { $0[0] })
        casualtyUnits = Set(LexiconFile.rows("casualty-units.txt", in: LexiconFile.root).map { $0[0] })
        falsityVerdicts = FalsityVerdicts(rows: rows("falsity-verdicts.txt"))
        measureOutcomes = LexiconFile.rows("measure-outcomes.txt", in: LexiconFile.root).reduce(into: [:]) { outcomes, row in
            if row.count > 1 { outcomes[row[0], default: []].insert(row[1]) }
        }
        notQuantityBefore = table("not-quantity-before.txt") { _ in true }
        numberedThings = wordSet("numbered-things.txt")
        gluedUnits = Dictionary(
            rows("glued-units.txt").compactMap { row in field(row, 1).map { (row[0], $0) } }, uniquingKeysWith: { first, _ in first })
        notQuantityAfter = table("not-quantity-after.txt") { field($0, 1) == "event" }
        oneUnits = Dictionary(
            rows("one-units.txt").compactMap { row in field(row, 1).map { (row[0], $0) } },
            uniquingKeysWith: { first, _ in first })
        spelledCountIdioms = table("spelled-count-idioms.txt") { _ in true }
        spelledDeterminerNumbers = wordSet("spelled-determiner-numbers.txt")
        months = table("months.txt") { field($0, 1).flatMap(Int.init) }
        seasons = table("seasons.txt") { row in
            guard let from = field(row, 1).flatMap(Int.init), let to = field(row, 2).flatMap(Int.init) else { return nil }
            return [from, to]
        }
        weekdays = table("weekdays.txt") { field($0, 1).flatMap(Int.init) }
        periodParts = table("period-parts.txt") { field($0, 1) }
        relativeTimes = table("relative-times.txt") { field($0, 1) }
        sinceWords = table("since-words.txt") { _ in true }
        untilWords = table("until-words.txt") { field($0, 1) == "ahead" }
        yearWords = table("year-words.txt") { _ in true }
        recordWords = table("record-words.txt") { field($0, 1) }
        originWords = table("origin-words.txt") { field($0, 1) }
        durationLeadWords = table("duration-lead-words.txt") { _ in true }
        gazetteer = table("gazetteer.txt") { row in
            field(row, 1).map { Entity(name: $0, kind: field(row, 2) ?? "organisation", country: field(row, 3)) }
        }
        adjectives = table("adjectives.txt") { row in
            field(row, 2).map { Adjective(country: field(row, 1).flatMap { $0 == "-" ? nil : $0 }, form: $0) }
        }
        bodies = table("bodies.txt") { field($0, 1) }
        roles = table("roles.txt") { field($0, 1) == "organisation" }
        roleWords = RoleWords(phrases: rows("roles.txt").map { $0[0] }, endings: SpeakerContext.roleEndings.map(\.ending))
        speakerRoles = rows("roles.txt").filter { field($0, 1) == "speaker" }.map { $0[0] }.sorted { $0.count > $1.count }
        speakerRoleBytes = speakerRoles.map { Array($0.utf8) }
        descriptors = SuffixTable(
            Dictionary(rows("organisation-descriptors.txt").compactMap { row in field(row, 1).map { (row[0], $0) } }) {
                first, _ in first
            }, endings: inflectionEndings, compounds: format["nouns-capitalized"] == "yes")
        modifiedKindBodies = ModifiedKindBodies(rows: rows("modified-kind-bodies.txt"))
        labelKeepingDescriptors = Set(rows("organisation-descriptors.txt").filter { field($0, 2) == "keep" }.compactMap { field($0, 1) })
        complementNames = ComplementNames(rows: rows("complement-names.txt"))
        findings = Findings(rows: rows("findings.txt"))
        cues = table("attribution-cues.txt") { row in
            field(row, 1).map { direction in
                Cue(
                    direction: direction, source: field(row, 2),
                    hedged: field(row, 3) == "yes", relays: field(row, 4) == "relay",
                    reportedOnly: field(row, 5) == "reported")
            }
        }
        let particleRows = rows("cue-particles.txt")
        func particles(required: Bool) -> [String: Set<String>] {
            Dictionary(
                grouping: particleRows.filter { (field($0, 2) == "required") == required && field($0, 2) != "complement" }
                    .compactMap { row in field(row, 1).map { (row[0], $0) } },
                by: \.0
            ).mapValues { Set($0.map(\.1)) }
        }
        cueParticles = particles(required: false)
        requiredCueParticles = particles(required: true)
        cueComplements = Dictionary(
            grouping: particleRows.filter { field($0, 2) == "complement" }.compactMap { row in field(row, 1).map { (row[0], $0) } },
            by: \.0
        ).mapValues { Set($0.map(\.1)) }
        hedges = table("hedges.txt") { field($0, 1) == "needs-perfect" }
        unnamedHedges = WordSet(rows("hedges.txt").filter { field($0, 1) == "unnamed" }.map { $0[0] })
        perfectAuxiliaries = wordSet("perfect-auxiliaries.txt")
        anaphora = table("anaphora.txt") { field($0, 1) == "part" }
        // derived-names.txt and clause-openers.txt hold several tables each: read once, not once per table.
        let derivedNameRows = rows("derived-names.txt")
        derivedAdjectiveEndings = derivedNameRows.filter { $0.count > 1 && field($0, 1) == "adjective" }.map { $0[0] }
            .sorted { $0.count > $1.count }
        derivedAdjectiveLastBytes = ByteSet(derivedAdjectiveEndings.compactMap { $0.utf8.last })
        derivedAdjectiveEndingBytes = derivedAdjectiveEndings.filter { !$0.isEmpty }.map { Array($0.utf8) }
        derivedAdjectiveEndingFilter = EndingFilter(derivedAdjectiveEndingBytes)
        derivedAdjectiveMinimumBytes = (derivedAdjectiveEndingBytes.map(\.count).min() ?? Int.max / 2) + 4
        peoplePluralEndings = derivedNameRows.filter { field($0, 1) == "people" }.map { $0[0] }
        notPeoplePluralEndings = derivedNameRows.filter { field($0, 1) == "not-people" }.map { $0[0] }
        derivedNameEndings = derivedNameRows.compactMap { row in
            field(row, 1) == "name" ? (row[0], field(row, 2) ?? "") : nil
        }.sorted { $0.0.count > $1.0.count }
        derivedNameTails = Set(derivedNameRows.filter { field($0, 1) == "tail" }.map { $0[0] })
        commonDerivedAdjectives = derivedNameRows.filter { field($0, 1) == "common" }.map { ArticleNames.fold($0[0]) }
        guessedNameEnding = derivedNameRows.first { field($0, 1) == "guess" }.flatMap { field($0, 2) }
        let clauseOpenerRows = rows("clause-openers.txt")
        clauseOpeners = WordSet(clauseOpenerRows.map { $0[0] })
        subordinateClauseOpeners = WordSet(clauseOpenerRows.filter { field($0, 1) == "subordinate" }.map { $0[0] })
        bareClauseOpeners = WordSet(clauseOpenerRows.filter { field($0, 2) == "bare" }.map { $0[0] })
        relativePronouns = wordSet("relative-pronouns.txt")
        defaultMeasures = Dictionary(rows("default-measures.txt").compactMap { row in field(row, 1).map { (row[0], $0) } }) {
            first, _ in first
        }
        targetPrepositions = wordSet("target-prepositions.txt")
        partPrepositions = wordSet("part-prepositions.txt")
        subjectVerbs = wordSet("subject-verbs.txt")
        dummySubjects = wordSet("dummy-subjects.txt")
        summaryOpeners = wordSet("summary-openers.txt")
        attributeOpeners = wordSet("attribute-openers.txt")
        electionVerbs = Set(rows("election-measures.txt").filter { $0[0] == "verb" }.compactMap { field($0, 1) })
        electionMeasures = Set(rows("election-measures.txt").filter { $0[0] == "measure" }.compactMap { field($0, 1) })
        electionCues = rows("election-measures.txt").filter { $0[0] == "cue" }.compactMap { field($0, 1) }
        electionCueEndings = ClaimExtractor.ElectionCues(electionCues)
        referringDeterminers = wordSet("referring-determiners.txt")
        let claimNounRows = rows("claim-nouns.txt")
        claimNouns = Set(claimNounRows.filter { $0.count == 1 }.map { $0[0] })
        referringDemonstratives = Set(claimNounRows.filter { $0.count == 2 && $0[0] == "refer" }.map { $0[1] })
        denialBackReferences = DenialBackReferences(rows: rows("denial-back-references.txt"))
        shareBlockers = wordSet("share-blockers.txt")
        ellipsisPrepositions = wordSet("ellipsis-prepositions.txt")
        gapPrepositions = wordSet("gap-prepositions.txt")
        agoWords = wordSet("ago-words.txt")
        agePrepositions = wordSet("age-prepositions.txt")
        yearOpeners = PhraseTable(rows("year-openers.txt").map { ($0[0], true) })
        timeFrames = wordSet("time-frames.txt")
        frameQualifiers = wordSet("frame-qualifiers.txt")
        comparedFigureOpeners = table("compared-figure-openers.txt") { _ in true }
        ordinalOpeners = wordSet("ordinal-openers.txt")
        cancellations = SuffixTable(
            Dictionary(rows("cancellations.txt").map { ($0[0], true) }) { first, _ in first }, endings: inflectionEndings,
            compounds: format["nouns-capitalized"] == "yes")
        let dimensionRows = rows("dimension-words.txt")
        lengthUnits = Set(dimensionRows.filter { $0[0] == "unit" }.compactMap { field($0, 1) })
        let frequencyRows = rows("frequency-words.txt")
        industrialAction = IndustrialAction(rows: rows("industrial-action.txt"))
        frequencySuffixes = frequencyRows.filter { $0[0] == "suffix" }.compactMap { field($0, 1) }
        frequencySuffixEnds = LastByteFilter(frequencySuffixes)
        frequencyFactors = WordSet(frequencyRows.filter { $0[0] == "factor" }.compactMap { field($0, 1) })
        comparativeEndings = frequencyRows.filter { $0[0] == "comparative" }.compactMap { field($0, 1) }
        spanAdjectives = Dictionary(dimensionRows.filter { $0[0] == "span" }.compactMap { row in
            field(row, 1).flatMap { word in field(row, 2).map { (word, $0) } }
        }) { first, _ in first }
        let capacityRows = rows("capacity-words.txt")
        capacityPrepositions = WordSet(capacityRows.filter { $0[0] == "preposition" }.compactMap { field($0, 1) })
        capacityWords = WordSet(capacityRows.filter { $0[0] == "word" }.compactMap { field($0, 1) })
        capacityVerbs = WordSet(capacityRows.filter { $0[0] == "before" }.compactMap { field($0, 1) })
        capacityInfinitives = WordSet(capacityRows.filter { $0[0] == "infinitive" }.compactMap { field($0, 1) })
        let countHeadRows = rows("count-heads.txt")
        countHeads = WordSet(countHeadRows.filter { $0[0] == "head" }.compactMap { field($0, 1) })
        countHeadLinks = WordSet(countHeadRows.filter { $0[0] == "link" }.compactMap { field($0, 1) })
        countHeadLevels = WordSet(countHeadRows.filter { $0[0] == "level" }.compactMap { field($0, 1) })
        let spanCompoundRows = rows("span-compounds.txt")
        spanCompounds = spanCompoundRows.filter { $0[0] == "stem" }.compactMap { row in
            field(row, 1).flatMap { stem in field(row, 2).map { (stem, $0, field(row, 3) == "heads") } }
        }
        spanCompoundHeads = spanCompoundRows.filter { $0[0] == "head" }.compactMap { field($0, 1) }
        let spanEndings = [""] + (format["nouns-capitalized"] == "yes" ? inflectedAdjectiveEndings : [])
        spanCompoundEnds = spanCompounds.flatMap { compound in spanEndings.map { Array((compound.stem + $0).utf8) } }
        spanCompoundEndFilter = EndingFilter(spanCompoundEnds)
        dimensionsAfter = PhraseTable(dimensionRows.filter { $0[0] == "after" }.compactMap { row in
            field(row, 1).flatMap { phrase in field(row, 2).map { (phrase, $0) } }
        })
        dimensionsBefore = PhraseTable(dimensionRows.filter { $0[0] == "before" }.compactMap { row in
            field(row, 1).flatMap { phrase in field(row, 2).map { (phrase, $0) } }
        })
        wayNouns = SuffixTable(
            Dictionary(dimensionRows.filter { $0[0] == "way" }.compactMap { row in field(row, 1).map { ($0, true) } }) { first, _ in first },
            endings: inflectionEndings, compounds: format["nouns-capitalized"] == "yes")
        extentPlaces = SuffixTable(
            Dictionary(dimensionRows.filter { $0[0] == "place" }.compactMap { row in field(row, 1).map { ($0, true) } }) { first, _ in first },
            endings: inflectionEndings, compounds: format["nouns-capitalized"] == "yes")
        materialStops = WordSet(dimensionRows.filter { $0[0] == "material-stop" }.compactMap { field($0, 1) })
        wayLinks = WordSet(dimensionRows.filter { $0[0] == "way-link" }.compactMap { field($0, 1) })
        travelVerbs = WordSet(dimensionRows.filter { $0[0] == "travel" }.compactMap { field($0, 1) })
        let rateRows = rows("rate-periods.txt")
        ratePeriods = PhraseTable(rateRows.filter { $0[0] == "rate" }.compactMap { row in field(row, 1).map { ($0, true) } })
        ratePeriodStops = WordSet(rateRows.filter { $0[0] == "stop" }.compactMap { field($0, 1) })
        measureDisjunctions = WordSet(dimensionRows.filter { $0[0] == "or" }.compactMap { field($0, 1) })
        dimensionHeadPrepositions = WordSet(dimensionRows.filter { $0[0] == "head-of" }.compactMap { field($0, 1) })
        rateWords = WordSet(dimensionRows.filter { $0[0] == "rate" }.compactMap { field($0, 1) })
        extentUnits = Set(dimensionRows.filter { $0[0] == "extent-unit" }.compactMap { field($0, 1) })
        extentAdjectives = PhraseTable(dimensionRows.filter { $0[0] == "extent-after" }.compactMap { row in field(row, 1).map { ($0, true) } })
        commonNounEndings = rows("common-noun-endings.txt").map { $0[0] }
        commonNounEndingBytes = commonNounEndings.map { Array($0.utf8) }
        commonNounEndingFilter = EndingFilter(commonNounEndingBytes)
        continuationCues = table("continuation-cues.txt") { _ in true }
        scales = table("scales.txt") { field($0, 1) }
        let sourceRows = rows("source-phrase.txt")
        func sourceWords(_ kind: String) -> [String] { sourceRows.filter { $0[0] == kind }.compactMap { field($0, 1) } }
        sourceSkips = WordSet(sourceWords("skip"))
        sourceGenitives = WordSet(sourceWords("genitive"))
        genitiveEndings = sourceWords("ending").sorted { $0.count > $1.count }
        genitiveReplacements = sourceRows.filter { $0[0] == "ending-for" && $0.count > 2 }.map { (genitive: $0[1], nominative: $0[2]) }
        speakerRoleEndings = SpeakerRoleEndings(roleBytes: speakerRoleBytes, genitiveEndings: genitiveEndings)
        sourceStops = WordSet(sourceWords("stop"))
        sourceComplements = WordSet(sourceWords("complement"))
        memberPrepositions = WordSet(sourceWords("member"))
        originPrepositions = WordSet(sourceWords("origin"))
        opponentPrepositions = WordSet(sourceWords("opponent"))
        subjectDeterminers = WordSet(sourceWords("subject"))
        spokespersonDeterminers = WordSet(sourceWords("spokesperson"))
        spokespersonOwners = WordSet(sourceWords("owner"))
        subjectOpeners = WordSet(sourceWords("opener"))
        frontedOpeners = WordSet(sourceWords("fronted"))
        reportNouns = Set(sourceWords("report"))
        reportNounEnds = LastByteFilter(Array(reportNouns))
        surveyNouns = WordSet(sourceWords("survey"))
        reportOpeners = WordSet(sourceWords("report-opener"))
        reportLinks = WordSet(sourceWords("report-link"))
        seatNamedBodies = Set(sourceWords("seat"))
        backReferences = BackReferenceLexicon(rows: rows("back-references.txt"), genitiveEndings: genitiveEndings)
        let functionRows = LexiconFile.functionWords(language: language)
        func functionWords(_ kind: String) -> [String] { functionRows.filter { $0[0] == kind }.compactMap { field($0, 1) } }
        determiners = WordSet(functionWords("determiner"))
        costPrepositions = WordSet(functionWords("cost-preposition"))
        byPrepositions = WordSet(functionWords("by-preposition"))
        wholeOpeners = WordSet(functionWords("whole"))
        wholeTakers = WordSet(functionWords("whole-taker"))
        changeWords = PhraseTable(functionRows.filter { $0[0] == "change" }.compactMap { row in
            field(row, 1).flatMap { phrase in field(row, 2).map { (phrase, $0) } }
        })
        aboardPhrases = PhraseTable(functionWords("aboard").map { ($0, true) })
        companionPrepositions = WordSet(functionWords("companion"))
        degreeWords = WordSet(functionWords("degree"))
        nounPhraseEnds = WordSet(functionWords("noun-phrase-end"))
        appositionOpeners = PhraseTable(functionWords("apposition").map { ($0, true) })
        appositionEnds = WordSet(functionWords("apposition-end"))
        negations = WordSet(functionWords("negation"))
        descriptorFirstWords = WordSet(
            rows("organisation-descriptors.txt").compactMap { row in
                row[0].contains(" ") ? row[0].split(separator: " ").first.map(String.init) : nil
            })
        subjunctives = wordSet("subjunctive-forms.txt")
        firstPersonForms = WordSet(rows("subjunctive-forms.txt").filter { field($0, 1) == "first-person" }.map { $0[0] })
        conditionalSubjunctives = WordSet(rows("subjunctive-forms.txt").filter { field($0, 1) == "conditional" }.map { $0[0] })
        firstPersonPronouns = WordSet(functionWords("first-person"))
        sourcelessPronouns = WordSet(functionWords("pronoun"))
        thingPronouns = WordSet(functionRows.filter { $0[0] == "pronoun" && field($0, 2) == "thing" }.compactMap { field($0, 1) })
        possessivePronouns = WordSet(functionRows.filter { $0[0] == "pronoun" && field($0, 2) == "possessive" }.compactMap { field($0, 1) })
        listJoiners = WordSet(functionWords("list-joiner"))
        troopNouns = functionWords("troop-noun")
        detainees = functionWords("detainee")
        addresseeDeterminers = WordSet(functionWords("addressee"))
        accusationParticles = Set(functionWords("accusation"))
        outletLabels = Set(functionWords("outlet"))
        adjunctPrepositions = WordSet(functionWords("adjunct"))
        acrossPrepositions = WordSet(functionWords("across"))
        acrossOpeners = WordSet(functionWords("across-opener"))
        quantifierDeterminers = WordSet(functionWords("quantifier"))
        countingOne = WordSet(functionWords("counting-one"))
        hypotheticalOpeners = WordSet(functionWords("hypothetical-opener"))
        similes = WordSet(functionWords("simile"))
        infinitiveMarks = WordSet(functionWords("infinitive-mark"))
        oneGoverningPrepositions = WordSet(functionWords("one-governing-preposition"))
        objectArticles = WordSet(functionWords("object-article"))
        identifyingCopulas = WordSet(functionWords("identifying-copula"))
        indefiniteArticles = WordSet(functionWords("indefinite-article"))
        sayingVerbs = WordSet(
            rows("attribution-cues.txt").filter { field($0, 1) == "verb" }.map { $0[0].split(separator: " ") }
                // A verb and its particle at most (`gab an`); longer phrases open with other words (`zur last gelegt`).
                .filter { $0.count <= 2 }.compactMap { $0.first.map(String.init) })
        predicates = table("predicates.txt") { field($0, 1) }
        func separable(_ file: String) -> [String: [(particle: String, label: String, closesClause: Bool)]] {
            Dictionary(
                grouping: rows(file).compactMap { row -> (String, (particle: String, label: String, closesClause: Bool))? in
                    guard let particle = field(row, 1), let label = field(row, 2) else { return nil }
                    return (row[0], (particle, label, field(row, 3) == "end"))
                }, by: \.0
            ).mapValues { $0.map(\.1) }
        }
        separableMeasures = separable("separable-measures.txt")
        separableMeasureKeys = WordKeyFilter(separableMeasures.keys)
        separablePredicates = separable("separable-predicates.txt")
        separablePredicateWords = WordSet(separablePredicates.keys)
        var mask = [UInt64](repeating: 0, count: 256)
        for verb in Array(separableMeasures.keys) + Array(separablePredicates.keys) where verb.utf8.count < 64 {
            guard let first = verb.utf8.first else { continue }
            mask[Int(first)] |= 1 << UInt64(verb.utf8.count)
        }
        separableVerbMask = mask
        pronouns = wordSet("pronouns.txt")
        commonWords = set("common-words.txt")
        destinationPrepositions = wordSet("destination-prepositions.txt")
        timeKeys = IntKeyIndex(
            keys: sinceWords.keys.union(untilWords.keys).union(periodParts.keys).union(months.keys).union(seasons.keys)
                .union(relativeTimes.keys).union(weekdays.keys))
        entityKeys = IntKeyIndex(keys: gazetteer.keys.union(adjectives.keys).union(roles.keys))
        let numberKeys = Set(numberWords.keys.map { ClaimToken.key(of: $0, length: 3) })
        numberWordKeys = IntKeyIndex(keys: numberKeys)
        numberWordLengths = Set(numberWords.keys.map(\.count)).filter { $0 <= 12 }.sorted(by: >)
        numberWordPrefixes = NumberWordPrefixes(numberWords, connectors: numberConnectors)
        numberOrCommonWords = WordKeyFilter(Array(numberWords.keys) + Array(commonWords))
        numberStartKeys = IntKeyIndex(
            keys: numberKeys.union(vagueNumbers.keys).union(fractions.keys)
                .union(halfWords.words.map { ClaimToken.key(of: $0) }).union(halfArticles.words.map { ClaimToken.key(of: $0) })
                .union(spanAdjectives.keys.map { ClaimToken.key(of: $0) }))
        streetSuffixes = rows("street-suffixes.txt").map { $0[0] }
        streetSuffixEnds = LastByteFilter(streetSuffixes)
        capitalizesNouns = format["nouns-capitalized"] == "yes"
        let placeRows = rows("place-names.txt")
        placeOpeners = PhraseTable(placeRows.filter { $0[0] == "opener" }.compactMap { row in field(row, 1).map { ($0.lowercased(), true) } })
        placeStops = WordSet(placeRows.filter { $0[0] == "stop" }.compactMap { field($0, 1)?.lowercased() })
        placeNamedBodies = Set(placeRows.filter { $0[0] == "body" }.compactMap { field($0, 1) })
        placeDescriptors = PlaceDescriptors(rows: rows("place-descriptors.txt"), inflectionEndings: inflectionEndings)
        passiveVoice = PassiveVoice(rows: rows("passive-auxiliaries.txt"), clauseWide: capitalizesNouns)
        clauseWords = ClauseWords.byLanguage[language] ?? ClauseWords()
        chargeFrameWords = StatementFinder.chargeFrameWords[language]
        // Last, once every table is built.
        phraseStarts.register(tablesIn: self)
    }
}

extension LanguagePack {
    /// Whether `word` (lower-cased) may be a separable verb form of either table.
    func maySeparate(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        let count = word.utf8.count
        return count < 64 && separableVerbMask[Int(first)] & (1 << UInt64(count)) != 0
    }
}

extension LanguagePack {
    /// Whether a lower-cased word ends in one of the language's adjective inflections (`adjective-endings.txt`:
    /// `neue`, `schweren`).
    func hasInflectedAdjectiveEnding(_ word: String) -> Bool {
        inflectedAdjectiveEndings.contains { word.hasSuffix($0) }
    }
}

extension LanguagePack {
    /// Whether a lower-cased word ends in one of the language's street suffixes (`straße`, `road`), its last byte tested
    /// first (`streetSuffixEnds`).
    func endsInStreetSuffix(_ word: String) -> Bool {
        streetSuffixEnds.mayEnd(word) && streetSuffixes.contains { word.hasSuffix($0) }
    }
}

extension LanguagePack {
    /// True when `word` ends with the bytes of one of ``commonNounEndings`` (`Regierung`, `Gemeinschaften`).
    ///
    /// Round 26: the test compared the word with each of the about twenty endings through `ByteSuffix.hasSuffix` on the
    /// string, reaching its bytes once per ending (98,153 calls for about 5,000 words on 150 articles, 2.4 M instructions
    /// by callgrind); now the bytes are reached once and ``commonNounEndingFilter`` rejects most words before the
    /// comparisons. The answer is the same: the filter rejects only words that end in none of the endings.
    /// - Complexity: O(1) look-ups, then O(e·m) byte comparisons for the words the filter lets through.
    func endsInCommonNounEnding(_ word: String) -> Bool {
        func test(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            commonNounEndingFilter.mayEnd(bytes) && commonNounEndingBytes.contains { ByteSuffix.hasSuffix(bytes, $0) }
        }
        if let result = word.utf8.withContiguousStorageIfAvailable(test) { return result }
        return Array(word.utf8).withUnsafeBufferPointer(test)
    }
}

extension LanguagePack {
    /// Whether a token names a scheduled service or operation (`cancellations.txt`; German compounds by their head,
    /// `Regionalzüge`): calling one off names no measure.
    /// - Complexity: one suffix-table look-up; asked once per figure that a verb of calling off measures.
    func isCancellable(_ token: ClaimToken) -> Bool {
        token.kind == .word && cancellations.lookup(token.lower) != nil
    }
}
