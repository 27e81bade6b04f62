/// A count of vehicles, craft or weapons takes no measure of the body (round 20).
///
/// `Four air ambulances flew the most badly hurt to hospitals`: the clause's `to hospitals` (wounded) is about the people
/// carried, not the aircraft that carry them; as a measure of the count it made the air ambulances wounded (dev11, dev14).
/// Machines are not hurt, ill or vaccinated, so those measures do not admit their units (`machine-units.txt`), and the
/// count keeps its own measure (`deployed?` for responders' craft) or none.
extension MeasureFinder {
    /// Measures only a body undergoes.
    static let bodilyMeasures: Set<String> = ["wounded", "infected", "vaccinated", "killed or wounded"]

    /// Canonical units of machines (`machine-units.txt`, shared by every language).
    static let machineUnits: Set<String> = Set(LexiconFile.rows("machine-units.txt", in: LexiconFile.root).map { $0[0] })

    /// False when `label` is a measure of the body and `unit` a machine's.
    /// - Complexity: O(1).
    static func admitsBody(_ label: String, unit: String) -> Bool {
        !(bodilyMeasures.contains(label) && machineUnits.contains(unit))
    }
}
