#!/usr/bin/env python3
"""The editor with accounts (spec §12) over HTTP, on the real `gongkai serve --edit --accounts`
over a copy of the demo town in git: every route × every role × own and other village, session
fixation, CSRF, guessed paths, upload names, and the lockout.
Usage: accounts_test.py PATH/TO/gongkai"""

import http.client
import os
import re
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import urllib.parse
import uuid
from datetime import datetime, timedelta, timezone

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from form_fields import Form  # noqa: E402
from demo_site import copy_demo_config  # noqa: E402

BINARY = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/gongkai")
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
USERS = {  # name: (role, villages, display name, password)
    "xuzhiqiang": ("文书", ["xuji"], "许志强", "wenshu-pass-1"),
    "zhaoyufen": ("监委", ["xuji"], "赵玉芬", "jianwei-pass-1"),
    "zhen": ("镇", [], "镇经管站", "town-pass-123"),
    "lockme": ("文书", ["liuzhuang"], "刘翠平", "lock-pass-12"),
}


JULY = "content/xuji/finance/2026-07.yaml"


def git(root, *args):
    return subprocess.run(["git", "-c", "core.quotePath=false", *args], cwd=root, check=True, capture_output=True,
                          text=True).stdout


class Server:
    def __init__(self, extra=(), prepare=None):
        self.root = tempfile.mkdtemp(prefix="gongkai-accounts-")
        self.site = os.path.join(self.root, "site")
        os.makedirs(self.site)
        shutil.copytree(os.path.join(REPO, "content"), os.path.join(self.site, "content"))
        copy_demo_config(self.site)
        # July's statement, written and saved as a draft, not yet signed off.
        with open(os.path.join(self.site, JULY), "w", encoding="utf-8") as f:
            f.write("kind: finance.statement\ntitle: 许集村2026年7月财务收支公开\npublished: 2026-08-08\n"
                    "period: 2026-07\ndraft: true\nopening_balance: \"150,000.00\"\n"
                    "income:\n- {date: 2026-07-15, voucher: 记-202607-001, item: 集体厂房租金, amount: \"2,300.00\"}\n"
                    "expense: []\nclosing_balance: \"152,300.00\"\n")
        if prepare:
            prepare(self.site)
        git(self.site, "init", "-q")
        git(self.site, "add", "-A")
        git(self.site, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", "demo")
        self.accounts = os.path.join(self.root, "data", "accounts.sqlite")
        for name, (role, villages, display, password) in USERS.items():
            args = [BINARY, "user", "add", name, "--role", role, "--name", display, "--accounts", self.accounts,
                    "--password-stdin"] + [a for v in villages for a in ("--village", v)]
            subprocess.run(args, input=password + "\n", text=True, check=True, capture_output=True)
        self.process = subprocess.Popen(
            [BINARY, "serve", self.site, "--edit", "--listen", "127.0.0.1:0", "--accounts", self.accounts, *extra], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.port = None
        deadline = time.monotonic() + 120
        while self.port is None and time.monotonic() < deadline:
            m = re.search(r"http://127\.0\.0\.1:(\d+)/", self.process.stdout.readline())
            if m:
                self.port = int(m.group(1))
        assert self.port, "the server did not start"
        # The server logs every rebuild: read on, or a full pipe would stop it mid-test.
        self.log = []
        threading.Thread(target=lambda: self.log.extend(self.process.stdout), daemon=True).start()

    def stop(self):
        self.process.send_signal(2)
        self.process.wait(timeout=30)
        shutil.rmtree(self.root, ignore_errors=True)


class Client:
    """One browser: a cookie, and the CSRF token of the last page read."""

    def __init__(self, port, tls=False, source="127.0.0.1"):
        self.port, self.cookie, self.csrf, self.tls, self.source = port, None, None, tls, source

    def request(self, method, target, fields=None, files=None, headers=None):
        body, all_headers = None, {"Host": f"127.0.0.1:{self.port}", **(headers or {})}
        if self.cookie:
            all_headers["Cookie"] = "gongkai_session=" + self.cookie
        if fields is not None or files is not None:
            boundary = uuid.uuid4().hex
            parts = b""
            for name, value in (fields or []):
                parts += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").encode()
            for name, filename, data in (files or []):
                parts += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{filename}\"\r\n"
                          f"Content-Type: application/octet-stream\r\n\r\n").encode() + data + b"\r\n"
            body = parts + f"--{boundary}--\r\n".encode()
            all_headers["Content-Type"] = "multipart/form-data; boundary=" + boundary
        if self.tls:
            connection = http.client.HTTPSConnection(
                "127.0.0.1", self.port, timeout=60, context=ssl._create_unverified_context())
        else:
            connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60,
                                                    source_address=(self.source, 0))
        connection.request(method, target, body=body, headers=all_headers)
        response = connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        for header, value in response.getheaders():
            if header.lower() == "set-cookie" and value.startswith("gongkai_session="):
                self.cookie = value.split(";")[0].split("=", 1)[1] or None
                self.last_cookie_header = value
        m = re.search(r'name="_csrf" value="([0-9a-f]+)"', text)
        if m:
            self.csrf = m.group(1)
        connection.close()
        return response.status, text, dict((k.lower(), v) for k, v in response.getheaders())

    def sign_in(self, name, password=None):
        self.request("GET", "/__gongkai/login")
        status, text, headers = self.request(
            "POST", "/__gongkai/login",
            [("_csrf", self.csrf), ("user", name), ("password", password or USERS[name][3])])
        if status == 303:
            self.request("GET", "/__gongkai/home")
        return status, text


