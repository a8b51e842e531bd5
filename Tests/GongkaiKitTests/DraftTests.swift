import Foundation
import XCTest

/// Drafts (spec §3.1, §5): checked and reported, marked as a draft's, blocking nothing else; out
/// of the published documents' cross-document rules; the missing sign-off a step to come.
final class DraftTests: XCTestCase {
    let date = "2026-11-22"

    /// A statement of `period` for 许集村, one income row on `day` of the month, balanced unless
    /// `closing` says otherwise.
    func statement(
        _ period: String, published: String, opening: String, income: String, closing: String, draft: Bool = false,
        reviewed: Bool = true
    ) -> String {
        """
        kind: finance.statement
        title: 许集村\(period)财务收支公开
        published: \(published)
        period: \(period)
        opening_balance: \(opening)
        income:
          - {date: \(period)-06, voucher: 记-001, item: 租金, amount: \(income)}
        expense: []
        closing_balance: \(closing)
        \(reviewed ? "reviewed: {date: \(published), by: [许长林]}" : "")
        \(draft ? "draft: true" : "")

        """
    }

    /// June and August published; July a draft whose closing balance breaks the chain; in
    /// liuzhuang a draft without its sign-off and a published notice of its own.
    func town() throws -> TestSite {
        let site = try TestSite(villages: ["xuji": TestSite.defaultVillage, "liuzhuang": TestSite.defaultVillage])
        try site.write(
            "content/xuji/finance/2026-06.yaml",
            statement("2026-06", published: "2026-07-05", opening: "1000", income: "100", closing: "1100"))
        // Draft July: 1100 + 50 = 1150, but it says 1200 (GK-F101); August opens at 1100.
        try site.write(
            "content/xuji/finance/2026-07.yaml",
            statement(
                "2026-07", published: "2026-08-05", opening: "1100", income: "50", closing: "1200", draft: true))
        try site.write(
            "content/xuji/finance/2026-08.yaml",
            statement("2026-08", published: "2026-09-05", opening: "1100", income: "10", closing: "1110"))
        try site.write(
            "content/liuzhuang/finance/2026-10.yaml",
            statement(
                "2026-10", published: "2026-11-06", opening: "0", income: "10", closing: "10", draft: true,
                reviewed: false))
        try site.write(
            "content/liuzhuang/affairs/notice.md",
            """
            ---
            kind: affairs.notice
            title: 秋收通知
            published: 2026-11-20
            ---
            秋收期间注意防火。

            """)
        return site
    }

