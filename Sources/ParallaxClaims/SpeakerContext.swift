/// What the article told before a sentence that names who speaks or acts in it: the person named last (for a
/// pronoun), the persons named in full (for a last name alone), the bodies named before (for `die Behörde`, `the
/// agency`) and those this sentence names. ``AttributionFinder`` reads a verb's speaker with it; a denial's party
/// is read the same way later, by ``StatementFinder``.
struct SpeakerContext: Sendable {
    var lastPerson: String?
    var bodies = BodyMemory()
    var named: [NamedBody] = []
    var people: [String: String] = [:]
}
