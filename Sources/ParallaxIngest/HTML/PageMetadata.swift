/// The metadata of a page: headline, publication date, authors, publisher, language, URL.
package struct PageMetadata: Sendable, Equatable {
    package var title: String?
    package var published: String?
    package var authors: [String] = []
    package var publisher: String?
    package var language: String?
    package var url: String?
}

/// Decides the metadata of a page from its ``PageSignals``.
///
/// Sources are tried from the most to the least explicit: JSON-LD, then meta tags, then marked
/// elements (`<time>`, `itemprop`, byline classes), then the URL and visible text.
package struct MetadataResolver {
    private let lexicon: HTMLLexicon
    private let dates: VisibleDateParser
    private let parser = PublicationDateParser()

    /// Meta names that carry the publication date, most specific first.
    private static let publishedKeys = [
        "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
        "parsely-pub-date", "sailthru.date", "publish-date", "publishdate", "publish_date", "pubdate", "date",
        "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created", "dc.date.created", "article.published",
        "article_date_original", "original-publish-date", "cxenseparse:recs:publishtime", "release_date",
        "citation_publication_date", "citation_date", "creation_date", "timestamp",
    ]
    /// Meta names whose date may be the record's rather than the publication's.
    private static let genericKeys: Set<String> = ["date", "dc.date", "dcterms.date", "dc.date.issued", "dcterms.created", "dc.date.created"]
    /// Meta names that carry modification dates, used only when nothing else is known.
    private static let modifiedKeys = [
        "article:modified_time", "og:modified_time", "datemodified", "dc.date.modified", "dcterms.modified",
        "last-modified", "lastmod", "og:updated_time",
    ]
    /// Meta names that carry the author.
    private static let authorKeys = [
        "author", "article:author", "og:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl",
        "citation_author",
    ]

    package init(lexicon: HTMLLexicon) {
        self.lexicon = lexicon
        self.dates = VisibleDateParser(lexicon: lexicon)
    }

    /// The metadata the page signals support; `pageURL` is where the page came from, if known.
    /// - Parameter bodyHeadings: `h1` texts left after boilerplate removal, if known.
    /// - Parameter bodyTexts: short texts of the page after boilerplate removal, searched for a
    ///   visible date before the whole page is.
    package func resolve(_ signals: PageSignals, pageURL: String?, bodyHeadings: [String]? = nil, bodyTexts: [String] = [])
        -> PageMetadata
    {
        let facts = JSONLDReader().read(signals.jsonLD)
        var metadata = PageMetadata()
        metadata.publisher = facts.publisher ?? signals.meta["og:site_name"] ?? signals.meta["application-name"]
        metadata.url = signals.canonical ?? signals.meta["og:url"] ?? facts.url ?? pageURL
        metadata.title = TitleChooser().choose(
            signals: signals, jsonLDHeadline: facts.headline, siteName: metadata.publisher, bodyHeadings: bodyHeadings,
            pageURL: metadata.url)
        metadata.language = signals.language ?? signals.meta["content-language"] ?? signals.meta["language"]
            ?? facts.language ?? signals.meta["og:locale"]
        metadata.published = publicationDate(
            signals, facts: facts, urls: [metadata.url, pageURL].compactMap { $0 }, bodyTexts: bodyTexts,
            headlineDate: headlineDate(signals, title: metadata.title))
        metadata.authors = AuthorCleaner(lexicon: lexicon, siteName: metadata.publisher).authors(
            jsonLD: facts.authors, meta: Self.authorKeys.compactMap { signals.meta[$0] }, marked: signals.authorTexts,
            metaLines: (signals.dateTexts + bodyTexts).filter { $0.count < 160 && dates.firstDate(in: $0) != nil }
                + signals.addressTexts)
        if metadata.authors.isEmpty, let owner = facts.person {
            // A blog's JSON-LD names its owner as the only Person: the author of its posts.
            metadata.authors = AuthorCleaner(lexicon: lexicon, siteName: nil).clean(owner)
        }
        return metadata
    }

    /// The publication date, preferring explicit publication sources over modification dates.
    private func publicationDate(
        _ signals: PageSignals, facts: JSONLDFacts, urls: [String], bodyTexts: [String], headlineDate: String?
    ) -> String? {
        let shown = ShownDays(texts: signals.dateTexts + bodyTexts + signals.textDates, parser: dates)
        if let explicit = explicitDate(signals, facts: facts, shown: shown, bodyTexts: bodyTexts) {
            let chosen = shownAlternative(to: explicit, signals, facts: facts, shown: shown) ?? explicit
            // A day in the URL path is fixed at first publication; a metadata day the page never
            // shows that differs from it is a republication's or a migration's.
            for url in urls {
                if let date = dates.dateInURL(url), date != chosen.prefix(10), !shown.contains(chosen.prefix(10)) {
                    return date
                }
            }
            return chosen
        }
        for url in urls {
            if let date = dates.dateInURL(url) { return date }
        }
        // The date line under the headline comes before the page's other date elements, which
        // may be a teaser list's ("Letzter Beitrag: …") or the site header's "today".
        if let headlineDate { return headlineDate }
        for text in signals.dateTexts {
            if let date = dates.firstDate(in: text) { return date }
        }
        for text in bodyTexts + signals.textDates {
            if let date = dates.firstDate(in: text) { return date }
        }
        if let value = facts.dateModified, let date = normalize(value) { return date }
        for key in Self.modifiedKeys {
            if let value = signals.meta[key], let date = normalize(value) { return date }
        }
        return nil
    }

    /// The first date in the short texts under the headline: under the heading that the title
    /// comes from (whole, or after or before a kicker), never under another heading, which may be
    /// a logo's or a teaser's.
    private func headlineDate(_ signals: PageSignals, title: String?) -> String? {
        let headings = signals.dateHeadings
        guard let title, let index = headings.firstIndex(where: { $0.text.hasPrefix(title) || $0.text.hasSuffix(title) })
        else { return nil }
        for text in headings[index].dateTexts {
            if let date = dates.firstDate(in: text) { return date }
        }
        return nil
    }

    /// When the page's sources of publication dates disagree and the preferred one names a day the
    /// page never shows, the first other source whose day the page shows (in a date element or a
    /// short dated line of the cleaned page): readers, and the gold, go by the date on the page.
    private func shownAlternative(to chosen: String, _ signals: PageSignals, facts: JSONLDFacts, shown: ShownDays)
        -> String?
    {
        var candidates: [String] = []
        for key in Self.publishedKeys {
            if let value = signals.meta[key], let date = normalize(value) { candidates.append(local(date, signals)) }
        }
        if let value = facts.datePublished, let date = normalize(value) { candidates.append(local(date, signals)) }
        for time in signals.times where !time.modified {
            if let date = normalize(time.value) { candidates.append(date) }
        }
        // Last, the page's modification dates (not `<time>`s marked as updates, which are often
        // teasers'): a page that shows only its "last updated" day is dated by it.
        if let value = facts.dateModified, let date = normalize(value) { candidates.append(date) }
        for key in Self.modifiedKeys {
            if let value = signals.meta[key], let date = normalize(value) { candidates.append(date) }
        }
        guard candidates.contains(where: { $0.prefix(10) != chosen.prefix(10) }), !shown.contains(chosen.prefix(10))
        else { return nil }
        return candidates.first { shown.contains($0.prefix(10)) }
    }

    /// The first date of the explicit publication sources: meta tags, JSON-LD, `<time>` elements.
    private func explicitDate(_ signals: PageSignals, facts: JSONLDFacts, shown: ShownDays, bodyTexts: [String])
        -> String?
    {
        for key in Self.publishedKeys {
            guard let value = signals.meta[key], let date = normalize(value) else { continue }
            // Generic date metas (a CMS's record date) yield to a publication date the page shows:
            // a `<time>`, else, when the page never shows the meta's day, its first dated line.
            if Self.genericKeys.contains(key) {
                for time in signals.times where !time.modified {
                    if let shown = normalize(time.value) { return shown }
                }
                if !shown.contains(date.prefix(10)) {
                    for text in signals.dateTexts + bodyTexts {
                        if let line = dates.firstDate(in: text) { return line }
                    }
                }
            }
            return local(date, signals)
        }
        if let value = facts.datePublished, let date = normalize(value) { return local(date, signals) }
        for rank in [2, 1] {
            for time in signals.times where time.rank == rank && !time.modified {
                if let date = normalize(time.value) { return date }
            }
        }
        for time in signals.times where !time.modified {
            if let date = normalize(time.value) { return date }
        }
        return nil
    }

    /// `date` as the page shows it: a UTC date-time (`…T05:30:59Z`) whose instant a `<time>` element
    /// gives in the page's own zone (`2023-11-08 23:30:59`, same minutes and seconds, a day apart)
    /// takes that element's value, since readers (and the day they see) are in the page's zone.
    private func local(_ date: String, _ signals: PageSignals) -> String {
        let utf8 = Array(date.utf8)
        guard utf8.count >= 19, date.hasSuffix("Z") || date.hasSuffix("+00:00") else { return date }
        let minutesAndSeconds = utf8[14..<19]
        for time in signals.times where !time.modified {
            guard let shown = normalize(time.value) else { continue }
            let shownUTF8 = Array(shown.utf8)
            guard shownUTF8.count >= 19, shownUTF8[14..<19].elementsEqual(minutesAndSeconds),
                !shown.hasSuffix("Z"), !shown.hasSuffix("+00:00"), shown.prefix(10) != date.prefix(10),
                Self.daysApart(String(shown.prefix(10)), String(date.prefix(10))) == 1
            else { continue }
            return shown
        }
        return date
    }

    /// Whole days between two `YYYY-MM-DD` dates, or `nil` when either does not parse.
    private static func daysApart(_ first: String, _ second: String) -> Int? {
        func day(_ text: String) -> Int? {
            let fields = text.split(separator: "-").compactMap { Int($0) }
            guard fields.count == 3 else { return nil }
            // Days since a fixed epoch (proleptic Gregorian), enough to compare nearby days.
            let (year, month) = fields[1] <= 2 ? (fields[0] - 1, fields[1] + 12) : (fields[0], fields[1])
            return 365 * year + year / 4 - year / 100 + year / 400 + (153 * (month - 3) + 2) / 5 + fields[2]
        }
        guard let a = day(first), let b = day(second) else { return nil }
        return abs(a - b)
    }

    /// An ISO 8601 date or date-time for `value`, or `nil`.
    private func normalize(_ value: String) -> String? {
        if let iso = parser.parse(value), let day = dates.firstDate(in: String(iso.prefix(10))) {
            return iso.count > 10 ? iso : day
        }
        if let date = dates.firstDate(in: value) { return date }
        // A damaged ISO value ("2022-01-10T22:06:08:684Z", "2018-11-28CET11:59") still starts with its day.
        let head = Array(value.utf8.prefix(10))
        let digits = [0, 1, 2, 3, 5, 6, 8, 9]
        guard head.count == 10, head[4] == UInt8(ascii: "-"), head[7] == UInt8(ascii: "-"),
            digits.allSatisfy({ (0x30...0x39).contains(head[$0]) })
        else { return nil }
        return dates.firstDate(in: String(decoding: head, as: UTF8.self))
    }
}

/// The days a page shows in date elements and short dated lines, read on first use only (most
/// pages never need them).
private final class ShownDays {
    private let texts: [String]
    private let parser: VisibleDateParser
    private lazy var days: Set<Substring> = {
        var days = Set<Substring>()
        for text in texts {
            if let date = parser.firstDate(in: text) { days.insert(Substring(date)) }
        }
        return days
    }()

    init(texts: [String], parser: VisibleDateParser) {
        self.texts = texts
        self.parser = parser
    }

    /// Whether the page shows `day` (`YYYY-MM-DD`).
    func contains(_ day: Substring) -> Bool { days.contains(day) }
}
