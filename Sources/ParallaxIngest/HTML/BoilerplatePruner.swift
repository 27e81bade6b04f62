package import ParallaxModel

/// Cuts boilerplate containers (navigation, footers, sidebars, comments, ads, overlays…) out of
/// the tree, logging one ``RemovedBlock`` per container.
package struct BoilerplatePruner {
    package init() {}

    /// Removes boilerplate below `root` and re-measures the tree.
    /// - Returns: one entry per removed container that held text, its text cut to a few hundred
    ///   characters.
    /// - Complexity: O(n) in the number of nodes.
    package func prune(_ root: HTMLNode) -> [RemovedBlock] {
        var removed: [RemovedBlock] = []
        prune(root, pageTextLength: max(root.textLength, 1), removed: &removed)
        root.measure()
        return removed
    }

    private func prune(_ node: HTMLNode, pageTextLength: Int, removed: inout [RemovedBlock]) {
        var kept: [HTMLNode] = []
        kept.reserveCapacity(node.children.count)
        for child in node.children {
            if child.isText {
                kept.append(child)
                continue
            }
            if child.tag == "head" { continue }
            if let verdict = BoilerplateClassifier.classify(child, pageTextLength: pageTextLength) {
                if child.textLength > 0 {
                    let text = ArticleTextEmitter.truncate(child.normalizedText)
                    if !text.isEmpty { removed.append(RemovedBlock(kind: verdict.kind, text: text, why: verdict.why)) }
                }
                continue
            }
            prune(child, pageTextLength: pageTextLength, removed: &removed)
            kept.append(child)
        }
        node.children = kept
    }
}
