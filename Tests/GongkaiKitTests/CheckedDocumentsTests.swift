import Foundation
import XCTest

@testable import GongkaiContent
@testable import GongkaiCore
@testable import GongkaiKit
@testable import GongkaiSite

/// The build cache's record of a village's checked documents (`CheckedDocuments`): lossless for
/// every document of the demo town, read by a rebuild instead of parsing unchanged files, and
/// refused — the files parsed again — when it is cut short or changed.
final class CheckedDocumentsTests: XCTestCase {
    let date = CalendarDate(iso: "2026-11-22")!

    var demo: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// Every village of the demo: what is read back writes the very same bytes again, and reads
    /// back to documents with the same fields, values, marks and problems.
    func testTheDemosDocumentsComeBackWhole() throws {
        let (prepared, _) = SiteLoader.prepare(root: demo, buildDate: date)
        let site = try XCTUnwrap(prepared)
        var documents = 0
        for village in site.villages {
            let (_, recorded) = VillageCheck.run(
                village, site: site, collector: DiagnosticCollector(), before: nil)
            let bytes = recorded.encoded()
            let back = try XCTUnwrap(CheckedDocuments(decoding: bytes), village.id)
            XCTAssertEqual(back.encoded(), bytes, village.id)
            XCTAssertEqual(back.context, recorded.context)
            XCTAssertEqual(Set(back.documents.keys), Set(village.inputs.map(\.path)))
            for (path, checked) in recorded.documents {
                let again = try XCTUnwrap(back.documents[path])
                XCTAssertEqual(again.stamp, checked.stamp)
                XCTAssertEqual(again.diagnostics, checked.diagnostics, path)
                XCTAssertEqual(again.document?.title, checked.document?.title, path)
                XCTAssertEqual(again.document?.body, checked.document?.body, path)
                XCTAssertEqual(again.document?.data.entries.map(\.key), checked.document?.data.entries.map(\.key))
                XCTAssertEqual(
                    again.document.map { DataJSON.document($0) }, checked.document.map { DataJSON.document($0) }, path)
                documents += checked.document == nil ? 0 : 1
            }
        }
        XCTAssertGreaterThan(documents, 50)
    }

    /// Every prefix of a record, and the record with any one byte changed, is refused: never a
    /// crash, never a read past its end, never other values.
    func testARecordCutShortOrChangedIsRefused() throws {
        let (prepared, _) = SiteLoader.prepare(root: demo, buildDate: date)
        let site = try XCTUnwrap(prepared)
        let village = try XCTUnwrap(site.villages.first { $0.id == "xuji" })
        let bytes = VillageCheck.run(village, site: site, collector: DiagnosticCollector(), before: nil).1.encoded()
        for length in stride(from: 0, to: bytes.count, by: 7) {
            XCTAssertNil(CheckedDocuments(decoding: Array(bytes[..<length])), "cut at \(length)")
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            var changed = bytes
            let index = Int.random(in: 0..<bytes.count, using: &generator)
            changed[index] = changed[index] &+ UInt8.random(in: 1...255, using: &generator)
            XCTAssertNil(CheckedDocuments(decoding: changed), "byte \(index) changed")
        }
        XCTAssertNil(CheckedDocuments(decoding: Array("gongkai-checked-0".utf8)))
    }

    /// A rebuild takes a document whose file kept its stamp from the cache (shown by a record
    /// changed on purpose), parses again the one edited, and parses everything when the record
    /// is not whole.
    func testARebuildParsesOnlyTheFilesThatChanged() throws {
        let site = try TestSite()
        let notice = TestSite.notice
        try site.write("content/xuji/affairs/a.md", notice("停水通知", "明日停水。"))
        try site.write("content/xuji/affairs/b.md", notice("防火通知", "请注意用火安全。"))
        let out = site.root.appendingPathComponent("site")
        XCTAssertTrue(try SiteBuilder.build(root: site.root, out: out, buildDate: date).wrote)
        let cache = BuildCache.folder(for: out).appendingPathComponent("villages")
        let recordFile = try XCTUnwrap(
            FileManager.default.contentsOfDirectory(atPath: cache.path).first { $0.hasSuffix(".checked") })
        let record = try XCTUnwrap(
            CheckedDocuments(decoding: [UInt8](try Data(contentsOf: cache.appendingPathComponent(recordFile)))))
        var planted = record
        planted.documents["content/xuji/affairs/b.md"]?.document?.title = "缓存里的标题"
        try Data(planted.encoded()).write(to: cache.appendingPathComponent(recordFile))

        try site.write("content/xuji/affairs/a.md", notice("停水通知", "后天停水。"))
        XCTAssertTrue(try SiteBuilder.build(root: site.root, out: out, buildDate: date).wrote)
        let page = { (path: String) in
            try String(contentsOf: out.appendingPathComponent("xuji/\(path)/index.html"), encoding: .utf8)
        }
        XCTAssertTrue(try page("affairs/a").contains("后天停水"), "the edited file is parsed again")
        // The village's list of notices is written again from its documents as checked.
        XCTAssertTrue(try page("affairs").contains("缓存里的标题"), "the unchanged one is taken from the record")
        XCTAssertFalse(try page("affairs").contains("防火通知"))

        // A record cut short is not read: every file is parsed again.
        let next = try XCTUnwrap(
            FileManager.default.contentsOfDirectory(atPath: cache.path).first { $0.hasSuffix(".checked") })
        let whole = try Data(contentsOf: cache.appendingPathComponent(next))
        try whole.prefix(whole.count / 2).write(to: cache.appendingPathComponent(next))
        try site.write("content/xuji/affairs/a.md", notice("停水通知", "大后天停水。"))
        XCTAssertTrue(try SiteBuilder.build(root: site.root, out: out, buildDate: date).wrote)
        XCTAssertTrue(try page("affairs").contains("防火通知"))
        XCTAssertFalse(try page("affairs").contains("缓存里的标题"))

        // A full build parses every file, whatever the cache holds.
        let latest = try XCTUnwrap(
            FileManager.default.contentsOfDirectory(atPath: cache.path).first { $0.hasSuffix(".checked") })
        var again = try XCTUnwrap(
            CheckedDocuments(decoding: [UInt8](try Data(contentsOf: cache.appendingPathComponent(latest)))))
        again.documents["content/xuji/affairs/b.md"]?.document?.title = "缓存里的标题"
        try Data(again.encoded()).write(to: cache.appendingPathComponent(latest))
        try site.write("content/xuji/affairs/a.md", notice("停水通知", "周日停水。"))
        XCTAssertTrue(try SiteBuilder.build(root: site.root, out: out, buildDate: date, full: true).wrote)
        XCTAssertTrue(try page("affairs").contains("防火通知"))
        XCTAssertFalse(try page("affairs").contains("缓存里的标题"))
    }
}