def doc(village, path):
    return f"/__gongkai/edit/{village}/doc?path=" + urllib.parse.quote(path)


class AccountTests(unittest.TestCase):
    def new_client(self):
        return Client(self.server.port)

    @classmethod
    def setUpClass(cls):
        cls.server = Server()

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()

    def client(self, name=None):
        c = self.new_client()
        if name:
            status, _ = c.sign_in(name)
            self.assertEqual(status, 303, f"{name} signs in")
        return c

    def test_every_route_for_every_role(self):
        own, other = "xuji", "liuzhuang"
        get_routes = {
            "/": (200, 200, 200, 303),
            "/__gongkai/home": (200, 200, 200, 303),
            f"/{own}/": (200, 200, 200, 303),
            f"/{other}/": (403, 403, 200, 303),
            f"/{own}/files/files/2026-09-06-代表会议记录.pdf": (200, 200, 200, 303),
            f"/{other}/finance/": (403, 403, 200, 303),
            f"/__gongkai/edit/{own}": (200, 200, 200, 303),
            f"/__gongkai/edit/{other}": (403, 403, 200, 303),
            f"/__gongkai/edit/{own}/new/finance.statement": (200, 403, 200, 303),
            f"/__gongkai/edit/{other}/new/finance.statement": (403, 403, 200, 303),
            doc(own, f"content/{own}/finance/2026-10.yaml"): (200, 200, 200, 303),
            doc(other, f"content/{other}/village.yaml"): (403, 403, 200, 303),
            doc(own, f"content/{other}/village.yaml"): (404, 404, 404, 303),
            doc(own, f"content/{own}/../{other}/village.yaml"): (404, 404, 404, 303),
            doc(own, "gongkai.yaml"): (404, 404, 404, 303),
            f"/__gongkai/edit/{own}/delete?path=content/{own}/affairs/2026-solar-decision.md": (200, 403, 200, 303),
            f"/__gongkai/edit/{other}/delete?path=content/{other}/village.yaml": (403, 403, 200, 303),
            # A draft is not on the site, even the preview (the town may open it in the editor).
            "/houmiao/affairs/2026-draft-road/": (403, 403, 404, 303),
            "/__gongkai/editor.css": (200, 200, 200, 200),
            # Accounts and the audit trail are the town's.
            "/__gongkai/accounts": (403, 403, 200, 303),
            "/__gongkai/audit": (403, 403, 200, 303),
            "/__gongkai/audit?user=xuzhiqiang": (403, 403, 200, 303),
            # Dot segments could name another village than the one checked: refused outright.
            f"/./{other}/": (400, 400, 400, 400),
            f"/%2e/{other}/": (400, 400, 400, 400),
            f"/{own}/../{other}/": (400, 400, 400, 400),
            f"/{own}/%2e%2e/{other}/": (400, 400, 400, 400),
            f"/./__gongkai/edit/{other}": (400, 400, 400, 400),
        }
        clients = [self.client("xuzhiqiang"), self.client("zhaoyufen"), self.client("zhen"), self.client()]
        answers, unguarded = {}, []
        for route, expected in get_routes.items():
            responses = [c.request("GET", urllib.parse.quote(route, safe="/?=&%")) for c in clients]
            answers[route] = tuple(r[0] for r in responses)
            # Every answer, whatever made it, carries what a scanner looks for (spec §13).
            for status, _, headers in responses:
                for header in ("content-security-policy", "x-frame-options", "x-content-type-options",
                               "referrer-policy"):
                    if header not in headers:
                        unguarded.append((route, status, header))
        self.maxDiff = None
        self.assertEqual(answers, get_routes)
        self.assertEqual(unguarded, [])
        # And what each page offers is what the role may do: a supervisor is offered no 新建.
        supervisor_index = clients[1].request("GET", f"/__gongkai/edit/{own}")[1]
        self.assertNotIn("/new/", supervisor_index)
        self.assertNotIn("新建", supervisor_index)
        self.assertIn("/new/finance.statement", clients[0].request("GET", f"/__gongkai/edit/{own}")[1])
        self.assertIn("本村文档", clients[1].request("GET", f"/{own}/")[1])
        self.assertNotIn("新建 / 编辑本村文档", clients[1].request("GET", f"/{own}/")[1])

    def test_hostile_sign_in_and_publish(self):
        # The page asked for before signing in is a local path: never another host.
        for asked, lands in [("/__gongkai/edit/xuji", "/__gongkai/edit/xuji"), ("//evil.example/x", "/__gongkai/home"),
                             ("/\\evil.example", "/__gongkai/home"), ("https://evil.example/", "/__gongkai/home"),
                             ("/__gongkai/login", "/__gongkai/home")]:
            c = self.new_client()
            c.request("GET", "/__gongkai/login?next=" + urllib.parse.quote(asked, safe=""))
            status, _, headers = c.request(
                "POST", "/__gongkai/login",
                [("_csrf", c.csrf), ("user", "zhen"), ("password", USERS["zhen"][3]), ("next", asked)])
            self.assertEqual((status, headers.get("location")), (303, lands), asked)
        # 确认发布 without the form's token, by a supervisor, or of another village's file: refused, nothing changes.
        before = int(git(self.server.site, "rev-list", "--count", "HEAD"))
        supervisor, secretary = self.client("zhaoyufen"), self.client("xuzhiqiang")
        publish = [("_path", JULY), ("_action", "publish-confirmed")]
        self.assertEqual(supervisor.request("POST", "/__gongkai/edit/xuji/doc", publish)[0], 403, "no token")
        status, page, _ = supervisor.request(
            "POST", "/__gongkai/edit/xuji/doc", [("_csrf", supervisor.csrf)] + publish)
        self.assertEqual(status, 403, "a supervisor does not publish")
        self.assertIn("<h1>", page)
        status, _, _ = secretary.request(
            "POST", "/__gongkai/edit/xuji/doc",
            [("_csrf", secretary.csrf), ("_path", "content/liuzhuang/finance/2026-10.yaml"),
             ("_action", "publish-confirmed")])
        self.assertEqual(status, 403, "another village's file")
        status, _, _ = secretary.request(
            "POST", "/__gongkai/edit/xuji/doc", [("_csrf", secretary.csrf), ("_path", JULY), ("_action", "\x00junk")])
        self.assertIn(status, (200, 422), "junk in _action is a check, never a write")
        self.assertEqual(int(git(self.server.site, "rev-list", "--count", "HEAD")), before, "nothing committed")
        with open(os.path.join(self.server.site, JULY), encoding="utf-8") as f:
            self.assertIn("draft: true", f.read())

    def test_posts_by_role(self):
        secretary, supervisor, town, nobody = (self.client("xuzhiqiang"), self.client("zhaoyufen"),
                                               self.client("zhen"), self.client())
        path = "content/xuji/finance/2026-10.yaml"

        def post(client, village, action, target_path=path, extra=(), files=None):
            status, text, _ = client.request("GET", doc(village, target_path))
            fields = re.findall(r'<input type="hidden" name="(_[a-z]+)" value="([^"]*)"', text)
            return client.request("POST", f"/__gongkai/edit/{village}/doc",
                                  fields + [("_action", action), *extra], files)[0]

        before = int(git(self.server.site, "rev-list", "--count", "HEAD"))
        status, _, headers = supervisor.request("POST", "/__gongkai/edit/xuji/delete", [("_path", path)])
        self.assertEqual(status, 403)
        for header in ("content-security-policy", "x-frame-options", "x-content-type-options", "referrer-policy"):
            self.assertIn(header, headers, f"a refused post carries {header}")
        self.assertEqual(post(supervisor, "xuji", "check"), 200, "a supervisor may check")
        self.assertEqual(post(supervisor, "xuji", "draft"), 403, "but not save")
        self.assertEqual(post(supervisor, "xuji", "check", files=[("_upload", "a.pdf", b"%PDF-1.4\n")]), 403)
        self.assertEqual(post(secretary, "liuzhuang", "draft", f"content/liuzhuang/village.yaml"), 403)
        self.assertEqual(post(secretary, "xuji", "save", "content/xuji/village.yaml"), 403, "村情 is the town's")
        self.assertEqual(nobody.request("POST", "/__gongkai/edit/xuji/doc", [("_action", "save")])[0], 403)
        self.assertEqual(int(git(self.server.site, "rev-list", "--count", "HEAD")), before, "nothing committed")

        # A secretary cannot type the sign-off: the file's `reviewed` stands.
        status, text, _ = secretary.request("GET", doc("xuji", path))
        fields = [f for f in Form(text).fields if not f[0].startswith("reviewed") and f[0] != "_action"]
        for f in fields:
            if f[0] == "title":
                f[1] = "许集村2026年10月财务收支公开（更正）"
            if f[0] == "_revision":
                f[1] = "标题更正"
        fields += [["reviewed.date", "2026-11-21"], ["reviewed.by", "伪造的名字"], ["_action", "draft"]]
        status, page, _ = secretary.request("POST", "/__gongkai/edit/xuji/doc", fields)
        self.assertEqual(status, 303, re.findall(r'class="notice[^"]*"[^>]*>(.*?)</div>', page))
        with open(os.path.join(self.server.site, path), encoding="utf-8") as f:
            text = f.read()
        self.assertIn("reviewed: {date: 2026-11-04, by: [许长林, 赵玉芬]}", text)
        self.assertNotIn("伪造", text)
        log = git(self.server.site, "log", "-1", "--format=%an <%ae>|%s")
        self.assertEqual(log.strip(), "许志强 <xuzhiqiang@gongkai.invalid>|更新：许集村2026年10月财务收支公开", "the form's message")

    def test_review_path_by_three_people(self):
        secretary, supervisor, town = self.client("xuzhiqiang"), self.client("zhaoyufen"), self.client("zhen")
        site = self.server.site

        def step(client, action, expected=303, extra=()):
            status, text, _ = client.request("GET", doc("xuji", JULY))
            fields = [f for f in Form(text).fields if f[0] != "_action"] + [["_action", action], *extra]
            status, page, _ = client.request("POST", "/__gongkai/edit/xuji/doc", fields)
            self.assertEqual(status, expected, (action, re.findall(r"<li class=\"error\">(.*?)</li>|class=\"notice[^\"]*\"[^>]*>(.*?)</div>", page)))
            return text

        def read():
            with open(os.path.join(site, JULY), encoding="utf-8") as f:
                return f.read()

        before = int(git(site, "rev-list", "--count", "HEAD"))
        page = step(secretary, "submit")
        self.assertIn("提交审核", page)
        self.assertNotIn('value="approve"', page, "a secretary cannot sign off")
        self.assertNotIn('name="reviewed.date"', page, "nor type the sign-off: it is shown, not edited")
        self.assertIn("尚未审核", page)
        self.assertNotIn('value="publish"', page, "nor publish a finance notice before it")
        locked = step(secretary, "save", 409)
        self.assertEqual(locked is not None, True, "locked while with the supervisors")
        step(secretary, "approve", 403)
        supervisor_page = supervisor.request("GET", doc("xuji", JULY))[1]
        self.assertIn("待村务监督委员会审核（许志强 已提交）", supervisor_page)
        self.assertNotIn('value="save"', supervisor_page, "a supervisor sees a read-only sheet")
        self.assertNotIn('name="opening_balance"', supervisor_page, "no value she could change")
        self.assertNotIn("新增一行", supervisor_page)
        self.assertNotIn('name="_upload"', supervisor_page)
        self.assertIn("许集村2026年7月财务收支公开", supervisor.request("GET", "/__gongkai/home")[1])
        status, returned, _ = supervisor.request(
            "POST", "/__gongkai/edit/xuji/doc",
            [f for f in Form(supervisor_page).fields if f[0] != "_action"] + [["_action", "return"]])
        self.assertEqual(status, 422, "no reason given")
        self.assertIn("退回时请在“退回原因”中写明", returned, "said on the page, beside the reason field")
        self.assertIn('id="f-_reason"', returned)
        self.assertIn("<h1>", returned, "a whole page, not a bare status line")
        step(supervisor, "return", extra=[["_reason", "收入缺少合同附件"]])
        self.assertIn("收入缺少合同附件", secretary.request("GET", "/__gongkai/home")[1])
        step(secretary, "submit")
        step(supervisor, "approve")
        today = datetime.now(timezone(timedelta(hours=8))).date().isoformat()  # the server's today, Beijing
        self.assertIn(f"reviewed: {{date: {today}, by: [赵玉芬]}}", read())
        self.assertIn("draft: true", read())
        confirm = step(town, "publish", 200)
        status, text, _ = town.request("GET", doc("xuji", JULY))
        status, text, _ = town.request("POST", "/__gongkai/edit/xuji/doc", [
            ["_csrf", town.csrf], ["_path", JULY], ["_action", "publish-confirmed"]])
        self.assertEqual(status, 303)
        self.assertNotIn("draft", read())
        self.assertIn(f"published: {today}", read(), "published the day it goes up, after the sign-off")
        log = git(site, "log", f"-{int(git(site, 'rev-list', '--count', 'HEAD')) - before}", "--format=%an|%s")
        self.assertEqual(log.strip().split("\n"), [
            "镇经管站|发布：许集村2026年7月财务收支公开",
            "赵玉芬|审核通过：许集村2026年7月财务收支公开（赵玉芬）",
            "许志强|提交审核：许集村2026年7月财务收支公开",
            "赵玉芬|退回：许集村2026年7月财务收支公开：收入缺少合同附件",
            "许志强|提交审核：许集村2026年7月财务收支公开",
        ])
        deadline, text = time.monotonic() + 60, ""
        while time.monotonic() < deadline:
            status, text, _ = town.request("GET", "/xuji/finance/2026-07/")
            if status == 200 and "赵玉芬" in text and "发布：" in text:
                break
            time.sleep(0.5)
        self.assertIn("赵玉芬", text, "the published page names the supervisor who signed off")
        # Its 修订记录 lists every step with who took it, oldest first, those that changed no byte too.
        day = datetime.fromisoformat(today)
        day = f"{day.year}年{day.month}月{day.day}日"
        history = re.sub(r"<[^>]+>", "", text.split("<h2>修订记录</h2>", 1)[1].split("</ol>", 1)[0])
        steps = re.findall(r"^(\S+) (\S+) · (\S+) · ", history, re.M)
        self.assertEqual(steps[-5:], [
            ("提交审核", day, "许志强"), ("退回", day, "赵玉芬"), ("提交审核", day, "许志强"),
            ("审核通过", day, "赵玉芬"), ("发布", day, "镇经管站"),
        ], history)

    def test_the_town_manages_accounts(self):
        town, secretary = self.client("zhen"), self.client("xuzhiqiang")
        tag = uuid.uuid4().hex[:6]
        name = f"new-{tag}"

        def post(client, *fields):
            client.request("GET", "/__gongkai/accounts")
            return client.request("POST", "/__gongkai/accounts", [("_csrf", client.csrf or ""), *fields])

        add = [("_action", "add"), ("name", name), ("display", "王小梅"), ("email", f"{name}@xuji.example"),
               ("role", "secretary"), ("village", "xuji"), ("password", "first-pass-1")]
        secretary.request("GET", "/__gongkai/home")
        self.assertEqual(secretary.request("POST", "/__gongkai/accounts", [("_csrf", secretary.csrf), *add])[0], 403)
        self.assertEqual(town.request("POST", "/__gongkai/accounts", [("_csrf", "0" * 64), *add])[0], 403, "CSRF")
        self.assertIsNone(self.client_signed_in(name, "first-pass-1"), "nothing was added by either")

        # Every problem of a bad form at once, the values kept (never the password).
        status, text, _ = post(town, ("_action", "add"), ("name", "王 小梅"), ("display", "孙某"),
                               ("email", "nobody"), ("role", "supervisor"), ("village", "xuji"),
                               ("village", "nowhere"), ("password", "short"))
        self.assertEqual(status, 422)
        problems = re.findall(r"<li>(.*?)</li>", text.split('role="alert"', 1)[1].split("</div>", 1)[0])
        self.assertEqual(len(problems), 5, problems)
        for words in ["用户名 王 小梅 只能用字母", "监委账户只属于一个村", "没有村文件夹 content/nowhere", "邮箱 nobody 不对",
                      "初始密码至少 8 个字符"]:
            self.assertTrue(any(words in p for p in problems), (words, problems))
        self.assertIn('value="孙某"', text)
        self.assertNotIn("short", text.split("<h2>新增账户</h2>", 1)[1])
        status, text, _ = post(town, ("_action", "add"), ("name", f"sup-{tag}"), ("display", "孙某"),
                               ("email", f"sup-{tag}@xuji.example"), ("role", "supervisor"), ("village", "xuji"),
                               ("password", "supervisor-1"))
        self.assertEqual(status, 422)
        self.assertIn("监委的姓名“孙某”不在许集村（content/xuji/village.yaml）的村务监督委员会名单中（许长林、赵玉芬", text)

        status, _, headers = post(town, *add)
        self.assertEqual(status, 303)
        self.assertIn(f"已新建账户 {name}", town.request("GET", headers["location"])[1])
        new = self.client_signed_in(name, "first-pass-1")
        self.assertIsNotNone(new, "the new secretary signs in")
        self.assertEqual(new.request("GET", "/__gongkai/edit/xuji")[0], 200)
        self.assertEqual(new.request("GET", "/__gongkai/edit/liuzhuang")[0], 403)
        self.assertEqual(post(town, *add)[0], 422, "a name is taken once")

        # A new password ends the user's sessions; the old one no longer works.
        self.assertEqual(post(town, ("_action", "password"), ("name", name), ("password", "second-pass-2"))[0], 303)
        self.assertEqual(new.request("GET", "/__gongkai/home")[0], 303, "signed out by the new password")
        self.assertIsNone(self.client_signed_in(name, "first-pass-1"))
        # Locked by five wrong passwords, unlocked by the town before the 15 minutes are up.
        for attempt in range(5):
            self.new_client().sign_in(name, f"wrong-{attempt}")
        self.assertIsNone(self.client_signed_in(name, "second-pass-2"), "locked")
        self.assertIn("已锁定到", town.request("GET", "/__gongkai/accounts")[1])
        self.assertEqual(post(town, ("_action", "unlock"), ("name", name))[0], 303)
        self.assertIsNotNone(self.client_signed_in(name, "second-pass-2"), "unlocked")

        # Removal needs its box ticked; one's own account cannot be removed.
        self.assertEqual(post(town, ("_action", "remove"), ("name", name))[0], 422)
        self.assertEqual(post(town, ("_action", "remove"), ("name", "zhen"), ("confirm", "zhen"))[0], 422)
        self.assertEqual(post(town, ("_action", "remove"), ("name", name), ("confirm", name))[0], 303)
        self.assertIsNone(self.client_signed_in(name, "second-pass-2"), "removed")
        self.assertNotIn(f"<th scope=\"row\">{name}</th>", town.request("GET", "/__gongkai/accounts")[1])

        # The audit trail says who did each, newest first.
        status, text, _ = town.request("GET", "/__gongkai/audit?user=zhen")
        rows = re.findall(r"<tr><td><time[^>]*>[^<]*</time></td><td>(.*?)</td><td>(.*?)</td><td>.*?</td><td>.*?</td>"
                          r"<td>(.*?)</td></tr>", text)
        mine = [row for row in rows if name in row[2]]
        self.assertEqual([row[1] for row in mine], ["删除账户", "解除锁定", "修改密码", "新建账户"], rows[:8])
        self.assertTrue(all(row[0] == "zhen" for row in rows), "filtered to one user")

    def client_signed_in(self, name, password):
        c = self.new_client()
        status, _ = c.sign_in(name, password)
        return c if status == 303 else None

    def test_session_fixation_csrf_and_logout(self):
        c = self.new_client()
        c.request("GET", "/__gongkai/login")
        planted = c.cookie
        self.assertTrue(planted)
        status, _ = c.sign_in("zhen")
        self.assertEqual(status, 303)
        self.assertNotEqual(c.cookie, planted, "a new session id at sign-in")
        self.assertIn("HttpOnly", c.last_cookie_header)
        self.assertIn("SameSite=Strict", c.last_cookie_header)
        attacker = self.new_client()
        attacker.cookie = planted
        self.assertEqual(attacker.request("GET", "/__gongkai/home")[0], 303, "the planted id is worth nothing")
        status, text, _ = c.request("GET", "/__gongkai/home")
        self.assertIn("退出", text)
        self.assertEqual(c.request("POST", "/__gongkai/logout", [("_csrf", "0" * 64)])[0], 403, "CSRF on logout")
        token = re.search(r'action="/__gongkai/logout".*?name="_csrf" value="([0-9a-f]+)"', text).group(1)
        session = c.cookie
        self.assertEqual(c.request("POST", "/__gongkai/logout", [("_csrf", token)])[0], 303)
        old = self.new_client()
        old.cookie = session
        self.assertEqual(old.request("GET", "/__gongkai/home")[0], 303, "signed out for good")

    def test_five_wrong_passwords_lock_the_account(self):
        c = self.new_client()
        for attempt in range(4):
            status, text = c.sign_in("lockme", "wrong-%d" % attempt)
            self.assertEqual(status, 401)
            self.assertIn("用户名或密码不对", text)
        started = time.monotonic()
        status, text = c.sign_in("lockme", "wrong-5")
        self.assertGreaterEqual(time.monotonic() - started, 0.9, "the address is slowed")
        self.assertEqual(status, 429)
        self.assertIn("已锁定", text)
        status, text = c.sign_in("lockme", USERS["lockme"][3])
        self.assertEqual(status, 429, "the right password is refused while locked")
        self.assertIsNone(re.search("lock-pass-12", text))

    def test_upload_names_cannot_reach_other_folders(self):
        town = self.client("zhen")
        status, text, _ = town.request("GET", doc("xuji", "content/xuji/affairs/2026-11-05-notice.md"))
        fields = re.findall(r'<input type="hidden" name="(_[a-z]+)" value="([^"]*)"', text)
        for name in ["../../../liuzhuang/files/x.pdf", "..\\..\\gongkai.yaml.pdf", "/etc/passwd.pdf", ".htaccess.pdf"]:
            status, page, _ = town.request("POST", "/__gongkai/edit/xuji/doc", fields + [("_action", "check")],
                                           files=[("_upload", name, b"%PDF-1.4\n%%EOF\n")])
            self.assertEqual(status, 200, name)
        stored = sorted(os.listdir(os.path.join(self.server.site, "content/xuji/files")))
        self.assertFalse(os.path.exists(os.path.join(self.server.site, "content/liuzhuang/files/x.pdf")))
        for name in stored:
            self.assertRegex(name, r"^[\w\u4e00-\u9fff-]+\.(pdf|png|jpg)$")
        self.assertNotIn("gongkai.yaml.pdf", " ".join(stored))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Nginx:
    """Debian's nginx in front of the editor, with TLS from a certificate made for the test."""

    def __init__(self, upstream, public_root=None):
        self.root = tempfile.mkdtemp(prefix="gongkai-nginx-")
        public_root = public_root or os.path.join(self.root, "public")
        os.makedirs(public_root, exist_ok=True)
        cert, key = os.path.join(self.root, "cert.pem"), os.path.join(self.root, "key.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost",
                        "-days", "1", "-keyout", key, "-out", cert], check=True, capture_output=True)
        self.public_port, self.port, self.plain_port = free_port(), free_port(), free_port()
        # The README's configuration on free ports instead of 443 and 80 (another nginx, or a
        # second run of these tests, may hold those): the public site's, then the editor's.
        with open(os.path.join(REPO, "docs", "nginx-gongkai.conf"), encoding="utf-8") as f:
            site = (f.read().replace("listen 443 ssl;", f"listen 127.0.0.1:{self.public_port} ssl;", 1)
                    .replace("listen 443 ssl;", f"listen 127.0.0.1:{self.port} ssl;", 1)
                    .replace("/etc/ssl/gongkai/cert.pem", cert).replace("/etc/ssl/gongkai/key.pem", key)
                    .replace("/var/www/gongkai/public", public_root)
                    .replace("127.0.0.1:8080", f"127.0.0.1:{upstream}")
                    .replace("listen 80;", f"listen 127.0.0.1:{self.plain_port};"))
        assert "listen 80" not in site and "listen 443" not in site, site
        temp = os.path.join(self.root, "temp")
        os.makedirs(temp)
        conf = os.path.join(self.root, "nginx.conf")
        with open(conf, "w", encoding="utf-8") as f:
            f.write(f"daemon off;\nmaster_process off;\npid {self.root}/nginx.pid;\nerror_log {self.root}/error.log;\n"
                    f"events {{}}\nhttp {{\n include /etc/nginx/mime.types;\n default_type application/octet-stream;\n"
                    f" access_log off;\n client_body_temp_path {temp};\n"
                    f" proxy_temp_path {temp};\n fastcgi_temp_path {temp};\n uwsgi_temp_path {temp};\n"
                    f" scgi_temp_path {temp};\n{site}\n}}\n")
        self.process = subprocess.Popen(["/usr/sbin/nginx", "-p", self.root, "-c", conf],
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and self.process.poll() is None:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.1)
        with open(os.path.join(self.root, "error.log"), encoding="utf-8", errors="replace") as f:
            raise RuntimeError(f"nginx did not start: {self.process.poll()}\n{f.read()}")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=20)
        shutil.rmtree(self.root, ignore_errors=True)


