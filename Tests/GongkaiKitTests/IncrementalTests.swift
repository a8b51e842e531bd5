import Foundation
import XCTest

/// A rebuild reuses the pages of unchanged notices, and its output is byte-identical to a full
/// build after every kind of edit.
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
        let fresh = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-full-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: fresh) }
        XCTAssertEqual(try Binary.run(["build", site.root.path, "--date", "2026-11-22", "--out", fresh.path]).status, 0)
        let a = snapshot(site.root.appendingPathComponent("site")), b = snapshot(fresh)
        XCTAssertEqual(Set(a.keys), Set(b.keys), label)
        for (path, bytes) in a where b[path] != bytes {
            XCTFail("\(label): \(path) differs from a full build")
        }
        XCTAssertEqual(try Binary.run(["verify", site.root.appendingPathComponent("site").path]).status, 0, label)
        return reused(incremental)
    }

    func testRebuildsAgreeWithFullBuildsAfterEveryKindOfEdit() throws {
        let site = try TestSite()
        for i in 1...4 {
            try site.write("content/xuji/affairs/n\(i).md", "---\nkind: affairs.notice\ntitle: 通知\(i)\npublished: 2026-11-0\(i)\nattachments: [{file: scan.pdf, title: 扫描件}]\n---\n正文\(i)\n")
        }
        try site.write("content/xuji/scan.pdf", "%PDF-1.4\n")
        try site.write("content/xuji/finance/2026-10.yaml", TestSite.octoberStatement)
        XCTAssertEqual(try buildBoth(site, "first build"), 0)
        XCTAssertEqual(try buildBoth(site, "nothing changed"), 5)

        try site.write("content/xuji/affairs/n2.md", "---\nkind: affairs.notice\ntitle: 通知2（更正）\npublished: 2026-11-02\n---\n正文2\n")
        XCTAssertEqual(try buildBoth(site, "a document"), 4)

        try site.write("content/xuji/scan.pdf", "%PDF-1.5\n")
        XCTAssertEqual(try buildBoth(site, "an attachment"), 0)
        XCTAssertEqual(try buildBoth(site, "settled"), 5)

        try site.write("content/xuji/village.yaml", TestSite.defaultVillage.replacingOccurrences(of: "0394-5721368", with: "0394-5721369"))
        XCTAssertEqual(try buildBoth(site, "village.yaml"), 0)

        try site.write("templates/sheet.mustache", String(decoding: try XCTUnwrap(FileManager.default.contents(
            atPath: Binary.repository.appendingPathComponent("templates/sheet.mustache").path)), as: UTF8.self)
            .replacingOccurrences(of: "扫码看网页版", with: "扫一扫看网页版"))
        XCTAssertEqual(try buildBoth(site, "a template"), 0)
        XCTAssertTrue(try site.read("site/xuji/finance/2026-10/print.html").contains("扫一扫看网页版"))

        try site.write("gongkai.yaml", TestSite.defaultConfig.replacingOccurrences(of: "测试镇党务村务财务公开", with: "测试镇三务公开"))
        XCTAssertEqual(try buildBoth(site, "gongkai.yaml"), 0)
        XCTAssertEqual(try buildBoth(site, "settled again"), 5)

        // A page changed on disk since the last build is rendered again, not linked.
        let page = site.root.appendingPathComponent("site/xuji/affairs/n1/index.html")
        var bytes = try Data(contentsOf: page)
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: page)
        XCTAssertEqual(try buildBoth(site, "tampered page"), 4)
    }
}
