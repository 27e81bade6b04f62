/// Finds the element that holds the article, by scoring text blocks and handing the score up.
///
/// Each paragraph-like block with at least 25 characters scores one point, one per comma and one
/// per 100 characters (at most three); its parent gains the full score, its grandparent half and
/// the next ancestors a third. Ancestors start with a tag prior and class/id evidence, and the
/// final score is discounted by link density. Siblings of the winner that score well too, or read
/// like prose, are kept beside it so articles split over several containers stay whole.
package struct ArticleLocator {
    package init() {}

    /// The containers holding the article, in document order; the page root when nothing scores.
    /// - Complexity: O(n) in the number of nodes.
    package func locate(in root: HTMLNode) -> [HTMLNode] {
        root.linkParents()
        var path: [HTMLNode] = []
        var scored: [HTMLNode] = []
        score(root, path: &path, scored: &scored)
        var best: HTMLNode?
        var bestScore = 0.0
        for node in scored {
            guard let raw = node.contentScore else { continue }
            let adjusted = raw * (1 - node.linkDensity)
            if adjusted > bestScore {
                bestScore = adjusted
                best = node
            }
        }
        guard var top = best else { return [root] }
        // Two or more candidates scoring at least half the winner under one ancestor (within three
        // levels): the article is split across them
        // (e.g. by ads between its parts), so the ancestor stands for it.
        let rivals = scored.filter { node in
            node !== top && (node.contentScore ?? 0) * (1 - node.linkDensity) >= bestScore * 0.5
        }
        if rivals.count >= 2 {
            var ancestor = top.parent
            for _ in 0..<6 {
                guard let current = ancestor, current.tag != "body" else { break }
                let inside = rivals.filter { rival in
                    var cursor = rival.parent
                    while let node = cursor {
                        if node === current { return true }
                        cursor = node.parent
                    }
                    return false
                }
                if inside.count >= 2 {
                    top = current
                    break
                }
                ancestor = current.parent
            }
        }
        // A winner inside an <article> element (a few levels up) stands for the whole article, so
        // its header with the lead paragraph comes along.
        var ancestor = top.parent
        for _ in 0..<4 {
            guard let current = ancestor, current.tag != "body" else { break }
            if current.tag == "article" {
                top = current
                break
            }
            ancestor = current.parent
        }
        // A winner that is the only element child of its parent stands for that parent.
        while let parent = top.parent, parent.tag != "body",
            parent.children.filter({ !$0.isText }).count == 1
        {
            top = parent
        }
        guard let parent = top.parent else { return [top] }
        let threshold = max(10, bestScore * 0.2)
        let topClass = top.attribute("class")
        var kept: [HTMLNode] = []
        for sibling in parent.children where !sibling.isText {
            if sibling === top {
                kept.append(sibling)
                continue
            }
            let siblingScore = (sibling.contentScore ?? 0) * (1 - sibling.linkDensity)
            let bonus = topClass != nil && sibling.attribute("class") == topClass ? bestScore * 0.2 : 0
            if siblingScore + bonus >= threshold {
                kept.append(sibling)
            } else if sibling.tag == "p" || HTMLTags.headings.contains(sibling.tag) || sibling.tag == "blockquote"
                || sibling.tag == "ul" || sibling.tag == "ol"
            {
                let density = sibling.linkDensity
                let text = sibling.normalizedText
                if text.count > 80 && density < 0.25 {
                    kept.append(sibling)
                } else if !text.isEmpty && text.count <= 80 && density == 0 && endsSentence(text) {
                    kept.append(sibling)
                }
            }
        }
        return kept
    }

    /// Scores the paragraph-like blocks under `node`, handing each score to its ancestors.
    private func score(_ node: HTMLNode, path: inout [HTMLNode], scored: inout [HTMLNode]) {
        let inline = inlineTextLength(node)
        if inline >= 25, !path.isEmpty {
            let text = inlineText(node)
            var commas = 0
            for scalar in text.unicodeScalars where scalar == "," || scalar == "，" || scalar == "،" || scalar == "、" {
                commas += 1
            }
            let points = 1 + Double(commas) + Double(min(inline / 100, 3))
            for (level, ancestor) in path.reversed().prefix(5).enumerated() {
                let start: Double
                if let existing = ancestor.contentScore {
                    start = existing
                } else {
                    start = prior(ancestor)
                    scored.append(ancestor)
                }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                ancestor.contentScore = start + points / divider
            }
        }
        path.append(node)
        for child in node.children where !child.isText { score(child, path: &path, scored: &scored) }
        path.removeLast()
    }

    /// Starting score of a candidate container: a tag prior plus class/id evidence.
    private func prior(_ node: HTMLNode) -> Double {
        var value: Double
        switch node.tag {
        case "article": value = 10
        case "main": value = 8
        case "div", "section": value = 5
        case "pre", "td", "blockquote": value = 3
        case "ol", "ul", "dl", "dd", "dt", "li", "form", "address": value = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": value = -5
        case "body", "html": value = -20
        default: value = 0
        }
        value += Double(BoilerplateClassifier.positiveWeight(node))
        return value
    }

    /// Visible text of `node` outside its block-level element children.
    private func inlineTextLength(_ node: HTMLNode) -> Int {
        guard !node.isText, !HTMLTags.headings.contains(node.tag), node.tag != "li" else { return 0 }
        var length = node.textLength
        for child in node.children where !child.isText && HTMLTags.blocks.contains(child.tag) {
            length -= child.textLength
        }
        return length
    }

    /// The text counted by ``inlineTextLength(_:)``.
    private func inlineText(_ node: HTMLNode) -> String {
        var text = ""
        for child in node.children where child.isText || !HTMLTags.blocks.contains(child.tag) {
            child.appendText(to: &text)
        }
        return text
    }

    private func endsSentence(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        return last == "." || last == "!" || last == "?" || last == ":" || last == "…" || last == "\""
            || last == "“" || last == "”"
    }
}
