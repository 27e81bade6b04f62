extension ClaimGrouper {
    /// The lower-cased words of a text (and its numbers, when `keepingNumbers`), one space between them and one on
    /// either end, every run of other characters dropped: `" damals waren es 40 "`. Cue phrases are looked for in
    /// it with a space on either end, so that they match whole words only.
    /// - Complexity: O(n) for n characters, one pass; ASCII characters are tested without a Unicode property lookup.
    static func spacedWords(_ text: Substring, keepingNumbers: Bool) -> String {
        var result = " "
        var started = false
        var spacePending = false
        for character in text.lowercased() {
            let kept =
                if let ascii = character.asciiValue {
                    (0x61...0x7A).contains(ascii) || (0x41...0x5A).contains(ascii)
                        || (keepingNumbers && (0x30...0x39).contains(ascii))
                } else {
                    character.isLetterFast || (keepingNumbers && character.isNumberFast)
                }
            if kept {
                if spacePending { result.append(" ") }
                result.append(character)
                (started, spacePending) = (true, false)
            } else if started {
                spacePending = true
            }
        }
        result.append(" ")
        return result
    }
}
