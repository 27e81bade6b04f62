/// A trie over bytes whose nodes list the patterns that end there.
///
/// While it is built, nodes keep their children in short lists, and nodes with many children (the
/// root and the first letters, where every word passes) a row of 256 child slots. Once built
/// (``freeze()``), every node is laid out as one run of 32-bit cells in a single array — a header (its
/// flags and child count), where its hits stand, then its children (a row of 256 slots, or the short list as
/// byte-and-offset cells) — and a child is named by the offset of its run. A step of a walk then
/// reads one run, usually one cache line: round 13's parallel arrays (a row index, a list start, the
/// keys, the children, the flags, each its own array) cost up to five cache misses per step, and the
/// walks were the largest part of framing by profile (round 14).
///
/// Round 21: the runs are laid out breadth first, so that the shallow nodes every word passes (a walk
/// ends after two to four bytes for most words) lie together in a few hundred kilobytes instead of spread
/// over the whole array in the order the patterns were inserted; and a node's hits are read through one
/// offset in its run into one array of (pattern, needs) pairs, not through a table of bounds and two
/// parallel arrays. By profile the loads of a child's header were 45 % of the walks' own time
/// (`collectCandidates`, a third of framing): cache misses, not instructions.
struct ByteTrie: Sendable {
    enum Kind { case prefix, bare }

    /// Children of each node as (byte, node index), few per node, while the trie is built.
    private var children: [[(UInt8, Int)]] = [[]]
    /// Per node: bit 2 prefix hits, bit 4 whole-word hits (see ``prefixFlag``, ``bareFlag``).
    private var flags: [UInt8] = [0]
    private var prefixHits: [[(pattern: Int, needs: UInt64)]] = [[]]
    private var bareHits: [[(pattern: Int, needs: UInt64)]] = [[]]
    /// Per node, the start of its row in `denseChildren`, or -1 when it has no row (while built).
    private var denseRow: [Int32] = [0]
    /// Rows of 256 child slots (0 = none); the root's row comes first (while built).
    private var denseChildren = [Int32](repeating: 0, count: 256)

    /// After ``freeze()``: the nodes' runs of cells, breadth first, the root's first (offset 0). A run is
    /// a header (flags in bits 0–7, the child count in bits 8–16, ``denseBit`` for a row of 256 slots),
    /// the offset of the node's hits in ``hitWords`` (0 for a node without hits), then the children: 256
    /// child offsets (0 = none) or, for a short list, one cell per child with the byte in bits 24–31 and
    /// the child's offset below.
    private var cells: [UInt32] = []
    /// After ``freeze()``: every node's hits, node after node. A node's hits open with one word of
    /// counts (prefix hits in the low 32 bits, whole-word hits in the high 32), then two words per hit,
    /// prefix hits first: the pattern, and the bits a text's summary must have for the hit to count (see
    /// ``appendPrefixHits(at:to:having:)``; 0 for most), read beside the pattern so that a pattern the text
    /// cannot hold costs no look-up of its own (round 16). Word 0 is the empty counts of nodes without hits.
    private var hitWords: [UInt64] = []

    /// How many children make a node worth a row of 256 slots.
    private static let denseThreshold = 6
    /// The header bit of a node whose children stand in a row of 256 slots.
    private static let denseBit: UInt32 = 1 << 31
    /// The flag of a node where prefix patterns (`stem*`) end.
    static let prefixFlag: UInt32 = 2
    /// The flag of a node where whole words end.
    static let bareFlag: UInt32 = 4

    /// The root's offset in a frozen trie.
    static let root = 0

    /// The offset of the child of the node at `offset` along `byte`, or 0 when there is none, in a
    /// frozen trie; kept small so that the walks inline it.
    @inline(__always)
    func child(of offset: Int, byte: UInt8) -> Int {
        let header = cells[offset]
        if header & Self.denseBit != 0 { return Int(cells[offset + 2 + Int(byte)]) }
        var position = offset + 2
        let end = position + Int((header >> 8) & 0x1FF)
        let key = UInt32(byte)
        while position < end {
            let entry = cells[position]
            if entry >> 24 == key { return Int(entry & 0xFF_FFFF) }
            position += 1
        }
        return 0
    }

    /// The flags of the node at `offset` (``prefixFlag``, ``bareFlag``), in a frozen trie.
    @inline(__always)
    func flags(at offset: Int) -> UInt32 {
        cells[offset] & 0xFF
    }

    /// Appends the prefix hits of the node at `offset` whose needs `summary` has to `result`, in a
    /// frozen trie.
    func appendPrefixHits(at offset: Int, to result: inout [Int], having summary: UInt64) {
        let start = Int(cells[offset + 1])
        var index = start + 1
        let end = index + 2 * Int(hitWords[start] & 0xFFFF_FFFF)
        while index < end {
            if hitWords[index + 1] & ~summary == 0 { result.append(Int(hitWords[index])) }
            index += 2
        }
    }

