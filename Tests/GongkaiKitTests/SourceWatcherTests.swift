import Foundation
import Synchronization
import XCTest

@testable import GongkaiContent
@testable import GongkaiCore
@testable import GongkaiEditor
@testable import GongkaiKit
@testable import GongkaiServe
@testable import GongkaiSite

/// The server's watcher, told by the kernel: a hand edit, a new folder with a file, a deletion
/// each start a build; an editor's hidden swap file and files beside content/ do not.
final class SourceWatcherTests: XCTestCase {
    func testChangesUnderContentAreSeenAndOthersAreNot() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("watch-\(UUID().uuidString)")
        let village = root.appendingPathComponent("content/xuji")
        try FileManager.default.createDirectory(at: village, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try "town: 侯庙镇\n".write(to: root.appendingPathComponent("gongkai.yaml"), atomically: true, encoding: .utf8)
        let notice = village.appendingPathComponent("notice.md")
        try "---\ntitle: 通知\n---\n".write(to: notice, atomically: false, encoding: .utf8)

        let changes = Mutex(0)
        let watcher = SourceWatcher(root: root, quiet: 0.05) { changes.withLock { $0 += 1 } }
        watcher.start()
        Thread.sleep(forTimeInterval: 0.3)

        func expectChange(_ what: String, _ act: () throws -> Void) rethrows {
            let before = changes.withLock { $0 }
            try act()
            let deadline = Date().addingTimeInterval(5)
            while changes.withLock({ $0 }) == before && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
            XCTAssertGreaterThan(changes.withLock { $0 }, before, what)
            Thread.sleep(forTimeInterval: 0.2)
        }
        func expectNoChange(_ what: String, _ act: () throws -> Void) rethrows {
            let before = changes.withLock { $0 }
            try act()
            Thread.sleep(forTimeInterval: 0.5)
            XCTAssertEqual(changes.withLock { $0 }, before, what)
        }

        try expectChange("a document edited in place") {
            let handle = try FileHandle(forWritingTo: notice)
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("补充。\n".utf8))
            try handle.close()
        }
        try expectChange("a new folder with a document in it") {
            let folder = village.appendingPathComponent("affairs/2026")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try "---\ntitle: 新\n---\n".write(
                to: folder.appendingPathComponent("new.md"), atomically: true, encoding: .utf8)
        }
        try expectChange("a document in that new folder edited") {
            try "---\ntitle: 改\n---\n".write(
                to: village.appendingPathComponent("affairs/2026/new.md"), atomically: false, encoding: .utf8)
        }
        try expectChange("gongkai.yaml") {
            try "town: 侯庙镇\ncounty: 某县\n".write(
                to: root.appendingPathComponent("gongkai.yaml"), atomically: true, encoding: .utf8)
        }
        try expectChange("a document deleted") { try FileManager.default.removeItem(at: notice) }
        try expectNoChange("an editor's hidden swap file") {
            try "x".write(to: village.appendingPathComponent(".notice.md.swp"), atomically: false, encoding: .utf8)
        }
        try expectNoChange("a file beside content/ that no build reads") {
            try "x".write(to: root.appendingPathComponent("notes.txt"), atomically: false, encoding: .utf8)
        }
    }

    /// The server's memo of the villages' folders: a village is read again exactly when the
    /// watcher (or the editor) says it changed; anything outside content/ forgets them all.
    func testTheMemoRereadsOnlyTheVillagesTheWatcherNames() throws {
        let site = try TestSite(villages: ["xuji": TestSite.defaultVillage, "liuzhuang": TestSite.defaultVillage])
        let root = site.root
        for village in ["xuji", "liuzhuang"] { try site.write("content/\(village)/a.md", "---\ntitle: 一\n---\n") }
        let memo = FolderMemo()
        func documents(_ village: String) -> Int {
            let (site, _) = SiteLoader.prepare(root: root, buildDate: CalendarDate(iso: "2026-11-22")!, memo: memo)
            return site?.villages.first { $0.id == village }?.inputs.count ?? -1
        }
        XCTAssertEqual(documents("xuji"), 1)

        let watcher = SourceWatcher(root: root, quiet: 0.05, memo: memo) {}
        watcher.start()
        try "---\ntitle: 二\n---\n".write(
            to: root.appendingPathComponent("content/xuji/b.md"), atomically: true, encoding: .utf8)
        let deadline = Date().addingTimeInterval(5)
        while documents("xuji") != 2 && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        XCTAssertEqual(documents("xuji"), 2, "the watcher named xuji: read again")

        // Not told (as if no watcher saw it): the memo keeps the village as it was read.
        let untold = FolderMemo()
        _ = SiteLoader.prepare(root: root, buildDate: CalendarDate(iso: "2026-11-22")!, memo: untold)
        try "---\ntitle: 三\n---\n".write(
            to: root.appendingPathComponent("content/liuzhuang/c.md"), atomically: true, encoding: .utf8)
        func count(_ memo: FolderMemo) -> Int? {
            SiteLoader.prepare(root: root, buildDate: CalendarDate(iso: "2026-11-22")!, memo: memo).0?
                .villages.first { $0.id == "liuzhuang" }?.inputs.count
        }
        XCTAssertEqual(count(untold), 1)
        untold.changed(village: "liuzhuang")
        XCTAssertEqual(count(untold), 2)
        try "---\ntitle: 四\n---\n".write(
            to: root.appendingPathComponent("content/liuzhuang/d.md"), atomically: true, encoding: .utf8)
        untold.forgetAll()
        XCTAssertEqual(count(untold), 3)
    }

    /// A server's rebuild takes a document whose file kept its stamp as last checked — with the
    /// problems it raised — and checks again the one that changed.
    func testARebuildKeepsTheProblemsOfDocumentsItDoesNotParseAgain() throws {
        let site = try TestSite()
        let notice = TestSite.notice
        try site.write("content/xuji/affairs/a.md", notice("停水通知", "联系 13812345678。"))
        try site.write("content/xuji/affairs/b.md", notice("防火通知", "请注意用火安全。"))
        let out = site.root.appendingPathComponent("site")
        let memo = FolderMemo()
        func build() throws -> [String] {
            let report = try SiteBuilder.build(
                root: site.root, out: out, buildDate: CalendarDate(iso: "2026-11-22")!, memo: memo)
            return report.diagnostics.filter { $0.severity == .error }.map { "\($0.location.file) \($0.code)" }
        }
        XCTAssertEqual(try build(), ["content/xuji/affairs/a.md GK-X002"])
        try site.write("content/xuji/affairs/b.md", notice("防火通知", "请注意用火安全，冬季防火。"))
        memo.changed(village: "xuji")
        XCTAssertEqual(try build(), ["content/xuji/affairs/a.md GK-X002"], "a.md not parsed again, its problem kept")
        try site.write("content/xuji/affairs/a.md", notice("停水通知", "联系村委会 0394-5721368。"))
        memo.changed(village: "xuji")
        XCTAssertEqual(try build(), [], "a.md changed: checked again")
        XCTAssertTrue(
            try String(contentsOf: out.appendingPathComponent("xuji/affairs/b/index.html"), encoding: .utf8)
                .contains("冬季防火"))
    }

    /// A draft whose own file is clean but whose opening balance misses the published month before
    /// it: in a server's builds (first, and again with the draft not parsed again) its GK-F103 is
    /// a draft's, and the town's site is still published (spec §3.1).
    func testAServersBuildKeepsADraftsCrossDocumentProblemTheDrafts() throws {
        let site = try TestSite()
        let statement = { (period: String, published: String, opening: String, closing: String, draft: Bool) in
            "kind: finance.statement\ntitle: 许集村\(period)财务收支公开\npublished: \(published)\nperiod: \(period)\n"
                + "opening_balance: \(opening)\nincome:\n"
                + "  - {date: \(period)-06, voucher: 记-001, item: 租金, amount: 50}\n"
                + "expense: []\nclosing_balance: \(closing)\nreviewed: {date: \(published), by: [许长林]}\n"
                + (draft ? "draft: true\n" : "")
        }
        try site.write("content/xuji/finance/2026-06.yaml", statement("2026-06", "2026-07-05", "1000", "1050", false))
        try site.write("content/xuji/finance/2026-07.yaml", statement("2026-07", "2026-08-05", "1000", "1050", true))
        let out = site.root.appendingPathComponent("site")
        let memo = FolderMemo()
        for round in ["first build", "rebuild"] {
            if round == "rebuild" {
                try site.write(
                    "content/xuji/finance/2026-06.yaml", statement("2026-06", "2026-07-06", "1000", "1050", false))
                memo.changed(village: "xuji")
            }
            let report = try SiteBuilder.build(
                root: site.root, out: out, buildDate: CalendarDate(iso: "2026-11-22")!, memo: memo)
            XCTAssertEqual(
                report.diagnostics.filter { $0.severity == .error }.map {
                    "\($0.location.file) \($0.code) \($0.draft)"
                },
                ["content/xuji/finance/2026-07.yaml GK-F103 true"], round)
            XCTAssertTrue(report.wrote, round)
        }
    }
}
