#!/usr/bin/env python3
"""Corrections made visible (issue 17 §2) on the demo as `make site` builds it: 许集村's
September statement, corrected on 2026-10-15 in the demo's made-up village history, shows
what changed since it was first published on its page and on its print sheet (printed by
Chromium), and every notice's 修订记录 lists the villages' secretaries, not gongkai's own
development commits.
Usage: corrections_test.py PATH/TO/gongkai [SHOTS]"""

import base64
import os
import subprocess
import sys
import tempfile
import unittest

from selenium.webdriver.common.by import By
from selenium.webdriver.common.print_page_options import PrintOptions

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/gongkai")
SHOTS = sys.argv[2] if len(sys.argv) > 2 else os.path.join(tempfile.gettempdir(), "gongkai-corrections-shots")
sys.argv = sys.argv[:2]
from editor_test import axe_script, browser  # noqa: E402
from demo_site import BuiltDemo  # noqa: E402

CORRECTED = "xuji/finance/2026-09/"
CHANGES = [
    ["支出明细 第 1 行（环境卫生保洁费） · 金额（元）", "4,011.60", "4,111.60"],
    ["支出明细 第 4 行（办公用品及打印耗材） · 金额（元）", "909.10", "809.10"],
]


class CorrectionsTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        os.makedirs(SHOTS, exist_ok=True)
        cls.demo = BuiltDemo(BINARY, "gongkai-corrections-")
        cls.driver = browser()

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        cls.demo.stop()

    def changes(self):
        """The rows of the table under 自首次公开以来的改动, as a reader sees them."""
        heading = self.driver.find_elements(By.XPATH, "//h3[.='自首次公开以来的改动']")
        if not heading:
            return []
        table = heading[0].find_element(By.XPATH, "following::table[1]")
        return [[cell.text for cell in row.find_elements(By.XPATH, "th|td")]
                for row in table.find_elements(By.CSS_SELECTOR, "tbody tr")]

    def history(self):
        return [li.text for li in self.driver.find_elements(By.CSS_SELECTOR, "ol.history li")]

    def test_the_corrected_statement_shows_each_change_beside_its_note(self):
        self.driver.get(self.demo.base + CORRECTED)
        self.assertEqual(self.changes(), CHANGES)
        old = self.driver.find_element(By.CSS_SELECTOR, "table.changes del")
        self.assertIn("line-through", old.value_of_css_property("text-decoration-line"))
        self.assertIn("与 2026年10月9日 首次公开的版本相比", self.driver.find_element(By.TAG_NAME, "body").text)
        notes = [li.text for li in self.driver.find_elements(By.CSS_SELECTOR, "ol.revisions li")]
        self.assertEqual(len(notes), 1)
        self.assertTrue(notes[0].startswith("2026年10月15日：环境卫生保洁费应为4111.60元"), notes)
        history = self.history()
        self.assertEqual(len(history), 2, history)
        self.assertTrue(history[0].startswith("首次发布 2026年10月8日 · 许志强 · 新建：许集村2026年9月财务收支公开"), history)
        self.assertTrue(history[1].startswith("修改 2026年10月15日 · 许志强 · 更正："), history)
        self.driver.save_screenshot(os.path.join(SHOTS, "corrected-1280.png"))
        self.driver.execute_script(axe_script())
        found = self.driver.execute_async_script(
            "var done=arguments[0];axe.run(document,{resultTypes:['violations']}).then(function(r){done(r.violations)})")
        self.assertEqual([v["id"] for v in found], [])

    def test_a_notice_never_changed_shows_no_changes_and_its_secretary(self):
        self.driver.get(self.demo.base + "xuji/finance/2026-10/")
        self.assertEqual(self.changes(), [])
        self.assertEqual(self.driver.find_elements(By.CSS_SELECTOR, "table.changes"), [])
        self.assertEqual(len(self.history()), 1)
        self.assertTrue(self.history()[0].startswith("首次发布 2026年11月5日 · 许志强 · 新建："), self.history())

    def test_no_page_lists_gongkai_development_commits(self):
        authors = subprocess.run(["git", "-C", os.path.join(os.path.dirname(BINARY), "..", ".."), "log",
                                  "--format=%s", "-20"], capture_output=True, text=True).stdout.split("\n")
        subjects = [s for s in authors if len(s) > 12]
        self.assertGreater(len(subjects), 5)
        checked = 0
        for page in ["houmiao/party/", "zhaolou/finance/", CORRECTED, "wangying/affairs/"]:
            self.driver.get(self.demo.base + page)
            for link in [a.get_attribute("href") for a in self.driver.find_elements(By.CSS_SELECTOR, "main a")][:3]:
                self.driver.get(link)
                for entry in self.history():
                    checked += 1
                    self.assertFalse(any(s[:30] in entry for s in subjects), entry)
                    self.assertRegex(entry, r" · (\S+) · (新建|更正)：")
        self.assertGreaterEqual(checked, 8)

    def test_the_print_sheet_prints_the_changes(self):
        self.driver.get(self.demo.base + CORRECTED + "print.html")
        options = PrintOptions()
        options.background = True
        pdf = os.path.join(SHOTS, "corrected-sheet.pdf")
        with open(pdf, "wb") as f:
            f.write(base64.b64decode(self.driver.print_page(options)))
        text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
        flat = " ".join(text.split())
        self.assertIn("更正", flat)
        self.assertIn("2026年10月15日：环境卫生保洁费应为4111.60元", flat.replace(" ", ""))
        for place, old, new in CHANGES:
            self.assertRegex(flat, old.replace(".", r"\.") + r"\s+" + new.replace(".", r"\."))


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0]], verbosity=2)
