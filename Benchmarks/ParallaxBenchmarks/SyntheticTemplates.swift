import Foundation

/// Templates and word lists of the synthetic corpus (all invented by the Parallax team).
///
/// Slots: `{place}`, `{p0}`, `{p1}` (people), `{org}`, `{n0}`, `{n1}`, `{n2}` (figures, written in the
/// article's locale: "14.000" in German, "14,000" in English).
enum SyntheticTemplates {
    struct Set {
        var titles: [String]
        var sentences: [String]
    }

    static let kinds = ["fire", "election", "flood", "strike", "court", "deployment"]

    static let syllables = [
        "ka", "lo", "ven", "dra", "mir", "tal", "bor", "sen", "ul", "gar", "fen", "rio", "stav", "ne", "hol", "wik",
        "dun", "mar", "esk", "tor", "vel", "qua", "zir", "bra", "lin", "ost", "pel", "ran", "sul", "ter", "vo", "yen",
    ]

    static func templates(kind: String, language: String) -> Set {
        switch (kind, language) {
        case ("fire", "de"):
            Set(titles: ["Großbrand in {place}", "Feuer zerstört Lagerhalle in {place}", "{n0} Feuerwehrleute löschen Brand in {place}"],
                sentences: ["In {place} ist in der Nacht eine Lagerhalle der {org} abgebrannt.", "Die Feuerwehr war mit {n0} Einsatzkräften vor Ort.", "Der Schaden wird auf {n1} Euro geschätzt.", "Feuerwehrsprecher {p0} sagte, die Ursache sei unklar.", "Anwohner mussten Fenster und Türen geschlossen halten.", "Die Polizei ermittelt, {p1} von der {org} kündigte Aufklärung an."])
        case ("fire", "en"):
            Set(titles: ["Major fire in {place}", "Fire destroys warehouse in {place}", "{n0} firefighters battle blaze in {place}"],
                sentences: ["A warehouse owned by {org} burned down overnight in {place}.", "The fire brigade sent {n0} firefighters.", "The damage is estimated at {n1} euros.", "Fire brigade spokesman {p0} said the cause was unclear.", "Residents were told to keep windows closed.", "Police are investigating, and {p1} of {org} promised answers."])
        case ("election", "de"):
            Set(titles: ["Wahl in {place}: {p0} vorn", "{p0} gewinnt Wahl in {place}", "Knappes Ergebnis bei der Wahl in {place}"],
                sentences: ["Bei der Wahl in {place} hat {p0} die meisten Stimmen erhalten.", "Die Wahlbeteiligung lag bei {n0} Prozent.", "Herausforderer {p1} erkannte die Niederlage an.", "Insgesamt wurden {n1} Stimmen abgegeben.", "Die {org} sprach von einem klaren Auftrag.", "Die Koalitionsverhandlungen sollen in {n2} Tagen beginnen."])
        case ("election", "en"):
            Set(titles: ["{place} election: {p0} ahead", "{p0} wins election in {place}", "Close result in {place} election"],
                sentences: ["{p0} won the most votes in the election in {place}.", "Turnout was {n0} percent.", "Challenger {p1} conceded defeat.", "A total of {n1} votes were cast.", "The {org} spoke of a clear mandate.", "Coalition talks are due to begin in {n2} days."])
        case ("flood", "de"):
            Set(titles: ["Hochwasser in {place}", "Flut: {n0} Menschen in {place} evakuiert", "Damm bei {place} gebrochen"],
                sentences: ["Nach tagelangem Regen steht {place} unter Wasser.", "{n0} Menschen mussten ihre Wohnungen verlassen.", "Bürgermeister {p0} rief den Katastrophenfall aus.", "Die Rettungskräfte der {org} sind im Einsatz.", "Der Schaden könnte {n1} Euro übersteigen.", "{p1} vom Wetterdienst erwartet weiteren Regen."])
        case ("flood", "en"):
            Set(titles: ["Floods in {place}", "Flood: {n0} people evacuated in {place}", "Dam breaks near {place}"],
                sentences: ["After days of rain {place} is under water.", "{n0} people had to leave their homes.", "Mayor {p0} declared a state of emergency.", "Rescuers from {org} are at work.", "The damage could exceed {n1} euros.", "{p1} of the weather service expects more rain."])
        case ("strike", "de"):
            Set(titles: ["Streik bei {org}", "{n0} Beschäftigte streiken in {place}", "Gewerkschaft ruft zum Streik bei {org} auf"],
                sentences: ["Bei der {org} in {place} haben {n0} Beschäftigte die Arbeit niedergelegt.", "Die Gewerkschaft fordert {n2} Euro mehr im Monat.", "Betriebsrat {p0} sprach von großer Wut.", "Vorstand {p1} nannte die Forderungen überzogen.", "Der Konzern beschäftigt {n1} Menschen.", "Die Verhandlungen sollen nächste Woche fortgesetzt werden."])
        case ("strike", "en"):
            Set(titles: ["Strike at {org}", "{n0} workers strike in {place}", "Union calls strike at {org}"],
                sentences: ["{n0} workers at {org} in {place} walked out.", "The union demands {n2} euros more a month.", "Works council head {p0} spoke of great anger.", "Chief executive {p1} called the demands excessive.", "The company employs {n1} people.", "Talks are due to resume next week."])
        case ("court", "de"):
            Set(titles: ["Urteil gegen {p0}", "Prozess in {place}: {p0} verurteilt", "Gericht in {place} spricht Urteil"],
                sentences: ["Das Landgericht {place} hat {p0} zu einer Haftstrafe verurteilt.", "Die Staatsanwaltschaft hatte {n2} Monate gefordert.", "Es ging um Betrug in Höhe von {n1} Euro bei der {org}.", "Verteidiger {p1} kündigte Revision an.", "Im Prozess wurden {n0} Zeugen gehört.", "Der Richter sprach von einem schweren Fall."])
        case ("court", "en"):
            Set(titles: ["Verdict against {p0}", "Trial in {place}: {p0} convicted", "Court in {place} delivers verdict"],
                sentences: ["The court in {place} sentenced {p0} to prison.", "Prosecutors had asked for {n2} months.", "The case concerned fraud of {n1} euros at {org}.", "Defence lawyer {p1} said he would appeal.", "The court heard {n0} witnesses.", "The judge called it a serious case."])
        case ("deployment", "de"):
            Set(titles: ["{place} schickt {n1} Soldaten", "Truppen aus {place} an der Front", "Geheimdienst: {place} verlegt Soldaten"],
                sentences: ["{place} hat nach Angaben des Geheimdienstes {n1} Soldaten entsandt.", "Machthaber {p0} bestätigte den Einsatz erstmals.", "Rund {n0} Soldaten sollen verwundet oder getötet worden sein.", "Die {org} berichtet von schweren Kämpfen.", "General {p1} sprach von einem Erfolg.", "Unabhängig bestätigen lassen sich die Angaben nicht."])
        default:
            Set(titles: ["{place} sends {n1} troops", "Troops from {place} at the front", "Intelligence: {place} moves soldiers"],
                sentences: ["{place} has sent {n1} soldiers, according to intelligence.", "Leader {p0} confirmed the deployment for the first time.", "About {n0} soldiers are said to have been wounded or killed.", "The {org} reports heavy fighting.", "General {p1} spoke of a success.", "The figures cannot be independently verified."])
        }
    }

