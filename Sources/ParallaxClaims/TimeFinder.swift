/// What a time expression's core resolves to: the period, how precise it is, where it ends, and a
/// part of the period the words name themselves (`Jahresbeginn`).
struct Core {
    var period: (CalendarDay, CalendarDay)?
    var granularity: TimeGranularity
    var end: Int
    var part: String?

    init(_ period: (CalendarDay, CalendarDay)?, _ granularity: TimeGranularity, _ end: Int, part: String? = nil) {
        self.period = period
        self.granularity = granularity
        self.end = end
        self.part = part
    }
}

/// Finds time expressions in a sentence and resolves them to intervals of days.
///
/// Absolute dates (`28.04.2025`, `28. April 2025`, `April 2025`, `Sommer 2024`) resolve on their
/// own; relative ones (`am Montag`, `im vergangenen Jahr`, `Anfang Februar`, `last week`) resolve
/// against the reference day (the article's publication date) and stay unresolved without one. A
/// `seit`/`since` makes the interval run up to the reference day.
struct TimeFinder: Sendable {
    var pack: LanguagePack

    init(pack: LanguagePack) {
        self.pack = pack
    }

    /// The time expressions of one sentence's tokens, in order.
    /// - Complexity: O(n) in the number of tokens.
    func find(in tokens: [ClaimToken], reference: CalendarDay?) -> [TimeMention] {
        var mentions: [TimeMention] = []
        var index = 0
        while index < tokens.count {
            if tokens[index].kind == .word && !pack.timeKeys.contains(tokens[index].key) {
                index += 1
                continue
            }
            if tokens[index].kind == .punctuation {
                index += 1
                continue
            }
            if let mention = read(tokens, at: index, reference: reference) {
                mentions.append(mention)
                index = mention.end
            } else {
                index += 1
            }
        }
        markRelativeClauses(&mentions, in: tokens)
        if let first = mentions.first, isDateline(first, in: tokens) { mentions[0].dateline = true }
        return mentions
    }

    private func read(_ tokens: [ClaimToken], at index: Int, reference: CalendarDay?) -> TimeMention? {
        var scan = index
        var since = false
        var until = false
        var ahead = false
        if let match = pack.sinceWords.match(tokens, at: scan) {
            since = true
            scan += match.length
        } else if let match = pack.untilWords.match(tokens, at: scan) {
            until = true
            ahead = match.value
            scan += match.length
        }
        var part: String?
        if let match = pack.periodParts.match(tokens, at: scan) {
            part = match.value
            scan += match.length
        }
        // `Mitte-Juni`: a part and a month joined by a hyphen (the byte test spares the character search).
        if part == nil, scan < tokens.count, tokens[scan].kind == .word, ByteSuffix.contains(tokens[scan].lower, byte: UInt8(ascii: "-")),
            let dash = tokens[scan].lower.firstIndex(of: "-"),
            let prefix = pack.periodParts.value(of: String(tokens[scan].lower[..<dash])),
            let month = pack.months.value(of: String(tokens[scan].lower[tokens[scan].lower.index(after: dash)...]))
        {
            var year = inferYear(month: month, reference)
            var end = scan + 1
            if let (explicit, after) = yearAfter(tokens, end) { (year, end) = (explicit, after) }
            var period = year.map { CalendarDay.part(prefix, of: CalendarDay.month(month, year: $0), granularity: .month) }
            if since, let current = period, let reference, reference >= current.0 { period = (current.0, reference) }
            return TimeMention(first: index, end: end, start: period?.0, last: period?.1)
        }
        guard let core = core(tokens, at: scan, reference: reference, afterCue: since || until || part != nil, ahead: ahead) else {
            return nil
        }
        var period = core.period
        if let part = part ?? core.part, let current = period {
            period = CalendarDay.part(part, of: current, granularity: core.granularity)
        }
        if core.granularity == .year, part == nil, core.part == nil, isRecordBaseline(tokens, first: index) {
            return TimeMention(first: index, end: core.end, start: period?.0, last: period?.1, baseline: true)
        }
        if core.granularity == .year, part == nil, core.part == nil, !since, !until, isOrigin(tokens, first: index, end: core.end) {
            return TimeMention(first: index, end: core.end, start: period?.0, last: period?.1, origin: true)
        }
        // A span from one named day (`seit Freitag`, `since Oct. 21`) remembers that day: the event that began the state it
        // dates (round 33).
        let sinceDay = since && period.map { $0.0 == $0.1 } == true
        if since, let current = period, let reference, reference >= current.0 { period = (current.0, reference) }
        if until, let current = period, let reference, reference <= current.1 { period = (reference, current.1) }
        var mention = TimeMention(first: index, end: core.end, start: period?.0, last: period?.1)
        mention.sinceDay = sinceDay
        return mention
    }

