#!/usr/bin/env python3
"""The editor in the site's language (issue 28): a town whose gongkai.yaml says `locale: en` or
`locale: zh-Hant` gets its editor in that language — labels, hints, buttons, the check's summary
and messages, the 审核与发布 box — as a secretary sees it in Chromium on the real
`gongkai serve --edit`. What the villages wrote (village.yaml, gongkai.yaml's names, the
document's own values) is taken out; what is left must be English, or Traditional Chinese.
Usage: editor_locale_test.py PATH/TO/gongkai"""

import os
import sys
import unittest

import opencc
from selenium.webdriver.common.by import By

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/gongkai")
sys.argv = sys.argv[:2]
from editor_test import Site, browser  # noqa: E402
from page_wait import click_and_wait  # noqa: E402
from site_text import CJK_PUNCTUATION, HAN, profiles_and_settings  # noqa: E402

PAGE_WORDS = """
var parts = [document.title, document.body.innerText];
document.querySelectorAll('[aria-label],[title],[placeholder],[data-label]').forEach(function (e) {
  ['aria-label', 'title', 'placeholder', 'data-label'].forEach(function (a) {
    if (e.hasAttribute(a)) parts.push(e.getAttribute(a));
  });
});
document.querySelectorAll('input[type=text], input:not([type]), textarea').forEach(function (e) {
  parts.push('\\u0000' + e.value);
});
return parts.join('\\n');
"""
NEW_STATEMENT = "/__gongkai/edit/xuji/new/finance.statement"


def villages_words(root):
    return sorted({t for t in profiles_and_settings(root) if t}, key=len, reverse=True)


class EditorLocaleTests(unittest.TestCase):
    maxDiff = None

    @classmethod
    def setUpClass(cls):
        cls.driver = browser()

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()

    def site_in(self, locale):
        site = Site()
        self.addCleanup(site.stop)
        path = site.path("gongkai.yaml")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        self.assertIn("\nlocale: zh-Hans\n", text)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace("\nlocale: zh-Hans\n", f"\nlocale: {locale}\n"))
        return site

    def own_words(self, site):
        """The page's words once the villages' own and the form's values are taken out."""
        words = self.driver.execute_script(PAGE_WORDS)
        lines = [line for line in words.split("\n") if not line.startswith("\u0000")]
        values = [line[1:] for line in words.split("\n") if line.startswith("\u0000") and line[1:]]
        text = "\n".join(lines)
        for piece in sorted(values, key=len, reverse=True) + villages_words(site.root):
            text = text.replace(piece, " ")
        return text

    def test_an_english_site_gets_an_english_editor(self):
        site = self.site_in("en")
        self.driver.get(site.base + NEW_STATEMENT)
        self.assertEqual(self.driver.find_element(By.TAG_NAME, "html").get_attribute("lang"), "en")
        self.assertIn("New:", self.driver.title)
        buttons = [b.text for b in self.driver.find_elements(By.CSS_SELECTOR, ".action-bar button")]
        self.assertIn("Save", buttons)
        self.assertIn("Check", buttons)
        leftover = [line.strip() for line in self.own_words(site).splitlines()
                    if HAN.search(line) or CJK_PUNCTUATION.search(line)]
        self.assertEqual(leftover, [])
        self.assertTrue(self.driver.find_elements(By.XPATH, "//label[contains(., 'Opening balance')]"))
        # An amount with three decimals, then 检查: the summary and the message are English,
        # and the count chooses its noun.
        amount = self.driver.find_element(By.ID, "f-opening_balance")
        amount.clear()
        amount.send_keys("12.345")
        click_and_wait(self.driver, self.driver.find_element(By.CSS_SELECTOR, ".action-bar button[value=check]"))
        heading = self.driver.find_element(By.ID, "summary-title").text
        self.assertRegex(heading, r"^The check found (1 error|[02-9]\d* errors) and (1 warning|[02-9]\d* warnings)$")
        summary = self.driver.find_element(By.ID, "summary").text
        self.assertNotRegex(self.own_words(site), HAN.pattern, summary)
        self.assertIn("Sign-off and publishing", self.driver.find_element(By.ID, "review-title").text)

    def test_a_traditional_site_gets_a_traditional_editor(self):
        site = self.site_in("zh-Hant")
        self.driver.get(site.base + NEW_STATEMENT)
        self.assertEqual(self.driver.find_element(By.TAG_NAME, "html").get_attribute("lang"), "zh-Hant")
        to_traditional = opencc.OpenCC("s2tw")
        leftover = [line.strip() for line in self.own_words(site).splitlines()
                    if any(to_traditional.convert(c) != c for c in HAN.findall(line))]
        self.assertEqual(leftover, [])
        self.assertIn("審核與發布", self.driver.find_element(By.ID, "review-title").text)
        self.assertIn("檢查", [b.text for b in self.driver.find_elements(By.CSS_SELECTOR, ".action-bar button")])


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0]], verbosity=2)
