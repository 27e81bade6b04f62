extension StatusJudge {
    /// Whether a figure the part rule would explain as a part of another article's total already agrees with
    /// that total within both qualifiers: "rund 48.000 Rinder und Schweine" beside "fast 50.000 Tiere" is one
    /// figure (50,000 lies within the 10 % of "rund 48.000"), even though the first article also names a further
    /// 700 sheep that would make 48,700. A part needs explaining only where it disagrees; as with an earlier
    /// figure (``StatusJudge`` never explains a figure as earlier when it agrees with the latest), a figure that
    /// agrees is compared as it stands.
    static func agreesWithTotal(_ part: ClaimFacts, _ total: ClaimFacts) -> Bool {
        guard let left = part.interval, let right = total.interval else { return false }
        return left.intersection(right) != nil
    }
}
