#!/usr/bin/env python3
"""The theme in each locale (issue 17 §3, spec §1 `locale`): the demo town built with
`locale: en` and `locale: zh-Hant`, every page read in Chromium as a visitor sees it (text,
the words scripts show, labels for screen readers). What the villages wrote (every value of every
notice's data.json, village.yaml, gongkai.yaml's names, the history's authors and messages) and
the 大写 amounts (which stay as the law writes them) are taken out; what is left must be English,
or Traditional Chinese, with nothing left over from Simplified. Pages say `lang` as the locale.
Usage: locale_test.py PATH/TO/gongkai"""

import json
import os
import re
import subprocess
import sys
import unittest

import opencc
from selenium.webdriver.common.by import By

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/gongkai")
sys.argv = sys.argv[:2]
from editor_test import axe_script, browser  # noqa: E402
from demo_site import BuiltDemo  # noqa: E402
from site_text import CJK_PUNCTUATION, HAN, flatten, profiles_and_settings  # noqa: E402

# 大写 amounts: 壹拾伍万柒仟玖佰柒拾壹元玖角.
CAPITALS = re.compile(r"[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]*[壹贰叁肆伍陆柒捌玖][零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]*")
# What Markdown may take out of a body's text, or a page may put between a value's parts.
SPLIT = re.compile(r"[\s*_#>\[\]()`|~]+")
# The search hint's example queries are Chinese in every locale: they are what to type.
EXAMPLES = ["低保", "北大坑"]

# Every word the page shows or says: its text, its title, and the words kept in attributes for
# screen readers, narrow screens and scripts.
PAGE_WORDS = """
var parts = [document.title, document.body.innerText];
document.querySelectorAll('[aria-label],[title],[alt],[placeholder],[data-label]').forEach(function (e) {
  ['aria-label', 'title', 'alt', 'placeholder', 'data-label'].forEach(function (a) {
    if (e.hasAttribute(a)) parts.push(e.getAttribute(a));
  });
});
document.querySelectorAll('.masthead, #search-results').forEach(function (e) {
  for (var k in e.dataset) parts.push(e.dataset[k]);
});
return parts.join('\\n');
"""


def written_by_villages(root, site):
    """Every piece of text the villages wrote, longest first."""
    texts = []
    for folder, _, files in os.walk(site):
        if "data.json" in files:
            with open(os.path.join(folder, "data.json"), encoding="utf-8") as f:
                flatten(json.load(f), texts)
    texts += profiles_and_settings(root)
    log = subprocess.run(["git", "-C", os.path.join(root, ".demo-history"), "log", "--format=%an%n%s"],
                         check=True, capture_output=True, text=True).stdout
    texts += log.splitlines()
    pieces = {p for t in texts for p in SPLIT.split(t) if HAN.search(p) or CJK_PUNCTUATION.search(p)}
    return sorted(pieces, key=len, reverse=True)


def pages(site):
    found = []
    for folder, _, files in os.walk(site):
        for name in files:
            if name in ("index.html", "print.html"):
                found.append(os.path.relpath(os.path.join(folder, name), site))
    return sorted(found)