    /// Appends the whole-word hits of the node at `offset` whose needs `summary` has to `result`, in a
    /// frozen trie.
    func appendBareHits(at offset: Int, to result: inout [Int], having summary: UInt64) {
        let start = Int(cells[offset + 1])
        let counts = hitWords[start]
        var index = start + 1 + 2 * Int(counts & 0xFFFF_FFFF)
        let end = index + 2 * Int(counts >> 32)
        while index < end {
            if hitWords[index + 1] & ~summary == 0 { result.append(Int(hitWords[index])) }
            index += 2
        }
    }

    /// The child of `node` along `byte` while the trie is built.
    private func builtChild(of node: Int, byte: UInt8) -> Int? {
        let row = denseRow[node]
        if row >= 0 {
            let child = denseChildren[Int(row) + Int(byte)]
            return child == 0 ? nil : Int(child)
        }
        for (key, child) in children[node] where key == byte { return child }
        return nil
    }

    /// Lays the nodes out as runs of cells, breadth first, for walking; no ``insert(_:pattern:kind:)`` may
    /// follow.
    mutating func freeze() {
        let nodeCount = children.count
        // Breadth first: the root, then every node one byte deep, then two bytes deep, …
        var order = [0]
        order.reserveCapacity(nodeCount)
        var next = 0
        while next < order.count {
            for (_, child) in children[order[next]] { order.append(child) }
            next += 1
        }
        var offsets = [Int](repeating: 0, count: nodeCount)
        var size = 0
        for node in order {
            offsets[node] = size
            size += 2 + (denseRow[node] >= 0 ? 256 : children[node].count)
        }
        precondition(size < 1 << 24, "ByteTrie: too many nodes for 24-bit offsets")
        var cells = [UInt32](repeating: 0, count: size)
        var hitWords: [UInt64] = [0]
        for node in order {
            let offset = offsets[node]
            let dense = denseRow[node] >= 0
            cells[offset] = UInt32(flags[node]) | UInt32(children[node].count) << 8 | (dense ? Self.denseBit : 0)
            for (position, (key, child)) in children[node].enumerated() {
                if dense {
                    cells[offset + 2 + Int(key)] = UInt32(offsets[child])
                } else {
                    cells[offset + 2 + position] = UInt32(key) << 24 | UInt32(offsets[child])
                }
            }
            let prefix = prefixHits[node]
            let bare = bareHits[node]
            if prefix.isEmpty && bare.isEmpty { continue }
            precondition(hitWords.count < 1 << 32, "ByteTrie: too many hits for 32-bit offsets")
            cells[offset + 1] = UInt32(hitWords.count)
            hitWords.append(UInt64(prefix.count) | UInt64(bare.count) << 32)
            for hit in prefix + bare {
                hitWords.append(UInt64(hit.pattern))
                hitWords.append(hit.needs)
            }
        }
        self.cells = cells
        self.hitWords = hitWords
        children = []
        flags = []
        prefixHits = []
        bareHits = []
        denseRow = []
        denseChildren = []
    }

    /// Adds `pattern` at the node of `bytes`.
    /// - Parameter needs: the bits a text's summary must have for the hit to be reported.
    mutating func insert<Bytes: Sequence<UInt8>>(_ bytes: Bytes, pattern: Int, kind: Kind, needs: UInt64 = 0) {
        precondition(cells.isEmpty, "ByteTrie.insert after freeze()")
        var node = 0
        for byte in bytes {
            if let next = builtChild(of: node, byte: byte) {
                node = next
                continue
            }
            children.append([])
            flags.append(0)
            prefixHits.append([])
            bareHits.append([])
            denseRow.append(-1)
            let created = children.count - 1
            children[node].append((byte, created))
            if denseRow[node] >= 0 {
                denseChildren[Int(denseRow[node]) + Int(byte)] = Int32(created)
            } else if children[node].count > Self.denseThreshold {
                denseRow[node] = Int32(denseChildren.count)
                denseChildren += [Int32](repeating: 0, count: 256)
                for (key, child) in children[node] { denseChildren[Int(denseRow[node]) + Int(key)] = Int32(child) }
            }
            node = created
        }
        switch kind {
        case .prefix:
            prefixHits[node].append((pattern, needs))
            flags[node] |= UInt8(Self.prefixFlag)
        case .bare:
            bareHits[node].append((pattern, needs))
            flags[node] |= UInt8(Self.bareFlag)
        }
    }
}
