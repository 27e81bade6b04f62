/// Finds the website furniture in the lines of a plain-text article.
///
/// Rules, each general and driven by line shape plus the cue phrases of the `boilerplate` lexicon:
/// - empty table stubs: lines of `|` cells with at most one short label (`Details | |`, `---|---|`);
/// - tag lists: a tag header (`Themen:`, `Tags: a, b`), hashtag lines and the short items after them;
/// - teaser boxes: a related header (`Mehr zum Thema`, `Read more`) and the headline-like lines after it;
/// - share, newsletter and cookie boxes and footers: short lines led by or holding their cues;
/// - menus and link lists: runs of two or more short list items without sentence punctuation, or of
///   four or more one-to-three-word lines;
/// - adverts: a region of short lines around advert cues and event dates with times
///   (`23.04.2025 • 19:00 Uhr`), kept only when it holds two signals, one of them on a short line.
package struct BoilerplateClassifier: Sendable {
    private let cues: BoilerplateCues
    private let dates: PublicationDateParser

    /// A classifier over `cues`.
    package init(cues: BoilerplateCues = .shared, dates: PublicationDateParser = PublicationDateParser()) {
        self.cues = cues
        self.dates = dates
    }

    /// The verdict for each line, `nil` for article text.
    /// - Complexity: O(n) in the number of lines, times the number of cues.
    package func classify(_ lines: [TextLine]) -> [BoilerplateVerdict?] {
        var verdicts = [BoilerplateVerdict?](repeating: nil, count: lines.count)
        var index = 0
        while index < lines.count {
            let shape = lines[index].shape
            if isTableStub(shape.text) {
                verdicts[index] = .tableStub
            } else if isTagHeader(shape) || isHashtagLine(shape) {
                verdicts[index] = .tagList
                index = markFollowers(from: index + 1, in: lines, as: .tagList, &verdicts) { $0.isBullet && $0.wordCount <= 4 || isHashtagLine($0) }
                continue
            } else if shape.wordCount <= 8, startsWithCue(shape.key, cues.related) {
                verdicts[index] = .teaser
                index = markFollowers(from: index + 1, in: lines, as: .teaser, &verdicts) {
                    $0.wordCount <= 20 && !$0.endsSentence && !isOtherFurniture($0)
                }
                continue
            } else if let verdict = boxVerdict(shape) {
                verdicts[index] = verdict
            }
            index += 1
        }
        markMenus(lines, &verdicts)
        AdvertRegionFinder(cues: cues.advert, dates: dates).mark(lines, &verdicts)
        return verdicts
    }

    /// The outlet a news-section menu line names (`Kettner Edelmetalle News` → `Kettner Edelmetalle`).
    package func outletOfSectionLine(_ shape: LineShape) -> String? {
        guard shape.wordCount >= 2, shape.wordCount <= 5, !shape.endsClause else { return nil }
        let words = shape.content.split(separator: " ")
        guard let last = words.last, cues.section.contains(last.lowercased()) else { return nil }
        let name = words.dropLast().joined(separator: " ")
        return name.first?.isUppercase == true ? name : nil
    }

    /// Whether a line is furniture of another rule, which ends a run of teaser titles.
    private func isOtherFurniture(_ shape: LineShape) -> Bool {
        if isTableStub(shape.text) || isTagHeader(shape) || isHashtagLine(shape) || boxVerdict(shape) != nil { return true }
        let key = shape.content.lowercased()
        return cues.advert.contains { key.containsPhrase($0) } || (shape.content.contains(where: \.isNumber) && dates.read(shape.content)?.time != nil)
    }

    private func isTableStub(_ text: String) -> Bool {
        guard text.contains("|") else { return false }
        let cells = text.split(separator: "|", omittingEmptySubsequences: false)
            .map { String($0).trimmingWhitespace() }
            .filter { !$0.isEmpty && !$0.allSatisfy { "-:=_ ".contains($0) } }
        return cells.count <= 1 && cells.allSatisfy { $0.split(separator: " ").count <= 3 }
    }

    private func isTagHeader(_ shape: LineShape) -> Bool {
        let lowered = shape.content.lowercased()
        return cues.tags.contains { cue in
            lowered == cue || lowered.hasPrefix(cue + ":") && (shape.wordCount <= 12 || lowered.contains(","))
        }
    }

    private func isHashtagLine(_ shape: LineShape) -> Bool {
        let words = shape.content.split(separator: " ")
        return !words.isEmpty && words.allSatisfy { $0.hasPrefix("#") && $0.count > 1 && $0.dropFirst().first?.isLetter == true }
    }

    private func startsWithCue(_ key: String, _ list: [String]) -> Bool {
        list.contains { key == $0 || key.hasPrefix($0 + " ") || key.hasPrefix($0 + ":") }
    }

    private func boxVerdict(_ shape: LineShape) -> BoilerplateVerdict? {
        let key = shape.key
        if key.hasPrefix("©") || key.hasPrefix("(c) ") || key.hasPrefix("copyright ") { return .footer }
        let groups: [([String], BoilerplateVerdict, Int)] = [
            (cues.share, .share, 12), (cues.newsletter, .newsletter, 25), (cues.cookie, .cookie, 40), (cues.footer, .footer, 12),
        ]
        for (list, verdict, maximumWords) in groups where shape.wordCount <= maximumWords {
            for cue in list {
                if key == cue || (shape.wordCount <= 6 && startsWithCue(key, [cue])) { return verdict }
                // A cue of several words may stand anywhere in the box's sentence.
                if cue.contains(" ") || verdict == .cookie, key.containsPhrase(cue) { return verdict }
            }
        }
        return nil
    }

    private func markMenus(_ lines: [TextLine], _ verdicts: inout [BoilerplateVerdict?]) {
        func isMenuItem(_ shape: LineShape) -> Bool {
            shape.isBullet && shape.wordCount <= 5 && shape.content.count <= 50 && !shape.endsSentence
                && !shape.content.contains(where: \.isNumber)
        }
        func isBareLink(_ line: TextLine) -> Bool {
            !line.shape.isBullet && line.shape.wordCount <= 3 && !line.shape.endsSentence && !line.blankBefore
        }
        let rules: [((TextLine) -> Bool, Int)] = [({ isMenuItem($0.shape) }, 2), (isBareLink, 4)]
        for (predicate, minimumRun) in rules {
            var start = 0
            while start < lines.count {
                var end = start
                while end < lines.count, verdicts[end] == nil, predicate(lines[end]) || (end > start && lines[end].shape.isBullet && isMenuItem(lines[end].shape)) {
                    end += 1
                }
                if end - start >= minimumRun {
                    for index in start..<end { verdicts[index] = .menu }
                }
                start = max(end, start + 1)
            }
        }
    }

    private func markFollowers(
        from start: Int, in lines: [TextLine], as verdict: BoilerplateVerdict, _ verdicts: inout [BoilerplateVerdict?],
        while predicate: (LineShape) -> Bool
    ) -> Int {
        var index = start
        while index < lines.count, verdicts[index] == nil, predicate(lines[index].shape) {
            verdicts[index] = verdict
            index += 1
        }
        return index
    }
}
