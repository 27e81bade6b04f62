import Testing

@testable import ParallaxIngest

@Suite struct InputFormTests {
    @Test(arguments: [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", InputForm.html),
        ("  \n<html lang=\"de\">", .html),
        ("<div><p>Fragment saved as a page</p></div>", .html),
        ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>", .rss),
        ("<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"x\">", .rss),
        ("<feed xmlns=\"http://www.w3.org/2005/Atom\">", .atom),
        ("<?xml version=\"1.0\"?><catalog/>", .rss),
        ("{\"id\": 1, \"text\": \"x\"}\n{\"id\": 2}", .jsonLines),
        ("Headline\n\nBody text.", .plainText),
        ("Less < more, a line of text", .plainText),
    ])
    func detectsTheFormFromContent(text: String, form: InputForm) {
        #expect(InputForm.detect(text) == form)
    }

    @Test func fileEndingDoesNotDecideTheForm() throws {
        let path = try FixtureFiles.write(Array("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item><guid>g</guid><title>A</title><description>Body of the item.</description></item></channel></rss>".utf8), named: "feed.txt")
        let documents = try InputReader().read(path: path)
        #expect(documents.map(\.input) == [path + "#g"])
    }
}
