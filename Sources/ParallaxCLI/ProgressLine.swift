import Foundation

/// A progress line on standard error, shown only when standard error is a terminal.
enum ProgressLine {
    /// A reporter for long runs, or `nil` when standard error is not a terminal.
    static func reporter() -> (@Sendable (Int, Int) -> Void)? {
        guard isatty(STDERR_FILENO) != 0 else { return nil }
        return { done, total in
            guard total >= 20 else { return }
            let end = done == total ? "\n" : ""
            FileHandle.standardError.write(Data("\rparallax: read \(done) of \(total) inputs\(end)".utf8))
        }
    }
}
