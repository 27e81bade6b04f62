import ParallaxModel

/// The reading of a statement group the brief states: what its reports share, not what the richest one says.
///
/// Before round 29 the brief took the assertion that named most (a doer and an object). When one report's extraction
/// took a speaker or a bystander for the doer, that report won over the others because it named more, and the brief
/// said what no report said: in the seeds, "the North Korean regime confirmed what western intelligence had suspected
/// for months" made the brief read "western intelligence had confirmed Russia", while two reports said that Russia
/// confirmed. Now each part is voted on:
/// - the doer is the subject named most often among the assertions;
/// - on a tie between doers, a disputed group whose act has a passive leaves the doer out (the reports do not agree
///   who acted: "Lessow was recaptured, according to …"); otherwise the tied doer of the assertion that also names an
///   object stands, as before;
/// - the object is the one most named among the assertions that name that doer (all of them when the doer is left out),
///   the first named on a tie, never the doer itself: a doer from one report and an object from another would make a
///   sentence no report says ("the police arrested Porto Lesca" from "police arrested five suspects" and "two men were
///   arrested in Porto Lesca");
/// - the act is the predicate of the assertion that names the chosen doer and object best.
/// A group of one assertion reads as that assertion.
extension BriefWriter {
    /// - Parameter doerMayBeLeftOut: whether the sentence can do without a doer (a disputed group's act with a passive).
    static func sharedReading(of assertions: [Claim.Statement], doerMayBeLeftOut: (String) -> Bool) -> Claim.Statement? {
        guard assertions.count > 1 else { return assertions.first }
        let subject = sharedSubject(of: assertions, doerMayBeLeftOut: doerMayBeLeftOut)
        let agreeing = subject.map { doer in assertions.filter { $0.subject == doer } } ?? assertions
        let object = mostNamed(agreeing.compactMap(\.object).filter { $0 != subject }).first
        let fit = { (statement: Claim.Statement) -> Int in
            (subject != nil && statement.subject == subject ? 2 : 0) + (object != nil && statement.object == object ? 1 : 0)
        }
        guard var reading = agreeing.max(by: { fit($0) < fit($1) }) ?? assertions.first else { return nil }
        reading.subject = subject
        reading.object = object
        return reading
    }

    /// The doer named most often; on a tie, none when the sentence can do without one, else the tied doer of the first
    /// assertion that also names an object (of the first that names a tied doer when none does).
    private static func sharedSubject(of assertions: [Claim.Statement], doerMayBeLeftOut: (String) -> Bool) -> String? {
        let leaders = mostNamed(assertions.compactMap(\.subject))
        guard leaders.count > 1 else { return leaders.first }
        let tied = assertions.filter { $0.subject.map(leaders.contains) == true }
        if doerMayBeLeftOut(tied[0].predicate) { return nil }
        return (tied.first { $0.object != nil } ?? tied[0]).subject
    }

    /// The labels named most often, in the order first named; empty for none.
    private static func mostNamed(_ labels: [String]) -> [String] {
        var counts: [String: Int] = [:]
        for label in labels { counts[label, default: 0] += 1 }
        guard let top = counts.values.max() else { return [] }
        var leaders: [String] = []
        for label in labels where counts[label] == top && !leaders.contains(label) { leaders.append(label) }
        return leaders
    }
}