    /// The date, month, season, relative period, weekday or year at `index`.
    private func core(
        _ tokens: [ClaimToken], at index: Int, reference: CalendarDay?, afterCue: Bool, ahead: Bool = false
    ) -> Core? {
        guard index < tokens.count else { return nil }
        // The token is read in place, not copied (round 31: the copy retained and released its two strings at each of about
        // 20,000 calls per 150 study articles).
        if tokens[index].kind == .number, let date = numericDate(tokens, at: index, reference: reference) { return date }
        if tokens[index].isPlainInteger, let day = Int(tokens[index].text), (1...31).contains(day) {
            var scan = index + 1
            if scan < tokens.count, tokens[scan].text == "." { scan += 1 }
            if let month = pack.months.match(tokens, at: scan), isMonthWord(tokens, scan) {
                let afterMonth = scan + month.length
                let (year, end) = yearAfter(tokens, afterMonth) ?? (inferYear(month: month.value, reference), afterMonth)
                guard let year, CalendarDay.isValid(year: year, month: month.value, day: day) else {
                    return Core(nil, .day, end)
                }
                let date = CalendarDay(year: year, month: month.value, day: day)
                return Core((date, date), .day, end)
            }
        }
        if let month = pack.months.match(tokens, at: index), isMonthWord(tokens, index) {
            var end = index + month.length
            var year: Int?
            if end < tokens.count, tokens[end].isPlainInteger, let day = Int(tokens[end].text), (1...31).contains(day),
                let (explicit, after) = yearAfter(tokens, end + (tokens.count > end + 1 && tokens[end + 1].text == "," ? 2 : 1)),
                let explicit, CalendarDay.isValid(year: explicit, month: month.value, day: day)
            {
                let date = CalendarDay(year: explicit, month: month.value, day: day)
                return Core((date, date), .day, after)
            }
            // `June 20`, `Oct. 21` without a year: that day of the month, in the year nearest the reference (round 33). Not
            // before a counted noun (`In April 12 people died`, a missing comma).
            if end < tokens.count, tokens[end].isPlainInteger, tokens[end].text.utf8.count <= 2, let day = Int(tokens[end].text),
                (1...31).contains(day), yearAfter(tokens, end + 1) == nil,
                end + 1 >= tokens.count || tokens[end + 1].kind != .word
                    || (pack.units.match(tokens, at: end + 1) == nil && pack.countedUnit(for: tokens[end + 1].lower) == nil)
            {
                guard let year = inferYear(month: month.value, reference),
                    CalendarDay.isValid(year: year, month: month.value, day: day)
                else { return Core(nil, .day, end + 1) }
                let date = CalendarDay(year: year, month: month.value, day: day)
                return Core((date, date), .day, end + 1)
            }
            if let (explicit, after) = yearAfter(tokens, end) {
                year = explicit
                end = after
            } else if let relative = pack.relativeTimes.match(tokens, at: end), relative.value.hasPrefix("year:"),
                let offset = Int(relative.value.dropFirst(5))
            {
                year = reference.map { $0.year + offset }
                end += relative.length
            } else {
                year = inferYear(month: month.value, reference)
            }
            return Core(year.map { CalendarDay.month(month.value, year: $0) }, .month, end)
        }
        if let season = pack.seasons.match(tokens, at: index) {
            let first = season.value[0], last = season.value[1]
            var end = index + season.length
            var year: Int?
            if let (explicit, after) = yearAfter(tokens, end) {
                year = explicit
                end = after
            } else {
                year = inferYear(month: first, reference)
            }
            guard let year else { return Core(nil, .season, end) }
            let lastYear = last < first ? year + 1 : year
            return Core((CalendarDay(year: year, month: first, day: 1), CalendarDay.month(last, year: lastYear).1), .season, end)
        }
        if let relative = pack.relativeTimes.match(tokens, at: index) {
            var end = index + relative.length
            let parts = relative.value.split(separator: ":")
            guard parts.count >= 2, let offset = Int(parts[1]) else { return nil }
            let part = parts.count > 2 ? String(parts[2]) : nil
            if parts[0] == "year", let (explicit, after) = yearAfter(tokens, end), let explicit {
                return Core(CalendarDay.year(explicit), .year, after, part: part)
            }
            guard let reference else { return Core(nil, .year, end) }
            switch parts[0] {
            case "year": return Core(CalendarDay.year(reference.year + offset), .year, end, part: part)
            case "quarter":
                let year = offset * 3 - 2 > reference.month ? reference.year - 1 : reference.year
                return Core(
                    (CalendarDay(year: year, month: offset * 3 - 2, day: 1), CalendarDay.month(offset * 3, year: year).1),
                    .season, end)
            case "month":
                var month = reference.month + offset, year = reference.year
                while month < 1 { month += 12; year -= 1 }
                return Core(CalendarDay.month(month, year: year), .month, end)
            case "week":
                let monday = reference.adding(days: 1 - reference.weekday + 7 * offset)
                return Core((monday, monday.adding(days: 6)), .week, end)
            default:
                end = index + relative.length
                let day = reference.adding(days: offset)
                return Core((day, day), .day, end)
            }
        }
        if let weekday = pack.weekdays.match(tokens, at: index) {
            guard let reference else { return Core(nil, .day, index + weekday.length) }
            // `bis Donnerstag` looks ahead to the next one; otherwise the latest on or before the reference.
            let back = (reference.weekday - weekday.value + 7) % 7
            let day = ahead ? reference.adding(days: (weekday.value - reference.weekday + 7) % 7) : reference.adding(days: -back)
            return Core((day, day), .day, index + weekday.length)
        }
        if tokens[index].isFourDigitInteger, let year = Int(tokens[index].text), (1900...2100).contains(year),
            afterCue || isAfterYearWord(tokens, index)
        {
            return Core(CalendarDay.year(year), .year, index + 1)
        }
        return nil
    }

