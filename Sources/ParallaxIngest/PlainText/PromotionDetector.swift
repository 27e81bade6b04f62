/// Tells an outlet's promotion and service lines from article text by their shape and cue words.
///
/// Four shapes, each a short line that does not end like a sentence of reporting:
/// - a labelled advert: an advert cue followed by `:` (`Anzeige: …`, `Sponsored: …`);
/// - a call to action: a call-to-action word (`jetzt`, `now`) opening a clause, with a price (`0,99 €`, `£5`), an offer
///   word (`gratis`, `free`) or a web address;
/// - self-promotion: a promotion cue (`Livestream`, `UKW`, `E-Paper`, `App`) with a second cue, a
///   call to action or a decimal number such as a frequency (`UKW 98,4`);
/// - a service line: a telephone number (`0421 555 0192`, `+44 20 7946 0000`) or an e-mail address,
///   as in reader-service or hotline boxes, or a label with a bare web address (`Fahrpläne: example.example/service`).
///
/// A call to action counts with an amount in a currency word too (`Jetzt per SMS 5 Euro spenden`).
package struct PromotionDetector: Sendable {
    private let cues: BoilerplateCues
    private static let maximumWords = 16

    /// A detector over the cue words of `cues`.
    package init(cues: BoilerplateCues = .shared) {
        self.cues = cues
    }

    /// The verdict for `shape`, or `nil` when it is none of the four shapes.
    package func verdict(_ shape: LineShape) -> BoilerplateVerdict? {
        guard shape.wordCount <= Self.maximumWords, shape.finalMark != "?" else { return nil }
        let key = shape.lowered
        if cues.advert.contains(where: { key.hasPrefix($0 + ":") }) { return .advert }
        // A sentence of reporting ends with a full stop; promotions end with "!" or nothing.
        guard shape.finalMark != "." else { return nil }
        if hasPhoneNumber(shape.content) || hasEmailAddress(key) { return .service }
        let hasAction = startsClauseWithAction(key)
        if hasAction,
            hasPrice(shape.content) || hasAmountInCurrencyWord(key) || cues.offers.contains(where: { key.containsPhrase($0) })
                || hasWebAddress(key)
        {
            return .advert
        }
        // A subscription offer states its price and terms without any call to action
        // (`Plus – alle Artikel für 0,99 € im ersten Monat`).
        if hasPrice(shape.content), cues.offers.contains(where: { $0.contains(" ") && key.containsPhrase($0) }) { return .advert }
        // A free trial names its term and its offer words without a price (`4 Wochen gratis testen`, `30 days free trial`).
        if cues.offers.filter({ key.containsPhrase($0) }).count >= 2, key.contains(where: \.isNumber) { return .advert }
        if isLabelledLink(key) { return .service }
        let promoCount = cues.promos.filter { key.containsPhrase($0) }.count
        if promoCount >= 2 || (promoCount == 1 && (hasDecimalNumber(shape.content) || hasAction)) {
            return .promotion
        }
        return nil
    }

    /// Whether a call-to-action word opens the line or a clause after a dash, colon, bar or bullet
    /// (`Jetzt Platz reservieren`, `Example App – jetzt gratis laden`); in mid-clause (`rates now at £5`)
    /// it is reporting.
    private func startsClauseWithAction(_ key: String) -> Bool {
        var clauseStart = true
        for word in key.split(separator: " ") {
            if clauseStart, cues.actions.contains(String(word.trimmingMarks(",:!"))) { return true }
            // A product name marked with a plus opens its offer (`KNALL+ jetzt 4 Wochen für 99 Cent`).
            clauseStart = word.allSatisfy { "–—-:|•·".contains($0) } || word.hasSuffix(":") || word.hasSuffix("+")
        }
        return false
    }

    /// Whether `text` holds a decimal number (`98,4`, `101.2`), as a broadcast frequency is written.
    private func hasDecimalNumber(_ text: String) -> Bool {
        let characters = Array(text)
        guard characters.count >= 3 else { return false }
        for index in 1..<(characters.count - 1) where characters[index] == "," || characters[index] == "." {
            if characters[index - 1].isNumber, characters[index + 1].isNumber { return true }
        }
        return false
    }

    /// Whether lower-cased `key` is a label and a bare web address (`Fahrpläne und Service:
    /// example.example/service`), as service boxes link their pages.
    private func isLabelledLink(_ key: String) -> Bool {
        guard let colon = key.lastIndex(of: ":") else { return false }
        let after = String(key[key.index(after: colon)...]).trimmingWhitespace()
        guard !after.isEmpty, !after.contains(" "), !after.hasPrefix("//") else { return false }
        let host = String(after.prefix { $0 != "/" })
        return hasWebAddress(host) && key[..<colon].contains(where: \.isLetter)
    }

    /// Whether lower-cased `key` holds an amount followed by a currency word (`5 euro`, `10 pounds`).
    private func hasAmountInCurrencyWord(_ key: String) -> Bool {
        let words = key.split(separator: " ")
        return zip(words, words.dropFirst()).contains { amount, currency in
            amount.first?.isNumber == true && amount.allSatisfy { $0.isNumber || $0 == "," || $0 == "." }
                && cues.currencies.contains(String(currency.trimmingMarks(",;:!")))
        }
    }

    /// Whether `text` holds a price: a currency sign next to a number (`0,99 €`, `€5`, `£1.20`).
    private func hasPrice(_ text: String) -> Bool { Self.holdsPrice(text) }

    /// Whether `text` holds a price: a currency sign next to a number (`0,99 €`, `€5`, `£1.20`).
    package static func holdsPrice(_ text: String) -> Bool {
        let characters = Array(text)
        for (index, character) in characters.enumerated() where "€$£¥".contains(character) {
            let before = characters[..<index].last { $0 != " " }
            let after = characters[(index + 1)...].first { $0 != " " }
            if before?.isNumber == true || after?.isNumber == true { return true }
        }
        return false
    }

    /// Whether lower-cased `key` holds a web address (`www.…`, `…://…`, `name.domain`).
    private func hasWebAddress(_ key: String) -> Bool {
        if key.contains("www.") || key.contains("://") { return true }
        return key.split(separator: " ").contains { word in
            let parts = String(word).trimmingMarks(",;:!()").split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count >= 2, let last = parts.last, last.count >= 2, last.allSatisfy({ $0 >= "a" && $0 <= "z" })
            else { return false }
            return parts.dropLast().allSatisfy { part in
                part.count >= 2 && part.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
                    && part.contains(where: \.isLetter)
            }
        }
    }

    /// Whether lower-cased `key` holds an e-mail address (`leserservice@example.de`).
    private func hasEmailAddress(_ key: String) -> Bool {
        key.split(separator: " ").contains { word in
            let parts = word.split(separator: "@", omittingEmptySubsequences: false)
            return parts.count == 2 && parts[0].contains(where: \.isLetter) && parts[1].dropLast().contains(".")
        }
    }

    /// Whether `text` holds a telephone number: digit groups joined by spaces, `/` or `-`, at least
    /// nine digits (more than a date such as `03/05/2025`) in two or more groups, starting with `0` or `+`.
    private func hasPhoneNumber(_ text: String) -> Bool {
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let startsNumber =
                (character == "0"
                    || (character == "+" && index + 1 < characters.count && characters[index + 1].isNumber))
                && (index == 0 || !characters[index - 1].isNumber)
            guard startsNumber else {
                index += 1
                continue
            }
            var digits = 0
            var groups = 0
            var inGroup = false
            var cursor = index
            while cursor < characters.count {
                let next = characters[cursor]
                if next.isASCII, next.isNumber {
                    digits += 1
                    if !inGroup { groups += 1 }
                    inGroup = true
                } else if next == " " || next == "/" || next == "-" || (next == "+" && cursor == index) {
                    inGroup = false
                } else {
                    break
                }
                cursor += 1
            }
            if digits >= 9, groups >= 2 { return true }
            index = max(cursor, index + 1)
        }
        return false
    }
}

extension StringProtocol {
    fileprivate func trimmingMarks(_ set: String) -> Substring {
        var result = Substring(String(self))
        while let first = result.first, set.contains(first) { result.removeFirst() }
        while let last = result.last, set.contains(last) { result.removeLast() }
        return result
    }
}
