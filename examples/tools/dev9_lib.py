"""Small helpers for the dev9 generators (the shared ones are in dev3_lib.py)."""

from dev3_lib import content_blocks


def text_without_headline(article):
    """The `text` field of a JSON Lines item: the body after the headline plus the item's furniture."""
    blocks = "\n\n".join(" ".join(s["text"] for s in b["sentences"]) for b in content_blocks(article))
    post = article.get("post") or []
    return blocks + ("\n\n" + "\n".join(post) if post else "")


def group(gid, story, status, why):
    return {"id": gid, "story": story, "status": status, "why": why}
