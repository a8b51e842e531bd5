import Foundation
import XCTest

@testable import GongkaiContent
@testable import GongkaiCore
@testable import GongkaiEditor
@testable import GongkaiKit
@testable import GongkaiSite

/// A form post read as a document: typed by the same validator, checked by the same rules, each
/// problem traced back to the form field it is about, and written in the canonical layout.
final class FormDocumentTests: XCTestCase {
    let statement = KindRegistry.kind(.financeStatement)

    /// October's statement as a secretary fills it in: a blank third row, a wrong closing balance.
    var posted: [(name: String, value: String)] {
        [
            ("kind", "finance.statement"), ("title", "2026年10月财务收支公开"), ("published", "2026-11-06"),
            ("period", "2026-10"), ("draft", ""), ("notice_until", ""),
            ("reviewed.date", "2026-11-04"), ("reviewed.by", "许长林"), ("reviewed.by", "赵玉芬"),
            ("opening_balance", "152,300.00"),
            ("income.0.date", "2026-10-06"), ("income.0.voucher", "记-001"), ("income.0.item", "厂房租金"),
            ("income.0.amount", "36,000.00"),
            ("income.1.date", "2026-10-20"), ("income.1.voucher", "记-003"), ("income.1.item", "null"),
            ("income.1.amount", "1000"),
            ("income.2.date", ""), ("income.2.voucher", ""), ("income.2.item", ""), ("income.2.amount", ""),
            ("expense.0.date", "2026-10-08"), ("expense.0.voucher", "记-002"), ("expense.0.item", "道路修补: 东段"),
            ("expense.0.amount", "8,450.50"),
            ("closing_balance", "179,894.50"),
        ]
    }

    /// The settings of a test site, as the loader reads them.
    let config: SiteConfig = {
        let site = try! TestSite()
        return SiteLoader.prepare(root: site.root, buildDate: CalendarDate(iso: "2026-11-22")!).0!.config
    }()

    func check(_ form: FormDocument) -> (Document, [(field: String?, code: String)]) {
        let collector = DiagnosticCollector()
        let reporter = FileReporter(collector: collector, file: "content/xuji/finance/2026-10.yaml")
        let data = SchemaValidator(reporter: reporter).record(form.node, fields: statement.allFields)
        let document = Document(
            village: "xuji", path: "content/xuji/finance/2026-10.yaml", slug: "2026-10", kind: statement, data: data,
            title: data.string("title") ?? "", published: data.date("published") ?? CalendarDate(iso: "2026-11-06")!,
            body: nil, bodyLineOffset: 0, sourceSHA256: "", bytes: 0)
        let context = RuleContext(
            config: config, village: nil, attachments: [], buildDate: CalendarDate(iso: "2026-11-22")!)
        RuleRegistry.run(on: document, context: context, reporter: reporter)
        return (document, collector.diagnostics.map { (form.field(atLine: $0.location.line), $0.code.rawValue) })
    }

    func testAFilledFormIsTypedCheckedAndEachProblemNamesItsField() throws {
        let (document, found) = check(FormDocument(posted, fields: statement.allFields))
        XCTAssertEqual(document.data.records("income").count, 2, "the blank row is dropped")
        XCTAssertEqual(document.data.records("income")[1].string("item"), "null", "text stays text")
        XCTAssertEqual(document.data.money("opening_balance"), Money.parse("152300", allowNegative: false).success)
        XCTAssertEqual(found.map { "\($0.field ?? "?") \($0.code)" }, ["closing_balance GK-F101"])

        var wrong = posted
        wrong[wrong.firstIndex { $0.name == "income.1.date" }!].value = "2026-10-32"
        wrong[wrong.firstIndex { $0.name == "title" }!].value = ""
        let (_, problems) = check(FormDocument(wrong, fields: statement.allFields))
        XCTAssertEqual(
            problems.map { "\($0.field ?? "?") \($0.code)" }.sorted(),
            ["closing_balance GK-F101", "income.1.date GK-S004", "title GK-S002"])
    }

    func testTheFormIsSavedInTheCanonicalLayout() throws {
        var fixed = posted
        fixed[fixed.firstIndex { $0.name == "closing_balance" }!].value = "180,849.50"
        let (document, found) = check(FormDocument(fixed, fields: statement.allFields))
        XCTAssertEqual(found.map(\.code), [])
        XCTAssertEqual(
            try DocumentWriter.file(document.data, fields: statement.allFields, body: nil),
            """
            kind: finance.statement
            title: 2026年10月财务收支公开
            published: 2026-11-06
            period: 2026-10
            reviewed: {date: 2026-11-04, by: [许长林, 赵玉芬]}
            opening_balance: "152,300.00"
            income:
            - {date: 2026-10-06, voucher: 记-001, item: 厂房租金, amount: "36,000.00"}
            - {date: 2026-10-20, voucher: 记-003, item: "null", amount: "1,000.00"}
            expense:
            - {date: 2026-10-08, voucher: 记-002, item: '道路修补: 东段', amount: "8,450.50"}
            closing_balance: "180,849.50"

            """)
    }

    /// A month without expenses: the required table that may be empty comes back as `[]`, not as
    /// a missing field; one that must have rows is still reported.
    func testAnEmptyTableThatMayBeEmptyIsAnEmptyList() throws {
        var posted = self.posted.filter { !$0.name.hasPrefix("expense.") }
        posted[posted.firstIndex { $0.name == "closing_balance" }!].value = "189,300.00"
        let (document, found) = check(FormDocument(posted, fields: statement.allFields))
        XCTAssertEqual(document.data["expense"]?.list?.count, 0)
        XCTAssertEqual(found.map(\.code), [])
        let assets = KindRegistry.kind(.financeAssets)
        let collector = DiagnosticCollector()
        let form = FormDocument([("kind", "finance.assets"), ("title", "资产")], fields: assets.allFields)
        _ = SchemaValidator(reporter: FileReporter(collector: collector, file: "a.yaml"))
            .record(form.node, fields: assets.allFields)
        XCTAssertTrue(
            collector.diagnostics.contains { form.field(atLine: $0.location.line) == "items" && $0.code == .s002 })
    }

    /// A notice's review fieldset left blank (date empty, no reviewer ticked) is no review at all,
    /// not a review missing its date and reviewers; half filled, the missing half is named.
    func testABlankOptionalObjectIsLeftOut() throws {
        let notice = KindRegistry.kind(.affairsNotice)
        let blank: [(name: String, value: String)] = [
            ("kind", "affairs.notice"), ("title", "关于冬季防火的通知"), ("published", "2026-11-06"),
            ("reviewed.date", ""),
        ]
        let form = FormDocument(blank, fields: notice.allFields)
        let collector = DiagnosticCollector()
        let record = SchemaValidator(reporter: FileReporter(collector: collector, file: "n.md"))
            .record(form.node, fields: notice.allFields)
        XCTAssertNil(record["reviewed"])
        XCTAssertEqual(collector.diagnostics.map(\.code), [])

        let half = FormDocument(blank + [("reviewed.by", "许长林")], fields: notice.allFields)
        let found = DiagnosticCollector()
        _ = SchemaValidator(reporter: FileReporter(collector: found, file: "n.md"))
            .record(half.node, fields: notice.allFields)
        XCTAssertEqual(
            found.diagnostics.map { "\(half.field(atLine: $0.location.line) ?? "?") \($0.code)" },
            ["reviewed.date GK-S002"])
    }
}

extension Result {
    var success: Success? {
        if case .success(let value) = self { return value }
        return nil
    }
}
