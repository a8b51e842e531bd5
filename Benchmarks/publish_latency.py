#!/usr/bin/env python3
"""Measures how long a notice takes from 发布 to the public site (spec §13): on the real
`gongkai serve --edit --public DIR`, a 村务公告 is written as a draft, then 确认发布 is posted, and
the clock runs until its page is in DIR — the file nginx serves — with its title.
Usage: publish_latency.py GONGKAI SITE_ROOT [PUBLISHES]
The site is put in git first if it is not (the editor commits every save)."""
import http.client, os, re, shutil, statistics, subprocess, sys, tempfile, time, urllib.parse, uuid

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "Browser"))
from form_fields import Form  # noqa: E402

gongkai, root = sys.argv[1], os.path.abspath(sys.argv[2])
publishes = int(sys.argv[3]) if len(sys.argv) > 3 else 20


def git(*args):
    subprocess.run(["git", "-C", root, "-c", "user.name=bench", "-c", "user.email=bench@example.invalid", *args],
                   check=True, capture_output=True)


if not os.path.isdir(os.path.join(root, ".git")):
    git("init", "-q")
    git("add", "-A")
    git("commit", "-qm", "county")
content = os.path.join(root, "content")
village = sorted(v for v in os.listdir(content) if os.path.isdir(os.path.join(content, v)))[0]
documents = sum(len(files) for _, _, files in os.walk(content))
public = tempfile.mkdtemp(prefix="gongkai-public-bench-")
shutil.rmtree(public)

server = subprocess.Popen([gongkai, "serve", root, "--port", "0", "--edit", "--public", public],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
port = None
started = time.monotonic()
while port is None:
    line = server.stdout.readline()
    if not line:
        sys.exit("the server stopped before serving")
    m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    if m:
        port = int(m.group(1))
print(f"{documents} files; first build and server up after {time.monotonic() - started:.1f} s")
cookie = ""


def request(method, target, fields=None):
    global cookie
    body, headers = None, {"Host": f"127.0.0.1:{port}", **({"Cookie": cookie} if cookie else {})}
    if fields is not None:
        boundary = uuid.uuid4().hex
        body = ("".join(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{n}\"\r\n\r\n{v}\r\n"
                        for n, v in fields) + f"--{boundary}--\r\n").encode()
        headers["Content-Type"] = "multipart/form-data; boundary=" + boundary
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    connection.request(method, target, body=body, headers=headers)
    response = connection.getresponse()
    page = response.read().decode("utf-8", "replace")
    if response.getheader("Set-Cookie"):
        cookie = response.getheader("Set-Cookie").split(";")[0]
    location = response.getheader("Location") or ""
    connection.close()
    return response.status, page, location


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
