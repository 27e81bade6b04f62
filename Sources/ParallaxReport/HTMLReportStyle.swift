/// The style sheet of the HTML report: inline, no web fonts, readable on a phone, printable.
enum HTMLReportStyle {
    static let css = """
        :root { --ink: #1d232a; --muted: #5b6570; --line: #d8dde3; --agreed: #1f7a3a; --compatible: #2d6cb5;
          --conflicting: #b3261e; --disputed: #a15c00; --single: #5b6570; --mark: #fff1a8; --opinion: #f3e8ff; }
        * { box-sizing: border-box; }
        body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
          margin: 0 auto; padding: 1rem; max-width: 72rem; overflow-wrap: break-word; }
        h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; margin-top: 2.5rem; }
        h3 { font-size: 1.1rem; margin-top: 1.5rem; }
        .meta, .why { color: var(--muted); font-size: .9rem; }
        .scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        th, td { border: 1px solid var(--line); padding: .35rem .5rem; vertical-align: top; text-align: left; }
        th { background: #f4f6f8; }
        .status { font-weight: 600; white-space: nowrap; }
        table.story-articles td:last-child { overflow-wrap: anywhere; }
        table.matrix td { min-width: 10rem; } table.matrix td:nth-child(2) { min-width: 7rem; }
        table.matrix td:first-child, table.matrix th:first-child { position: sticky; left: 0; z-index: 1; min-width: 0; }
        table.matrix td:first-child { background: #fff; } table.matrix th:first-child { background: #f4f6f8; }
        .agreed { color: var(--agreed); } .compatible { color: var(--compatible); } .conflicting { color: var(--conflicting); }
        .disputed { color: var(--disputed); } .single-source { color: var(--single); }
        tr.row-conflicting td:first-child { border-left: 4px solid var(--conflicting); }
        tr.row-disputed td:first-child { border-left: 4px solid var(--disputed); }
        tr.row-agreed td:first-child { border-left: 4px solid var(--agreed); }
        tr.row-compatible td:first-child { border-left: 4px solid var(--compatible); }
        .brief li { margin-bottom: .4rem; } .cite { font-size: .8rem; color: var(--muted); white-space: nowrap; }
        mark.loaded { background: var(--mark); border-bottom: 2px dotted var(--disputed); }
        mark.reported { background: #e8eef5; }
        span.opinion { background: var(--opinion); }
        span.quote { font-style: italic; }
        .article-body p { margin: .5rem 0; } .article-body h4 { margin: 1rem 0 .3rem; }
        sup { font-size: .7rem; color: var(--muted); }
        .notes { font-size: .85rem; color: var(--muted); }
        @media (max-width: 40rem) { body { padding: .6rem; font-size: 15px; } th, td { padding: .25rem .35rem; } }
        @media print { body { max-width: none; font-size: 11pt; padding: 0; } .scroll { overflow: visible; }
          table { font-size: 9pt; } tr, li { break-inside: avoid; } h2, h3 { break-after: avoid; }
          section + section, #outlets, #articles { break-before: page; } table.matrix td:first-child { position: static; }
          table.matrix td, table.matrix td:nth-child(2) { min-width: 0; }
          mark, span.opinion, tr td:first-child { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          a { color: inherit; text-decoration: none; } }
        """
}
