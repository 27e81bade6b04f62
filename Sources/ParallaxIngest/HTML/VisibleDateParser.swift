/// Finds calendar dates written in page text and attribute values, in German and English forms.
///
/// Understood: `2023-05-17` (also with `/` or `.`, and with a time after it), `17.05.2023`,
/// `17.05.23`, `17/05/2023` (month first when the day would exceed 12), `17 | 05 | 2023`, `17. Mai 2023`,
/// `17 May 2023`, `6 de mayo de 2022`, `May 17, 2023`, `May 17th 2023`, `May 172023` (day and year glued by markup), and
/// dates inside URL paths (`/2023/05/17/`, `/17-05-2023`).
/// Month names come from the lexicon. Four-digit years outside 1990–2099 are ignored (a CMS's empty `0001-01-01` or
/// `1970-01-01`, a model number); a two-digit year is read as 2000–2039 only, since `12.10.45` is more often a score,
/// a time or a part number than a date.
package struct VisibleDateParser: Sendable {
    private let months: [String: Int]

    package init(lexicon: HTMLLexicon) {
        self.months = lexicon.months
    }

    private enum Token: Equatable {
        case number(Int, digits: Int)
        case word(String)
        case mark(Character)
    }

    /// The first date in `text` as `YYYY-MM-DD`, or `nil`.
    /// - Complexity: O(n) in the length of `text`.
    package func firstDate(in text: String) -> String? {
        firstMatch(in: text)?.date
    }

    /// Whether `text` is a dateline: a date with little else around it.
    package func isDateLine(_ text: String) -> Bool {
        guard text.count <= 80, let match = firstMatch(in: text) else { return false }
        return match.otherLetters <= 20
    }

    /// The date in a URL path such as `/2023/05/17/` or `/2023-05-17-title`, or `nil`.
    package func dateInURL(_ url: String) -> String? {
        let parts = url.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "_" || $0 == "." }).map(String.init)
        guard parts.count >= 3 else { return nil }
        for index in 0..<(parts.count - 2) {
            guard parts[index].count == 4, let year = Int(parts[index]), parts[index + 1].count <= 2,
                let month = Int(parts[index + 1]), parts[index + 2].count <= 2, let day = Int(parts[index + 2])
            else { continue }
            if let date = Self.format(year: year, month: month, day: day) { return date }
        }
        // A day-first date as a path segment: `/29-10-2021`.
        for index in 0..<(parts.count - 2) {
            guard parts[index].count <= 2, let day = Int(parts[index]), parts[index + 1].count <= 2,
                let month = Int(parts[index + 1]), parts[index + 2].count == 4, let year = Int(parts[index + 2])
            else { continue }
            if let date = Self.format(year: year, month: month, day: day) { return date }
        }
        return nil
    }

    /// The first date in `text` and how many letters are not part of it.
    private func firstMatch(in text: String) -> (date: String, otherLetters: Int)? {
        let tokens = tokenize(text.prefix(400))
        var letters = 0
        for token in tokens { if case .word(let word) = token { letters += word.count } }
        for start in tokens.indices {
            if let (date, used) = match(tokens, at: start) {
                var dateLetters = 0
                for token in tokens[start..<start + used] { if case .word(let word) = token { dateLetters += word.count } }
                return (date, letters - dateLetters)
            }
        }
        return nil
    }

    /// A date starting at `start` and the number of tokens it spans.
    private func match(_ tokens: [Token], at start: Int) -> (String, Int)? {
        func token(_ offset: Int) -> Token? { start + offset < tokens.count ? tokens[start + offset] : nil }
        guard let first = token(0) else { return nil }
        switch first {
        case .number(let a, let aDigits):
            // 2023-05-17, 2023/05/17, 2023.05.17
            if aDigits == 4, case .mark(let s1)? = token(1), "-/.".contains(s1), case .number(let m, _)? = token(2),
                case .mark(let s2)? = token(3), s2 == s1, case .number(let d, let dDigits)? = token(4), dDigits <= 2,
                let date = Self.format(year: a, month: m, day: d)
            {
                return (date, 5)
            }
            // 17.05.2023, 17/05/2023, 17-05-2023, 17.05.23, 17 | 05 | 2023
            if aDigits <= 2, case .mark(let s1)? = token(1), ".-/|".contains(s1), case .number(let b, let bDigits)? = token(2),
                bDigits <= 2, case .mark(let s2)? = token(3), s2 == s1, case .number(let y, let yDigits)? = token(4),
                yDigits == 4 || yDigits == 2
            {
                let year = yDigits == 2 ? (y <= Self.latestTwoDigitYear ? 2000 + y : 0) : y
                let (day, month) = s1 == "/" && b > 12 ? (b, a) : (a, b)
                if let date = Self.format(year: year, month: month, day: day) { return (date, 5) }
            }
            // 17. Mai 2023, 17 May 2023, 17. Mai, 2023, 6 de mayo de 2022
            if aDigits <= 2 {
                var offset = 1
                if case .mark(".")? = token(offset) { offset += 1 }
                if case .word("de")? = token(offset) { offset += 1 }
                if case .word(let name)? = token(offset), let month = months[name] {
                    offset += 1
                    if case .mark(let mark)? = token(offset), mark == "." || mark == "," { offset += 1 }
                    if case .mark(",")? = token(offset) { offset += 1 }
                    if case .word("de")? = token(offset) { offset += 1 }
                    if case .number(let y, 4)? = token(offset), let date = Self.format(year: y, month: month, day: a) {
                        return (date, offset + 1)
                    }
                }
            }
        case .word(let name):
            // May 17, 2023; May 17th 2023; Mai 17. 2023
            guard let month = months[name] else { return nil }
            var offset = 1
            if case .mark(".")? = token(offset) { offset += 1 }
            // A day glued to its year by markup ("Feb 18" + "2009" in two spans reads "Feb 182009").
            if case .number(let glued, 6)? = token(offset),
                let date = Self.format(year: glued % 10_000, month: month, day: glued / 10_000)
            {
                return (date, offset + 1)
            }
            guard case .number(let d, let dDigits)? = token(offset), dDigits <= 2 else { return nil }
            offset += 1
            if case .word(let suffix)? = token(offset), ["st", "nd", "rd", "th"].contains(suffix) { offset += 1 }
            if case .mark(let mark)? = token(offset), mark == "," || mark == "." { offset += 1 }
            if case .number(let y, 4)? = token(offset), let date = Self.format(year: y, month: month, day: d) {
                return (date, offset + 1)
            }
        case .mark:
            return nil
        }
        return nil
    }

    /// Digit runs, lower-case letter runs and single punctuation marks; whitespace separates.
    private func tokenize(_ text: Substring) -> [Token] {
        var tokens: [Token] = []
        var number = 0
        var digits = 0
        var word = ""
        func finish() {
            if digits > 0 { tokens.append(.number(digits > 8 ? -1 : number, digits: digits)) }
            if !word.isEmpty { tokens.append(.word(word.lowercased())) }
            number = 0
            digits = 0
            word = ""
        }
        for character in text {
            if let value = character.wholeNumberValue, character.isASCII {
                if !word.isEmpty { finish() }
                if digits <= 8 { number = number * 10 + value }
                digits += 1
            } else if character.isLetter {
                if digits > 0 { finish() }
                word.append(character)
            } else {
                finish()
                if !character.isWhitespace { tokens.append(.mark(character)) }
            }
        }
        finish()
        return tokens
    }

    /// The last two-digit year read as a year of this century (`17.05.39` is 2039; `17.05.45` is no date).
    private static let latestTwoDigitYear = 39

    /// `YYYY-MM-DD` when the parts form a real date between 1990 and 2099.
    package static func format(year: Int, month: Int, day: Int) -> String? {
        guard (1990...2099).contains(year), (1...12).contains(month), day >= 1 else { return nil }
        let lengths = [31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else { return nil }
        let monthText = month < 10 ? "0\(month)" : "\(month)"
        let dayText = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(monthText)-\(dayText)"
    }
}
