import Foundation
import XCTest

@testable import GongkaiContent
@testable import GongkaiCore
@testable import GongkaiKit
@testable import GongkaiSite

/// Past the sitemap protocol's limits (50,000 URLs or 50 MB per file) sitemap.xml is a
/// sitemap index: the town's own sitemap and one per village, in the village's folder, so that
/// one edit rewrites one village's. Built here with the limit lowered, on the demo town.
final class SitemapIndexTests: XCTestCase {
    let date = CalendarDate(iso: "2026-11-22")!

    override func tearDown() {
        OpenData.urlLimit.withLock { $0 = 50_000 }
    }

    func locations(_ xml: String) -> [String] {
        xml.components(separatedBy: "<loc>").dropFirst().map { $0.components(separatedBy: "</loc>")[0] }
    }

    func testALargeCountysSitemapIsAnIndexOfOnePerVillage() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gk-sitemap-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        for item in ["content", "gongkai.yaml"] {
            try FileManager.default.copyItem(
                at: Binary.repository.appendingPathComponent(item), to: root.appendingPathComponent(item))
        }
        let out = root.appendingPathComponent("site")
        XCTAssertTrue(try SiteBuilder.build(root: root, out: out, buildDate: date).wrote)
        let plain = try String(contentsOf: out.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        XCTAssertTrue(plain.contains("<urlset "), "a town under the limit has one sitemap")
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent("xuji/sitemap.xml").path))

        OpenData.urlLimit.withLock { $0 = 100 }
        XCTAssertTrue(try SiteBuilder.build(root: root, out: out, buildDate: date).wrote)
        let base = "https://gk.houmiao.example.cn/"
        let index = try String(contentsOf: out.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        XCTAssertTrue(
            index.hasPrefix(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"), index)
        let villages = ["houmiao", "liuzhuang", "wangying", "xuji", "zhaolou"]
        XCTAssertEqual(
            locations(index), [base + "sitemap-town.xml"] + villages.map { base + $0 + "/sitemap.xml" })
        // Every page is in exactly one of them, and each village's only under its own folder.
        var listed: [String] = locations(
            try String(contentsOf: out.appendingPathComponent("sitemap-town.xml"), encoding: .utf8))
        for village in villages {
            let own = locations(
                try String(contentsOf: out.appendingPathComponent("\(village)/sitemap.xml"), encoding: .utf8))
            XCTAssertFalse(own.isEmpty)
            XCTAssertTrue(own.allSatisfy { $0.hasPrefix(base + village + "/") }, village)
            listed += own
        }
        let pages = snapshot(out).keys.filter { $0.hasSuffix(".html") }.map { path -> String in
            let p = String(path.dropFirst())
            return base + (p.hasSuffix("index.html") ? String(p.dropLast("index.html".count)) : p)
        }
        XCTAssertEqual(listed.sorted(), pages.sorted())
        XCTAssertEqual(
            try String(contentsOf: out.appendingPathComponent("robots.txt"), encoding: .utf8),
            "User-agent: *\nAllow: /\n\nSitemap: \(base)sitemap.xml\n")

        // One edit rewrites one village's sitemap; the others are the same files, and the site
        // agrees with a full build and with its manifest.
        let before =
            try FileManager.default.attributesOfItem(
                atPath: out.appendingPathComponent("houmiao/sitemap.xml").path)[.systemFileNumber] as? UInt64
        let edited = root.appendingPathComponent("content/xuji/affairs/2026-11-05-notice.md")
        try String(contentsOf: edited, encoding: .utf8).replacingOccurrences(of: "\ntitle: ", with: "\ntitle: （更正）")
            .write(to: edited, atomically: true, encoding: .utf8)
        let rebuilt = try SiteBuilder.build(root: root, out: out, buildDate: date)
        XCTAssertTrue(rebuilt.wrote)
        XCTAssertGreaterThan(rebuilt.reused, 0)
        let after =
            try FileManager.default.attributesOfItem(
                atPath: out.appendingPathComponent("houmiao/sitemap.xml").path)[.systemFileNumber] as? UInt64
        XCTAssertEqual(before, after, "an untouched village's sitemap is kept")
        let fresh = root.appendingPathComponent("fresh")
        XCTAssertTrue(try SiteBuilder.build(root: root, out: fresh, buildDate: date).wrote)
        XCTAssertEqual(snapshot(out), snapshot(fresh))
        XCTAssertEqual(try Binary.run(["verify", out.path]).status, 0)
    }
}
