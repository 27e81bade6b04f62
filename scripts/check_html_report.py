#!/usr/bin/env python3
"""Checks the DOM headless Chromium built from a Parallax HTML report.

    check_html_report.py DOM_HTML REPORT_JSON [REPORT_HTML]

DOM_HTML is the output of `chromium --dump-dom`, REPORT_JSON the same run's JSON report, REPORT_HTML the
page as written. Prints one line per failed check and exits 1 when any fails, 0 otherwise.
"""
import gzip
import html.parser
import json
import os
import re
import sys

FORBIDDEN_ELEMENTS = {"script", "img", "iframe", "object", "embed", "link", "svg", "video", "audio", "form", "input"}


class DOM(html.parser.HTMLParser):
    """Collects elements, attributes and the visible text (without <style>, <title> and note numbers)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []  # (name, {attr: value})
        self.text = []
        self.skip = 0  # depth inside style, title or sup

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        if tag in ("style", "title", "sup"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("style", "title", "sup") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.text.append(data)


def fold(text):
    """White space folded to single spaces, so that text compares across line breaks."""
    return " ".join(text.split())


def input_lines(path):
    """Lines of a local plain-text input (gzip allowed), or [] when it is not one."""
    path = path.split("#", 1)[0]
    if not os.path.isfile(path) or not re.search(r"\.txt(\.gz)?$", path):
        return []
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", errors="replace") as handle:
        return [fold(line) for line in handle if line.strip()]


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as handle:
        dom_source = handle.read()
    with open(argv[2], encoding="utf-8") as handle:
        report = json.load(handle)
    failures = []

    dom = DOM()
    dom.feed(dom_source)
    text = fold("".join(dom.text))
    names = [name for name, _ in dom.elements]
    ids = {attrs.get("id") for _, attrs in dom.elements if attrs.get("id")}

    # Nothing active, nothing loaded.
    for name in sorted(FORBIDDEN_ELEMENTS.intersection(names)):
        failures.append(f"the DOM has a <{name}> element")
    for name, attrs in dom.elements:
        for attribute, value in attrs.items():
            if attribute.startswith("on"):
                failures.append(f"<{name}> has an event handler {attribute}=")
            if attribute in ("src", "srcset", "action", "formaction"):
                failures.append(f"<{name}> loads {attribute}={value}")
            if attribute == "href" and not (value or "").startswith("#"):
                failures.append(f"<{name}> links out of the page: {value}")
    if len(argv) > 3:
        with open(argv[3], encoding="utf-8") as handle:
            source = handle.read()
        # Article text may mention a URL; as escaped text it loads nothing, so only markup is checked here.
        for pattern in ("<script", "<link", "<img", "<iframe", "<object", "<embed"):
            if pattern in source.lower():
                failures.append(f"the page source contains {pattern}")
        style = re.search(r"<style>(.*?)</style>", source, re.S)
        if style and re.search(r"https?://|@import|url\(", style.group(1)):
            failures.append("the style sheet refers to something outside the page")
        if "name=\"viewport\"" not in source:
            failures.append("no viewport meta element")
        if "@media print" not in source:
            failures.append("no print style")

    # The sections.
    for story in report.get("stories", []):
        if story["id"] not in ids:
            failures.append(f"no section for story {story['id']}")
    if "articles" not in ids:
        failures.append("no Articles section")
    if report.get("outlets") and "outlets" not in ids:
        failures.append("no Outlets section")
    if report.get("groups") and "Claim matrix" not in text:
        failures.append("no claim matrix although the report has claim groups")
    if report.get("brief") and "Brief" not in text:
        failures.append("no brief although the report has one")

    # Article text arrives as text.
    checked = 0
    for article in report.get("articles", []):
        if article["id"] not in ids:
            failures.append(f"no element with id {article['id']}")
        if article.get("title") and fold(article["title"]) not in text:
            failures.append(f"{article['id']}: title not shown as text: {article['title'][:80]}")
        missing = [s for s in article.get("sentences", []) if fold(s["text"]) not in text]
        for sentence in missing[:3]:
            failures.append(f"{sentence['id']}: sentence not shown as text: {sentence['text'][:80]}")
        if len(missing) > 3:
            failures.append(f"{article['id']}: {len(missing) - 3} more sentences not shown")
        checked += len(article.get("sentences", []))
        lines = [line for line in input_lines(article["input"]) if len(line.split()) >= 8]
        body = fold(article.get("body", ""))
        kept = [line for line in lines if line in body]
        if lines and kept and not any(line in text for line in kept):
            failures.append(f"{article['id']}: no line of its input {article['input']} appears as text")
        if lines:
            shown = sum(1 for line in lines if line in text)
            print(f"  {article['id']}: {shown} of {len(lines)} input lines (8+ words) appear verbatim as text")

    for failure in failures:
        print(f"FAIL: {failure}")
    print(f"checked {len(report.get('articles', []))} articles, {checked} sentences, {len(dom.elements)} elements")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
