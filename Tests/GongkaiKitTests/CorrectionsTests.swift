import Foundation
import XCTest

@testable import GongkaiContent
@testable import GongkaiCore
@testable import GongkaiEditor
@testable import GongkaiKit
@testable import GongkaiSite

/// A notice changed after it was published shows what changed, field by field and row by row,
/// on its page and its print sheet (spec §8), from git; and gongkai.yaml's `history:`.
final class CorrectionsTests: XCTestCase {
    let first = """
        ---
        kind: finance.statement
        title: 许集村2026年10月财务收支公开
        published: 2026-11-06
        period: 2026-10
        opening_balance: 1000
        income:
          - {date: 2026-10-06, voucher: 记-001, item: 租金, amount: 600}
        expense:
          - {date: 2026-10-10, voucher: 记-002, item: 保洁员工资, amount: "2,400.00"}
          - {date: 2026-10-12, voucher: 记-003, item: 电费, amount: 100}
          - {date: 2026-10-20, voucher: 记-004, item: 办公用品, amount: 50}
        closing_balance: -950
        reviewed: {date: 2026-11-04, by: [许长林]}
        ---
        本月收支如上。

        如有疑问请联系报账员。

        """

    /// The same statement corrected: a wage raised, a row's date fixed, a row removed, one
    /// added, a reviewer added, the closing balance and the body's second paragraph changed.
    var corrected: String {
        first
            .replacingOccurrences(
                of: "published: 2026-11-06\n",
                with: "published: 2026-11-06\nrevisions:\n"
                    + "  - {date: 2026-11-10, note: 更正保洁员工资}\n"
            )
            .replacingOccurrences(of: "amount: \"2,400.00\"", with: "amount: \"2,500.00\"")
            .replacingOccurrences(of: "{date: 2026-10-12, voucher: 记-003", with: "{date: 2026-10-13, voucher: 记-003")
            .replacingOccurrences(of: "  - {date: 2026-10-20, voucher: 记-004, item: 办公用品, amount: 50}\n", with: "")
            .replacingOccurrences(
                of: "closing_balance: -950\n",
                with: "  - {date: 2026-10-25, voucher: 记-005, item: 防汛物资, amount: 30}\nclosing_balance: -1030\n"
            )
            .replacingOccurrences(of: "by: [许长林]", with: "by: [许长林, 赵玉芬]")
            .replacingOccurrences(of: "如有疑问请联系报账员。", with: "如有疑问请拨打监督电话。")
    }

    /// The site built into its `out/` on the tests' date.
    func build(_ site: TestSite) throws -> CommandResult {
        try Binary.run(["build", site.root.path, "--date", "2026-11-22", "--out", site.root.path + "/out"])
    }

    /// The October statement's page as the last build wrote it.
    func statementPage(_ site: TestSite) throws -> String {
        try String(contentsOf: site.root.appendingPathComponent("out/xuji/finance/2026-10/index.html"), encoding: .utf8)
    }

    /// The rows of the page's 改动 table: place, old, new ("" for none).
    func changeRows(_ html: String) -> [[String]] {
        guard let table = html.range(of: "<table class=\"changes\">"),
            let end = html.range(of: "</table>", range: table.upperBound..<html.endIndex)
        else { return [] }
        let body = String(html[table.upperBound..<end.lowerBound])
        return body.components(separatedBy: "<tr>").dropFirst(2).map { row in
            let cells = row.components(separatedBy: "</th>").flatMap { $0.components(separatedBy: "</td>") }
            return cells.dropLast().map { cell in
                let text = cell.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
                return text == "（无）" || text == "（已删除）" ? "" : text
            }
        }
    }

    func testACorrectedStatementShowsEveryChangeOnItsPageAndSheet() throws {
        let site = try TestSite()
        try TestGit.run(site, ["init", "-q"])
        try site.write("content/xuji/finance/2026-10.md", first)
        try TestGit.commit(site, "新建：10月财务收支", at: "2026-11-05T16:30:00+08:00")
        try site.write("content/xuji/finance/2026-10.md", corrected)
        try TestGit.commit(site, "更正：保洁员工资", at: "2026-11-10T09:00:00+08:00")

        let out = site.root.appendingPathComponent("out")
        let built = try build(site)
        XCTAssertEqual(built.status, 0, built.stderr)
        let expected = [
            ["村务监督委员会审核 · 审核人", "", "赵玉芬"],
            ["支出明细 第 1 行（保洁员工资） · 金额（元）", "2,400.00", "2,500.00"],
            ["支出明细 第 2 行（电费） · 日期", "2026年10月12日", "2026年10月13日"],
            ["支出明细 第 3 行（办公用品） 删除", "2026年10月20日，记-004，办公用品，50.00", ""],
            ["支出明细 第 3 行（防汛物资） 新增", "", "2026年10月25日，记-005，防汛物资，30.00"],
            ["期末余额（元）", "-950.00", "-1,030.00"],
            ["正文 第 2 段", "如有疑问请联系报账员。", "如有疑问请拨打监督电话。"],
        ]
        let page = try statementPage(site)
        XCTAssertEqual(changeRows(page), expected)
        XCTAssertTrue(page.contains("<time datetime=\"2026-11-06\">2026年11月6日</time> 首次公开的版本相比"), page)
        let sheet = try String(
            contentsOf: out.appendingPathComponent("xuji/finance/2026-10/print.html"), encoding: .utf8)
        XCTAssertEqual(changeRows(sheet), expected)
        XCTAssertTrue(sheet.contains("2026年11月10日：更正保洁员工资"), sheet)
        let board = try String(contentsOf: out.appendingPathComponent("xuji/board/2026-11/index.html"), encoding: .utf8)
        XCTAssertEqual(changeRows(board), expected)

        // Outside git: nothing shown, no error.
        try FileManager.default.removeItem(at: site.root.appendingPathComponent(".git"))
        let plain = try build(site)
        XCTAssertEqual(plain.status, 0, plain.stderr)
        let unversioned = try statementPage(site)
        XCTAssertEqual(changeRows(unversioned), [])
        XCTAssertFalse(unversioned.contains("首次公开的版本"))
    }