class BehindNginx:
    """A server with its proxy trusted, and Debian's nginx in front of it."""

    @classmethod
    def setUpClass(cls):
        cls.server = Server(extra=["--trusted-proxy", "127.0.0.1"])
        cls.nginx = Nginx(cls.server.port)

    @classmethod
    def tearDownClass(cls):
        cls.nginx.stop()
        cls.server.stop()


class ThroughNginxTests(BehindNginx, AccountTests):
    """Every test above again through the README's nginx configuration (TLS in front), and the
    proxy's headers believed only from the proxy."""

    def new_client(self):
        return Client(self.nginx.port, tls=True)

    def test_signed_in_over_tls_with_a_secure_cookie(self):
        c = Client(self.nginx.port, tls=True)
        status, _ = c.sign_in("zhaoyufen")
        self.assertEqual(status, 303)
        self.assertIn("Secure", c.last_cookie_header)
        self.assertIn("HttpOnly", c.last_cookie_header)
        status, text, headers = c.request("GET", "/__gongkai/home")
        self.assertEqual(status, 200)
        self.assertIn("赵玉芬（监委）", text)
        self.assertIn("max-age", headers.get("strict-transport-security", ""))
        self.assertEqual(c.request("GET", "/liuzhuang/")[0], 403)
        with open(os.path.join(self.nginx.root, "error.log"), encoding="utf-8") as f:
            self.assertNotIn("[emerg]", f.read())
        # Plain http is sent to https, never served.
        status, _, headers = Client(self.nginx.plain_port).request("GET", "/__gongkai/login")
        self.assertEqual(status, 301)
        self.assertTrue(headers["location"].startswith("https://"), headers["location"])

    def test_a_forged_forwarded_proto_from_elsewhere_is_not_believed(self):
        c = Client(self.server.port, source="127.0.0.2")
        c.request("GET", "/__gongkai/login")
        status, _, _ = c.request("POST", "/__gongkai/login",
                                 [("_csrf", c.csrf), ("user", "zhen"), ("password", USERS["zhen"][3])],
                                 headers={"X-Forwarded-Proto": "https"})
        self.assertEqual(status, 303)
        self.assertNotIn("Secure", c.last_cookie_header)


