#!/usr/bin/env python3
"""Measures the editor (spec §11) on a large site: how long 检查 (every rule, the form in place of
the file) and 保存 (check, write, git commit) take on the real `gongkai serve --edit`, posting the
form the page serves, as a browser would.
Usage: editor_check.py GONGKAI SITE_ROOT [TRIALS]
The site is put in git first if it is not (the editor commits every save)."""
import http.client, os, re, statistics, subprocess, sys, time, urllib.parse, uuid

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "Browser"))
from form_fields import Form  # noqa: E402

gongkai, root = sys.argv[1], os.path.abspath(sys.argv[2])
trials = int(sys.argv[3]) if len(sys.argv) > 3 else 40


def git(*args):
    subprocess.run(["git", "-C", root, "-c", "user.name=bench", "-c", "user.email=bench@example.invalid", *args],
                   check=True, capture_output=True)


if not os.path.isdir(os.path.join(root, ".git")):
    git("init", "-q")
    git("add", "-A")
    git("commit", "-qm", "county")

# A finance statement of the first village: the kind with the most rules.
content = os.path.join(root, "content")
village = sorted(v for v in os.listdir(content) if os.path.isdir(os.path.join(content, v)))[0]
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

server = subprocess.Popen([gongkai, "serve", root, "--port", "0", "--edit"],
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
print(f"{documents} files; server up after {time.monotonic() - started:.1f} s; editing {document}")


cookie = ""


def request(method, target, body=None, headers=None):
    global cookie
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    all_headers = {"Host": f"127.0.0.1:{port}", **({"Cookie": cookie} if cookie else {}), **(headers or {})}
    connection.request(method, target, body=body, headers=all_headers)
    response = connection.getresponse()
    data = response.read()
    set_cookie = response.getheader("Set-Cookie")
    if set_cookie:
        cookie = set_cookie.split(";")[0]
    connection.close()
    return response.status, data.decode("utf-8", "replace")


def open_form():
    status, page = request("GET", f"/__gongkai/edit/{village}/doc?path=" + urllib.parse.quote(document))
    assert status == 200, (status, page[:300])
    return Form(page).fields


def post(fields, action):
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in [f for f in fields if f[0] != "_action"] + [["_action", action]]:
        parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
    body = ("".join(parts) + f"--{boundary}--\r\n").encode()
    start = time.monotonic()
    status, page = request("POST", f"/__gongkai/edit/{village}/doc", body,
                           {"Content-Type": "multipart/form-data; boundary=" + boundary})
    return time.monotonic() - start, status, page


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