    func testANoticeUnchangedSincePublishingShowsNoChanges() throws {
        let site = try TestSite()
        try TestGit.run(site, ["init", "-q"])
        try site.write("content/xuji/finance/2026-10.md", first)
        try TestGit.commit(site, "新建", at: "2026-11-05T16:30:00+08:00")
        // Changed before the publishing day: the published version is the later one.
        try site.write(
            "content/xuji/finance/2026-10.md",
            corrected.replacingOccurrences(of: "revisions:\n  - {date: 2026-11-10, note: 更正保洁员工资}\n", with: ""))
        try TestGit.commit(site, "改", at: "2026-11-06T08:00:00+08:00")
        XCTAssertEqual(try build(site).status, 0)
        let page = try statementPage(site)
        XCTAssertEqual(changeRows(page), [])
        XCTAssertTrue(page.contains("修订记录"))
    }

    func testHistoryComesFromTheRepositoryGongkaiYamlNamesOrNowhere() throws {
        let site = try TestSite()
        try TestGit.run(site, ["init", "-q"])
        try site.write("content/xuji/finance/2026-10.md", first)
        try TestGit.commit(site, "Foundation: source, schema, render", at: "2026-11-05T16:30:00+08:00")

        // Another repository inside the site root, mirroring it.
        let mirror = try TestSite()
        try TestGit.run(mirror, ["init", "-q"])
        try mirror.write("content/xuji/finance/2026-10.md", first)
        try TestGit.commit(mirror, "新建：10月财务收支", at: "2026-11-05T16:30:00+08:00", author: "吴爱玲")
        try FileManager.default.moveItem(at: mirror.root, to: site.root.appendingPathComponent(".village-history"))
        try FileManager.default.createDirectory(at: mirror.root, withIntermediateDirectories: true)
        try site.write("gongkai.yaml", TestSite.defaultConfig + "history: .village-history\n")
        XCTAssertEqual(try build(site).status, 0)
        var html = try statementPage(site)
        XCTAssertTrue(html.contains("吴爱玲 · 新建：10月财务收支"), html)
        XCTAssertFalse(html.contains("Foundation"))

        // Switched off: no history, and the build says why.
        try site.write("gongkai.yaml", TestSite.defaultConfig + "history: \"off\"\n")
        let off = try build(site)
        XCTAssertEqual(off.status, 0, off.stderr)
        XCTAssertTrue((off.stdout + off.stderr).contains("history: off"), off.stdout + off.stderr)
        html = try statementPage(site)
        XCTAssertFalse(html.contains("修订记录"))

        // A folder without its own repository is no history (never the site's around it).
        try site.write("gongkai.yaml", TestSite.defaultConfig + "history: content\n")
        let missing = try build(site)
        XCTAssertEqual(missing.status, 0, missing.stderr)
        XCTAssertTrue((missing.stdout + missing.stderr).contains("content 不是 git 仓库"), missing.stderr)
        XCTAssertFalse(try statementPage(site).contains("Foundation"))

        // Out of the site root, or absolute: refused where it is written.
        for bad in ["../elsewhere", "/srv/git/town", "a//b"] {
            try site.write("gongkai.yaml", TestSite.defaultConfig + "history: \(bad)\n")
            let refused = try Binary.run(["check", site.root.path, "--date", "2026-11-22"])
            XCTAssertEqual(refused.status, 1, bad)
            XCTAssertTrue(refused.stdout.contains("gongkai.yaml:4:10: error[GK-S004]"), refused.stdout)
            XCTAssertTrue(refused.stdout.contains(bad), refused.stdout)
        }
    }

    func testAlignmentPairsRowsBetweenKeptOnes() {
        XCTAssertEqual(
            Alignment.steps(["a", "b", "c", "d"], ["a", "x", "c", "d", "e"]),
            [.kept(0, 0), .changed(1, 1), .kept(2, 2), .kept(3, 3), .added(4)])
        XCTAssertEqual(Alignment.steps(["a", "b"], []), [.removed(0), .removed(1)])
        XCTAssertEqual(Alignment.steps([], []), [])
    }
}
