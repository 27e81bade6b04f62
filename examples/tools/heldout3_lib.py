"""Small helpers for the heldout3 generators (the shared ones are in dev3_lib.py).

Written by the twelfth writer of the example corpus. Everything in heldout3 is invented.
"""

from dev3_lib import content_blocks


def group(gid, story, status, why):
    """A group record of the gold."""
    return {"id": gid, "story": story, "status": status, "why": why}


def jsonl_text(article):
    """The `text` field of a JSON Lines item: the body after the headline plus the item's furniture."""
    blocks = "\n\n".join(" ".join(s["text"] for s in b["sentences"]) for b in content_blocks(article))
    post = article.get("post") or []
    return blocks + ("\n\n" + "\n".join(post) if post else "")
