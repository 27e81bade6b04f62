import ParallaxTesting
import Foundation
import Testing
import ParallaxModel
@testable import ParallaxIngest

/// Truncated, mutated and pathological pages: extraction returns or throws, never crashes, and
/// stays fast.
@Suite struct HTMLRobustnessTests {
    static func fixture(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/HTML/\(name)", withExtension: "html"))
        return try [UInt8](Data(contentsOf: url))
    }

    @Test(arguments: ["article-de", "article-en", "windows-1252", "hostile"])
    func truncatedAndMutatedPagesNeverCrash(name: String) throws {
        let original = try Self.fixture(name)
        for seed in UInt64(1)...40 {
            var generator = SeededGenerator(seed: seed)
            var bytes = Array(original.prefix(Int.random(in: 1...original.count, using: &generator)))
            for _ in 0..<Int.random(in: 0...20, using: &generator) where !bytes.isEmpty {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            do {
                let document = try HTMLExtractor().extract(data: Data(bytes), input: "\(name)#\(seed)")
                #expect(!document.blocks.isEmpty, "seed \(seed)")
                #expect(!document.blocks.contains { $0.text.contains("<script") }, "seed \(seed)")
            } catch {
                #expect(error.input == "\(name)#\(seed)", "seed \(seed)")
            }
        }
    }

    @Test(arguments: [200, 5_000])
    func deepNestingAndLongTextStayFast(depth: Int) throws {
        let paragraph = String(repeating: "Ein ganz gewöhnlicher Satz mit einigen Wörtern, Kommas und einem Punkt. ", count: 2_000)
        let html = String(repeating: "<div>", count: depth) + "<p>\(paragraph)</p>" + String(repeating: "</div>", count: depth)
        let start = ContinuousClock.now
        let document = try? HTMLExtractor().extract(data: Data(html.utf8), input: "deep.html")
        #expect(ContinuousClock.now - start < .seconds(5))
        if depth <= 256 {
            // Within libxml2's nesting limit the text survives; beyond it the parser may stop.
            #expect(document?.blocks.first?.text.hasPrefix("Ein ganz gewöhnlicher Satz") == true)
        }
    }

    @Test func utf16PageWithByteOrderMark() throws {
        let html = "<html><body><article><p>Überall in München grüßen die Bürger einander freundlich, auch am frühen Morgen.</p></article></body></html>"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in html.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let document = try HTMLExtractor().extract(data: Data(bytes), input: "utf16.html")
        #expect(document.blocks.first?.text.contains("Überall in München grüßen") == true)
    }

    @Test func invalidUTF8BytesReadAsWindows1252() throws {
        var bytes = Array("<html><body><article><p>Der Preis liegt bei 5 ".utf8)
        bytes.append(0x80)  // € in Windows-1252, invalid on its own in UTF-8
        bytes += Array(" pro Stück, und das ist für alle Kundinnen und Kunden gleich.</p></article></body></html>".utf8)
        let document = try HTMLExtractor().extract(data: Data(bytes), input: "mixed.html")
        #expect(document.blocks.first?.text.contains("5 € pro Stück") == true)
    }
}

/// Differential tests of the byte-level fast paths against the obvious `String` versions.
@Suite struct HTMLFastPathTests {
    @Test func utf8ValidationMatchesTheStandardLibrary() {
        for seed in UInt64(1)...300 {
            var generator = SeededGenerator(seed: seed)
            let pieces: [[UInt8]] = [Array("aé€😀".utf8), [0x80], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x41]]
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) { bytes += pieces.randomElement(using: &generator)! }
            let expected = String(validating: bytes, as: UTF8.self) != nil
            #expect(HTMLCharsetDetector.isValidUTF8(bytes) == expected, "seed \(seed)")
        }
    }

    @Test(arguments: ["  a \u{00A0} b\n\tc  ", "", "   ", "ä\u{2009}ö\u{3000}ü", "x\u{FEFF}y\u{200B}z"])
    func normalizeMatchesScalarVersion(text: String) {
        let scalars = text.unicodeScalars.split(whereSeparator: HTMLText.isSpace).map { String(String.UnicodeScalarView($0)) }
        #expect(HTMLText.normalize(text) == scalars.joined(separator: " "))
        // Visible length: every non-space character, plus one per whitespace run after text.
        var expectedLength = 0
        var afterText = false
        for scalar in text.unicodeScalars {
            if HTMLText.isSpace(scalar) {
                if afterText { expectedLength += 1 }
                afterText = false
            } else {
                expectedLength += 1
                afterText = true
            }
        }
        #expect(HTMLText.visibleLength(text) == expectedLength)
    }
}
