import Foundation
import XCTest

@testable import GongkaiContent
@testable import GongkaiCore
@testable import GongkaiEditor

/// Rows copied from a spreadsheet into a form's table (issue 29), as the server places them.
final class TablePasteTests: XCTestCase {
    private let specs = KindRegistry.kind(.financeStatement).fields
    private let october = [FormField("kind", "finance.statement"), FormField("period", "2026-10")]

    private func rows(_ fields: [FormField], _ table: String) -> [[String: String]] {
        FormRows.rows(of: table, in: fields).map { row in
            var cells: [String: String] = [:]
            for field in fields where field.name.hasPrefix("\(table).\(row).") {
                cells[String(field.name.dropFirst("\(table).\(row).".count))] = field.value
            }
            return cells.filter { !$0.value.isEmpty }
        }
    }

    func testClipboardCellsWithQuotesTabsAndLineBreaks() {
        let text = "a\t\"b\tc\"\t\"line one\nline two\"\n\"say \"\"hi\"\"\"\t\t3\r\n\n"
        XCTAssertEqual(
            SpreadsheetCells.rows(text), [["a", "b\tc", "line one\nline two"], ["say \"hi\"", "", "3"]])
        XCTAssertEqual(SpreadsheetCells.rows("x,\"1,234.50\"\n", separator: ","), [["x", "1,234.50"]])
    }

    func testAHeaderRowMatchesColumnsByTheirNamesInAnyOrder() {
        let text = """
            金额\t会计科目\t摘要\t凭证字号\t记账日期\t备注
            "1,234.50"\t经营收入\t租金\t记-001\t2026/10/5\t第一笔
            ¥200\t补助收入\t上级补助\t记-002\t2026年10月8日\t
            """
        let outcome = TablePaste.apply(text, into: "income", fields: october, specs: specs)
        XCTAssertEqual(
            rows(outcome.fields, "income"),
            [
                ["amount": "1234.50", "category": "经营收入", "item": "租金", "voucher": "记-001", "date": "2026-10-05"],
                ["amount": "200", "category": "补助收入", "item": "上级补助", "voucher": "记-002", "date": "2026-10-08"],
            ])
        XCTAssertEqual(outcome.placed, ["income": 2])
        XCTAssertEqual(outcome.headers.map(\.column), ["amount", "category", "item", "voucher", "date", nil])
    }

    func testALedgersDebitAndCreditSplitIntoIncomeAndExpenseForTheMonth() {
        let text = """
            日期\t凭证号\t摘要\t借方\t贷方\t余额
            \t\t期初余额\t\t\t10,000.00
            2026-09-30\t记-099\t九月的\t50.00\t\t10,050.00
            2026-10-03\t记-001\t收租金\t"3,000.00"\t\t13,050.00
            2026-10-09\t记-002\t付电费\t\t120.35\t12,929.65
            46300\t记-003\t收补助\t800\t\t13,729.65
            \t\t本月合计\t3,800.00\t120.35\t
            """
        let outcome = TablePaste.apply(text, into: "expense", fields: october, specs: specs)
        XCTAssertEqual(
            rows(outcome.fields, "income"),
            [
                ["date": "2026-10-03", "voucher": "记-001", "item": "收租金", "amount": "3000.00"],
                ["date": "2026-10-05", "voucher": "记-003", "item": "收补助", "amount": "800"],
            ])
        XCTAssertEqual(
            rows(outcome.fields, "expense"),
            [["date": "2026-10-09", "voucher": "记-002", "item": "付电费", "amount": "120.35"]])
        XCTAssertEqual(outcome.totalsLeftOut, 2, "期初余额 and 本月合计")
        XCTAssertEqual(outcome.outsidePeriod, 1, "September's row")
        XCTAssertEqual(outcome.placed, ["income": 2, "expense": 1])
    }

