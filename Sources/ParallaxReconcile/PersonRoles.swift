import Foundation

/// The role a counted noun names among the people of one scene (`held`, `staff`, `resident`, `visitor`, …), from the
/// per-language `Lexicons/<lang>/person-roles.tsv`. Nouns of people in general or of what happened to them (`Menschen`,
/// `people`, `Opfer`, `Verletzte`) have none: they are the synonyms and hypernyms every role shares.
enum PersonRoles {
    /// `stem → role`, the rows of every language folder (a noun is looked up whatever its article's language: the
    /// stems of the two languages do not collide).
    static let stems: [String: String] = load()

    /// Inflection endings removed before a stem is looked for, longest first: `Bewohnerinnen` → bewohner, `Anwohnern`
    /// → anwohner, `Kinder` → kind, `inmates` → inmate.
    static let endings = ["innen", "ern", "en", "in", "er", "es", "n", "e", "s"]

    /// Shortest stem read as a compound's head.
    static let shortestStem = 3

    /// The role of a counted noun (``ParallaxModel/Quantity/noun``, lower-cased dictionary form), or `nil`: the
    /// longest stem that ends the noun, or the noun less one inflection ending.
    /// - Complexity: O(k · e) dictionary look-ups for a noun of k characters and e endings.
    static func role(ofNoun noun: String) -> String? {
        let lowered = noun.lowercased()
        var bases = [lowered]
        for ending in endings where lowered.count > ending.count + shortestStem && lowered.hasSuffix(ending) {
            bases.append(String(lowered.dropLast(ending.count)))
        }
        var best: (length: Int, role: String)?
        for base in bases {
            var tail = Substring(base)
            while tail.count >= shortestStem {
                if tail.count > (best?.length ?? 0), let role = stems[String(tail)] {
                    best = (tail.count, role)
                    break
                }
                tail = tail.dropFirst()
            }
        }
        return best?.role
    }

    private static func load() -> [String: String] {
        guard let root = Bundle.module.url(forResource: "Lexicons", withExtension: nil),
            let folders = try? FileManager.default.contentsOfDirectory(at: root, includingPropertiesForKeys: nil)
        else { return [:] }
        var table: [String: String] = [:]
        for folder in folders.sorted(by: { $0.path < $1.path }) {
            guard let text = try? String(contentsOf: folder.appendingPathComponent("person-roles.tsv"), encoding: .utf8)
            else { continue }
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let fields = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
                guard fields.count >= 2, fields[0].count >= shortestStem else { continue }
                table[fields[0].lowercased()] = table[fields[0].lowercased()] ?? fields[1]
            }
        }
        return table
    }
}
