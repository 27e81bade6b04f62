"""Small helpers for the heldout4 generators (the shared ones are in dev3_lib.py, imported, not copied).

Written by a thirteenth writer; every story, outlet, person and figure is invented.
"""

from dev3_lib import content_blocks


def text_without_headline(article):
    """The `text` field of a JSON Lines item: the body after the headline plus the item's furniture."""
    blocks = "\n\n".join(" ".join(s["text"] for s in b["sentences"]) for b in content_blocks(article))
    post = article.get("post") or []
    return blocks + ("\n\n" + "\n".join(post) if post else "")


def G(gid, story, status, why):
    """A group record."""
    return {"id": gid, "story": story, "status": status, "why": why}


def single_source_groups(story, explicit, articles):
    """Group records for every group id the articles use that `explicit` does not define: figures and
    statements that only one article gives (single-source), each with a why naming the article."""
    known = {g["id"] for g in explicit}
    out = []
    for a in articles:
        for b in a["blocks"]:
            for s in b["sentences"]:
                for c in s["claims"]:
                    if c["group"] in known:
                        continue
                    known.add(c["group"])
                    what = "figure" if c["kind"] == "quantity" else "statement"
                    out.append(G(c["group"], story, "single-source",
                                 f"Only {a['publisher'] or a['input']} gives this {what} (\u201e{c['text']}\u201c)."))
    return explicit + out
