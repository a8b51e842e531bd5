import Foundation
import XCTest

@testable import GongkaiContent
@testable import GongkaiCore
@testable import GongkaiKit
@testable import GongkaiSite

/// The build cache's binary records of a village (`CachedVillageRecord`): what a build of the
/// demo town stores reads back to the same values and bytes, and a record cut short, changed,
/// or of another kind is not read (the village is then built again).
final class CachedVillageRecordTests: XCTestCase {
    var demo: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    func testTheDemosRecordsComeBackWholeAndChangedOnesAreRefused() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-records-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: BuildCache.folder(for: out))
        }
        let built = try Binary.run(["build", demo.path, "--out", out.path, "--date", "2026-11-22"])
        XCTAssertEqual(built.status, 0, built.stderr)
        let folder = BuildCache.folder(for: out).appendingPathComponent("villages")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        func bytes(_ name: String) throws -> [UInt8] {
            [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
        }

        var notices = 0
        var diagnostics = 0
        for name in names where name.hasSuffix(".record") {
            let stored = try bytes(name)
            let record = try XCTUnwrap(CachedVillageRecord.decode(stored), name)
            XCTAssertEqual(CachedVillageRecord.encode(record), stored, name)
            XCTAssertTrue(name.hasSuffix("-\(record.key).record"), name)
            notices += record.notices.count
            diagnostics += record.diagnostics.count
            XCTAssertGreaterThan(record.tally.documents, 0, name)
        }
        XCTAssertGreaterThan(notices, 10)
        XCTAssertGreaterThan(diagnostics, 0, "the demo's warnings are kept to be printed again")

        var pages = 0
        for name in names where name.hasSuffix(".pages") {
            let stored = try bytes(name)
            let decoded = try XCTUnwrap(CachedVillageRecord.decodePages(stored), name)
            XCTAssertEqual(CachedVillageRecord.encode(decoded), stored, name)
            for page in decoded.values {
                XCTAssertEqual(page.files.count, page.stamps.count)
                XCTAssertEqual(page.files.count, page.hashes.count)
                pages += page.files.count
            }
        }
        XCTAssertGreaterThan(pages, 100)
        for name in names where name.hasSuffix(".cuts") {
            let stored = try bytes(name)
            let cuts = try XCTUnwrap(CachedVillageRecord.decodeCuts(stored), name)
            XCTAssertEqual(CachedVillageRecord.encode(cuts: cuts), stored, name)
            XCTAssertTrue(cuts.values.allSatisfy { $0.notice.fields.count == 6 })
        }

        // Cut short, one byte changed, or a record of another kind: not read.
        let recordName = try XCTUnwrap(names.first { $0.hasSuffix(".record") })
        let stored = try bytes(recordName)
        XCTAssertNil(CachedVillageRecord.decode(Array(stored.prefix(stored.count - 1))))
        XCTAssertNil(CachedVillageRecord.decode(Array(stored.prefix(stored.count / 2))))
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            var changed = stored
            let index = Int.random(in: 0..<stored.count, using: &generator)
            changed[index] = changed[index] &+ UInt8.random(in: 1...255, using: &generator)
            XCTAssertNil(CachedVillageRecord.decode(changed), "byte \(index) changed")
        }
        let pagesName = try XCTUnwrap(names.first { $0.hasSuffix(".pages") })
        XCTAssertNil(CachedVillageRecord.decode(try bytes(pagesName)))
        XCTAssertNil(CachedVillageRecord.decodeCuts(try bytes(pagesName)))
        XCTAssertNil(CachedVillageRecord.decodePages(stored))

        // A village whose record is refused is built again, and the site is still whole.
        try Data(stored.prefix(stored.count / 2)).write(to: folder.appendingPathComponent(recordName))
        let again = try Binary.run(["build", demo.path, "--out", out.path, "--date", "2026-11-22"])
        XCTAssertEqual(again.status, 0, again.stderr)
        let verify = try Binary.run(["verify", out.path])
        XCTAssertEqual(verify.status, 0, verify.stdout + verify.stderr)
    }
}
