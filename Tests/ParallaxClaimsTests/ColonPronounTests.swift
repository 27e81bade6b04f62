import Testing

@testable import ParallaxClaims

/// A pronoun at a verb of saying after a colon refers to the person the sentence named before the colon (round 35, carry35).
@Suite struct ColonPronounSpeakerTests {
    @Test(arguments: [
        ("de", "Das Unternehmen sprach von einer Pause.", "Die Insolvenzverwalterin Dr. Ines Vogler zeichnete ein anderes Bild: Es fehlen mindestens 600 Millionen Euro, sagte sie am Mittag.", "600 Millionen Euro", "ines vogler"),
        ("de", "Das Werk meldete eine Pause.", "Bürgermeisterin Eva Brandt war deutlich: Im Ort fehlen 40 Betten, sagte sie.", "40 Betten", "eva brandt"),
        ("en", "The company spoke of a pause.", "Mayor Anna Kurz painted a different picture: at least 600 beds are missing, she said on Monday.", "600 beds", "anna kurz"),
    ])
    func pronounAfterTheColonIsThePersonBeforeIt(language: String, first: String, second: String, figure: String, source: String) {
        let found = CoordinatedSpeakerTests.sources([first, second], language: language)
        #expect(CoordinatedSpeakerTests.source(of: figure, in: found) == .some(source), "\(found)")
    }

    /// A person named after the colon speaks for themselves; a pronoun with no colon keeps the person named before.
    @Test(arguments: [
        ("en", "The mayor had guests.", "Mayor Anna Kurz had visitors: Minister Jan Ott said 50 beds were missing.", "50 beds", "jan ott"),
        ("en", "Mayor Anna Kurz met the minister.", "At least 300 beds are missing, she said.", "300 beds", "anna kurz"),
    ])
    func otherSpeakersStay(language: String, first: String, second: String, figure: String, source: String) {
        let found = CoordinatedSpeakerTests.sources([first, second], language: language)
        #expect(CoordinatedSpeakerTests.source(of: figure, in: found) == .some(source), "\(found)")
    }
}

/// A finding's owner in the possessive after `according to` is the source, as the author after `figures from` is
/// (round 35, carry35).
@Suite struct PossessiveFindingOwnerTests {
    @Test(arguments: [
        ("Some 1,200 people were evacuated, according to the interior ministry's estimate.", "1,200 people", "interior ministry"),
        ("A storm killed 94 sheep on the island, according to the council's latest count.", "94 sheep", "council"),
    ])
    func ownerOfTheFindingIsTheSource(sentence: String, figure: String, source: String) {
        let found = CoordinatedSpeakerTests.sources([sentence], language: "en")
        #expect(CoordinatedSpeakerTests.source(of: figure, in: found) == .some(source), "\(found)")
    }

    /// A name's possessive read as before, and a finding with no author names none (round 35, source35).
    @Test(arguments: [
        ("Some 500 homes lost power, according to Northline's figures.", "500 homes", "northline" as String?),
        ("According to the provisional result, Mayor Anna Berg won 12,300 votes.", "12,300 votes", nil),
    ])
    func othersStay(sentence: String, figure: String, source: String?) {
        let found = CoordinatedSpeakerTests.sources([sentence], language: "en")
        #expect(CoordinatedSpeakerTests.source(of: figure, in: found) == .some(source), "\(found)")
    }
}