    /// `28.04.2025`, `28.04.` or `2025-04-28`.
    private func numericDate(
        _ tokens: [ClaimToken], at index: Int, reference: CalendarDay?
    ) -> Core? {
        // Without a full stop the split gives one part at most, which neither dotted form takes: most number tokens
        // (`2025`, `14`) are answered without it (round 28: the split by characters was 0.4 % of the claims stage).
        let parts = ByteSuffix.contains(tokens[index].text, byte: UInt8(ascii: ".")) ? tokens[index].text.split(separator: ".").compactMap { Int($0) } : []
        var end = index + 1
        var day = 0, month = 0, year: Int?
        if parts.count == 3, tokens[index].text.filter({ $0 == "." }).count == 2 {
            (day, month, year) = (parts[0], parts[1], parts[2] < 100 ? 2000 + parts[2] : parts[2])
        } else if parts.count == 2, tokens[index].text.split(separator: ".").allSatisfy({ $0.count <= 2 }),
            end < tokens.count, tokens[end].text == ".", !tokens[end].spaceBefore
        {
            (day, month) = (parts[0], parts[1])
            end += 1
            year = inferYear(month: month, reference)
            if let (explicit, after) = yearAfter(tokens, end) { (year, end) = (explicit, after) }
        } else if tokens[index].isFourDigitInteger, index + 4 < tokens.count,
            tokens[index + 1].text == "-", tokens[index + 3].text == "-", !tokens[index + 1].spaceBefore,
            let parsedMonth = Int(tokens[index + 2].text), let parsedDay = Int(tokens[index + 4].text)
        {
            (day, month, year) = (parsedDay, parsedMonth, Int(tokens[index].text))
            end = index + 5
        } else {
            return nil
        }
        guard let year, CalendarDay.isValid(year: year, month: month, day: day) else { return nil }
        let date = CalendarDay(year: year, month: month, day: day)
        return Core((date, date), .day, end)
    }

