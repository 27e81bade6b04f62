/// The cue phrases of website furniture, read from the `boilerplate` lexicon of every language.
package struct BoilerplateCues: Sendable {
    /// Teaser and "read more" headers.
    package let related: [String]
    /// Tag and topic list headers (`Themen`, `Tags`).
    package let tags: [String]
    /// Share buttons.
    package let share: [String]
    /// Newsletter boxes.
    package let newsletter: [String]
    /// Cookie notices.
    package let cookie: [String]
    /// Footer and legal links.
    package let footer: [String]
    /// Phrases of adverts and event invitations.
    package let advert: [String]
    /// Words after an outlet's name in a news-section menu line (`News`, `Nachrichten`).
    package let section: [String]

    /// Words that open a byline (`Von`, `By`).
    package let byline: [String]
    /// Words that join the names of a byline (`und`, `and`).
    package let conjunctions: [String]
    /// Words of a job title after a byline's name (`correspondent`, `Redakteurin`).
    package let roles: [String]
    /// Words before a place after a byline's names (`in`, `aus`).
    package let places: [String]
    /// Call-to-action words (`jetzt`, `now`).
    package let actions: [String]
    /// Words of a sales offer (`gratis`, `free`, `Rabatt`).
    package let offers: [String]
    /// Words of an outlet's promotion of its own products (`Livestream`, `UKW`, `E-Paper`).
    package let promos: [String]
    /// Phrases of a feed's syndication note (`appeared first on`).
    package let syndication: [String]
    /// Labels of media teasers that carry their title (`Video`, `Bildergalerie`).
    package let media: [String]
    /// Labels of photo credits (`Foto`, `Photograph`).
    package let photo: [String]
    /// Phrases of reading-time notes (`Lesezeit`, `min read`).
    package let readingTime: [String]
    /// First words of a related-teaser label that carries its title on the same line (`Mehr`, `More`).
    package let teaserLeads: [String]

    /// Labels of a section line under a masthead (`Ressort`, `Section`).
    package let sectionLabels: [String]
    /// Words of an edition status (`Eilmeldung`, `Fassung`, `Breaking`).
    package let status: [String]
    /// Whole-line wire notes (`weitere informationen folgen`, `more to follow`), without final marks.
    package let wireNotes: [String]
    /// Words that name a team rather than a person in a byline (`Team`, `Redaktion`, `Staff`).
    package let collectives: [String]
    /// Currency words after an amount (`Euro`, `pounds`).
    package let currencies: [String]
    /// Words that open the list of an event's speakers (`Mit`, `With`).
    package let speakers: [String]
    /// Phrases of reader-support and donation appeals (`jetzt spenden`, `support independent journalism`).
    package let support: [String]
    /// Verbs of an outlet's call for support that end (German) or open (English) the call before its price (`unterstützen`,
    /// `support`; round 30).
    package let supportVerbs: [String]
    /// Terms of a price in a call for support (`ab`, `im Monat`, `from`, `a month`; round 30).
    package let priceTerms: [String]
    /// Verbs that open a follow invitation (`Folgen`, `Follow`).
    package let follow: [String]
    /// Social networks a follow invitation names (`Telegram`, `X`).
    package let social: [String]
    /// Legal forms that may end an outlet's name (`e.v.`, `gmbh`, `ltd.`), lower-case.
    package let legalForms: [String]
    /// Phrases that disclose paid content (`ist eine Anzeige`, `sponsored content`), anywhere in a short line.
    package let disclosures: [String]
    /// Phrases that point the reader to another page (`Hier finden Sie`, `click here`), in a line without a full stop.
    package let pointers: [String]
    /// Words that name what a newsletter box sends (`Newsletter`, `Briefing`, `Postfach`, `inbox`).
    package let newsletterSubjects: [String]
    /// Words that ask the reader to subscribe (`anmelden`, `abonnieren`, `sign up`, `subscribe`).
    package let newsletterActions: [String]
    /// Phrases of a broadcast transcript's disclaimer (`this is a transcript`, `dies ist ein Transkript`).
    package let transcriptNotes: [String]
    /// Labels that open a press release's contact block (`Pressekontakt`, `Media contact`).
    package let contactLabels: [String]
    /// Words that open the label of a press release's note about its sender (`über den`, `über uns`, `about`).
    package let aboutOpeners: [String]
    /// Words that name the kind of a publication above or beside its sender rather than the sender (`Pressemitteilung`,
    /// `Press release`, `Anzeige`), lower-case: such a line of a dateline block names no publisher (round 20).
    package let genreLabels: [String]
    /// Words that open the line naming an advert's sponsor under its genre label (`ein angebot der`, `presented by`),
    /// lower-case (round 29).
    package let sponsorOpeners: [String]
    /// `advert` as one matcher, for the advert search over every line.
    package let advertMatcher: CueMatcher
    /// `support` as one matcher.
    package let supportMatcher: CueMatcher

    /// The cues of `table`.
    package init(table: LexiconTable) {
        related = table["related"]
        tags = table["tags"]
        share = table["share"]
        newsletter = table["newsletter"]
        cookie = table["cookie"]
        footer = table["footer"]
        advert = table["advert"]
        section = table["section"]
        byline = table["byline"]
        conjunctions = table["conjunction"]
        roles = table["role"]
        places = table["place"]
        actions = table["action"]
        offers = table["offer"]
        promos = table["promo"]
        teaserLeads = table["teaser-lead"]
        media = table["media"]
        syndication = table["syndication"]
        photo = table["photo"]
        readingTime = table["reading-time"]
        sectionLabels = table["section-label"]
        status = table["status"]
        wireNotes = table["wire-note"]
        collectives = table["collective"]
        currencies = table["currency"]
        speakers = table["speaker"]
        support = table["support"]
        supportVerbs = table["support-verb"]
        priceTerms = table["price-term"]
        follow = table["follow"]
        social = table["social"]
        disclosures = table["disclosure"]
        legalForms = table["legal-form"]
        pointers = table["pointer"]
        newsletterSubjects = table["newsletter-subject"]
        newsletterActions = table["newsletter-action"]
        contactLabels = table["contact-label"]
        aboutOpeners = table["about-opener"]
        genreLabels = table["genre-label"]
        sponsorOpeners = table["sponsor-opener"]
        transcriptNotes = table["transcript-note"]
        advertMatcher = CueMatcher(advert)
        supportMatcher = CueMatcher(support)
    }

    /// The cues of the target's lexicons, loaded once.
    package static let shared = BoilerplateCues(table: LexiconTable(named: "boilerplate"))
}
