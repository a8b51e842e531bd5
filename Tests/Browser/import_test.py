#!/usr/bin/env python3
"""导入 (issue 29) as a secretary does it: a month's vouchers copied from a spreadsheet and pasted
into the editor's 收入明细 and 支出明细 (30 rows each, with a header row, in the header order a
ledger uses), a cash ledger with 借方/贷方, a 合计 line and rows of other months pasted whole, and
the same without JavaScript through the box under the table. Chromium through Selenium on the real
`gongkai serve --edit`; then 检查 and 保存, and the file on disk.
Usage: import_test.py PATH/TO/gongkai"""

import os
import random
import shutil
import subprocess
import sys
import tempfile
import unittest
import zipfile

import yaml
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
from selenium.common.exceptions import WebDriverException

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/gongkai")
sys.argv = sys.argv[:2]
from editor_test import Site, browser  # noqa: E402
from page_wait import click_and_wait  # noqa: E402

NEW_STATEMENT = "/__gongkai/edit/xuji/new/finance.statement"
NEW_WELFARE = "/__gongkai/edit/xuji/new/affairs.welfare"
SHOTS = os.path.join(os.environ.get("TMPDIR", "/tmp"), "gongkai-import-shots")
PASTE = """
var el = arguments[0], text = arguments[1];
window.__gongkaiOldPage = true;
var data = new DataTransfer();
data.setData('text/plain', text);
el.focus();
el.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
"""


def vouchers(prefix, count, seed):
    """A month's rows as a ledger export has them: thousands separators, dates with slashes."""
    rng = random.Random(seed)
    rows = []
    for n in range(1, count + 1):
        cents = rng.randrange(100, 9_000_000)
        amount = f"{cents // 100:,}.{cents % 100:02d}"
        rows.append((f"2026/10/{1 + (n - 1) % 28}", f"{prefix}-{n:03d}", f"第{n}笔", "经营收入", amount, cents))
    return rows


def wait_for_new_page(driver):
    def ready(d):
        try:
            return d.execute_script("return window.__gongkaiOldPage === undefined && document.readyState === 'complete'")
        except WebDriverException:
            return False
    WebDriverWait(driver, 60).until(ready)


class EditorCase(unittest.TestCase):
    """A copy of the demo town served with the editor, and a browser on it."""
    maxDiff = None

    @classmethod
    def setUpClass(cls):
        cls.site = Site()
        cls.driver = browser()
        cls.files = tempfile.mkdtemp(prefix="gongkai-import-files-")

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        cls.site.stop()
        shutil.rmtree(cls.files, ignore_errors=True)

    def look(self, name):
        """Screenshots at 1280 and 390 px; at 390 nothing scrolls sideways."""
        os.makedirs(SHOTS, exist_ok=True)
        self.driver.save_screenshot(os.path.join(SHOTS, f"{name}-1280.png"))
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                    {"width": 390, "height": 1400, "deviceScaleFactor": 1, "mobile": True})
        overflow = self.driver.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        self.driver.save_screenshot(os.path.join(SHOTS, f"{name}-390.png"))
        self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        self.assertLessEqual(overflow, 1, f"{name} at 390 px scrolls sideways by {overflow}px")

    def cells(self, table):
        """The table's rows as the form holds them: {column: value} by row."""
        found = {}
        for element in self.driver.find_elements(By.CSS_SELECTOR, f"table[data-table='{table}'] tbody input"):
            parts = element.get_attribute("name").split(".")
            found.setdefault(int(parts[1]), {})[parts[2]] = element.get_attribute("value")
        return [found[k] for k in sorted(found)]


