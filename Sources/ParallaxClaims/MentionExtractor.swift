import ParallaxModel

/// Finds every quantity, time expression and named entity in a piece of text.
///
/// This is the claim extractor's first half without claims: no counted noun or measure is
/// required, so every number that is not a date, time, year or identifier is reported.
public struct MentionExtractor: Sendable {
    public init() {}

    /// The mentions of `text`, ordered by offset.
    /// - Parameters:
    ///   - text: the text to examine.
    ///   - language: ISO 639-1 code; `und` or an unknown code picks the language from the text.
    ///   - referenceDate: ISO date that relative times (`last week`, `am Montag`) resolve against.
    public func mentions(in text: String, language: String = "und", referenceDate: String? = nil) -> [Mention] {
        let pack = LanguagePack.pack(for: language, sample: text)
        let sentence = TokenizedSentence(text: text, base: 0)
        let tokens = sentence.tokens
        var mentions: [Mention] = []
        for quantity in QuantityFinder(pack: pack).find(in: tokens) {
            let first = tokens[quantity.first].start, end = tokens[max(quantity.end, quantity.number + 1) - 1].end
            mentions.append(
                Mention(
                    kind: .quantity, text: sentence.slice(from: first, to: end), start: first, end: end,
                    quantity: quantity.quantity))
        }
        let reference = referenceDate.flatMap(CalendarDay.init(iso:))
        for time in TimeFinder(pack: pack).find(in: tokens, reference: reference) {
            let first = tokens[time.first].start, end = tokens[time.end - 1].end
            let text = sentence.slice(from: first, to: end)
            mentions.append(
                Mention(
                    kind: .time, text: text, start: first, end: end,
                    time: TimeSpan(text: text, start: time.start?.iso, end: time.last?.iso)))
        }
        for entity in EntityFinder(pack: pack).find(in: tokens) {
            let first = tokens[entity.first].start, end = tokens[entity.end - 1].end
            mentions.append(
                Mention(
                    kind: .entity, text: sentence.slice(from: first, to: end), start: first, end: end,
                    name: entity.name, entityKind: entity.kind))
        }
        return mentions.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }
}
