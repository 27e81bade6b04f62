import Foundation

/// Parses the dates pages and datelines give into ISO 8601.
///
/// Placeholder: only ISO 8601 dates are understood until the ingest stage lands the full parser
/// (German and English day-month-year forms, month names, RFC 822 dates of RSS, times).
public struct PublicationDateParser: Sendable {
    public init() {}

    /// The ISO 8601 date or date-time `text` states, or `nil`.
    public func parse(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.prefix(10)
        guard digits.count == 10, digits.dropFirst(4).first == "-", digits.dropFirst(7).first == "-" else { return nil }
        return trimmed
    }
}
