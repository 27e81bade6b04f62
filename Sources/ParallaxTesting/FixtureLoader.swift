public import Foundation

/// Finds shared corpora and example files for tests, which skip cleanly when they are absent.
public enum FixtureLoader {
    /// The repository root, found from this source file's location.
    public static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// `../shared` beside the repository, or `nil` when it is absent.
    public static var sharedFolder: URL? {
        let url = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}

extension FixtureLoader {
    /// The validator for `schema/report-v1.schema.json` of this repository.
    public static func reportSchemaValidator() throws -> JSONSchemaValidator {
        let url = repositoryRoot.appendingPathComponent("schema/report-v1.schema.json")
        return try JSONSchemaValidator(schemaData: Data(contentsOf: url))
    }

    /// The bundled example corpus folder, `examples/corpus`.
    public static var exampleCorpus: URL {
        repositoryRoot.appendingPathComponent("examples/corpus")
    }
}
