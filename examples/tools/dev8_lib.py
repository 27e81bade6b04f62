"""Small helpers for the dev8 generators (the shared ones are in dev3_lib.py)."""

from dev3_lib import content_blocks


def text_without_headline(article):
    """The `text` field of a JSON Lines item: the body after the headline plus the item's furniture."""
    blocks = "\n\n".join(" ".join(s["text"] for s in b["sentences"]) for b in content_blocks(article))
    post = article.get("post") or []
    return blocks + ("\n\n" + "\n".join(post) if post else "")


def group(gid, story, status, why):
    return {"id": gid, "story": story, "status": status, "why": why}


def wbc_site(date_label, related):
    """The page template of WBC News (used by two stories: same outlet, same template)."""
    return {
        "nav": ["Home", "Caldria", "World", "Business", "Sport", "Weather"],
        "cookie": "We use cookies to give you the best experience on WBC News. Manage your preferences in Cookie Settings.",
        "cookie_ok": "Accept all cookies",
        "by": "By",
        "date_label": date_label,
        "share": "Share this story: Facebook · X · WhatsApp · Email",
        "ad": "Advertisement – Stream every match of the Caldrian Cup live on WBC Play",
        "related_title": "Read more",
        "related": related,
        "footer": "© 2027 WBC – Westhaven Broadcasting Corporation. Terms · Privacy · Contact us",
        "after": '<div class="newsletter">Get the WBC Morning Briefing in your inbox every weekday. <a href="/newsletters">Sign up</a></div>',
    }
