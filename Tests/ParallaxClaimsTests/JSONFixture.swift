import Foundation

/// The JSON fixtures of this test target (`Fixtures/<name>.json`), decoded. A missing or malformed file gives nothing, so
/// that each suite's own fixture-count test names the problem instead of a crash in a static initialiser.
enum JSONFixture {
    /// `Fixtures/<name>.json` decoded as `T`, or nil.
    static func decode<T: Decodable>(_ type: T.Type, from name: String) -> T? {
        guard let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: "json"),
            let data = try? Data(contentsOf: url)
        else { return nil }
        return try? JSONDecoder().decode(type, from: data)
    }

    /// The cases of `Fixtures/<name>.json`, an array; empty when the file is missing or does not decode.
    static func cases<Case: Decodable>(_ name: String) -> [Case] {
        decode([Case].self, from: name) ?? []
    }
}
