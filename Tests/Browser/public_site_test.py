#!/usr/bin/env python3
"""The public site on the town's server (spec §13): `gongkai serve --edit --accounts … --public DIR`
behind Debian's nginx with TLS, as the README configures it — a villager with no account reads
it; the town publishes in the editor and the villager's page follows; secretaries who write by hand
push with real git to a repository prepared by `gongkai hook install --server`; a commit that
breaks the build leaves the public site as it was and the town's pages say so.
Usage: public_site_test.py PATH/TO/gongkai [PUBLISHES]"""

import hashlib
import os
import re
import shutil
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.error
import urllib.parse
import urllib.request
from datetime import datetime, timedelta, timezone

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from accounts_test import BINARY, Client, Nginx, Server, USERS, doc, git  # noqa: E402
from form_fields import Form  # noqa: E402
from page_wait import click_and_wait  # noqa: E402

PUBLISHES = int(sys.argv[2]) if len(sys.argv) > 2 else 20
SHOTS = os.path.join(tempfile.gettempdir(), "gongkai-editor-shots")
HEADERS = ("content-security-policy", "x-frame-options", "x-content-type-options", "referrer-policy")
TLS = ssl._create_unverified_context()


def fetch(port, path, headers=None):
    """GET through nginx, as a villager's browser: status, headers (lower-case), body bytes."""
    request = urllib.request.Request(f"https://127.0.0.1:{port}{path}", headers=headers or {})
    try:
        with urllib.request.urlopen(request, context=TLS, timeout=30) as response:
            return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}, error.read()


def manifest(folder):
    with open(os.path.join(folder, "manifest.json"), "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def settled_manifest(folder, still=0.8, timeout=30):
    """The manifest once no build has changed it for `still` seconds: the server builds right
    after each commit, and a build that began before an earlier save's commit is followed by one
    with it, so the public site may change once more just after a page first appears."""
    started = time.monotonic()
    last, since = manifest(folder), time.monotonic()
    while time.monotonic() - started < timeout:
        time.sleep(0.1)
        now = manifest(folder)
        if now != last:
            last, since = now, time.monotonic()
        elif time.monotonic() - since >= still:
            return now
    raise AssertionError("the public site kept changing")


def browser(width=1280, height=2000):
    from selenium import webdriver
    options = webdriver.ChromeOptions()
    for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                f"--window-size={width},{height}", "--ignore-certificate-errors", "--lang=zh-CN"]:
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=webdriver.ChromeService(executable_path="/usr/bin/chromedriver"), options=options)


class PublicSiteTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        os.makedirs(SHOTS, exist_ok=True)
        cls.public = tempfile.mkdtemp(prefix="gongkai-public-")
        cls.server = Server(extra=["--trusted-proxy", "127.0.0.1", "--public", cls.public])
        subprocess.run([BINARY, "hook", "install", "--server", cls.server.site], check=True, capture_output=True)
        cls.nginx = Nginx(cls.server.port, public_root=cls.public)
        cls.town = Client(cls.nginx.port, tls=True)
        cls.town.sign_in("zhen")

    @classmethod
    def tearDownClass(cls):
        cls.nginx.stop()
        cls.server.stop()
        shutil.rmtree(cls.public, ignore_errors=True)

    def wait_for(self, path, text, timeout=60):
        """Seconds until the public site serves `path` with `text` in it."""
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            status, _, body = fetch(self.nginx.public_port, path)
            if status == 200 and text in body.decode("utf-8", "replace"):
                return time.monotonic() - started
            time.sleep(0.02)
        self.fail(f"{path} never served {text!r}")

    def write_notice(self, title, body="请各户注意。"):
        """The town writes a 村务公告 in the editor (a draft); returns its path."""
        status, page, _ = self.town.request("GET", "/__gongkai/edit/xuji/new/affairs.notice")
        self.assertEqual(status, 200)
        fields = [f for f in Form(page).fields if f[0] not in ("_action", "title", "body")]
        fields += [["title", title], ["body", body], ["_action", "save"]]
        status, _, headers = self.town.request("POST", "/__gongkai/edit/xuji/doc", fields)
        self.assertEqual(status, 303)
        path = urllib.parse.unquote(re.search(r"path=([^&]+)", headers["location"]).group(1))
        return path

    def publish(self, path):
        status, _, _ = self.town.request("GET", doc("xuji", path))
        status, _, headers = self.town.request("POST", "/__gongkai/edit/xuji/doc", [
            ["_csrf", self.town.csrf], ["_path", path], ["_action", "publish-confirmed"]])
        self.assertEqual(status, 303, headers)

    # 1. A villager reads the public site with no account; every answer has its headers.
    def test_1_a_villager_reads_the_public_site(self):
        port = self.nginx.public_port
        status, headers, body = fetch(port, "/")
        self.assertEqual(status, 200)
        self.assertIn("侯庙镇", body.decode())
        editor_policy = self.town.request("GET", "/__gongkai/home")[2]["content-security-policy"]
        for path in ["/", "/xuji/", "/xuji/finance/", "/xuji/finance/2026-09/", "/xuji/finance/2026-09/print.html",
                     "/search/", "/gongkai.css", "/gongkai.js", "/feed.xml", "/xuji/finance/2026-09/data.json"]:
            status, headers, _ = fetch(port, path, {"Accept-Encoding": "gzip"})
            self.assertEqual(status, 200, path)
            for header in HEADERS:
                self.assertIn(header, headers, f"{path} lacks {header}")
            self.assertEqual(headers["content-security-policy"], editor_policy, "one policy, the editor's and nginx's")
            self.assertEqual(headers.get("content-encoding"), "gzip", path)
            self.assertIn("cache-control", headers, path)
        self.assertEqual(fetch(port, "/xuji/")[1]["cache-control"], "no-cache", "pages are revalidated")
        self.assertIn("max-age=86400", fetch(port, "/gongkai.css")[1]["cache-control"])
        self.assertEqual(fetch(port, "/__gongkai/home")[0], 404, "the editor is not on the public host")
        self.assertEqual(fetch(port, "/xuji/finance/2026-07/")[0], 404, "a draft is not public")

        # The pages satisfy the policy: Chromium reports no violation, and the theme still works.
        driver = browser()
        try:
            for path in ["/", "/xuji/", "/xuji/finance/2026-09/", "/search/?q=租金"]:
                driver.get(f"https://127.0.0.1:{port}{path}")
                time.sleep(0.3)
            violations = [e["message"] for e in driver.get_log("browser") if "Content Security Policy" in e["message"]]
            self.assertEqual(violations, [])
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                   {"width": 390, "height": 1400, "deviceScaleFactor": 1, "mobile": True})
            driver.get(f"https://127.0.0.1:{port}/xuji/finance/2026-09/")
            overflow = driver.execute_script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            driver.save_screenshot(os.path.join(SHOTS, "public-390.png"))
            self.assertLessEqual(overflow, 1, "the public page at 390 px scrolls sideways")
        finally:
            driver.quit()

    # 2. 发布 in the editor reaches the villager's page within seconds: once in Chromium as the
    #    town would do it, then timed over many publishes.
    def test_2_publish_reaches_the_villager(self):
        from selenium.webdriver.common.by import By
        town, villager = browser(), browser(390, 1400)
        editor = f"https://127.0.0.1:{self.nginx.port}"
        try:
            town.get(editor + "/__gongkai/login")
            town.find_element(By.ID, "f-user").send_keys("zhen")
            town.find_element(By.ID, "f-password").send_keys(USERS["zhen"][3])
            click_and_wait(town, town.find_element(By.XPATH, "//button[normalize-space(.)='登录']"))
            town.get(editor + "/__gongkai/edit/xuji/new/affairs.notice")
            title = town.find_element(By.ID, "f-title")
            title.clear()
            title.send_keys("关于村务公开栏更新的通知")
            town.find_element(By.ID, "f-body").send_keys("公开栏网站已与镇里的录入同步。")
            for button in ["保存", "发布…", "确认发布"]:
                element = town.find_element(By.XPATH, f"//button[normalize-space(.)='{button}' and not(@aria-hidden)]")
                click_and_wait(town, element)
            self.assertIn("已公开", town.find_element(By.ID, "done").text)
            path = urllib.parse.unquote(re.search(r"path=([^&]+)", town.current_url).group(1))
            slug = os.path.splitext(os.path.basename(path))[0]
            self.wait_for(f"/xuji/affairs/{slug}/", "关于村务公开栏更新的通知")
            villager.get(f"https://127.0.0.1:{self.nginx.public_port}/xuji/")
            self.assertIn("关于村务公开栏更新的通知", villager.find_element(By.TAG_NAME, "body").text,
                          "the village page lists it")
            villager.get(f"https://127.0.0.1:{self.nginx.public_port}/xuji/affairs/{slug}/")
            self.assertIn("公开栏网站已与镇里的录入同步", villager.find_element(By.TAG_NAME, "body").text)
            villager.save_screenshot(os.path.join(SHOTS, "public-published-390.png"))
        finally:
            town.quit()
            villager.quit()

        seconds = []
        for i in range(PUBLISHES):
            title = f"关于第{i + 1}次村民小组会议的通知"
            path = self.write_notice(title)
            slug = os.path.splitext(os.path.basename(path))[0]
            self.assertEqual(fetch(self.nginx.public_port, f"/xuji/affairs/{slug}/")[0], 404, "a draft stays out")
            started = time.monotonic()
            self.publish(path)
            seconds.append(time.monotonic() - started + self.wait_for(f"/xuji/affairs/{slug}/", title))
        seconds.sort()
        p50 = statistics.median(seconds)
        p95 = seconds[min(len(seconds) - 1, int(round(0.95 * (len(seconds) - 1))))]
        print(f"\n发布 → public page served, {len(seconds)} publishes: p50 {p50:.2f} s, p95 {p95:.2f} s, "
              f"max {seconds[-1]:.2f} s", file=sys.stderr)
        self.assertLess(p95, 10)

    # 3. Hand-writers push: refused with the problem at its line; a clean push published; a push
    #    racing an editor save refused by git, nothing lost.
    def test_3_push_to_publish(self):
        site = self.server.site
        clone = tempfile.mkdtemp(prefix="gongkai-clone-")
        notice = "content/xuji/affairs/2026-12-water.md"
        # Published today (the server's, Beijing): the hand-writer's edits the same day need no 修订说明.
        today = datetime.now(timezone(timedelta(hours=8))).date().isoformat()
        text = (f"---\nkind: affairs.notice\ntitle: 关于冬季停水检修的通知\npublished: {today}\n---\n\n"
                "12月10日自来水管网检修，全天停水。\n")
        try:
            subprocess.run(["git", "clone", "-q", site, clone], check=True)
            git(clone, "config", "user.name", "许志强")
            git(clone, "config", "user.email", "wenshu@xuji.example")
            before = settled_manifest(self.public)
            os.makedirs(os.path.dirname(os.path.join(clone, notice)), exist_ok=True)
            with open(os.path.join(clone, notice), "w", encoding="utf-8") as f:
                f.write(text + "咨询电话 13812345678。\n")
            git(clone, "add", "-A")
            git(clone, "commit", "-qm", "停水通知")
            push = subprocess.run(["git", "push", "-q"], cwd=clone, capture_output=True, text=True)
            self.assertNotEqual(push.returncode, 0)
            self.assertRegex(push.stderr, rf"{re.escape(notice)}:8:\d+: error\[GK-X002\]", "on the pusher's terminal")
            self.assertIn("推送已拒绝", push.stderr)
            self.assertFalse(os.path.exists(os.path.join(site, notice)), "nothing of it reached the server")
            time.sleep(1)
            self.assertEqual(manifest(self.public), before, "nothing published")

            # A published notice changed without a 修订说明 is refused too: the check has the history.
            old = "content/xuji/affairs/2026-11-05-notice.md"
            with open(os.path.join(clone, old), "a", encoding="utf-8") as f:
                f.write("\n另行通知。\n")
            git(clone, "commit", "-qam", "改已公开的通知")
            push = subprocess.run(["git", "push", "-q"], cwd=clone, capture_output=True, text=True)
            self.assertIn("error[GK-R101]", push.stderr)
            self.assertEqual(git(site, "worktree", "list").count("\n"), 1, "the check's worktree is gone")

            git(clone, "reset", "-q", "--hard", "origin/HEAD")
            with open(os.path.join(clone, notice), "w", encoding="utf-8") as f:
                f.write(text + "咨询电话：村委会 0394-5721368。\n")
            git(clone, "add", "-A")
            git(clone, "commit", "-qm", "停水通知")
            push = subprocess.run(["git", "push", "-q"], cwd=clone, capture_output=True, text=True)
            self.assertEqual(push.returncode, 0, push.stderr)
            self.wait_for("/xuji/affairs/2026-12-water/", "0394-5721368")

            # The editor saves while the hand-writer works: her push is not a fast-forward.
            path = self.write_notice("关于冬季防火的通知")
            with open(os.path.join(clone, notice), "a", encoding="utf-8") as f:
                f.write("\n停水期间请提前储水。\n")
            git(clone, "commit", "-qam", "补充储水提示")
            push = subprocess.run(["git", "push"], cwd=clone, capture_output=True, text=True)
            self.assertNotEqual(push.returncode, 0)
            self.assertRegex(push.stderr, r"fetch first|non-fast-forward")
            self.assertTrue(os.path.exists(os.path.join(site, path)), "the editor's save is still there")
            git(clone, "pull", "-q", "--rebase")
            push = subprocess.run(["git", "push", "-q"], cwd=clone, capture_output=True, text=True)
            self.assertEqual(push.returncode, 0, push.stderr)
            self.wait_for("/xuji/affairs/2026-12-water/", "提前储水")
            self.assertTrue(os.path.exists(os.path.join(site, path)), "both kept")
        finally:
            shutil.rmtree(clone, ignore_errors=True)

    # 4. A commit that breaks the build: the public site stays as it was, and the town is told.
    def test_4_a_broken_commit_leaves_the_public_site_and_the_town_is_told(self):
        site = self.server.site
        broken = "content/xuji/affairs/2026-12-broken.md"
        before = settled_manifest(self.public)
        with open(os.path.join(site, broken), "w", encoding="utf-8") as f:
            f.write("---\nkind: affairs.notice\ntitle: 通知\npublished: 2026-11-30\n---\n\n联系 13812345678。\n")
        git(site, "add", broken)
        git(site, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", "手工提交，没有检查")
        deadline, page = time.monotonic() + 30, ""
        while time.monotonic() < deadline:
            page = self.town.request("GET", "/__gongkai/home")[1]
            if "公开栏网站没有更新" in page:
                break
            time.sleep(0.2)
        self.assertIn("公开栏网站没有更新", page)
        self.assertIn(f"{broken} 第 7 行", page, "the file and line")
        self.assertIn(f'<a href="/__gongkai/edit/xuji/doc?path={broken}">{broken} 第 7 行</a>：', page,
                      "a link to the document in the editor")
        self.assertIn("GK-X002", page)
        self.assertNotIn("13812345678", page, "the number masked even here")
        self.assertEqual(manifest(self.public), before, "the public site stays as it was")
        secretary = Client(self.nginx.port, tls=True)
        secretary.sign_in("xuzhiqiang")
        self.assertNotIn("公开栏网站没有更新", secretary.request("GET", "/__gongkai/home")[1], "the town's to see")
        driver = browser()
        try:
            driver.get(f"https://127.0.0.1:{self.nginx.port}/__gongkai/login")
            driver.find_element("id", "f-user").send_keys("zhen")
            driver.find_element("id", "f-password").send_keys(USERS["zhen"][3])
            driver.find_element("xpath", "//button[normalize-space(.)='登录']").click()
            time.sleep(0.5)
            driver.save_screenshot(os.path.join(SHOTS, "public-behind-banner.png"))
            self.assertIn("公开栏网站没有更新", driver.find_element("id", "gongkai-behind").text)
        finally:
            driver.quit()
        git(site, "rm", "-q", broken)
        git(site, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", "删去")
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and "公开栏网站没有更新" in self.town.request("GET", "/__gongkai/home")[1]:
            time.sleep(0.2)
        self.assertNotIn("公开栏网站没有更新", self.town.request("GET", "/__gongkai/home")[1])


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0], "-v"])