    func testDraftsInErrorDoNotStopTheTownsBuild() throws {
        let site = try town()
        let out = site.root.appendingPathComponent("site")
        let result = try Binary.run(["build", site.root.path, "--out", out.path, "--date", date])
        XCTAssertEqual(result.status, 0, result.stderr)
        // The draft's error is reported, marked as a draft's, with its line.
        XCTAssertTrue(
            result.stderr.contains("content/xuji/finance/2026-07.yaml:9:18: error[GK-F101]: （草稿）"), result.stderr)
        XCTAssertTrue(result.stderr.contains("草稿中有 1 个错误"), result.stderr)
        // Every published notice is on the site; the drafts are not.
        let fm = FileManager.default
        XCTAssertTrue(fm.fileExists(atPath: out.appendingPathComponent("liuzhuang/affairs/notice/index.html").path))
        XCTAssertTrue(fm.fileExists(atPath: out.appendingPathComponent("xuji/finance/2026-08/index.html").path))
        XCTAssertFalse(fm.fileExists(atPath: out.appendingPathComponent("xuji/finance/2026-07").path))
        XCTAssertFalse(fm.fileExists(atPath: out.appendingPathComponent("liuzhuang/finance/2026-10").path))
        let page = try String(
            contentsOf: out.appendingPathComponent("liuzhuang/affairs/notice/index.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("秋收期间注意防火"))
    }

    func testCheckMarksDraftsAndJudgesNoPublishedNoticeAgainstThem() throws {
        let site = try town()
        let result = try Binary.run(["check", site.root.path, "--date", date, "--format", "json"])
        XCTAssertEqual(result.status, 0, "only drafts are in error: " + result.stdout)
        let found = try decodeDiagnostics(result.stdout)
        XCTAssertEqual(
            found.map { "\($0.file):\($0.line) \($0.code) \($0.draft == true ? "draft" : "published")" },
            ["content/xuji/finance/2026-07.yaml:9 GK-F101 draft"])
        // Not GK-F103 on the published August (July is a draft), and not GK-F105 on the
        // unsigned liuzhuang draft (the supervisor's 审核通过 fills it).
        XCTAssertFalse(found.contains { $0.code == "GK-F103" || $0.code == "GK-F105" })
        // The same draft published would be judged: August against it, its missing sign-off too.
        try site.write(
            "content/liuzhuang/finance/2026-10.yaml",
            statement("2026-10", published: "2026-11-06", opening: "0", income: "10", closing: "10", reviewed: false))
        let published = try Binary.run(["check", site.root.path, "--date", date, "--format", "json"])
        XCTAssertEqual(published.status, 1)
        let errors = try decodeDiagnostics(published.stdout)
        XCTAssertEqual(
            errors.map { "\($0.file) \($0.code) \($0.draft == true)" },
            ["content/liuzhuang/finance/2026-10.yaml GK-F105 false", "content/xuji/finance/2026-07.yaml GK-F101 true"])
    }

    func testADraftIsJudgedAgainstThePublishedPeriodBeforeIt() throws {
        let site = try TestSite()
        try site.write(
            "content/xuji/finance/2026-06.yaml",
            statement("2026-06", published: "2026-07-05", opening: "1000", income: "100", closing: "1100"))
        try site.write(
            "content/xuji/finance/2026-07.yaml",
            statement("2026-07", published: "2026-08-05", opening: "1000", income: "50", closing: "1050", draft: true))
        let result = try Binary.run(["check", site.root.path, "--date", date, "--format", "json"])
        XCTAssertEqual(result.status, 0)
        let found = try decodeDiagnostics(result.stdout)
        XCTAssertEqual(
            found.map { "\($0.file):\($0.line) \($0.code) \($0.draft == true)" },
            [
                "content/xuji/finance/2026-07.yaml:5 GK-F103 true"
            ])
        XCTAssertTrue(found[0].message.contains("content/xuji/finance/2026-06.yaml"), found[0].message)
    }

    func testAnErrorOutsideTheDraftsStillStopsTheBuildAndTheLastGoodSiteStays() throws {
        let site = try town()
        let out = site.root.appendingPathComponent("site")
        XCTAssertEqual(try Binary.run(["build", site.root.path, "--out", out.path, "--date", date]).status, 0)
        let before = snapshot(out)
        try site.write(
            "content/xuji/finance/2026-08.yaml",
            statement("2026-08", published: "2026-09-05", opening: "1100", income: "10", closing: "1111"))
        let result = try Binary.run(["build", site.root.path, "--out", out.path, "--date", date])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("2026-08.yaml:9:18: error[GK-F101]: 期末余额"), result.stderr)
        XCTAssertEqual(snapshot(out), before)
    }

    /// An objection still 处理中 is named on the town page beside its village, by a full build and
    /// by one that takes the village from the build cache (spec §3.1 objections, #26).
    func testAnOpenObjectionIsOnTheTownPage() throws {
        let site = try TestSite()
        try site.write(
            "content/xuji/affairs/homestead.yaml",
            """
            kind: affairs.homestead
            title: 宅基地申请公示（王建军）
            published: 2026-11-15
            notice_until: 2026-11-25
            applicant: 王建军
            household_size: 4
            reason: 分户
            location: 村西二组
            area_m2: 167
            group_meeting: {date: 2026-11-10, expected: 48, present: 40, for: 37}
            objections:
              - {date: 2026-11-18, summary: 邻户认为申请位置占用村道, result: 处理中}

            """)
        let out = site.root.appendingPathComponent("site")
        for run in ["full", "from the cache"] {
            let result = try Binary.run(["build", site.root.path, "--out", out.path, "--date", date])
            XCTAssertEqual(result.status, 0, result.stderr)
            let town = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
            let objected = try XCTUnwrap(town.range(of: "有异议正在处理："), "\(run): the town page names it")
            XCTAssertTrue(town[objected.upperBound...].prefix(600).contains("宅基地申请公示（王建军）"), run)
        }
        // Answered, it leaves the town page's list.
        let answered = try String(
            contentsOf: site.root.appendingPathComponent("content/xuji/affairs/homestead.yaml"), encoding: .utf8
        ).replacingOccurrences(of: "result: 处理中}", with: "result: 不成立, answered: 2026-11-20, answer: 经丈量未占用}")
        try site.write("content/xuji/affairs/homestead.yaml", answered)
        XCTAssertEqual(try Binary.run(["build", site.root.path, "--out", out.path, "--date", date]).status, 0)
        let town = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        XCTAssertFalse(town.contains("有异议正在处理："))
    }
}
