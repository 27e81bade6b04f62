import Synchronization

/// The on-demand cues of one sentence, computed on the first demand and kept for every later one.
///
/// The framing rules ask a sentence for on-demand cue kinds one at a time (`firstperson` for unquoted
/// speech, `attributor` and `article` for a trailing attribution, `judgement`, `relative`, `pronoun`,
/// `indefinite` for loaded terms); each question used to run the on-demand matcher over the sentence
/// again. The cache holds the matches of all kinds from one pass; ``SentenceEvidence`` filters them by
/// kind. It is a class so that the copies of an evidence share it, and its state sits behind a `Mutex`
/// so that the evidence stays `Sendable` (evidence is built and read on one thread per article, so the
/// lock is never contended).
final class OnDemandCueCache: Sendable {
    private let state = Mutex<[PhraseMatcher.Match]?>(nil)

    /// An empty cache.
    init() {}

    /// The matches if they have been computed, else `nil`.
    var cached: [PhraseMatcher.Match]? {
        state.withLock { $0 }
    }

    /// The cached matches, or those of `compute` (run once, on the first call) stored and returned.
    /// - Parameter compute: the matches of the sentence; must give the same answer on every call.
    func matches(_ compute: () -> [PhraseMatcher.Match]) -> [PhraseMatcher.Match] {
        state.withLock { cached in
            if let cached { return cached }
            let computed = compute()
            cached = computed
            return computed
        }
    }
}
