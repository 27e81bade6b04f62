import ParallaxModel
import Testing
@testable import ParallaxIngest

/// Furniture of press releases, blogs and small outlets that the earlier cues missed: a publisher with
/// a legal form in the dateline block, second-person share and support lines, paid-content disclosures,
/// pointers to other pages, comment counts, a masthead footer as the last line, a press release's
/// boilerplate after its contact line; and the sentence rules around them (a short paragraph of two
/// sentences is no heading; an abbreviation in capitals in a dateline ends no sentence).
@Suite struct SmallOutletFurnitureTests {
    private func read(_ name: String) throws -> CleanDocument {
        let documents = try InputReader().read(path: FixtureFiles.path(name))
        return try #require(documents.first)
    }

    @Test func pressReleaseKeepsItsTextAndDropsItsClosingFurniture() throws {
        let document = try read("plain/press-release-closing.txt")
        #expect(document.publisher == "Beispielhilfe e.V.")
        #expect(document.title == "Beispielhilfe verlangt Aufklärung über den Ausfall der Notrufleitungen")
        let texts = document.blocks.map(\.text)
        #expect(texts.last == "Wer betroffen war, kann sich ab sofort bei unserer Meldestelle eintragen. Niemand darf mit solchen Erfahrungen allein bleiben!")
        #expect(document.blocks.last?.kind == .paragraph)
        for furniture in ["Anzeige der Beispiel", "Teile diesen", "Unterstütze", "Pressekontakt", "gemeinnütziger Verein"] {
            #expect(!texts.contains { $0.contains(furniture) }, "\(furniture) in \(texts)")
        }
    }

    @Test func englishPageDropsPointersCountsAndTheMastheadFooter() throws {
        let document = try read("plain/masthead-footer-and-counts.txt")
        let texts = document.blocks.map(\.text)
        #expect(texts.count == 3, "\(texts)")
        #expect(texts.last == "About 1,200 passengers had been stranded during the three-day closure.")
        let whys = Set(document.removed.map(\.why))
        #expect(whys.contains(BoilerplateVerdict.footer.why))
        #expect(whys.contains(BoilerplateVerdict.share.why))
    }

    @Test(arguments: [
        ("comments (214)", "comments"), ("kommentare 12", "kommentare"), ("comments", "comments"), ("2024", "2024"),
        ("leserbriefe (3)", "leserbriefe"),
    ])
    func countsAreDroppedBeforeCueMatching(key: String, expected: String) {
        #expect(PlainTextBoilerplateClassifier.droppingCount(key) == expected)
    }

    @Test(arguments: [
        ("Wir fordern Aufklärung. Niemand darf allein bleiben!", true),
        ("Schock im Tal!", false),
        ("Dr. Weiss im Interview", false),
        ("Proteste in St. Anna", false),
        ("Was nun? Die Lage am Pass", false),
    ])
    func aHeadingIsOneSentenceAtMost(line: String, hasInnerEnd: Bool) {
        #expect(LineShape(line).hasInnerSentenceEnd == hasInnerEnd)
        #expect(LineShape(line).couldBeHeading == !hasInnerEnd)
    }

    @Test(arguments: ["Netzwerk Beispiel e.V.", "Example Holdings Ltd.", "Beispiel Medien GmbH"])
    func legalFormsEndANameNotASentence(line: String) {
        #expect(MastheadReader().endsWithLegalForm(LineShape(line)))
    }

    @Test(arguments: ["Die Lage ist ernst.", "Er kam aus Berlin."])
    func ordinarySentencesHaveNoLegalForm(line: String) {
        #expect(!MastheadReader().endsWithLegalForm(LineShape(line)))
    }
}
