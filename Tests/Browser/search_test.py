#!/usr/bin/env python3
"""The town's search (issue 17 §1, spec §8 search/) on the demo as built, served by a plain
static file server and read in Chromium: a query lists every notice that contains it (the
truth taken from each notice's data.json), runs that cross word boundaries included, newest
first with village, kind and date; several words must all appear; a one-character or hostile
query is answered, never executed; the page works opened from disk; without JavaScript it says
search needs it and links every village's category lists; axe-core finds no violation.
Usage: search_test.py PATH/TO/gongkai [SHOTS]"""

import os
import sys
import tempfile
import unittest
import urllib.parse
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/gongkai")
SHOTS = sys.argv[2] if len(sys.argv) > 2 else os.path.join(tempfile.gettempdir(), "gongkai-search-shots")
sys.argv = sys.argv[:2]
from editor_test import axe_script, browser  # noqa: E402
from demo_site import BuiltDemo  # noqa: E402
from site_text import matches, notices  # noqa: E402


class SearchTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        os.makedirs(SHOTS, exist_ok=True)
        cls.demo = BuiltDemo(BINARY, "gongkai-search-")
        cls.docs = notices(cls.demo.out)
        cls.driver = browser()

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        cls.demo.stop()

    def search(self, query, base=None, every=True):
        """The hits for a query as a villager gets them: (notice folder, title, meta) each, after
        pressing 再显示 until none is left."""
        d = self.driver
        d.get((base or self.demo.base + "search/index.html") + "?q=" + urllib.parse.quote(query))
        done = "return document.getElementById('search-results').dataset.state"
        WebDriverWait(d, 20).until(lambda d: d.execute_script(done) in ("done", "failed"))
        while every and d.find_elements(By.CSS_SELECTOR, ".search-more"):
            d.execute_script("document.getElementById('search-results').dataset.state='';"
                             "document.querySelector('.search-more').click()")
            WebDriverWait(d, 20).until(lambda d: d.execute_script(done) == "done")
        hits = []
        for hit in d.find_elements(By.CSS_SELECTOR, ".search-hit"):
            link = hit.find_element(By.CSS_SELECTOR, "h2 a")
            href = urllib.parse.unquote(link.get_attribute("href")).removesuffix("/index.html")
            folder = href.split(self.demo.out + "/", 1)[1] if href.startswith("file:") else href.split("/", 3)[3]
            hits.append((folder, link.text, hit.find_element(By.CSS_SELECTOR, ".search-meta").text))
        return hits

    def test_every_notice_holding_the_query_is_found_and_nothing_else(self):
        for query in ["北大坑", "低保", "环境卫生保洁费", "财务收支", "村务 监督", "许长林", "光伏", "2026"]:
            want = matches(self.docs, query)
            self.assertTrue(want, query)
            got = [h[0] for h in self.search(query)]
            self.assertEqual(sorted(got), sorted(want), query)
        count = self.driver.find_element(By.CSS_SELECTOR, ".search-count").text
        self.assertEqual(count, f"找到 {len(matches(self.docs, '2026'))} 篇，新的在前")

    def test_a_run_across_word_boundaries_is_found(self):
        # 坑塘发包 and 塘发 cut across the words 坑塘 / 发包 that a segmenter would make.
        for query in ["坑塘发包", "塘发", "大坑坑塘"]:
            want = matches(self.docs, query)
            self.assertEqual(sorted(h[0] for h in self.search(query)), sorted(want), query)
        self.assertEqual([h[0] for h in self.search("塘发")], ["houmiao/finance/2026-resources"])

    def test_hits_are_newest_first_with_village_kind_and_date(self):
        hits = self.search("财务收支")
        dates = [h[2].split(" · ")[-1] for h in hits]
        iso = [self.driver.find_elements(By.CSS_SELECTOR, ".search-hit time")[i].get_attribute("datetime")
               for i in range(len(hits))]
        self.assertEqual(iso, sorted(iso, reverse=True))
        self.assertIn(("xuji/finance/2026-09", "许集村2026年9月财务收支公开", "许集村 · 财务收支公开 · 2026年10月9日"), hits)
        self.assertTrue(all(d.startswith("2026年") for d in dates))
        mark = self.driver.find_element(By.CSS_SELECTOR, ".search-snippet mark")
        self.assertEqual(mark.text, "财务收支")
        self.driver.save_screenshot(os.path.join(SHOTS, "search-1280.png"))

    def test_short_missing_and_hostile_queries_are_answered_not_run(self):
        self.search("低")
        self.assertEqual(self.driver.find_element(By.ID, "search-results").text, "请输入两个或更多汉字，或一个词。")
        self.search("没有这个词")
        self.assertEqual(self.driver.find_element(By.ID, "search-results").text, "没有找到含有“没有这个词”的公开内容。")
        hostile = '"><img src=x onerror="window.__pwned=1">低保<script>window.__pwned=2</script>'
        hits = self.search(hostile)
        self.assertIsNone(self.driver.execute_script("return window.__pwned"))
        self.assertEqual(self.driver.find_elements(By.CSS_SELECTOR, "#search-results img, #search-results script"), [])
        self.assertEqual(self.driver.find_element(By.ID, "q").get_attribute("value"), hostile)
        self.assertEqual(sorted(h[0] for h in hits), sorted(matches(self.docs, "低保 img src onerror window pwned")))

    def test_a_decision_named_by_its_file_name_is_not_searched(self):
        # Five notices cite 2026-street-levy-decision and the like by file name; those names are
        # no words of theirs, while the decisions' own titles are.
        self.assertEqual(self.search("street"), [])
        titles = [h[1] for h in self.search("大街硬化")]
        self.assertIn("王营村东西大街硬化一事一议筹资筹劳方案的决议公开", titles)

    def test_it_works_opened_from_disk(self):
        hits = self.search("北大坑", base="file://" + os.path.join(self.demo.out, "search", "index.html"))
        self.assertEqual([h[0] for h in hits], ["houmiao/finance/2026-resources"])

    def test_without_javascript_it_says_so_and_links_the_category_lists(self):
        plain = browser(javascript=False)
        self.addCleanup(plain.quit)
        plain.get(self.demo.base + "search/index.html?q=低保")
        text = plain.find_element(By.TAG_NAME, "main").text
        self.assertIn("搜索需要浏览器启用 JavaScript", text)
        links = [a.get_attribute("href") for a in plain.find_elements(By.CSS_SELECTOR, ".search-browse a")]
        self.assertEqual(len(links), 5 * 3, "each village's 党务, 村务 and 财务 lists")
        for href in links:
            self.assertEqual(urllib.request.urlopen(href).status, 200, href)
        self.assertIn("xuji/finance/index.html", " ".join(links))

    def test_every_page_links_the_search_and_axe_finds_nothing(self):
        d = self.driver
        d.get(self.demo.base + "xuji/finance/2026-09/")
        d.find_element(By.LINK_TEXT, "搜索").click()
        self.assertTrue(d.current_url.endswith("/search/index.html"), d.current_url)
        self.search("低保")
        d.execute_script(axe_script())
        found = d.execute_async_script(
            "var done=arguments[0];axe.run(document,{resultTypes:['violations']}).then(function(r){done(r.violations)})")
        self.assertEqual([(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in found], [])
        d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                          {"width": 390, "height": 900, "deviceScaleFactor": 1, "mobile": True})
        try:
            self.search("低保")
            width = d.execute_script("return document.documentElement.scrollWidth")
            self.assertLessEqual(width, 390)
            d.save_screenshot(os.path.join(SHOTS, "search-390.png"))
        finally:
            d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0]], verbosity=2)
