#!/usr/bin/env python3
"""Measures the editor (spec §11) on a large site: how long 检查 (every rule, the form in place of
the file) and 保存 (check, write, git commit) take on the real `gongkai serve --edit`, posting the
form the page serves, as a browser would.
Usage: editor_check.py GONGKAI SITE_ROOT [TRIALS]
The site is put in git first if it is not (the editor commits every save)."""
import os, re, statistics, sys, time, urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "Browser"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from form_fields import Form  # noqa: E402
from editor_server import Session, first_village, in_git, start  # noqa: E402

gongkai, root = sys.argv[1], os.path.abspath(sys.argv[2])
trials = int(sys.argv[3]) if len(sys.argv) > 3 else 40
in_git(root)

# A finance statement of the first village: the kind with the most rules.
content = os.path.join(root, "content")
village = first_village(root)
document = None
for folder, _, files in sorted(os.walk(os.path.join(content, village))):
    for name in sorted(files):
        path = os.path.join(folder, name)
        with open(path, encoding="utf-8") as f:
            if "kind: finance.statement" in f.read(200):
                document = os.path.relpath(path, root)
                break
    if document:
        break
documents = sum(len(files) for _, _, files in os.walk(content))

started = time.monotonic()
server, port = start(gongkai, root)
print(f"{documents} files; server up after {time.monotonic() - started:.1f} s; editing {document}")
session = Session(port)


def open_form():
    status, page, _ = session.request("GET", f"/__gongkai/edit/{village}/doc?path=" + urllib.parse.quote(document))
    assert status == 200, (status, page[:300])
    return Form(page).fields


def post(fields, action):
    seconds, status, page, _ = session.timed(
        "POST", f"/__gongkai/edit/{village}/doc", [f for f in fields if f[0] != "_action"] + [["_action", action]])
    return seconds, status, page


def percentiles(samples):
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * len(ordered))) - 1)]
    return f"p50 {statistics.median(ordered) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max {ordered[-1] * 1000:.0f} ms"


try:
    fields = open_form()
    first, status, page = post(fields, "check")
    assert status == 200 and "检查" in page, (status, page[:300])
    checks = []
    for _ in range(trials):
        seconds, status, page = post(fields, "check")
        assert status == 200, (status, page[:300])
        checks.append(seconds)
    saves = []
    for i in range(trials):
        fields = open_form()
        for field in fields:
            if field[0] == "title":
                field[1] = re.sub(r"（第\d+次更正）$", "", field[1]) + f"（第{i + 1}次更正）"
            if field[0] == "_revision":
                field[1] = f"第{i + 1}次更正标题"
        seconds, status, page = post(fields, "save")
        assert status == 303, (status, re.findall(r'<li class="error">.*?</li>|class="notice[^"]*">.*?</', page)[:5])
        saves.append(seconds)
    print(f"检查 (first, cold): {first * 1000:.0f} ms")
    print(f"检查 ×{trials}: {percentiles(checks)}")
    print(f"保存 ×{trials} (check, write, git commit): {percentiles(saves)}")
finally:
    server.terminate()
    server.wait(timeout=30)
