#!/usr/bin/env python3
"""大字 and 朗读 (issue 17 §4, 适老化) on the demo site as built, served by a plain static file
server and read in Chromium: both absent without JavaScript and nothing else changed; 大字 scales
all the type by 1.25, is remembered across pages and visits, and keeps the page inside a phone's
width; 朗读 reads the notice (not its hashes) with the browser's speech synthesis, in the page's
language, and stops; axe-core finds no violation with either on.
Usage: reader_test.py PATH/TO/gongkai [SHOTS]"""

import os
import sys
import tempfile
import unittest

from selenium.webdriver.common.by import By

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/gongkai")
SHOTS = sys.argv[2] if len(sys.argv) > 2 else os.path.join(tempfile.gettempdir(), "gongkai-reader-shots")
sys.argv = sys.argv[:2]
from editor_test import axe_script, browser  # noqa: E402
from page_wait import click_and_wait  # noqa: E402
from demo_site import BuiltDemo  # noqa: E402

NOTICE = "xuji/finance/2026-10/"
TITLE = "许集村2026年10月财务收支公开"


class ReaderTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        os.makedirs(SHOTS, exist_ok=True)
        cls.demo = BuiltDemo(BINARY, "gongkai-reader-")
        cls.base = cls.demo.base

    @classmethod
    def tearDownClass(cls):
        cls.demo.stop()

    def setUp(self):
        self.driver = browser()
        self.addCleanup(self.driver.quit)

    def size(self, selector):
        return float(self.driver.execute_script(
            f"return parseFloat(getComputedStyle(document.querySelector('{selector}')).fontSize)"))

    def button(self, text):
        found = self.driver.find_elements(By.XPATH, f"//div[@class='reader-tools']/button[normalize-space(.)='{text}']")
        return found[0] if found else None

    def axe(self, context):
        self.driver.execute_script(axe_script())
        found = self.driver.execute_async_script(
            "var done=arguments[0];axe.run(document,{resultTypes:['violations']}).then(function(r){done(r.violations)})")
        self.assertEqual([(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in found], [], context)

    def test_without_javascript_nothing_is_added_and_nothing_changes(self):
        plain = browser(javascript=False)
        self.addCleanup(plain.quit)
        plain.get(self.base + NOTICE)
        self.assertEqual(plain.find_elements(By.CSS_SELECTOR, ".reader-tools"), [])
        self.assertEqual(plain.find_elements(By.XPATH, "//button[.='大字' or .='朗读']"), [])
        without = plain.find_element(By.TAG_NAME, "body").text
        self.driver.get(self.base + NOTICE)
        self.assertIsNotNone(self.button("大字"))
        self.driver.execute_script("document.querySelector('.reader-tools').remove()")
        self.assertEqual(self.driver.find_element(By.TAG_NAME, "body").text, without, "the page is otherwise the same")

    def test_large_type_is_remembered_across_pages_and_fits_a_phone(self):
        self.driver.get(self.base + NOTICE)
        body, heading = self.size("body"), self.size("h1")
        self.assertEqual(body, 18)
        large = self.button("大字")
        self.assertEqual(large.get_attribute("aria-pressed"), "false")
        large.click()
        self.assertEqual(self.size("body"), 22.5)
        self.assertEqual(self.size("h1"), heading * 1.25)
        self.assertEqual(self.button("大字").get_attribute("aria-pressed"), "true")
        self.axe("notice page, 大字 on")
        self.driver.save_screenshot(os.path.join(SHOTS, "large-1280.png"))

        self.driver.get(self.base + "xuji/")
        self.assertEqual(self.size("body"), 22.5, "remembered on the next page")
        self.assertEqual(self.button("大字").get_attribute("aria-pressed"), "true")
        self.assertIsNone(self.button("朗读"), "朗读 is for notices")
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                    {"width": 390, "height": 1600, "deviceScaleFactor": 1, "mobile": True})
        self.driver.get(self.base + NOTICE)
        overflow = self.driver.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        self.assertLessEqual(overflow, 1, "大字 on a phone: no sideways scrolling of the page")
        self.driver.save_screenshot(os.path.join(SHOTS, "large-390.png"))
        self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

        self.button("大字").click()
        self.assertEqual(self.size("body"), 18)
        self.driver.get(self.base + NOTICE)
        self.assertEqual(self.size("body"), 18, "and off again, remembered")

    def test_read_aloud_reads_the_notice_in_its_language_and_stops(self):
        self.driver.get(self.base + NOTICE)
        # What the page hands the browser's speech synthesis, recorded on its way through.
        self.driver.execute_script("""
            window.spoken = [];
            var speak = speechSynthesis.speak.bind(speechSynthesis);
            speechSynthesis.speak = function (u) { spoken.push({text: u.text, lang: u.lang}); speak(u); };""")
        read = self.button("朗读")
        self.assertEqual(read.get_attribute("aria-pressed"), "false")
        read.click()
        spoken = self.driver.execute_script("return spoken")
        self.assertEqual(len(spoken), 1)
        text = spoken[0]["text"]
        self.assertEqual(spoken[0]["lang"], "zh-CN")
        for words in [TITLE, "期末余额", "204,346.70", "许长林"]:
            self.assertIn(words, text)
        for unread in ["SHA-256", "修订记录", "CSV", "打印公告", "content/xuji"]:
            self.assertNotIn(unread, text, "no checksums, commits, file names or links read out")
        self.assertIn("0394-5721368", text, "the hotline is")
        self.assertNotIn("\n", text)
        stop = self.button("停止朗读")
        self.assertEqual(stop.get_attribute("aria-pressed"), "true")
        self.axe("notice page, reading")
        stop.click()
        self.assertIsNotNone(self.button("朗读"))
        self.assertFalse(self.driver.execute_script("return speechSynthesis.speaking || speechSynthesis.pending"))


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0]], verbosity=2)
