import Foundation
import Testing

@testable import ParallaxIngest

/// Which files a folder walk reads: documentation files beside the articles are skipped, files
/// named explicitly are always read.
@Suite struct InputCollectorTests {
    @Test(arguments: [
        ("README.md", true), ("readme.txt", true), ("LICENSE", true), ("CHANGELOG.md", true),
        ("Contributing.md", true), ("readme-notes.txt", false), ("article.md", false), ("reader.txt", false),
    ])
    func documentationFilesAreToldByName(name: String, isDocumentation: Bool) {
        #expect(InputCollector.isDocumentation(name) == isDocumentation)
    }

    @Test func folderWalkSkipsDocumentationButNamedFilesAreRead() throws {
        let folder = try FixtureFiles.scratchFolder()
        for name in ["README.md", "LICENSE", "story.txt"] {
            try Data("Headline\n\nA sentence of the story.".utf8).write(to: folder.appendingPathComponent(name))
        }
        let walked = InputCollector().collect(paths: [folder.path]).files.map { ($0 as NSString).lastPathComponent }
        #expect(walked == ["story.txt"])
        let readme = folder.appendingPathComponent("README.md").path
        #expect(InputCollector().collect(paths: [readme]).files == [readme])
    }
}
