/// Finds the website furniture in the lines of a plain-text article.
///
/// Rules, each general and driven by line shape plus the cue phrases of the `boilerplate` lexicon:
/// - empty table stubs: lines of `|` cells with at most one short label (`Details | |`, `---|---|`);
/// - tag lists: a tag header (`Themen:`, `Tags: a, b`), hashtag lines and the short items after them;
/// - teaser boxes: a related header (`Mehr zum Thema`, `Read more`, or a short line led by a teaser
///   word such as `Mehr News aus Kelsburg`) and the headline-like lines after it;
/// - share, newsletter and cookie boxes and footers: short lines led by or holding their cues, and
///   feeds' syndication notes (`The post … appeared first on …`);
/// - menus and link lists: runs of two or more short list items without sentence punctuation, or of
///   four or more one-to-three-word lines;
/// - agency copy: sign-off codes and wire notes (see ``WireLineDetector``);
/// - adverts: a region of short lines around advert cues and event dates with times
///   (`23.04.2025 • 19:00 Uhr`), kept only when it holds two signals, one of them on a short line.
package struct PlainTextBoilerplateClassifier: Sendable {
    let cues: BoilerplateCues
    private let dates: PublicationDateParser
    private let promotions: PromotionDetector
    private let bylines: BylineReader
    private let metadataLines: MetadataLineDetector
    private let wireLines: WireLineDetector

    /// Whether runs of short list items count as menus (off for HTML content, where lists are marked up).
    package var detectsMenus: Bool

    /// A classifier over `cues`.
    package init(
        cues: BoilerplateCues = .shared, dates: PublicationDateParser = PublicationDateParser(),
        detectsMenus: Bool = true
    ) {
        self.cues = cues
        self.dates = dates
        self.detectsMenus = detectsMenus
        promotions = PromotionDetector(cues: cues)
        bylines = BylineReader(cues: cues, dates: dates)
        metadataLines = MetadataLineDetector(cues: cues)
        wireLines = WireLineDetector(cues: cues)
    }

    /// The verdict for each line, `nil` for article text.
    /// - Complexity: O(n) in the number of lines, times the number of cues.
    package func classify(_ lines: [TextLine]) -> [BoilerplateVerdict?] {
        var verdicts = [BoilerplateVerdict?](repeating: nil, count: lines.count)
        var index = 0
        while index < lines.count {
            let shape = lines[index].shape
            if isTableStub(shape.text) {
                verdicts[index] = .tableStub
            } else if isTeaserLine(shape) {
                verdicts[index] = .teaserLine
            } else if isCreditLine(shape) {
                verdicts[index] = .credit
            } else if wireLines.isSignOff(shape) || wireLines.isWireNote(shape) {
                verdicts[index] = .wireNote
            } else if let verdict = metadataLines.verdict(shape) {
                verdicts[index] = verdict
            } else if isTagHeader(shape) || isHashtagLine(shape) {
                verdicts[index] = .tagList
                index = markFollowers(from: index + 1, in: lines, as: .tagList, &verdicts) {
                    $0.isBullet && $0.wordCount <= 4 || isHashtagLine($0)
                }
                continue
            } else if shape.wordCount <= 8,
                startsWithCue(shape.key, cues.related)
                    || (isTeaserLeadHeader(shape) && index + 1 < lines.count && isTeaserTitle(lines[index + 1].shape))
            {
                verdicts[index] = .teaser
                index = markFollowers(from: index + 1, in: lines, as: .teaser, &verdicts, while: isTeaserTitle)
                continue
            } else if let verdict = boxVerdict(shape) ?? promotions.verdict(shape) ?? (isPipeMenu(shape) ? .menu : nil)
            {
                verdicts[index] = verdict
            }
            index += 1
        }
        if detectsMenus {
            markMenus(lines, &verdicts)
            markClosingFurniture(lines, &verdicts)
            markAboutNote(lines, &verdicts)
        }
        AdvertRegionFinder(cues: cues.advert, matcher: cues.advertMatcher, speakerWords: cues.speakers, dates: dates).mark(lines, &verdicts)
        return verdicts
    }

    /// The outlet a news-section menu line names (`Kettner Edelmetalle News` → `Kettner Edelmetalle`).
    package func outletOfSectionLine(_ shape: LineShape) -> String? {
        guard shape.wordCount >= 2, shape.wordCount <= 5, !shape.endsClause else { return nil }
        let words = shape.content.split(separator: " ")
        guard let last = words.last, cues.section.contains(last.lowercased()) else { return nil }
        let name = words.dropLast().joined(separator: " ")
        return name.first?.isUppercase == true ? name : nil
    }

    /// Whether a line under a masthead's date is furniture of the masthead: a section label
    /// (`Ressort: Lokales / Politik`), a breadcrumb or menu (`Home > News > Local`) or an edition status
    /// (`Eilmeldung – 2. Fassung`, `Breaking news`): at most six words, no sentence end.
    package func isMastheadFurniture(_ shape: LineShape) -> Bool {
        guard !shape.endsSentence else { return false }
        if isPipeMenu(shape) { return true }
        guard shape.wordCount <= 6 else { return false }
        if wireLines.isStatusLine(shape) { return true }
        let key = shape.lowered
        return cues.sectionLabels.contains { key.hasPrefix($0 + ":") }
    }

    /// Whether a line may be the title of a teaser: at most 20 words, no clause mark at the end, no
    /// furniture of another rule.
    private func isTeaserTitle(_ shape: LineShape) -> Bool {
        shape.wordCount <= 20 && !shape.endsClause && !isOtherFurniture(shape)
    }

    /// Whether a line is a teaser header without a cue phrase, led by a teaser word (`Mehr News aus
    /// Kelsburg`, `More from the coast`): at most six words, no clause mark. It counts only with a
    /// teaser title after it, as a subheading (`Mehr Geld für Schulen`) is followed by a paragraph.
    private func isTeaserLeadHeader(_ shape: LineShape) -> Bool {
        guard !shape.isBullet, (2...6).contains(shape.wordCount), !shape.endsClause,
            let first = shape.lowered.split(separator: " ").first
        else { return false }
        return cues.teaserLeads.contains(String(first))
    }

    /// Whether a line is furniture of another rule, which ends a run of teaser titles.
    private func isOtherFurniture(_ shape: LineShape) -> Bool {
        if isTableStub(shape.text) || isPipeMenu(shape) || isTeaserLine(shape) || isTagHeader(shape)
            || isHashtagLine(shape) || boxVerdict(shape) != nil || promotions.verdict(shape) != nil
        {
            return true
        }
        let key = shape.lowered
        return cues.advert.contains { key.containsPhrase($0) }
            || (shape.content.contains(where: \.isNumber) && dates.read(shape.content)?.time != nil)
    }

    /// The owner a copyright line names (`© 2024 Allgäuer Bote. Alle Rechte vorbehalten.` → `Allgäuer Bote`).
    package func ownerOfCopyrightLine(_ shape: LineShape) -> String? {
        var rest = Substring(shape.content)
        for opener in ["©", "(c)", "(C)", "Copyright", "copyright"] where rest.hasPrefix(opener) {
            rest = rest.dropFirst(opener.count)
            break
        }
        guard rest.count < shape.content.count else { return nil }
        rest = rest.drop { $0.isWhitespace || $0.isNumber || $0 == "-" || $0 == "–" || $0 == "©" }
        let name = String(rest.prefix { !".,|;:".contains($0) }).trimmingWhitespace()
        let words = name.split(separator: " ").count
        return (1...5).contains(words) && name.first?.isUppercase == true ? name : nil
    }

    private func isTableStub(_ text: String) -> Bool {
        guard text.utf8.contains(UInt8(ascii: "|")) else { return false }
        let cells = text.split(separator: "|", omittingEmptySubsequences: false)
            .map { String($0).trimmingWhitespace() }
            .filter { !$0.isEmpty && !$0.allSatisfy { "-:=_ ".contains($0) } }
        return cells.count <= 1 && cells.allSatisfy { $0.split(separator: " ").count <= 3 }
    }

    /// Whether a line is a short menu or breadcrumb trail of three to six items separated by `|`, `›`,
    /// `»`, `>`, `•` or `·` (`Verkehr | Wetter | Blitzer`, `Home › News › Local`), or a table row of
    /// two to six framed by `|` (`Quellen | zpa |`): each item at most three words, without digits,
    /// none ending like a sentence. Two items without a frame may be a headline and its site
    /// (`Title | Site`), so they are kept.
    private func isPipeMenu(_ shape: LineShape) -> Bool {
        let separators: Set<Character> = ["|", "›", "»", ">", "•", "·"]
        let text = shape.text
        // At most six cells of at most 30 characters: anything longer is no menu line.
        guard text.utf8.count <= 6 * 34, text.contains(where: { separators.contains($0) }) else { return false }
        let cells = text.split(whereSeparator: { separators.contains($0) }).map { String($0).trimmingWhitespace() }
            .filter { !$0.isEmpty }
        let framed = text.hasPrefix("|") || text.hasSuffix("|")
        return (framed ? 2...6 : 3...6).contains(cells.count)
            && cells.allSatisfy { cell in
                cell.split(separator: " ").count <= 3 && cell.count <= 30 && !cell.contains(where: \.isNumber)
                    && !LineShape(cell).endsSentence
            }
    }

    /// Whether a line is a related-article teaser with its title: a related cue or a short label that
    /// starts with a teaser word, or a media label, then `:` and a title (`Mehr zum Thema: …`,
    /// `Mehr Blaulicht-News: …`, `Video: …`).
    private func isTeaserLine(_ shape: LineShape) -> Bool {
        guard !shape.isBullet, shape.wordCount <= 20, shape.finalMark != ".",
            let colon = shape.lowered.firstIndex(of: ":")
        else { return false }
        let label = String(shape.lowered[..<colon]).trimmingWhitespace()
        let title = shape.lowered[shape.lowered.index(after: colon)...]
        guard title.contains(where: \.isLetter) else { return false }
        if cues.related.contains(label) || cues.media.contains(label) { return true }
        let words = label.split(separator: " ")
        guard let first = words.first, (2...3).contains(words.count) else { return false }
        return cues.teaserLeads.contains(String(first))
    }

    /// Whether a line is a credit of reporters and editors standing apart from the byline: a byline in
    /// parentheses, with several credits (`(Reporting by …; editing by …)`), or opened by a byline phrase
    /// of several words (`Additional reporting by …`), which a sentence of the story does not start with.
    private func isCreditLine(_ shape: LineShape) -> Bool {
        var text = shape.content
        if text.hasPrefix("("), text.hasSuffix(")") { text = String(text.dropFirst().dropLast()) }
        let lowered = LineShape.lowercase(text)
        let longOpener = cues.byline.contains { $0.contains(" ") && lowered.hasPrefix($0 + " ") }
        guard text.count < shape.content.count || text.contains(";") || longOpener else { return false }
        // Several credits are read by their first (`Reporting by …; additional reporting by …`).
        let first = LineShape(String(text.prefix { $0 != ";" }))
        return bylines.authors(in: first) != nil || bylines.isAgencyCredit(first)
    }

    private func isTagHeader(_ shape: LineShape) -> Bool {
        let lowered = shape.lowered
        return cues.tags.contains { cue in
            lowered == cue || lowered.hasPrefix(cue + ":") && (shape.wordCount <= 12 || lowered.contains(","))
        }
    }

    private func isHashtagLine(_ shape: LineShape) -> Bool {
        guard shape.content.utf8.first == UInt8(ascii: "#") else { return false }
        let words = shape.content.split(separator: " ")
        return !words.isEmpty
            && words.allSatisfy { $0.hasPrefix("#") && $0.count > 1 && $0.dropFirst().first?.isLetter == true }
    }

    /// Whether `key` is `cue`, or starts with it followed by `:`, or — for cues of three or more
    /// words, too distinctive to open a sentence or heading by chance — followed by a space.
    private func startsWithCue(_ key: String, _ list: [String]) -> Bool {
        list.contains { cue in
            key == cue || key.hasPrefix(cue + ":") || (cue.split(separator: " ").count >= 3 && key.hasPrefix(cue + " "))
        }
    }

    /// Whether `key` is a row of links (`Impressum | Datenschutz | Kontakt`) one of which is `cue`.
    private func isLinkRow(_ key: String, holding cue: String) -> Bool {
        let segments = key.split(whereSeparator: { "|•·/".contains($0) }).map { String($0).trimmingWhitespace() }
        return segments.count >= 2 && segments.contains(cue)
    }

    private func boxVerdict(_ shape: LineShape) -> BoilerplateVerdict? {
        guard shape.wordCount <= 40 else { return nil }
        let key = Self.droppingCount(shape.key)
        if key.hasPrefix("©") || key.hasPrefix("(c) ") || key.hasPrefix("copyright ") { return .footer }
        // A feed's syndication note ("The post … appeared first on Example Post.").
        if shape.wordCount <= 30, cues.syndication.contains(where: { key.containsPhrase($0) }) { return .footer }
        if let verdict = appealVerdict(shape) { return verdict }
        if shape.wordCount <= 20, cues.disclosures.contains(where: { key.containsPhrase($0) }) { return .advert }
        if shape.wordCount <= 30, cues.transcriptNotes.contains(where: { key.containsPhrase($0) }) { return .transcriptNote }
        // A pointer anywhere in a line that is no sentence; a line that opens with one points even with a full
        // stop (`Mehr dazu in den Nachrichten im Radio, stündlich ab 6 Uhr.`).
        if shape.wordCount <= 16, cues.pointers.contains(where: { key.containsPhrase($0) }),
            shape.finalMark != "." || startsWithCue(key, cues.pointers)
        {
            return .promotion
        }
        // A contact block's label (`Pressekontakt:`): the block after it is the release's furniture.
        if shape.wordCount <= 3, shape.content.hasSuffix(":"), cues.contactLabels.contains(key) {
            return .service
        }
        // A newsletter box in a sentence or two: what it sends and a request to subscribe (`Unser Newsletter mit
        // allem, was die Stadt bewegt. Jetzt anmelden!`, `Get the morning briefing in your inbox – sign up here.`).
        if shape.wordCount <= 25, cues.newsletterSubjects.contains(where: { key.containsPhrase($0) }),
            cues.newsletterActions.contains(where: { key.containsPhrase($0) })
        {
            return .newsletter
        }
        let groups: [([String], BoilerplateVerdict, Int)] = [
            (cues.share, .share, 12), (cues.newsletter, .newsletter, 25), (cues.cookie, .cookie, 40),
            (cues.footer, .footer, 12),
        ]
        for (list, verdict, maximumWords) in groups where shape.wordCount <= maximumWords {
            for cue in list {
                if key == cue || startsWithCue(key, [cue]) || isLinkRow(key, holding: cue) { return verdict }
                // A share, newsletter or cookie cue of several words (or any cookie cue) may stand anywhere
                // in the box's sentence; footer cues must lead the line.
                if verdict != .footer, cue.contains(" ") || verdict == .cookie, key.containsPhrase(cue) {
                    return verdict
                }
                // A short line that is no sentence and names a newsletter anywhere is its invitation
                // (`Sign up to the Example Times Europe newsletter`).
                if verdict == .newsletter, shape.wordCount <= 12, shape.finalMark != ".", key.containsPhrase(cue) {
                    return verdict
                }
            }
        }
        return nil
    }

    /// `key` without a count at its end (`comments (214)` → `comments`, `kommentare 12` → `kommentare`).
    static func droppingCount(_ key: String) -> String {
        var trimmed = Substring(key)
        if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "("),
            trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)].allSatisfy(\.isNumber)
        {
            trimmed = trimmed[..<open]
        } else {
            while let last = trimmed.last, last.isNumber { trimmed.removeLast() }
        }
        let result = String(trimmed).trimmingWhitespace()
        return result.isEmpty ? key : result
    }

    /// Furniture at the end of a plain text that no cue names:
    /// - a masthead footer: the last line, short, without sentence punctuation, of a name and a slogan
    ///   joined by a dash, bar or middle dot (`Der Beispielbote · Ihre Zeitung für das Tal`);
    /// - a press release's boilerplate: at most three lines after its contact line (a service line
    ///   with a telephone number or e-mail address) at the end (`Beispiel e.V. ist ein Verein für …`).
    private func markClosingFurniture(_ lines: [TextLine], _ verdicts: inout [BoilerplateVerdict?]) {
        guard let last = lines.indices.last(where: { !lines[$0].shape.text.isEmpty }) else { return }
        if verdicts[last] == nil, isMastheadFooter(lines[last].shape) || isImprintLine(lines[last].shape) {
            verdicts[last] = .footer
        }
        // The short lines after a contact line at the end, when at most `reach` of them follow it.
        func markFooter(after contact: Int?, reach: Int) {
            guard let contact, contact < last, last - contact <= reach,
                ((contact + 1)...last).allSatisfy({ lines[$0].shape.wordCount <= 30 })
            else { return }
            for index in (contact + 1)...last where verdicts[index] == nil { verdicts[index] = .footer }
        }
        // A contact block opened by its label (`Pressekontakt:`): the body's name, address and links.
        markFooter(
            after: lines.indices.last(where: { verdicts[$0] == .service && lines[$0].shape.text.hasSuffix(":") }),
            reach: Self.contactBlockLines)
        markFooter(after: lines.indices.last(where: { verdicts[$0] == .service }), reach: 3)
    }

    /// The most lines a press release's contact block holds after its label (name, department, address,
    /// telephone, e-mail, web, social links).
    static let contactBlockLines = 8

    /// An imprint line: short, no sentence, parts joined by middle dots or bars, one of them a postal address
    /// — a post code and a place (`Beispiel GmbH · Hafenweg 3 · 28199 Beispielstadt`, `… | London EC1A 1BB`).
    private func isImprintLine(_ shape: LineShape) -> Bool {
        guard !shape.isBullet, shape.wordCount <= 16, !shape.endsSentence else { return false }
        let parts = shape.content.split(whereSeparator: { $0 == "·" || $0 == "|" }).map { String($0).trimmingWhitespace() }
        guard parts.count >= 2 else { return false }
        return parts.contains { part in
            let words = part.split(separator: " ")
            // A post code of four or five digits before a capitalised place name.
            return zip(words, words.dropFirst()).contains { code, place in
                (4...5).contains(code.count) && code.allSatisfy(\.isNumber) && place.first?.isUppercase == true
            }
        }
    }

    private func isMastheadFooter(_ shape: LineShape) -> Bool {
        guard !shape.isBullet, shape.wordCount <= 12, !shape.endsSentence else { return false }
        for separator in [" – ", " — ", " · ", " | "] {
            let parts = shape.content.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 2 else { continue }
            let name = parts[0].split(separator: " ")
            if (1...4).contains(name.count), name.first?.first?.isUppercase == true, !parts[1].isEmpty { return true }
        }
        return false
    }

    /// A short line that appeals for money or support (a support cue, and no full stop or question
    /// mark of reporting unless it names a price), or invites readers to follow the outlet: a follow verb opening the line and a
    /// social network named in it.
    private func appealVerdict(_ shape: LineShape) -> BoilerplateVerdict? {
        guard shape.wordCount <= 16 else { return nil }
        let key = shape.key
        // An appeal that names its price is one whatever its last mark (`… – unterstütze uns mit 5 € im Monat.`, `… – schon 3 €
        // helfen.`): a currency sign beside a number in a short line with a support cue (round 24).
        if shape.finalMark != "?", shape.finalMark != "." || PromotionDetector.holdsPrice(shape.content),
            cues.supportMatcher.matches(key)
        {
            return .support
        }
        if isPricedSupportCall(shape) { return .support }
        let words = key.split(whereSeparator: { !$0.isLetter }).map(String.init)
        if let first = words.first, cues.follow.contains(first),
            words.dropFirst().contains(where: { cues.social.contains($0) })
        {
            return .follow
        }
        return nil
    }

    private func markMenus(_ lines: [TextLine], _ verdicts: inout [BoilerplateVerdict?]) {
        func isMenuItem(_ shape: LineShape) -> Bool {
            shape.isBullet && shape.wordCount <= 5 && shape.content.count <= 50 && !shape.endsSentence
                && !shape.content.contains(where: \.isNumber)
        }
        func isBareLink(_ line: TextLine) -> Bool {
            !line.shape.isBullet && line.shape.wordCount <= 3 && !line.shape.endsSentence && !line.blankBefore
        }
        let rules: [((TextLine) -> Bool, Int)] = [({ isMenuItem($0.shape) }, 2), (isBareLink, 4)]
        for (predicate, minimumRun) in rules {
            var start = 0
            while start < lines.count {
                var end = start
                while end < lines.count, verdicts[end] == nil,
                    predicate(lines[end]) || (end > start && lines[end].shape.isBullet && isMenuItem(lines[end].shape))
                {
                    end += 1
                }
                if end - start >= minimumRun {
                    for index in start..<end { verdicts[index] = .menu }
                }
                start = max(end, start + 1)
            }
        }
    }

    private func markFollowers(
        from start: Int, in lines: [TextLine], as verdict: BoilerplateVerdict, _ verdicts: inout [BoilerplateVerdict?],
        while predicate: (LineShape) -> Bool
    ) -> Int {
        var index = start
        while index < lines.count, verdicts[index] == nil, predicate(lines[index].shape) {
            verdicts[index] = verdict
            index += 1
        }
        return index
    }
}
