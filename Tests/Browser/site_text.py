"""What the truth of a search is: every notice of a built site and its text as data.json holds
it (title, names, entries, body), normalised as both the build and the search page do."""
import json
import os
import re
import unicodedata

import yaml

# Chinese characters, and the CJK punctuation a Chinese wording brings with it.
HAN = re.compile(r"[\u3400-\u9fff\U00020000-\U0002ffff]")
CJK_PUNCTUATION = re.compile(r"[\u3000-\u303f\uff00-\uffef]")

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


def profiles_and_settings(root):
    """What the town wrote outside its notices: every village.yaml, and gongkai.yaml's names."""
    texts = []
    for village in os.listdir(os.path.join(root, "content")):
        path = os.path.join(root, "content", village, "village.yaml")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                flatten(yaml.safe_load(f), texts)
    with open(os.path.join(root, "gongkai.yaml"), encoding="utf-8") as f:
        config = yaml.safe_load(f)
    return texts + [config["title"], config["town"], config.get("county", "")]


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
