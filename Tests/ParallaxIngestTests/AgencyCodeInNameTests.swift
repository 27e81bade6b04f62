import Foundation
import ParallaxModel
import Testing

@testable import ParallaxIngest

/// An agency masthead may set a lower-case code before the name (`wbn Westbucht Nachrichtendienst`). The code stays part
/// of the publisher when the agency's own copyright line writes the name with it (round 24); a code without such a line,
/// or set off by a dash, is dropped as before. Every fixture is invented.
@Suite struct AgencyCodeInNameTests {
    @Test func copyrightLineKeepsTheCode() throws {
        let text = try String(contentsOfFile: FixtureFiles.path("plain/agency-code-copyright.txt"), encoding: .utf8)
        let document = PlainTextReader().read(text: text, input: "wire.txt")
        #expect(document.publisher == "wbn Westbucht Nachrichtendienst")
        #expect(document.title == "Sturmflut überspült Hafenmole in Kranshavn")
        #expect(document.published?.hasPrefix("2029-03-12") == true)
    }

    @Test(arguments: [
        // No copyright line: the code is dropped.
        ("wbn Westbucht Nachrichtendienst\n12.03.2029\n\nSturmflut überspült Hafenmole\n\nEine Sturmflut hat die Mole überspült. Verletzt wurde niemand.\n",
         "Westbucht Nachrichtendienst"),
        // A code set off by a dash is a label, whatever the footer says.
        ("wbn – Westbucht Nachrichtendienst\n12.03.2029\n\nSturmflut überspült Hafenmole\n\nEine Sturmflut hat die Mole überspült. Verletzt wurde niemand.\n\n© wbn Westbucht Nachrichtendienst\n",
         "Westbucht Nachrichtendienst"),
        // A copyright line that writes the name without the code confirms nothing.
        ("wbn Westbucht Nachrichtendienst\n12.03.2029\n\nSturmflut überspült Hafenmole\n\nEine Sturmflut hat die Mole überspült. Verletzt wurde niemand.\n\n© Westbucht Nachrichtendienst GmbH\n",
         "Westbucht Nachrichtendienst"),
        // English copyright wording counts too.
        ("xpb Example Press Bureau\n12 March 2029\n\nStorm surge floods harbour wall\n\nA storm surge flooded the harbour wall overnight. Nobody was hurt.\n\nCopyright 2029 xpb Example Press Bureau. All rights reserved.\n",
         "xpb Example Press Bureau"),
    ])
    func codeNeedsTheOutletsOwnCopyright(text: String, publisher: String) {
        #expect(PlainTextReader().read(text: text, input: "wire.txt").publisher == publisher)
    }

    @Test(arguments: [
        ("Westbucht Nachrichtendienst", "wbn Westbucht Nachrichtendienst", ["© wbn Westbucht Nachrichtendienst"], "wbn Westbucht Nachrichtendienst"),
        ("Westbucht Nachrichtendienst", "wbn Westbucht Nachrichtendienst", ["Mehr von wbn Westbucht Nachrichtendienst"], nil),
        ("Westbucht Nachrichtendienst", "WBN Westbucht Nachrichtendienst", ["© WBN Westbucht Nachrichtendienst"], nil),
        ("Westbucht Nachrichtendienst", "Westbucht Nachrichtendienst", ["© Westbucht Nachrichtendienst"], nil),
    ] as [(String, String, [String], String?)])
    func codedForm(name: String, masthead: String, lines: [String], expected: String?) {
        #expect(MastheadReader().codedForm(of: name, masthead: masthead, in: lines) == expected)
    }
}
