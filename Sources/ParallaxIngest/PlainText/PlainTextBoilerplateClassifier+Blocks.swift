package import ParallaxModel

extension PlainTextBoilerplateClassifier {
    /// Splits blocks read from markup (a feed item's content) into article text and furniture.
    ///
    /// Each block is classified as a line of its own, list items as `- ` lines; blocks with a verdict
    /// go to `removed` with their kind and rule.
    /// - Complexity: O(n) in the number of blocks.
    package func filter(_ blocks: [TextBlock]) -> (kept: [TextBlock], removed: [RemovedBlock]) {
        let lines = blocks.map { block in
            TextLine(block.kind == .listItem ? "- " + block.text : block.text, blankBefore: true)
        }
        var kept: [TextBlock] = []
        var removed: [RemovedBlock] = []
        for (block, verdict) in zip(blocks, classify(lines)) {
            if let verdict {
                removed.append(RemovedBlock(kind: verdict.kind, text: block.text, why: verdict.why))
            } else {
                kept.append(block)
            }
        }
        return (kept, removed)
    }
}
