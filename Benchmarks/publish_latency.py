#!/usr/bin/env python3
"""Measures how long a notice takes from 发布 to the public site (spec §13): on the real
`gongkai serve --edit --public DIR`, a 村务公告 is written as a draft, then 确认发布 is posted, and
the clock runs until its page is in DIR — the file nginx serves — with its title.
Usage: publish_latency.py GONGKAI SITE_ROOT [PUBLISHES]
The site is put in git first if it is not (the editor commits every save)."""
import os, re, shutil, statistics, sys, tempfile, time, urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "Browser"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from form_fields import Form  # noqa: E402
from editor_server import Session, first_village, in_git, start  # noqa: E402

gongkai, root = sys.argv[1], os.path.abspath(sys.argv[2])
publishes = int(sys.argv[3]) if len(sys.argv) > 3 else 20
in_git(root)
content = os.path.join(root, "content")
village = first_village(root)
documents = sum(len(files) for _, _, files in os.walk(content))
public = tempfile.mkdtemp(prefix="gongkai-public-bench-")
shutil.rmtree(public)

started = time.monotonic()
server, port = start(gongkai, root, "--public", public)
print(f"{documents} files; first build and server up after {time.monotonic() - started:.1f} s")
request = Session(port).request


try:
    seconds = []
    for i in range(publishes):
        title = f"关于第{i + 1}次村民小组会议的通知（测速）"
        status, page, _ = request("GET", f"/__gongkai/edit/{village}/new/affairs.notice")
        fields = [f for f in Form(page).fields if f[0] not in ("_action", "title", "body")]
        status, page, location = request("POST", f"/__gongkai/edit/{village}/doc", fields + [
            ["title", title], ["body", "请各组长通知到户。"], ["_action", "save"]])
        assert status == 303, (status, page[:300])
        path = urllib.parse.unquote(re.search(r"path=([^&]+)", location).group(1))
        status, page, _ = request("GET", location)
        csrf = re.search(r'name="_csrf" value="([0-9a-f]+)"', page).group(1)
        slug = os.path.splitext(os.path.basename(path))[0]
        target = os.path.join(public, village, "affairs", slug, "index.html")
        begin = time.monotonic()
        status, page, _ = request("POST", f"/__gongkai/edit/{village}/doc", [
            ["_csrf", csrf], ["_path", path], ["_action", "publish-confirmed"]])
        assert status == 303, (status, page[:300])
        while True:
            try:
                with open(target, encoding="utf-8") as f:
                    if title in f.read():
                        break
            except FileNotFoundError:
                pass
            if time.monotonic() - begin > 120:
                sys.exit(f"{target} never appeared")
            time.sleep(0.01)
        seconds.append(time.monotonic() - begin)
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * len(ordered))) - 1)]
    print(f"发布 → public page, {publishes} publishes: p50 {statistics.median(ordered):.2f} s, "
          f"p95 {p95:.2f} s, max {ordered[-1]:.2f} s")
finally:
    server.terminate()
    server.wait(timeout=30)
    shutil.rmtree(public, ignore_errors=True)
