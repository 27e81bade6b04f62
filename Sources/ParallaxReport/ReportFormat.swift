/// The forms a report can be written in.
public enum ReportFormat: String, Sendable, CaseIterable {
    case json
    case markdown
    case html
}
