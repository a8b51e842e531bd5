import Foundation
import XCTest

@testable import GongkaiContent
@testable import GongkaiCore
@testable import GongkaiEditor
@testable import GongkaiKit
@testable import GongkaiSite

/// The table buttons a form posts without JavaScript, and the paths the editor will touch.
final class EditorFormRowsAndPathsTests: XCTestCase {
    let statement = KindRegistry.kind(.financeStatement)

    func income(_ items: [String]) -> [FormField] {
        [FormField("title", "10月")]
            + items.enumerated().flatMap { i, item in
                [FormField("income.\(i + 1).item", item), FormField("income.\(i + 1).amount", "\(i + 1)00")]
            } + [FormField("closing_balance", "600")]
    }

    func items(_ fields: [FormField]) -> [String] {
        FormRows.rows(of: "income", in: fields).map { row in
            fields.first { $0.name == "income.\(row).item" }?.value ?? "·"
        }
    }

    func testActionsAreReadStrictly() {
        XCTAssertEqual(FormRows.Edit("add:income"), .add(table: "income"))
        XCTAssertEqual(FormRows.Edit("del:income:3"), .delete(table: "income", row: 3))
        XCTAssertEqual(FormRows.Edit("up:expense:2"), .up(table: "expense", row: 2))
        XCTAssertEqual(FormRows.Edit("down:members:1"), .down(table: "members", row: 1))
        for bad in ["add", "add:income:1", "del:income", "del:income:x", "save", "up:income:1:2", ""] {
            XCTAssertNil(FormRows.Edit(bad), bad)
        }
    }

    func testAddingDeletingAndMovingRowsKeepsEveryCellWithItsRow() {
        let fields = income(["租金", "利息", "补助"])
        let added = FormRows.Edit.add(table: "income").apply(to: fields, specs: statement.allFields)
        XCTAssertEqual(items(added), ["租金", "利息", "补助", ""])
        XCTAssertEqual(
            Set(added.filter { $0.name.hasPrefix("income.4.") }.map(\.name)),
            ["income.4.date", "income.4.voucher", "income.4.item", "income.4.category", "income.4.amount"])
        XCTAssertEqual(
            FormRows.Edit.add(table: "title").apply(to: fields, specs: statement.allFields), fields, "not a table")

        let deleted = FormRows.renumber(
            FormRows.Edit.delete(table: "income", row: 2).apply(to: fields, specs: statement.allFields),
            specs: statement.allFields)
        XCTAssertEqual(items(deleted), ["租金", "补助"])
        XCTAssertEqual(deleted.first { $0.name == "income.2.amount" }?.value, "300", "the amount went with its row")

        let up = FormRows.Edit.up(table: "income", row: 3).apply(to: fields, specs: statement.allFields)
        XCTAssertEqual(items(up), ["租金", "补助", "利息"])
        XCTAssertEqual(up.first { $0.name == "income.2.amount" }?.value, "300")
        XCTAssertEqual(up.first?.name, "title", "other fields stay where they were")
        XCTAssertEqual(up.last?.name, "closing_balance")
        XCTAssertEqual(
            FormRows.Edit.up(table: "income", row: 1).apply(to: fields, specs: statement.allFields), fields,
            "the first row cannot go up")
        XCTAssertEqual(
            items(FormRows.Edit.down(table: "income", row: 1).apply(to: fields, specs: statement.allFields)),
            ["利息", "租金", "补助"])
        XCTAssertEqual(
            FormRows.Edit.down(table: "income", row: 9).apply(to: fields, specs: statement.allFields), fields)
    }

    func testRowsAreRenumberedInOrderAndMapEntriesJoinTheirMap() {
        let gappy = [
            FormField("income.7.item", "乙"), FormField("income.2.item", "甲"), FormField("income.12.item", "丙"),
        ]
        let renumbered = FormRows.renumber(gappy, specs: statement.allFields)
        XCTAssertEqual(renumbered.map(\.name), ["income.2.item", "income.1.item", "income.3.item"])
        XCTAssertEqual(items(renumbered), ["甲", "乙", "丙"])

        let posted: [(name: String, value: String)] = [
            ("_mapkey.members.1.scores", " 志愿服务 "), ("_mapvalue.members.1.scores", "12"),
            ("_mapkey.members.2.scores", "a.b"), ("_mapvalue.members.2.scores", "3"),
            ("_mapkey.members.3.scores", ""), ("_mapvalue.members.3.scores", "5"),
        ]
        XCTAssertEqual(
            FormRows.mergeMapEntries(posted, into: []), [FormField("members.1.scores.志愿服务", "12")],
            "a key with a dot or none is no entry")
    }

    // MARK: - Paths

    func testOnlyDocumentsInsideTheVillageFolderMayBeEdited() throws {
        let site = try TestSite()
        try site.write("content/xuji/finance/2026-10.yaml", TestSite.octoberStatement)
        try site.write("content/liuzhuang/village.yaml", "name: 刘庄村\n")
        try FileManager.default.createSymbolicLink(
            at: site.root.appendingPathComponent("content/xuji/linked"),
            withDestinationURL: site.root.appendingPathComponent("content/liuzhuang"))
        for good in ["content/xuji/finance/2026-10.yaml", "content/xuji/village.yaml", "content/xuji/affairs/new.md"] {
            XCTAssertNoThrow(try EditorPaths.confined(good, village: "xuji", root: site.root), good)
        }
        for bad in [
            "content/liuzhuang/village.yaml", "content/xuji/../liuzhuang/village.yaml",
            "content/xuji/finance/../../x.md",
            "content/xuji/.git/config.yaml", "content/xuji/finance/.hidden.yaml", "content/xuji/a/b/c.yaml",
            "content/xuji/files/x.pdf", "content/xuji/notes.txt", "content/xuji//x.yaml", "content/xuji/linked/x.yaml",
            "content/xuji/a\\b.yaml", "gongkai.yaml", "/etc/passwd", "content/xuji/",
            "content/xuji/" + String(repeating: "长", count: 200) + ".yaml",
        ] {
            XCTAssertThrowsError(try EditorPaths.confined(bad, village: "xuji", root: site.root), bad)
        }
        XCTAssertThrowsError(try EditorPaths.confined("content/Xuji/a.yaml", village: "Xuji", root: site.root))
        XCTAssertThrowsError(
            try EditorPaths.existing("content/xuji/finance/2026-11.yaml", village: "xuji", root: site.root))
    }

    func testANewDocumentNeverTakesAnExistingName() throws {
        let site = try TestSite()
        let today = CalendarDate(iso: "2026-11-22")!
        var record = Record(entries: [], mark: .start)
        record.entries.append(
            Record.Entry(
                key: "period", keyMark: .start,
                value: Value(content: .period(Period(iso: "2026-10")!), mark: .start)))
        let first = EditorPaths.newDocument(
            kind: statement, record: record, village: "xuji", root: site.root, today: today)
        XCTAssertEqual(first, "content/xuji/finance/2026-10.md")
        try site.write("content/xuji/finance/2026-10.yaml", TestSite.octoberStatement)
        XCTAssertEqual(
            EditorPaths.newDocument(kind: statement, record: record, village: "xuji", root: site.root, today: today),
            "content/xuji/finance/2026-10-2.md", "one slug is one file whatever its extension")
    }
}
