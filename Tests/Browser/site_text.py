"""What the truth of a search is: every notice of a built site and its text as data.json holds
it (title, names, entries, body), normalised as both the build and the search page do."""
import json
import os
import unicodedata

UNSEARCHED = {"kind", "published", "period", "notice_until", "revisions", "attachments", "draft", "sheet", "extra"}
# Fields naming another document by its file name, at any depth: not searched either.
REFERENCES = {"decision"}


def normal(s):
    return unicodedata.normalize("NFKC", s).lower()


def flatten(value, out):
    if isinstance(value, dict):
        for k, v in value.items():
            if k not in REFERENCES:
                flatten(v, out)
    elif isinstance(value, list):
        for v in value:
            flatten(v, out)
    elif value is not None:
        out.append(str(value))


def notices(site):
    """{notice folder: its text} for every notice of the built site."""
    docs = {}
    for folder, _, files in os.walk(site):
        if "data.json" in files:
            with open(os.path.join(folder, "data.json"), encoding="utf-8") as f:
                data = json.load(f)
            parts = []
            flatten({k: v for k, v in data.items() if k not in UNSEARCHED}, parts)
            docs[os.path.relpath(folder, site)] = normal(" ".join(parts))
    return docs


def matches(docs, query):
    """The notices holding every space-separated part of the query."""
    parts = [normal(p) for p in query.split()]
    return {k for k, text in docs.items() if all(p in text for p in parts)}