class ImportTests(EditorCase):

    def new_statement(self, period="2026-10"):
        self.driver.get(self.site.base + NEW_STATEMENT)
        box = self.driver.find_element(By.ID, "f-period")
        box.clear()
        box.send_keys(period)

    def paste_into_new_row(self, table, text):
        add = self.driver.find_element(By.CSS_SELECTOR, f"button[data-add-row='{table}']")
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", add)
        add.click()
        cell = self.driver.find_elements(By.CSS_SELECTOR, f"table[data-table='{table}'] tbody input")[0]
        self.driver.execute_script(PASTE, cell, text)
        wait_for_new_page(self.driver)

    def test_thirty_rows_with_a_header_into_income_and_expense_then_saved(self):
        self.new_statement()
        income = vouchers("记", 30, 1)
        expense = vouchers("付", 30, 2)
        # Header words as ledgers write them, in their order: matched by name, not position.
        self.paste_into_new_row("income", "日期\t凭证号\t摘要\t科目\t金额（元）\n" + "\n".join(
            "\t".join(r[:5]) for r in income) + "\n")
        notice = self.driver.find_element(By.ID, "pasted").text
        self.assertIn("已放入收入明细 30 行", notice)
        self.assertIn("金额（元） → 金额（元）", notice)
        self.look("pasted-income")
        self.paste_into_new_row("expense", "记账日期\t凭证字号\t摘要\t会计科目\t金额\n" + "\n".join(
            "\t".join(r[:5]) for r in expense))
        self.assertIn("已放入支出明细 30 行", self.driver.find_element(By.ID, "pasted").text)
        got_income = self.cells("income")
        self.assertEqual(len(got_income), 30, "the income rows stay when expense is pasted")
        self.assertEqual(got_income[0]["date"], "2026-10-01")
        self.assertEqual(got_income[0]["amount"], income[0][4].replace(",", ""))
        self.assertEqual([r["voucher"] for r in self.cells("expense")], [r[1] for r in expense])
        # Balances that add up: F101 has nothing to say, and the file has every row.
        total_in = sum(r[5] for r in income)
        total_out = sum(r[5] for r in expense)
        opening = 5_000_000_00
        closing = opening + total_in - total_out
        for field, cents in (("f-opening_balance", opening), ("f-closing_balance", closing)):
            box = self.driver.find_element(By.ID, field)
            box.clear()
            box.send_keys(f"{cents // 100}.{cents % 100:02d}")
        click_and_wait(self.driver, self.driver.find_element(By.CSS_SELECTOR, ".action-bar button[value=check]"))
        self.assertNotIn("GK-F101", self.driver.find_element(By.TAG_NAME, "main").text)
        click_and_wait(self.driver, self.driver.find_element(By.CSS_SELECTOR, ".action-bar button[value=save]"))
        self.assertIn("已保存", self.driver.find_element(By.ID, "done").text)
        saved = [p for p in os.listdir(self.site.path("content/xuji/finance")) if p.startswith("2026-10")]
        self.assertEqual(saved, ["2026-10.md"])
        with open(self.site.path("content/xuji/finance/2026-10.md"), encoding="utf-8") as f:
            document = yaml.safe_load(f.read().split("\n---\n")[0].removeprefix("---\n"))
        self.assertEqual(len(document["income"]), 30)
        self.assertEqual(len(document["expense"]), 30)
        self.assertEqual(str(document["expense"][29]["voucher"]), "付-030")

    def test_a_ledger_splits_into_income_and_expense_for_the_month(self):
        self.new_statement()
        ledger = "\n".join([
            "日期\t凭证号\t摘要\t借方\t贷方\t余额",
            "\t\t期初余额\t\t\t10,000.00",
            "2026-09-28\t记-090\t九月收款\t500.00\t\t10,500.00",
            "46299\t记-001\t收租金\t3,000.00\t\t13,500.00",
            "2026-10-09\t记-002\t付电费\t\t120.35\t13,379.65",
            "\t\t本月合计\t3,000.00\t120.35\t",
        ])
        self.paste_into_new_row("income", ledger)
        notice = self.driver.find_element(By.ID, "pasted").text
        self.assertIn("已放入收入明细 1 行", notice)
        self.assertIn("已放入支出明细 1 行", notice)
        self.assertIn("没有放入 2 个合计、承前页等汇总行", notice)
        self.assertIn("没有放入 1 行不在本期（2026年10月）的记录", notice)
        self.assertEqual(self.cells("income"), [
            {"date": "2026-10-04", "voucher": "记-001", "item": "收租金", "category": "", "amount": "3000.00"}])
        self.assertEqual(self.cells("expense")[0]["amount"], "120.35")

    def test_without_javascript_the_box_under_the_table_does_the_same(self):
        driver = browser(javascript=False)
        try:
            driver.get(self.site.base + NEW_STATEMENT)
            period = driver.find_element(By.ID, "f-period")
            period.clear()
            period.send_keys("2026-10")
            summary = driver.find_element(By.XPATH, "//textarea[@id='paste-income']/ancestor::details/summary")
            driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", summary)
            summary.click()
            box = driver.find_element(By.ID, "paste-income")
            box.click()
            # Text put in the box as a paste puts it, tabs and all (a typed Tab would leave the box).
            driver.execute_cdp_cmd("Input.insertText", {
                "text": "日期\t凭证号\t摘要\t金额\n2026-10-02\t记-001\t租金\t1,234.567\n"})
            click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "button[data-paste-into='income']"))
            self.assertIn("已放入收入明细 1 行", driver.find_element(By.ID, "pasted").text)
            amount = driver.find_element(By.NAME, "income.1.amount")
            self.assertEqual(amount.get_attribute("value"), "1234.567")
            # Three decimals: the check names it at its row, as if typed.
            self.assertIn("income.1.amount", driver.find_element(By.ID, "summary").get_attribute("innerHTML") +
                          driver.page_source)
            self.assertIn("GK-S004", driver.find_element(By.ID, "summary").text)
        finally:
            driver.quit()