class ReviewInTheBrowserTests(BehindNginx, unittest.TestCase):
    """The path of a notice as three people click it in Chromium, through nginx over TLS."""

    def test_secretary_supervisor_and_town(self):
        from selenium import webdriver
        from selenium.webdriver.common.by import By
        from selenium.common.exceptions import StaleElementReferenceException
        from page_wait import click_and_wait

        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--window-size=1280,2000", "--ignore-certificate-errors", "--lang=zh-CN"]:
            options.add_argument(arg)
        driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path="/usr/bin/chromedriver"),
                                  options=options)
        base = f"https://127.0.0.1:{self.nginx.port}"
        site = self.server.site
        shots = os.path.join(tempfile.gettempdir(), "gongkai-editor-shots")
        os.makedirs(shots, exist_ok=True)

        def field(label):
            node = driver.find_element(By.XPATH, f"//label[starts-with(normalize-space(.), '{label}')]")
            return driver.find_element(By.ID, node.get_attribute("for"))

        def click(text):
            click_and_wait(driver, driver.find_element(
                By.XPATH, f"//button[normalize-space(.)='{text}' and not(@aria-hidden)]"))

        def sign_in(name):
            driver.get(base + "/__gongkai/login")
            field("用户名").send_keys(name)
            field("密码").send_keys(USERS[name][3])
            click("登录")
            self.assertIn("我的待办", driver.title)

        def open_july(section):
            link = driver.find_element(By.XPATH, f"//h3[starts-with(., '{section}')]/following-sibling::ul[1]"
                                                 "//a[contains(., '2026年7月')]")
            click_and_wait(driver, link)

        def narrow(name, url=None):
            """The page at 390 px: nothing scrolls sideways; a screenshot to look at."""
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                   {"width": 390, "height": 1400, "deviceScaleFactor": 1, "mobile": True})
            if url:
                driver.get(url)
            overflow = driver.execute_script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            driver.save_screenshot(os.path.join(shots, f"day-{name}-390.png"))
            driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
            self.assertLessEqual(overflow, 1, f"{name} at 390 px scrolls sideways by {overflow}px")

        def state():
            return driver.find_element(By.ID, "review-state").text

        try:
            before = int(git(site, "rev-list", "--count", "HEAD"))
            # A villager who opens the editor's address is told where the public site is.
            driver.get(base + "/__gongkai/login")
            self.assertIn("村民请看公开栏网站", driver.find_element(By.TAG_NAME, "main").text)
            self.assertTrue(driver.find_elements(By.CSS_SELECTOR, "main a[href^='https://']"))
            driver.save_screenshot(os.path.join(shots, "day-0-sign-in.png"))

            # The secretary follows a link to July's statement: signs in (a wrong password keeps the
            # name) and lands on the statement, not on a start page.
            driver.get(base + doc("xuji", JULY))
            field("用户名").send_keys("xuzhiqiang")
            field("密码").send_keys("not-the-password")
            click("登录")
            self.assertEqual(field("用户名").get_attribute("value"), "xuzhiqiang", "a wrong password keeps the name")
            field("密码").send_keys(USERS["xuzhiqiang"][3])
            click("登录")
            self.assertIn("/__gongkai/edit/xuji/doc", driver.current_url, "back to the page asked for")
            self.assertIn("草稿", state())
            self.assertIn("下一步：提交村务监督委员会审核", driver.find_element(By.ID, "review-waiting").text)
            self.assertFalse(driver.find_elements(By.XPATH, "//button[starts-with(normalize-space(.), '发布')]"),
                             "no 发布 before the sign-off")
            driver.save_screenshot(os.path.join(shots, "day-1-secretary-1280.png"))
            narrow("1-secretary")
            # The status box is at the top, the buttons stay on screen.
            box_top = driver.execute_script("return document.querySelector('.review-box').getBoundingClientRect().top")
            self.assertLess(box_top, 400, "the 审核与发布 box is near the top")
            bar = driver.execute_script(
                "var r=document.querySelector('.action-bar').getBoundingClientRect();return [r.top,r.bottom,innerHeight]")
            self.assertLessEqual(bar[1], bar[2] + 1, "the buttons are on screen without scrolling")

            # 检查 keeps the draft a draft, with 提交审核 still there.
            click("检查")
            self.assertIn("草稿", state())
            self.assertTrue(driver.find_elements(By.XPATH, "//button[normalize-space(.)='提交审核']"))

            # What she types and has not saved goes with 提交审核.
            item = field("收入明细 第 1 行 摘要")
            item.clear()
            item.send_keys("集体厂房租金（7月）")
            click("提交审核")
            self.assertIn("已提交村务监督委员会审核", driver.find_element(By.ID, "done").text)
            with open(os.path.join(site, JULY), encoding="utf-8") as f:
                self.assertIn("集体厂房租金（7月）", f.read(), "the typing was saved before it was submitted")
            self.assertIn("待村务监督委员会审核", state())
            self.assertIn("赵玉芬", driver.find_element(By.ID, "review-waiting").text, "who it waits for")
            self.assertFalse(driver.find_elements(By.XPATH, "//button[normalize-space(.)='保存']"),
                             "read-only while with the supervisors")
            driver.get(base + "/__gongkai/home")
            self.assertIn("已提交，等待审核", driver.find_element(By.TAG_NAME, "main").text)
            due = [a.text for a in driver.find_elements(By.CSS_SELECTOR, "ul.due a")]
            self.assertTrue(any(t.startswith("新建") and "财务收支公开" in t for t in due), due)
            driver.save_screenshot(os.path.join(shots, "day-2-secretary-home-1280.png"))
            narrow("2-secretary-home")
            narrow("3-new-statement", base + "/__gongkai/edit/xuji/new/finance.statement")
            driver.get(base + "/__gongkai/home")
            click("退出")

            # The supervisor reads a sheet she cannot change, with 审核通过 and 退回 at hand.
            sign_in("zhaoyufen")
            open_july("待审核")
            self.assertFalse(driver.find_elements(By.CSS_SELECTOR, "form#editor input[name^='income'], "
                                                                   "form#editor input[name='closing_balance']"),
                             "no value she could type into")
            self.assertFalse(driver.find_elements(By.XPATH, "//button[normalize-space(.)='删除' or "
                                                            "normalize-space(.)='新增一行']"))
            self.assertIn("集体厂房租金（7月）", driver.find_element(By.TAG_NAME, "main").text)
            driver.save_screenshot(os.path.join(shots, "day-4-supervisor-1280.png"))
            narrow("4-supervisor")
            click("退回")
            self.assertEqual(field("退回原因").get_attribute("aria-invalid"), "true", "the reason is asked for here")
            click("审核通过")
            self.assertIn("已审核通过", driver.find_element(By.ID, "done").text)
            self.assertIn("审核通过（赵玉芬）", state())
            driver.get(base + "/__gongkai/home")
            click("退出")

            # The town publishes: 发布… asks first, then it is public.
            sign_in("zhen")
            waiting = [bool(section.find_elements(By.TAG_NAME, "h3"))
                       for section in driver.find_elements(By.CSS_SELECTOR, "main > section")]
            self.assertTrue(waiting[0], "a village with something waiting comes first")
            self.assertEqual(waiting, sorted(waiting, reverse=True), "villages with nothing waiting come last")
            driver.save_screenshot(os.path.join(shots, "day-5-town-home-1280.png"))
            narrow("5-town-home")
            open_july("待发布")
            click("发布…")
            self.assertIn("发布后，这篇文档会向所有人公开", driver.find_element(By.TAG_NAME, "main").text)
            driver.save_screenshot(os.path.join(shots, "day-6-town-confirm-1280.png"))
            click("确认发布")
            self.assertIn("已公开", driver.find_element(By.ID, "done").text)
            self.assertIn("已公开", state())
            authors = git(site, "log", f"-{int(git(site, 'rev-list', '--count', 'HEAD')) - before}", "--format=%an")
            self.assertEqual(authors.split(), ["镇经管站", "赵玉芬", "许志强", "许志强"],
                             "the secretary's save and submission, the sign-off, the publication")
            deadline = time.monotonic() + 60
            shown = ""
            while time.monotonic() < deadline and "赵玉芬" not in shown:
                driver.get(base + "/xuji/finance/2026-07/")
                try:
                    shown = driver.find_element(By.TAG_NAME, "body").text
                except StaleElementReferenceException:
                    pass  # the preview reloaded itself: a build finished meanwhile
                time.sleep(0.5)
            self.assertIn("赵玉芬", shown, "审核 by the supervisor's name")
            driver.save_screenshot(os.path.join(shots, "review-published.png"))
        finally:
            driver.quit()


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0], "-v"])
