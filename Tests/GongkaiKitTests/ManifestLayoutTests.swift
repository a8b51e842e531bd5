import Foundation
import XCTest

@testable import GongkaiCore
@testable import GongkaiSite

/// manifest.json written over the one the build before last wrote (kept in the spare folder):
/// only the pieces that are not already at their offsets are written.
final class ManifestLayoutTests: XCTestCase {
    private let date = CalendarDate(year: 2026, month: 11, day: 22)!

    private func entry(_ path: String) -> String {
        "    {\n      \"path\": \"\(path)\",\n      \"sha256\": \"\(String(repeating: "0", count: 64))\",\n"
            + "      \"bytes\": 10\n    }"
    }

    func testOnlyThePiecesNotAlreadyInPlaceAreWrittenOver() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-layout-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let blockA = root.appendingPathComponent("a.outputs")
        let blockB = root.appendingPathComponent("b.outputs")
        try Data(entry("a/index.html").utf8).write(to: blockA)
        try Data(entry("b/index.html").utf8).write(to: blockB)
        let staging = root.appendingPathComponent("staging")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        let output = OutputFolder(url: staging)
        let sources = FileLedger()
        sources.record("gongkai.yaml", sha256: String(repeating: "1", count: 64), bytes: 10)
        func write(b: OutputPiece, over layouts: [ManifestLayout]) throws -> ManifestLayout {
            let villages: [String: (sources: OutputPiece, outputs: OutputPiece)] = [
                "a": (.data(Data()), .file(blockA)), "b": (.data(Data()), b),
            ]
            return try XCTUnwrap(
                Manifest.write(into: output, buildDate: date, sources: sources, villages: villages, over: layouts))
        }
        let manifest = staging.appendingPathComponent("manifest.json")

        let first = try write(b: .file(blockB), over: [])
        let whole = try Data(contentsOf: manifest)
        XCTAssertEqual(first.stamp, FileTree.outputStamp(manifest.path))
        XCTAssertEqual(first.pieces.map(\.length).reduce(0, +), whole.count)
        XCTAssertEqual(ManifestLayout.decode(ManifestLayout.encode([first, first])), [first, first])

        // a's block changed on disk behind the layout's back, the file's time put back: the
        // stamp still names the first writing, so that block is taken as being in place.
        let a = try XCTUnwrap(whole.range(of: Data("a/index.html".utf8)))
        var info = stat()
        XCTAssertEqual(stat(manifest.path, &info), 0)
        let handle = try FileHandle(forWritingTo: manifest)
        try handle.seek(toOffset: UInt64(a.lowerBound))
        try handle.write(contentsOf: Data("A/INDEX.HTML".utf8))
        try handle.close()
        var times = [info.st_atim, info.st_mtim]
        XCTAssertEqual(utimensat(AT_FDCWD, manifest.path, &times, 0), 0)
        XCTAssertEqual(FileTree.outputStamp(manifest.path), first.stamp)

        let newB = Data(entry("b/INDEX.html").utf8)
        let second = try write(b: .data(newB), over: [first])
        let patched = try String(contentsOf: manifest, encoding: .utf8)
        XCTAssertTrue(patched.contains("A/INDEX.HTML"), "a block already in place is not written again")
        XCTAssertTrue(patched.contains("b/INDEX.html"), "a block that changed is")
        XCTAssertNotEqual(second.stamp, first.stamp, "every writing has its own stamp")

        // Without a layout naming the file, every piece is written: the bytes of a new file.
        _ = try write(b: .file(blockB), over: [second])
        _ = try write(b: .file(blockB), over: [])
        XCTAssertEqual(try Data(contentsOf: manifest), whole)
    }

    func testAChangedLayoutRecordIsRefused() throws {
        let layout = ManifestLayout(
            stamp: "1-2.3-4", pieces: [.init(identity: "d" + String(repeating: "a", count: 64), length: 9)])
        var bytes = ManifestLayout.encode([layout])
        XCTAssertEqual(ManifestLayout.decode(bytes), [layout])
        bytes[bytes.count / 2] ^= 1
        XCTAssertNil(ManifestLayout.decode(bytes))
    }
}
