import Foundation
import ParallaxModel
import Testing

@testable import ParallaxIngest

/// An agency masthead may set a code straight before the name (`wbn Westbucht Nachrichtendienst`). The code is part of
/// the name as the agency writes it and stays in the publisher, with or without a copyright line that repeats it
/// (round 32; round 24 had kept it only with such a line). A code set off by a dash or in brackets is a label and is
/// dropped. Every fixture is invented.
@Suite struct AgencyCodeInNameTests {
    @Test func copyrightLineKeepsTheCode() throws {
        let text = try String(contentsOfFile: FixtureFiles.path("plain/agency-code-copyright.txt"), encoding: .utf8)
        let document = PlainTextReader().read(text: text, input: "wire.txt")
        #expect(document.publisher == "wbn Westbucht Nachrichtendienst")
        #expect(document.title == "Sturmflut überspült Hafenmole in Kranshavn")
        #expect(document.published?.hasPrefix("2029-03-12") == true)
    }

    @Test(arguments: [
        // No copyright line: the code stays, as written.
        ("wbn Westbucht Nachrichtendienst\n12.03.2029\n\nSturmflut überspült Hafenmole\n\nEine Sturmflut hat die Mole überspült. Verletzt wurde niemand.\n",
         "wbn Westbucht Nachrichtendienst"),
        // A code set off by a dash is a label, whatever the footer says.
        ("wbn – Westbucht Nachrichtendienst\n12.03.2029\n\nSturmflut überspült Hafenmole\n\nEine Sturmflut hat die Mole überspült. Verletzt wurde niemand.\n\n© wbn Westbucht Nachrichtendienst\n",
         "Westbucht Nachrichtendienst"),
        // A copyright line that writes the name without the code changes nothing.
        ("wbn Westbucht Nachrichtendienst\n12.03.2029\n\nSturmflut überspült Hafenmole\n\nEine Sturmflut hat die Mole überspült. Verletzt wurde niemand.\n\n© Westbucht Nachrichtendienst GmbH\n",
         "wbn Westbucht Nachrichtendienst"),
        // English, with a copyright line.
        ("xpb Example Press Bureau\n12 March 2029\n\nStorm surge floods harbour wall\n\nA storm surge flooded the harbour wall overnight. Nobody was hurt.\n\nCopyright 2029 xpb Example Press Bureau. All rights reserved.\n",
         "xpb Example Press Bureau"),
        // A code in capitals stays too.
        ("XPB Example Press Bureau\n12 March 2029\n\nStorm surge floods harbour wall\n\nA storm surge flooded the harbour wall overnight. Nobody was hurt.\n",
         "XPB Example Press Bureau"),
        // A code in brackets after the name is dropped.
        ("EXAMPLE PRESS BUREAU (xpb)\n12 March 2029\n\nStorm surge floods harbour wall\n\nA storm surge flooded the harbour wall overnight. Nobody was hurt.\n",
         "Example Press Bureau"),
    ])
    func codeBeforeTheNameIsPartOfIt(text: String, publisher: String) {
        #expect(PlainTextReader().read(text: text, input: "wire.txt").publisher == publisher)
    }
}
