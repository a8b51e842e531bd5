import Foundation
import XCTest

/// A rebuild leaves unchanged villages alone, reuses the pages of unchanged notices, and its
/// output is byte-identical to a full build after every kind of edit.
final class IncrementalTests: XCTestCase {
    func reused(_ result: CommandResult) -> Int {
        guard let range = result.stderr.range(of: " 篇未改动") else { return 0 }
        let digits = result.stderr[..<range.lowerBound].reversed().prefix { $0.isNumber }
        return Int(String(digits.reversed())) ?? 0
    }

    /// Builds incrementally into site/ and from scratch into a fresh folder; both must agree.
    func buildBoth(_ site: TestSite, _ label: String) throws -> Int {
        let incremental = try Binary.run(["build", site.root.path, "--date", "2026-11-22"])
        XCTAssertEqual(incremental.status, 0, incremental.stderr)
        let hasWarning = site.exists("content/zhaolou/affairs/road.yaml")
        XCTAssertEqual(
            incremental.stderr.contains("content/zhaolou/affairs/road.yaml:13:8: warning[GK-A303]"), hasWarning,
            "\(label): the warning is printed whether or not its village was rebuilt\n\(incremental.stderr)")
        XCTAssertTrue(incremental.stderr.contains(hasWarning ? "1 个警告" : "0 个警告"), incremental.stderr)
        let fresh = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-full-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: fresh) }
        XCTAssertEqual(
            try Binary.run(["build", site.root.path, "--date", "2026-11-22", "--out", fresh.path]).status, 0)
        let a = snapshot(site.root.appendingPathComponent("site"))
        let b = snapshot(fresh)
        XCTAssertEqual(Set(a.keys), Set(b.keys), label)
        for (path, bytes) in a where b[path] != bytes {
            XCTFail("\(label): \(path) differs from a full build")
        }
        XCTAssertEqual(try Binary.run(["verify", site.root.appendingPathComponent("site").path]).status, 0, label)
        return reused(incremental)
    }

    func inode(_ url: URL) throws -> UInt64 {
        try XCTUnwrap(FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? UInt64)
    }

    func testRebuildsAgreeWithFullBuildsAfterEveryKindOfEdit() throws {
        let other = TestSite.defaultVillage.replacingOccurrences(of: "许集村", with: "赵楼村")
        let site = try TestSite(villages: ["xuji": TestSite.defaultVillage, "zhaolou": other])
        // A title with a tab and a backslash, and a warning: both must come back from the cache.
        try site.write(
            "content/zhaolou/affairs/z1.md",
            "---\nkind: affairs.notice\ntitle: \"赵楼\\t通知\\\\甲\"\npublished: 2026-11-03\n---\n正文\n")
        try site.write(
            "content/zhaolou/affairs/road.yaml",
            """
            kind: affairs.project
            title: 道路工程
            published: 2026-10-28
            name: 主街道路
            budget: 400000
            funding:
              - {source: 衔接资金, amount: 400000}
            contractor: 路桥公司
            procurement: 公开招标
            start: 2026-05-10
            end: 2026-09-30
            progress: 在建
            spent: 400000.01

            """)
        for i in 1...4 {
            try site.write(
                "content/xuji/affairs/n\(i).md",
                "---\nkind: affairs.notice\ntitle: 通知\(i)\npublished: 2026-11-0\(i)\nattachments: [{file: scan.pdf, "
                    + "title: 扫描件}]\n---\n正文\(i)\n"
            )
        }
        try site.write(
            "content/xuji/affairs/n0.md", "---\nkind: affairs.notice\ntitle: 十月通知\npublished: 2026-10-20\n---\n正文0\n")
        try site.write("content/xuji/scan.pdf", "%PDF-1.4\n")
        try site.write("content/xuji/finance/2026-10.yaml", TestSite.octoberStatement)
        XCTAssertEqual(try buildBoth(site, "first build"), 0)
        XCTAssertEqual(try buildBoth(site, "nothing changed"), 8)

        // The other village's folder is not even rewritten: its files keep their inodes.
        let otherPage = site.root.appendingPathComponent("site/zhaolou/affairs/z1/index.html")
        let otherInode = try inode(otherPage)
        // In the village that changed, the board of a month whose notices did not change is
        // linked, not rendered; the month of the edit gets a new board.
        let octoberBoard = site.root.appendingPathComponent("site/xuji/board/2026-10/index.html")
        let octoberInode = try inode(octoberBoard)
        try site.write(
            "content/xuji/affairs/n2.md", "---\nkind: affairs.notice\ntitle: 通知2（更正）\npublished: 2026-11-02\n---\n正文2\n"
        )
        XCTAssertEqual(try buildBoth(site, "a document"), 7)
        XCTAssertEqual(try inode(otherPage), otherInode)
        XCTAssertEqual(try inode(octoberBoard), octoberInode)
        XCTAssertTrue(try site.read("site/xuji/board/2026-11/index.html").contains("通知2（更正）"))
        XCTAssertTrue(try site.read("site/index.html").contains("通知2（更正）"), "the town page lists the corrected title")
        XCTAssertTrue(
            try site.read("site/index.html").contains("赵楼\t通知\\甲"), "a cached title keeps its tab and backslash")

        try site.write("content/xuji/scan.pdf", "%PDF-1.5\n")
        XCTAssertEqual(try buildBoth(site, "an attachment"), 2)
        XCTAssertEqual(try buildBoth(site, "settled"), 8)

        try site.write(
            "content/xuji/village.yaml",
            TestSite.defaultVillage.replacingOccurrences(of: "0394-5721368", with: "0394-5721369"))
        XCTAssertEqual(try buildBoth(site, "village.yaml"), 2)
        XCTAssertEqual(try inode(otherPage), otherInode)

        // A village removed from content/ leaves the site; one added joins it.
        try FileManager.default.moveItem(
            at: site.root.appendingPathComponent("content/zhaolou"),
            to: site.root.appendingPathComponent("zhaolou.away"))
        XCTAssertEqual(try buildBoth(site, "village removed"), 6)
        XCTAssertFalse(site.exists("site/zhaolou"))
        try FileManager.default.moveItem(
            at: site.root.appendingPathComponent("zhaolou.away"),
            to: site.root.appendingPathComponent("content/zhaolou"))
        XCTAssertEqual(try buildBoth(site, "village added"), 6)
        XCTAssertTrue(site.exists("site/zhaolou/affairs/z1/index.html"))

        try site.write(
            "templates/sheet.mustache",
            String(
                decoding: try XCTUnwrap(
                    FileManager.default.contents(
                        atPath: Binary.repository.appendingPathComponent("templates/sheet.mustache").path)),
                as: UTF8.self
            )
            .replacingOccurrences(of: "{{ui.scanForWeb}}", with: "扫一扫看网页版"))
        XCTAssertEqual(try buildBoth(site, "a template"), 0)
        XCTAssertTrue(try site.read("site/xuji/finance/2026-10/print.html").contains("扫一扫看网页版"))

        try site.write("gongkai.yaml", TestSite.defaultConfig.replacingOccurrences(of: "测试镇党务村务财务公开", with: "测试镇三务公开"))
        XCTAssertEqual(try buildBoth(site, "gongkai.yaml"), 0)
        XCTAssertEqual(try buildBoth(site, "settled again"), 8)

        // A page changed on disk since the last build is never linked into a village being
        // rebuilt; in a village left alone, `verify` names it and `build --full` restores it.
        let page = site.root.appendingPathComponent("site/xuji/affairs/n1/index.html")
        var bytes = try Data(contentsOf: page)
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: page)
        try site.write(
            "content/xuji/affairs/n3.md", "---\nkind: affairs.notice\ntitle: 通知3（更正）\npublished: 2026-11-03\n---\n正文3\n"
        )
        XCTAssertEqual(try buildBoth(site, "tampered page in a changed village"), 6)
        let otherBytes = try Data(contentsOf: otherPage)
        var tampered = otherBytes
        tampered[tampered.count / 2] ^= 0x01
        try tampered.write(to: otherPage)
        let verify = try Binary.run(["verify", site.root.appendingPathComponent("site").path])
        XCTAssertEqual(verify.status, 1)
        XCTAssertTrue(verify.stdout.contains("zhaolou/affairs/z1/index.html"), verify.stdout)
        let full = try Binary.run(["build", site.root.path, "--date", "2026-11-22", "--full"])
        XCTAssertEqual(full.status, 0, full.stderr)
        XCTAssertEqual(try Data(contentsOf: otherPage), otherBytes)
        XCTAssertEqual(try buildBoth(site, "after a full build"), 8)
    }

    /// `check` takes a village unchanged since the last build of site/ from the build cache, and
    /// says exactly what a check from scratch says: the cached village's warning, a changed
    /// village's new error, in text and in JSON.
    func testCheckTakesUnchangedVillagesFromTheLastBuildAndSaysWhatAFreshCheckSays() throws {
        let other = TestSite.defaultVillage.replacingOccurrences(of: "许集村", with: "赵楼村")
        let site = try TestSite(villages: ["xuji": TestSite.defaultVillage, "zhaolou": other])
        try site.write(
            "content/zhaolou/affairs/road.yaml",
            "kind: affairs.project\ntitle: 道路工程\npublished: 2026-10-28\nname: 主街道路\nbudget: 400000\nfunding:\n"
                + "  - {source: 衔接资金, amount: 400000}\ncontractor: 路桥公司\nprocurement: 公开招标\nstart: 2026-05-10\n"
                + "end: 2026-09-30\nprogress: 在建\nspent: 400000.01\n")
        try site.write("content/xuji/finance/2026-10.yaml", TestSite.octoberStatement)
        XCTAssertEqual(try Binary.run(["build", site.root.path, "--date", "2026-11-22"]).status, 0)
        let cache = site.root.appendingPathComponent(".site.gongkai-cache")

        func both(_ label: String) throws -> CommandResult {
            var results: [[String]] = []
            for fresh in [false, true] {
                let moved = site.root.appendingPathComponent(".cache-aside")
                if fresh { try FileManager.default.moveItem(at: cache, to: moved) }
                defer { if fresh { try? FileManager.default.moveItem(at: moved, to: cache) } }
                let text = try Binary.run(["check", site.root.path, "--date", "2026-11-22"])
                let json = try Binary.run(["check", site.root.path, "--date", "2026-11-22", "--format", "json"])
                results.append([String(text.status), text.stdout, text.stderr, String(json.status), json.stdout])
            }
            XCTAssertEqual(results[0], results[1], "\(label): with the cache as from scratch")
            return try Binary.run(["check", site.root.path, "--date", "2026-11-22"])
        }
        let unchanged = try both("nothing changed")
        XCTAssertEqual(unchanged.status, 0)
        XCTAssertTrue(
            unchanged.stdout.contains("content/zhaolou/affairs/road.yaml:13:8: warning[GK-A303]"), unchanged.stdout)
        try site.write(
            "content/xuji/finance/2026-10.yaml",
            TestSite.octoberStatement.replacingOccurrences(of: "closing_balance: ", with: "closing_balance: 1"))
        let changed = try both("one village changed")
        XCTAssertEqual(changed.status, 1, changed.stderr)
        XCTAssertTrue(changed.stdout.contains("content/xuji/finance/2026-10.yaml:"), changed.stdout)
        XCTAssertTrue(changed.stdout.contains("warning[GK-A303]"), "the unchanged village's warning still")
    }
}