    /// As a ledger exported to a spreadsheet often has it: a title, then 金额 merged over 借方 and
    /// 贷方, with 日期, 凭证号 and 摘要 merged down both header rows.
    func testATwoRowHeaderUnderATitle() {
        let text = [
            "许集村现金日记账\t\t\t\t",
            "日期\t凭证号\t摘要\t金额\t",
            "\t\t\t借方\t贷方",
            "2026-10-03\t记-001\t收租金\t100.00\t",
            "2026-10-04\t记-002\t付电费\t\t20.00",
        ].joined(separator: "\n")
        let outcome = TablePaste.apply(text, into: "income", fields: october, specs: specs)
        XCTAssertEqual(
            rows(outcome.fields, "income"),
            [["date": "2026-10-03", "voucher": "记-001", "item": "收租金", "amount": "100.00"]])
        XCTAssertEqual(
            rows(outcome.fields, "expense"),
            [["date": "2026-10-04", "voucher": "记-002", "item": "付电费", "amount": "20.00"]])
        XCTAssertEqual(outcome.totalsLeftOut, 0)
    }

    func testWithoutAHeaderCellsGoFromThePastedCellOnOverwritingThenAddingRows() {
        var fields = october
        fields += [
            FormField("income.1.date", "2026-10-01"), FormField("income.1.item", "旧"),
            FormField("income.2.date", "2026-10-02"), FormField("income.2.item", "旧二"),
        ]
        let outcome = TablePaste.apply(
            "新二\t经营收入\t5\n新三\t\t6", into: "income", atRow: 2, column: "item", fields: fields, specs: specs)
        XCTAssertEqual(
            rows(outcome.fields, "income"),
            [
                ["date": "2026-10-01", "item": "旧"],
                ["date": "2026-10-02", "item": "新二", "category": "经营收入", "amount": "5"],
                ["item": "新三", "amount": "6"],
            ])
        XCTAssertTrue(outcome.headers.isEmpty)
    }

    func testASerialDayIsADateAndTheYearComesFromThePeriod() {
        XCTAssertEqual(ImportValues.date("46299", year: nil), "2026-10-04", "as LibreOffice and Excel count")
        XCTAssertEqual(ImportValues.date("10-05", year: 2026), "2026-10-05")
        XCTAssertEqual(ImportValues.date("10月5日", year: 2026), "2026-10-05")
        XCTAssertNil(ImportValues.date("十月五日", year: 2026))
        XCTAssertEqual(ImportValues.number("(12.00)"), "-12.00")
        XCTAssertEqual(ImportValues.number("1,234.567元"), "1234.567", "three decimals stay, for the check to name")
    }
}

/// Uploaded files read as a person would expect, and refused clearly when they are not spreadsheets.
final class SpreadsheetFileTests: XCTestCase {
    func testACSVInGB18030OrUTF8WithItsMark() throws {
        let text = "户主,家庭人口\r\n张三,3\r\n\"李,四\",2\r\n"
        let gb = try XCTUnwrap(Iconv.encodeForTests(text, to: "GB18030"))
        XCTAssertEqual(
            try SpreadsheetFile.rows(gb, filename: "list.csv"), [["户主", "家庭人口"], ["张三", "3"], ["李,四", "2"]])
        let marked = Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
        XCTAssertEqual(try SpreadsheetFile.rows(marked, filename: "list.CSV").first, ["户主", "家庭人口"])
    }

    func testWhatIsNoSpreadsheetIsRefusedByName() {
        XCTAssertThrowsError(try SpreadsheetFile.rows(Data("PK\u{3}\u{4}garbage".utf8), filename: "a.xlsx")) {
            XCTAssertEqual($0 as? SpreadsheetFile.Failure, .unreadableWorkbook)
        }
        XCTAssertThrowsError(try SpreadsheetFile.rows(Data("x".utf8), filename: "a.pdf")) {
            XCTAssertEqual($0 as? SpreadsheetFile.Failure, .unknownType("a.pdf"))
        }
        XCTAssertThrowsError(try SpreadsheetFile.rows(Data([0xFF, 0xFE, 0x00, 0x81]), filename: "a.csv")) {
            XCTAssertEqual($0 as? SpreadsheetFile.Failure, .unreadableText)
        }
    }

    func testColumnLetters() {
        XCTAssertEqual(SpreadsheetFile.columnIndex("A1"), 0)
        XCTAssertEqual(SpreadsheetFile.columnIndex("Z9"), 25)
        XCTAssertEqual(SpreadsheetFile.columnIndex("AB7"), 27)
    }
}
