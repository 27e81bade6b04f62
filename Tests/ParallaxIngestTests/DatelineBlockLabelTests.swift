import Foundation
import ParallaxModel
import Testing

@testable import ParallaxIngest

/// Lines of a dateline block that round 24 reads: a press release's running number after its genre label
/// (`Pressemitteilung Nr. 48/2029`), a byline that names the piece (`Ein Artikel von …`) and an author's line with an
/// academic title and a lawyer's specialism (`Autorin: Dr. …, Fachanwältin für …`). Before, the block stopped at such a
/// line and the masthead or the byline became the title. Every fixture is invented.
@Suite struct DatelineBlockLabelTests {
    private func read(_ fixture: String) throws -> CleanDocument {
        let text = try String(contentsOfFile: FixtureFiles.path("plain/\(fixture)"), encoding: .utf8)
        return PlainTextReader().read(text: text, input: fixture)
    }

    @Test func numberedPressRelease() throws {
        let document = try read("numbered-press-release.txt")
        #expect(document.publisher == "Umweltamt der Stadt Kranshavn")
        #expect(document.title == "Nach der Sturmflut: Umweltamt gibt Badestrand wieder frei")
        #expect(document.published?.hasPrefix("2029-03-14") == true, "\(document.published ?? "nil")")
    }

    @Test func articleByline() throws {
        let document = try read("article-byline-in-dateline.txt")
        #expect(document.publisher == "Der Springquell")
        #expect(document.title == "FLUT-SCHOCK AN DER MOLE! Wer hat die Warnungen ignoriert?")
        #expect(document.authors == ["Ronja Beispielmann"])
        #expect(document.published?.hasPrefix("2029-03-15") == true, "\(document.published ?? "nil")")
    }

    @Test func lawyerAuthorLine() throws {
        let document = try read("lawyer-author-in-dateline.txt")
        #expect(document.publisher == "Kanzlei Muster & Probe")
        #expect(document.title == "Sturmschaden an der Wohnung: Was Mieter jetzt wissen müssen")
        #expect(document.published?.hasPrefix("2029-03-16") == true)
    }

    @Test(arguments: [
        ("Pressemitteilung Nr. 48/2029", true),
        ("PRESS RELEASE No. 12/2029", true),
        ("Pressemitteilung 07/2029", true),
        ("Pressemitteilung #12", true),
        ("PRESSEMITTEILUNG", true),
        ("Pressemitteilung zur Sturmflut", false),
        ("Pressemitteilung der Stadt Kranshavn", false),
        ("Umweltamt der Stadt Kranshavn", false),
    ])
    func genreLabelWithRunningNumber(line: String, isLabel: Bool) {
        #expect(PlainTextReader.isGenreLabel(line) == isLabel)
    }
}
