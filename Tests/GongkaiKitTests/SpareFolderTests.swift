import Foundation
import XCTest

@testable import GongkaiCore

/// A rebuilt village is written over the folder its last rebuild replaced (kept beside the site
/// as `.site.gongkai-spare/<village>`), so that its folders are not made again. Whatever that
/// spare holds, the site that comes out is the one a full build makes, nothing is written
/// through a link or into a page being served, and a full build leaves no spare.
final class SpareFolderTests: XCTestCase {
    private func notice(_ i: Int, _ title: String) -> String {
        "---\nkind: affairs.notice\ntitle: \(title)\npublished: 2026-11-0\(i)\n---\n正文\(i)\n"
    }

    private func build(_ site: TestSite, _ extra: [String] = []) throws {
        let result = try Binary.run(["build", site.root.path, "--date", "2026-11-22"] + extra)
        XCTAssertEqual(result.status, 0, result.stderr)
    }

    private func assertSameAsFullBuild(_ site: TestSite, file: StaticString = #filePath, line: UInt = #line) throws {
        let fresh = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-full-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: fresh) }
        try build(site, ["--out", fresh.path])
        let built = snapshot(site.root.appendingPathComponent("site"))
        let full = snapshot(fresh)
        XCTAssertEqual(built.keys.sorted(), full.keys.sorted(), file: file, line: line)
        for (path, bytes) in built where full[path] != bytes {
            XCTFail("\(path) differs from a full build", file: file, line: line)
        }
        let verify = try Binary.run(["verify", site.root.appendingPathComponent("site").path])
        XCTAssertEqual(verify.status, 0, verify.stdout + verify.stderr, file: file, line: line)
    }

    func testARebuildOverATamperedSpareMakesTheFullBuildsSiteAndWritesNothingElsewhere() throws {
        let site = try TestSite()
        for i in 1...4 { try site.write("content/xuji/affairs/n\(i).md", notice(i, "通知\(i)")) }
        try build(site)
        try site.write("content/xuji/affairs/n1.md", notice(1, "通知1（更正）"))
        try build(site)
        let spare = site.root.appendingPathComponent(".site.gongkai-spare/xuji")
        let live = site.root.appendingPathComponent("site/xuji")
        XCTAssertEqual(FileTree.kind(spare), .directory, "the folder the rebuild replaced is kept")
        // An unchanged notice's page is one file in both: the spare costs no copy.
        let page = "affairs/n3/index.html"
        XCTAssertTrue(
            OutputFolder.sameFile(live.appendingPathComponent(page).path, spare.appendingPathComponent(page).path))

        // The spare is tampered with every way a careless or hostile hand could.
        let outside = site.root.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        let fm = FileManager.default
        try fm.removeItem(at: spare.appendingPathComponent("affairs/n2"))
        try fm.createSymbolicLink(at: spare.appendingPathComponent("affairs/n2"), withDestinationURL: outside)
        try fm.removeItem(at: spare.appendingPathComponent("affairs/n4"))
        try Data("a file where a folder goes".utf8).write(to: spare.appendingPathComponent("affairs/n4"))
        try fm.removeItem(at: spare.appendingPathComponent("index.html"))
        try fm.createDirectory(at: spare.appendingPathComponent("index.html/inner"), withIntermediateDirectories: true)
        try Data("stale".utf8).write(to: spare.appendingPathComponent("stale.html"))
        try Data("hidden".utf8).write(to: spare.appendingPathComponent("affairs/.hidden.html"))
        try fm.createDirectory(at: spare.appendingPathComponent("old/deep"), withIntermediateDirectories: true)
        try Data("old".utf8).write(to: spare.appendingPathComponent("old/deep/page.html"))
        try fm.createSymbolicLink(
            at: spare.appendingPathComponent("feed.xml.link"), withDestinationURL: outside.appendingPathComponent("x"))
        let servedPage = try Data(contentsOf: live.appendingPathComponent(page))

        try site.write("content/xuji/affairs/n2.md", notice(2, "通知2（更正）"))
        try build(site)
        try assertSameAsFullBuild(site)
        XCTAssertEqual(try fm.contentsOfDirectory(atPath: outside.path), [], "nothing was written through a link")
        XCTAssertFalse(fm.fileExists(atPath: live.appendingPathComponent("affairs/.hidden.html").path))
        XCTAssertEqual(try Data(contentsOf: live.appendingPathComponent(page)), servedPage)
        XCTAssertTrue(
            try String(contentsOf: live.appendingPathComponent("affairs/n2/index.html"), encoding: .utf8)
                .contains("通知2（更正）"))
        XCTAssertEqual(FileTree.kind(spare), .directory, "the replaced folder is kept again")

        // Edited again over that spare (an older one than the site: two edits behind).
        try site.write("content/xuji/affairs/n5.md", notice(5, "通知5"))
        try build(site)
        try assertSameAsFullBuild(site)
    }

    func testAPageWrittenOverASparesLinkLeavesTheServedPageAlone() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-adopt-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let served = root.appendingPathComponent("site/v/a/index.html")
        let spare = root.appendingPathComponent("spare/v")
        for folder in [served.deletingLastPathComponent(), spare.appendingPathComponent("a")] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        try Data("served".utf8).write(to: served)
        XCTAssertEqual(link(served.path, spare.appendingPathComponent("a/index.html").path), 0)
        let staging = root.appendingPathComponent("staging")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        let output = OutputFolder(url: staging)
        XCTAssertTrue(output.adopt(spare.path, as: "v"))
        XCTAssertFalse(output.adopt(spare.path, as: "v"), "a spare is taken once")
        try output.write("new", to: "v/a/index.html")
        XCTAssertEqual(try String(contentsOf: served, encoding: .utf8), "served")
        XCTAssertEqual(try String(contentsOf: staging.appendingPathComponent("v/a/index.html"), encoding: .utf8), "new")
        // Linking the served page itself keeps the spare's name for it.
        try Data("other".utf8).write(to: root.appendingPathComponent("site/v/b.html"))
        XCTAssertTrue(output.link(root.appendingPathComponent("site/v/b.html").path, to: "v/b.html"))
        XCTAssertTrue(output.link(root.appendingPathComponent("site/v/b.html").path, to: "v/b.html"))
        output.prune(
            "v", keeping: output.ledger.take(under: "v/") + [HashedFile(path: "v/b.html", sha256: "", bytes: 5)])
        XCTAssertEqual(FileTree.scan(under: staging.path).files.count, 2)
    }

    func testAPageIsReusedOnlyWhileItIsTheVeryFileTheLastBuildLeft() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-stamp-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let fm = FileManager.default
        for folder in ["site/v", "spare/v", "staging"] {
            try fm.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        func served(_ name: String) -> String { root.appendingPathComponent("site/v/\(name)").path }
        for name in ["kept.html", "older.html", "edited.html", "replaced.html"] {
            try Data("page \(name)".utf8).write(to: URL(fileURLWithPath: served(name)))
        }
        let stamps = Dictionary(
            uniqueKeysWithValues: ["kept.html", "older.html", "edited.html", "replaced.html"].map {
                ($0, FileTree.outputStamp(served($0)))
            })
        XCTAssertFalse(stamps.values.contains(""))
        // The spare: one name of the served page, one page from an older build.
        XCTAssertEqual(link(served("kept.html"), root.appendingPathComponent("spare/v/kept.html").path), 0)
        try Data("page of an older build".utf8).write(to: root.appendingPathComponent("spare/v/older.html"))
        // Since the last build: one page edited in place, one replaced by a file of the same size
        // and time (another inode).
        try Data("PAGE edited.html".utf8).write(to: URL(fileURLWithPath: served("edited.html")))
        let replacement = root.appendingPathComponent("replacement")
        try Data("PAGE replaced.html".utf8).write(to: replacement)
        var original = stat()
        XCTAssertEqual(stat(served("replaced.html"), &original), 0)
        var times = [original.st_atim, original.st_mtim]
        XCTAssertEqual(utimensat(AT_FDCWD, replacement.path, &times, 0), 0)
        XCTAssertEqual(rename(replacement.path, served("replaced.html")), 0)
        XCTAssertEqual(
            FileTree.outputStamp(served("replaced.html")).split(separator: "-").dropLast(),
            stamps["replaced.html"]!.split(separator: "-").dropLast(), "the same size and time")

        let output = OutputFolder(url: root.appendingPathComponent("staging"))
        XCTAssertTrue(output.adopt(root.appendingPathComponent("spare/v").path, as: "v"))
        for name in ["kept.html", "older.html"] {
            XCTAssertTrue(output.link(served(name), to: "v/\(name)", stamp: stamps[name]!), name)
            XCTAssertTrue(OutputFolder.sameFile(served(name), root.appendingPathComponent("staging/v/\(name)").path))
        }
        for name in ["edited.html", "replaced.html"] {
            XCTAssertFalse(output.link(served(name), to: "v/\(name)", stamp: stamps[name]!), name)
            XCTAssertFalse(fm.fileExists(atPath: root.appendingPathComponent("staging/v/\(name)").path), name)
        }
    }

    /// The manifest.json a rebuild replaces is kept with the spares, and the build after next
    /// writes over it only the blocks that changed. Whatever became of it meanwhile, the
    /// manifest that comes out is the one a full build writes, and nothing is written through a
    /// link or into the manifest being served.
    func testTheReplacedManifestIsWrittenOverByTheBuildAfterNextAsAFullBuildWouldWriteIt() throws {
        let site = try TestSite(villages: [
            "xuji": TestSite.defaultVillage,
            "beiling": TestSite.defaultVillage.replacingOccurrences(of: "许集村", with: "北岭村"),
        ])
        for village in ["xuji", "beiling"] {
            for i in 1...3 { try site.write("content/\(village)/affairs/n\(i).md", notice(i, "通知\(i)")) }
        }
        try build(site)
        let served = site.root.appendingPathComponent("site/manifest.json")
        let kept = site.root.appendingPathComponent(".site.gongkai-spare/manifest.json")
        let first = try Data(contentsOf: served)
        var edits = 0
        func edit(_ village: String) throws {
            edits += 1
            try site.write("content/\(village)/affairs/n1.md", notice(1, "通知1（第\(edits)次更正）"))
            try build(site)
        }
        func inode(_ url: URL) -> UInt {
            var info = stat()
            return lstat(url.path, &info) == 0 ? UInt(info.st_ino) : 0
        }

        try edit("xuji")
        XCTAssertEqual(try Data(contentsOf: kept), first, "the replaced manifest is kept")
        let keptFile = inode(kept)
        try edit("beiling")
        XCTAssertEqual(inode(served), keptFile, "written over, not made anew")
        try assertSameAsFullBuild(site)

        // A notice added: every block after it moves.
        try site.write("content/beiling/affairs/n4.md", notice(4, "新增通知"))
        try build(site)
        try assertSameAsFullBuild(site)

        // Edited in place since it was kept: written whole.
        let handle = try FileHandle(forWritingTo: kept)
        try handle.seek(toOffset: 40)
        try handle.write(contentsOf: Data("tampered".utf8))
        try handle.close()
        try edit("xuji")
        try assertSameAsFullBuild(site)

        // A link to a file elsewhere: never written through.
        let outside = site.root.appendingPathComponent("outside.json")
        try Data("outside".utf8).write(to: outside)
        try edit("beiling")
        try FileManager.default.removeItem(at: kept)
        try FileManager.default.createSymbolicLink(at: kept, withDestinationURL: outside)
        try edit("xuji")
        try assertSameAsFullBuild(site)
        XCTAssertEqual(try String(contentsOf: outside, encoding: .utf8), "outside")

        // Another name of a file elsewhere (as a page of the site being served is): not written
        // through either; the manifest replaced is kept in its stead.
        try edit("beiling")
        let other = site.root.appendingPathComponent("other.json")
        XCTAssertEqual(link(kept.path, other.path), 0)
        let otherBytes = try Data(contentsOf: other)
        try edit("xuji")
        try assertSameAsFullBuild(site)
        XCTAssertEqual(try Data(contentsOf: other), otherBytes)
        XCTAssertNotEqual(inode(kept), inode(other))

        // A folder in its place: replaced by the manifest.
        try FileManager.default.removeItem(at: kept)
        try FileManager.default.createDirectory(at: kept, withIntermediateDirectories: true)
        try Data("inside".utf8).write(to: kept.appendingPathComponent("inside.json"))
        try edit("beiling")
        try edit("xuji")
        try assertSameAsFullBuild(site)
    }

    func testAFullBuildLeavesNoSpare() throws {
        let site = try TestSite()
        try site.write("content/xuji/affairs/n1.md", notice(1, "通知1"))
        try build(site)
        try site.write("content/xuji/affairs/n1.md", notice(1, "通知1（更正）"))
        try build(site)
        XCTAssertTrue(site.exists(".site.gongkai-spare/xuji"))
        // Another build date changes every page: the whole site is written anew.
        let full = try Binary.run(["build", site.root.path, "--date", "2026-11-23"])
        XCTAssertEqual(full.status, 0, full.stderr)
        XCTAssertFalse(site.exists(".site.gongkai-spare"))
    }

    func testAWalkListsFilesInTheOrderOfTheirWholePaths() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-scan-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        // "a" is a folder: "a-b.md" and "a.txt" sort before "a/…" byte by byte, "ab" after.
        for path in ["a/x.md", "a/b/y.md", "a.txt", "a-b.md", "ab", "z.md", ".hidden/h.md", "a/.dot.md", "许集.md"] {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(path.utf8).write(to: url)
        }
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("a/link.md"), withDestinationURL: root.appendingPathComponent("z.md"))
        let found = FileTree.scan(under: root.path)
        let paths = found.files.map(found.relative)
        XCTAssertEqual(paths, ["a-b.md", "a.txt", "a/b/y.md", "a/x.md", "ab", "z.md", "许集.md"])
        XCTAssertEqual(paths, paths.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        XCTAssertEqual(found.links.map(\.relative), ["a/link.md"])
        XCTAssertEqual(found.files.map(\.info.size), paths.map { $0.utf8.count })
    }
}