def libreoffice_xlsx(csv_text, folder, name):
    """The .xlsx LibreOffice Calc makes of a UTF-8 CSV (dates it recognises become serial days)."""
    source = os.path.join(folder, name + ".csv")
    with open(source, "w", encoding="utf-8") as f:
        f.write(csv_text)
    subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{folder}/profile",
                    "--infilter=CSV:44,34,76,1,,1033,false,true", "--convert-to", "xlsx", "--outdir", folder, source],
                   check=True, capture_output=True, timeout=180)
    return os.path.join(folder, name + ".xlsx")


class UploadTests(EditorCase):

    def upload(self, table, path):
        summary = self.driver.find_element(By.XPATH, f"//textarea[@id='paste-{table}']/ancestor::details/summary")
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", summary)
        summary.click()
        self.driver.find_element(By.ID, f"import-{table}").send_keys(path)
        click_and_wait(self.driver, self.driver.find_element(By.CSS_SELECTOR, f"button[data-import-into='{table}']"))

    def preview_rows(self):
        rows = {}
        for tr in self.driver.find_elements(By.CSS_SELECTOR, "#import-preview table.import-rows tbody tr"):
            cells = [td.text for td in tr.find_elements(By.CSS_SELECTOR, "th, td")]
            rows[int(cells[0])] = cells
        return rows

    def test_an_xlsx_ledger_becomes_the_months_statement(self):
        ledger = "\n".join([
            "许集村现金日记账 2026年,,,,,",
            "日期,凭证号,摘要,借方,贷方,余额",
            ",,上年结转,,,20000.00",
            "2026-09-28,记-090,九月收款,500.00,,20500.00",
            "2026-10-03,记-101,收租金,3000.00,,23500.00",
            "2026-10-09,记-102,付电费,,120.35,23379.65",
            "2026-10-15,记-103,收补助,\"1,800.00\",,25179.65",
            "2026-10-20,记-104,付修路款,,6000.00,19179.65",
            "2026-11-02,记-120,十一月付款,,50.00,19129.65",
            ",,本年累计,5300.00,6170.35,",
        ]) + "\n"
        path = libreoffice_xlsx(ledger, self.files, "ledger")
        with zipfile.ZipFile(path) as book:
            sheet = book.read("xl/worksheets/sheet1.xml").decode()
        self.assertRegex(sheet, r'<c r="A5"[^>]*t="n"[^>]*><v>46298</v>|<c r="A5"[^>]*><v>46298</v>',
                         "LibreOffice keeps 2026-10-03 as a serial day, as spreadsheets do")
        self.driver.get(self.site.base + NEW_STATEMENT)
        period = self.driver.find_element(By.ID, "f-period")
        period.clear()
        period.send_keys("2026-10")
        self.upload("income", path)
        title = self.driver.find_element(By.ID, "import-title").text
        self.assertIn("导入预览：ledger.xlsx", title)
        rows = self.preview_rows()
        self.assertIn("不导入：合计、承前页等汇总行", rows[3], "上年结转")
        self.assertIn("不导入：不在本期", rows[4], "September")
        self.assertEqual(rows[5][1], "2026-10-03", "a serial day shown as the date it is")
        self.assertIn("收入明细", rows[5])
        self.assertIn("支出明细", rows[6])
        self.assertIn("不导入：合计、承前页等汇总行", rows[10])
        self.assertEqual(self.cells("income"), [], "nothing lands before 导入这些行")
        self.look("import-preview")
        click_and_wait(self.driver, self.driver.find_element(
            By.XPATH, "//section[@id='import-preview']//button[normalize-space(.)='导入这些行']"))
        self.assertEqual([r["voucher"] for r in self.cells("income")], ["记-101", "记-103"])
        self.assertEqual([r["amount"] for r in self.cells("expense")], ["120.35", "6000"])
        self.assertEqual(self.cells("income")[1]["amount"], "1800")
        for field, value in (("f-opening_balance", "20000.00"), ("f-closing_balance", "18679.65")):
            box = self.driver.find_element(By.ID, field)
            box.clear()
            box.send_keys(value)
        click_and_wait(self.driver, self.driver.find_element(By.CSS_SELECTOR, ".action-bar button[value=check]"))
        self.assertNotIn("GK-F101", self.driver.find_element(By.TAG_NAME, "main").text)
        box = self.driver.find_element(By.ID, "f-closing_balance")
        box.clear()
        box.send_keys("18679.66")
        click_and_wait(self.driver, self.driver.find_element(By.CSS_SELECTOR, ".action-bar button[value=check]"))
        self.assertIn("GK-F101", self.driver.find_element(By.TAG_NAME, "main").text, "F101 has teeth")

    def test_a_gb18030_csv_of_three_hundred_households(self):
        lines = ["户主,家庭人口,补贴金额,身份证号"]
        for n in range(1, 301):
            lines.append(f"户主{n:03d},{1 + n % 6},\"{n * 10:,}.00\",4101**********{n:04d}")
        path = os.path.join(self.files, "welfare.csv")
        with open(path, "wb") as f:
            f.write(("\r\n".join(lines) + "\r\n").encode("gb18030"))
        self.driver.get(self.site.base + NEW_WELFARE)
        self.upload("recipients", path)
        self.assertIn("300 行，可放入 300 行", self.driver.find_element(By.ID, "import-title").text)
        click_and_wait(self.driver, self.driver.find_element(
            By.XPATH, "//section[@id='import-preview']//button[normalize-space(.)='导入这些行']"))
        got = self.cells("recipients")
        self.assertEqual(len(got), 300)
        self.assertEqual(got[299]["name"], "户主300")
        self.assertEqual(got[299]["amount"], "3000.00")
        self.assertEqual(got[0]["household_size"], "2")

    def test_problems_show_at_their_rows_in_the_preview(self):
        path = os.path.join(self.files, "bad.csv")
        with open(path, "w", encoding="utf-8-sig") as f:
            f.write("户主姓名,家庭人口,金额,身份证号\n张三,3,12.345,41010219800101123X\n李四,2,50.00,4101**********1234\n")
        self.driver.get(self.site.base + NEW_WELFARE)
        self.upload("recipients", path)
        rows = self.preview_rows()
        self.assertIn("金额（元）“12.345”超过两位小数", rows[2][-1])
        self.assertIn("未隐去的身份证号", rows[2][-1])
        self.assertEqual(rows[3][-1], "", "a masked number is no problem")



if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0]], verbosity=2)
