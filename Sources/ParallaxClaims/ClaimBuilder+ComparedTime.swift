/// The times of a figure compared with an earlier one of its own (round 33): `has risen to 36, up from 31 on Saturday, the city
/// said on Sunday`, `31,500 players …, up from about 28,000 it reported on Sunday`, `sent out 86,500 bills, not the 84,000 it
/// reported on Tuesday, the city said on Thursday`. The comparing phrase (`compared-figure-openers.txt`, up to the next mark
/// of punctuation) is the earlier figure's: its day, even the day it was reported, dates that figure and no other. The new
/// figure is the count as the speaker gives it: with no other time of its own it is dated by the day of the speaking.
///
/// Three writers of the tuning half date both figures so (dev22, dev24, dev27); before, the new figure took the earlier
/// figure's day (the nearest time) or, with only days of speaking in the sentence, none of them.
extension ClaimBuilder {
    /// The token ranges of the sentence's comparing phrases: from a phrase of `compared-figure-openers.txt` that ends right
    /// before a figure (a qualifier may stand between, as it belongs to the figure) up to the next mark of punctuation.
    /// - Complexity: O(m) phrase look-ups in the number of figures (at most four each), and a scan to the phrase's end; no
    ///   work at all in a sentence with fewer than two figures.
    static func comparedPhrases(_ mentions: [QuantityMention], tokens: [ClaimToken], pack: LanguagePack) -> [Range<Int>] {
        guard mentions.count > 1, !pack.comparedFigureOpeners.isEmpty else { return [] }
        var phrases: [Range<Int>] = []
        for index in 1..<mentions.count {
            let first = mentions[index].first
            guard let opener = comparingOpener(tokens, before: first, after: mentions[index - 1].end, pack: pack) else { continue }
            var end = max(mentions[index].end, first + 1)
            while end < tokens.count, tokens[end].kind != .punctuation { end += 1 }
            phrases.append(opener..<end)
        }
        return phrases
    }

    /// Where a phrase of `compared-figure-openers.txt` that ends right before `first` and starts at or after `floor` begins.
    private static func comparingOpener(_ tokens: [ClaimToken], before first: Int, after floor: Int, pack: LanguagePack) -> Int? {
        for length in 1...4 where first - length >= floor {
            if let match = pack.comparedFigureOpeners.match(tokens, at: first - length), match.length == length {
                return first - length
            }
        }
        return nil
    }
}