class LocaleTests(unittest.TestCase):
    demos = {}
    maxDiff = None

    @classmethod
    def setUpClass(cls):
        cls.driver = browser()
        for locale in ["en", "zh-Hant"]:
            cls.demos[locale] = BuiltDemo(BINARY, f"gongkai-locale-{locale}-", locale=locale)

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        for demo in cls.demos.values():
            demo.stop()

    def leftovers(self, locale, allowed):
        """For every page: the text left once the villages' own words are taken out, where
        `allowed` finds something wrong; with the page's `lang`."""
        demo = self.demos[locale]
        content = written_by_villages(demo.root, demo.out)
        problems = {}
        langs = set()
        checked = pages(demo.out)
        self.assertGreater(len(checked), 120, "every page of the demo: town, villages, lists, notices, sheets")
        for page in checked:
            self.driver.get(demo.base + page)
            langs.add(self.driver.find_element(By.TAG_NAME, "html").get_attribute("lang"))
            text = CAPITALS.sub(" ", self.driver.execute_script(PAGE_WORDS))
            for piece in content + EXAMPLES:
                text = text.replace(piece, " ")
            wrong = [line.strip() for line in text.splitlines() if not allowed(line)]
            if wrong:
                problems[page] = wrong[:5]
        return langs, problems

    def test_english_pages_have_no_chinese_of_their_own(self):
        langs, problems = self.leftovers(
            "en", lambda line: not HAN.search(line) and not CJK_PUNCTUATION.search(line))
        self.assertEqual(langs, {"en"})
        self.assertEqual(problems, {})

    def test_traditional_pages_have_no_simplified_of_their_own(self):
        to_traditional = opencc.OpenCC("s2tw")
        # A character Simplified writes differently (开 → 開) would change.
        langs, problems = self.leftovers(
            "zh-Hant", lambda line: all(to_traditional.convert(c) == c for c in HAN.findall(line)))
        self.assertEqual(langs, {"zh-Hant"})
        self.assertEqual(problems, {})

    def test_english_words_the_pages_show(self):
        base = self.demos["en"].base
        self.driver.get(base + "xuji/finance/2026-09/index.html")
        text = self.driver.find_element(By.TAG_NAME, "main").text
        for words in ["Published", "9 October 2026", "Period", "September 2026", "Opening balance",
                      "157,971.90 yuan", "Expenditure (5 entries)", "which matches the closing balance",
                      "Review by the supervisory committee", "Expenditure, row 1 (环境卫生保洁费) · Amount (yuan)",
                      "Compared with the version first published on 9 October 2026:", "Back to 许集村 · Finances"]:
            self.assertIn(words, text)
        self.assertIn("(in words: 壹拾伍万柒仟玖佰柒拾壹元玖角)", text.replace("\n", " "), "大写 stays")
        # What the village wrote is marked as Chinese inside the English page, for screen readers;
        # the page's own words are not.
        def lang(selector):
            return self.driver.find_element(By.CSS_SELECTOR, selector).get_attribute("lang") or ""
        self.assertEqual(lang("article.notice h1"), "zh-Hans")
        self.assertEqual(lang(".notice-head .dates"), "")
        self.driver.get(base + "xuji/affairs/2026-solar-decision/index.html")
        self.assertEqual(lang("article.notice .body"), "zh-Hans")
        self.assertEqual(lang(".steps"), "")
        self.driver.execute_script(axe_script())
        found = self.driver.execute_async_script(
            "var done=arguments[0];axe.run(document,{resultTypes:['violations']}).then(function(r){done(r.violations)})")
        self.assertEqual([(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in found], [], "axe-core, English")
        with open(os.path.join(self.demos["en"].out, "xuji/finance/2026-09/expense.csv"), encoding="utf-8-sig") as f:
            self.assertEqual(f.readline().strip(), "Date,Voucher no.,Summary,Account,Amount (yuan)")
        self.driver.get(base + "index.html")
        self.assertIn("5 villages · 55 notices", self.driver.find_element(By.CSS_SELECTOR, "h1").text)

    def test_english_search_and_reading_aloud(self):
        base = self.demos["en"].base
        self.driver.get(base + "search/index.html?q=" + "低保")
        self.driver.find_element(By.CSS_SELECTOR, "#search-results .search-hit")
        found = self.driver.find_element(By.ID, "search-results").text
        self.assertRegex(found, r"\d+ found, newest first")
        self.assertRegex(found, r"Welfare assistance · \d{1,2} [A-Z][a-z]+ 2026")
        self.driver.get(base + "xuji/finance/2026-10/index.html")
        self.driver.execute_script("""
            window.spoken = [];
            speechSynthesis.speak = function (u) { spoken.push({text: u.text, lang: u.lang}); };""")
        read = self.driver.find_element(By.XPATH, "//div[@class='reader-tools']/button[.='Read aloud']")
        read.click()
        spoken = self.driver.execute_script("return spoken")
        self.assertEqual(spoken[0]["lang"], "zh-CN", "the notices are Chinese: a Chinese voice reads them")
        self.assertEqual(read.text, "Stop reading")
        self.driver.find_element(By.XPATH, "//div[@class='reader-tools']/button[.='Large text']")

    def test_traditional_words_and_voice(self):
        base = self.demos["zh-Hant"].base
        self.driver.get(base + "xuji/finance/2026-09/index.html")
        text = self.driver.find_element(By.TAG_NAME, "main").text
        for words in ["公開日期", "2026年10月9日", "期初餘額", "修訂記錄", "自首次公開以來的改動", "返回许集村財務公開"]:
            self.assertIn(words, text)
        self.assertEqual(self.driver.find_element(By.CSS_SELECTOR, ".masthead").get_attribute("data-speech-lang"),
                         "zh-TW")


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0]], verbosity=2)