    /// True when a word of origin (`origin-words.txt`) ends right before the year (`built in 1971`, `aus dem Jahr 1961`) or
    /// starts right after it (`1978 gebaute`, `im Jahr 1961 gegründet`).
    /// - Complexity: O(1): at most five phrase lookups.
    func isOrigin(_ tokens: [ClaimToken], first: Int, end: Int) -> Bool {
        if end < tokens.count, pack.originWords.match(tokens, at: end)?.value == "after" { return true }
        for start in max(0, first - 4)..<first {
            if let match = pack.originWords.match(tokens, at: start), match.value == "before", start + match.length == first {
                return true
            }
        }
        return false
    }

    /// True when the time is a news dateline's date (`ERLENBACH, June 20 (CNW) -`): the place in capitals opens the sentence,
    /// a comma, the date, then the agency in brackets or a dash. It dates the report, not the figures after it (round 33).
    /// - Complexity: O(1) for most sentences (the first test fails); else O(k) in the tokens before the date.
    func isDateline(_ time: TimeMention, in tokens: [ClaimToken]) -> Bool {
        guard time.first >= 2, time.first <= 6, tokens[time.first - 1].text == ",", time.end < tokens.count,
            ["(", "-", "–", "—"].contains(tokens[time.end].text)
        else { return false }
        for index in 0..<(time.first - 1) {
            let token = tokens[index]
            if token.text == "," { continue }
            guard token.kind == .word, token.text == token.text.uppercased(), token.text != token.text.lowercased() else { return false }
        }
        return true
    }

    /// A four-digit year at `index`, or nothing.
    private func yearAfter(_ tokens: [ClaimToken], _ index: Int) -> (Int?, Int)? {
        guard index < tokens.count, tokens[index].isFourDigitInteger,
            let year = Int(tokens[index].text), (1900...2100).contains(year)
        else { return nil }
        return (year, index + 1)
    }

    /// The year that puts the month nearest the reference day: news looks back more than ahead, so a
    /// month up to two months after the reference month is this year's (`bis zum 15. November` in an
    /// October article, a plan), a later one last year's (`im Dezember` in a February article).
    private func inferYear(month: Int, _ reference: CalendarDay?) -> Int? {
        guard let reference else { return nil }
        return month - reference.month > 2 ? reference.year - 1 : reference.year
    }

    /// Month names that are also ordinary words (`May`, `March`) count only when capitalised, and
    /// at the start of a sentence only next to a number.
    private func isMonthWord(_ tokens: [ClaimToken], _ index: Int) -> Bool {
        let token = tokens[index]
        if !token.isCapitalized { return false }
        if index == 0 && !pack.capitalizesNouns {
            return tokens.count > 1 && tokens[1].kind == .number
        }
        return true
    }

    private func isAfterYearWord(_ tokens: [ClaimToken], _ index: Int) -> Bool {
        for start in max(0, index - 2)..<index {
            if let match = pack.yearWords.match(tokens, at: start), start + match.length == index { return true }
        }
        return false
    }
}