    static func filler(_ language: String) -> [String] {
        language == "de"
            ? ["Weitere Einzelheiten wurden zunächst nicht bekannt.", "Die Lage bleibt nach Angaben der Behörden angespannt.",
               "Eine Stellungnahme lag bis zum Abend nicht vor.", "Beobachter rechnen mit weiteren Entwicklungen.",
               "Die Regierung kündigte eine Erklärung an.", "Am Nachmittag kamen Vertreter zu Beratungen zusammen.",
               "Die Opposition forderte Aufklärung.", "Der Vorfall sorgte für große Aufmerksamkeit."]
            : ["Further details were not immediately known.", "The situation remains tense, according to officials.",
               "No statement had been issued by the evening.", "Observers expect further developments.",
               "The government announced a statement.", "Representatives met for talks in the afternoon.",
               "The opposition demanded answers.", "The incident drew wide attention."]
    }

    /// Fills the slots of `text`.
    static func fill(
        _ text: String, place: String, people: [String], organisation: String, figures: [Int], language: String
    ) -> String {
        var result = text.replacingOccurrences(of: "{place}", with: place)
        result = result.replacingOccurrences(of: "{p0}", with: people[0]).replacingOccurrences(of: "{p1}", with: people[1])
        result = result.replacingOccurrences(of: "{org}", with: organisation)
        for (index, figure) in figures.enumerated() {
            result = result.replacingOccurrences(of: "{n\(index)}", with: grouped(figure, separator: language == "de" ? "." : ","))
        }
        return result
    }

    private static func grouped(_ value: Int, separator: String) -> String {
        let digits = String(value)
        guard digits.count > 3 else { return digits }
        var result = ""
        for (offset, character) in digits.reversed().enumerated() {
            if offset > 0 && offset % 3 == 0 { result.append(contentsOf: separator) }
            result.append(character)
        }
        return String(result.reversed())
    }
}
