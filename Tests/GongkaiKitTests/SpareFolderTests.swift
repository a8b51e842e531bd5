import Foundation
import XCTest

@testable import GongkaiCore

/// A rebuilt village's new files are merged into its folder of the site being served, and the
/// manifest.json a rebuild replaces is kept beside the site (`.site.gongkai-spare`) for the
/// build after next to write over. Whatever became of either meanwhile, the site that comes out
/// is the one a full build makes, nothing is written through a link or into a page being
/// served, and a full build leaves no spare.
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

    private func inode(_ url: URL) -> UInt {
        var info = stat()
        return lstat(url.path, &info) == 0 ? UInt(info.st_ino) : 0
    }

    func testARebuildMergedOverATamperedVillageFolderMakesTheFullBuildsSiteAndWritesNothingElsewhere() throws {
        let site = try TestSite()
        for i in 1...4 { try site.write("content/xuji/affairs/n\(i).md", notice(i, "通知\(i)")) }
        try build(site)
        let live = site.root.appendingPathComponent("site/xuji")
        let unchanged = live.appendingPathComponent("affairs/n3/index.html")
        let edited = live.appendingPathComponent("affairs/n1/index.html")
        let unchangedFile = inode(unchanged)
        // Another name of the page about to change, as a reader's open file or a backup would be.
        let backup = site.root.appendingPathComponent("backup.html")
        XCTAssertEqual(link(edited.path, backup.path), 0)
        let servedBytes = try Data(contentsOf: edited)
        try site.write("content/xuji/affairs/n1.md", notice(1, "通知1（更正）"))
        try build(site)
        try assertSameAsFullBuild(site)
        XCTAssertEqual(inode(unchanged), unchangedFile, "an unchanged page stays the very file it was")
        XCTAssertNotEqual(inode(edited), inode(backup), "a changed page is a new file renamed in")
        XCTAssertEqual(try Data(contentsOf: backup), servedBytes, "nothing is written through a page")
        XCTAssertFalse(site.exists(".site.gongkai-spare/xuji"), "no folder is kept for the next rebuild")

        // The village's folder is tampered with every way a careless or hostile hand could.
        let outside = site.root.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        let fm = FileManager.default
        try fm.moveItem(at: live.appendingPathComponent("affairs/n2"), to: outside.appendingPathComponent("n2"))
        try fm.createSymbolicLink(
            at: live.appendingPathComponent("affairs/n2"), withDestinationURL: outside.appendingPathComponent("n2"))
        try fm.removeItem(at: live.appendingPathComponent("affairs/n4"))
        try Data("a file where a folder goes".utf8).write(to: live.appendingPathComponent("affairs/n4"))
        try fm.removeItem(at: live.appendingPathComponent("index.html"))
        try fm.createDirectory(at: live.appendingPathComponent("index.html/inner"), withIntermediateDirectories: true)
        try Data("stale".utf8).write(to: live.appendingPathComponent("stale.html"))
        try Data("hidden".utf8).write(to: live.appendingPathComponent("affairs/.hidden.html"))
        try fm.createDirectory(at: live.appendingPathComponent("old/deep"), withIntermediateDirectories: true)
        try Data("old".utf8).write(to: live.appendingPathComponent("old/deep/page.html"))
        try fm.createSymbolicLink(
            at: live.appendingPathComponent("feed.xml.link"), withDestinationURL: outside.appendingPathComponent("x"))
        let outsideBefore = snapshot(outside)

        try site.write("content/xuji/affairs/n3.md", notice(3, "通知3（更正）"))
        try build(site)
        try assertSameAsFullBuild(site)
        XCTAssertEqual(snapshot(outside), outsideBefore, "nothing was written through a link")
        XCTAssertFalse(fm.fileExists(atPath: live.appendingPathComponent("affairs/.hidden.html").path))

        // The village's folder replaced by a link to a folder elsewhere: the link goes.
        try fm.moveItem(at: live, to: outside.appendingPathComponent("xuji"))
        try fm.createSymbolicLink(at: live, withDestinationURL: outside.appendingPathComponent("xuji"))
        let movedBefore = snapshot(outside)
        try site.write("content/xuji/affairs/n5.md", notice(5, "通知5"))
        try build(site)
        try assertSameAsFullBuild(site)
        XCTAssertEqual(FileTree.kind(live), .directory)
        XCTAssertEqual(snapshot(outside), movedBefore, "nothing was written through the link")
    }

    func testAMergeRenamesTheNewFilesInKeepsTheRestAndFollowsNoLink() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-merge-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let fm = FileManager.default
        let site = root.appendingPathComponent("site")
        func put(_ path: String, _ text: String) throws {
            let url = site.appendingPathComponent(path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try put("v/a/index.html", "served")
        try put("v/kept.html", "kept")
        try put("v/gone/page.html", "gone")
        try put("other/page.html", "another village")
        let outside = root.appendingPathComponent("outside")
        try fm.createDirectory(at: outside, withIntermediateDirectories: true)
        try fm.createSymbolicLink(at: site.appendingPathComponent("v/b"), withDestinationURL: outside)
        let backup = root.appendingPathComponent("backup.html")
        XCTAssertEqual(link(site.appendingPathComponent("v/a/index.html").path, backup.path), 0)
        let keptFile = inode(site.appendingPathComponent("v/kept.html"))
        let staging = root.appendingPathComponent("staging")
        try fm.createDirectory(at: staging, withIntermediateDirectories: true)

        let output = OutputFolder(url: staging, live: site)
        output.survey("v")
        let stamp = FileTree.outputStamp(site.appendingPathComponent("v/kept.html").path)
        XCTAssertTrue(output.keeps("v/kept.html", stamp: stamp))
        XCTAssertFalse(output.keeps("v/kept.html", stamp: stamp + "0"), "another stamp: another file")
        XCTAssertFalse(output.keeps("other/page.html", stamp: FileTree.outputStamp(site.path + "/other/page.html")))
        try output.write("new", to: "v/a/index.html")
        try output.write("through a link?", to: "v/b/index.html")
        try output.write("new folder", to: "v/c/d/index.html")
        XCTAssertEqual(try String(contentsOf: backup, encoding: .utf8), "served", "nothing is written in the site yet")
        output.planMerge(
            "v", outputs: output.ledger.take(under: "v/") + [HashedFile(path: "v/kept.html", sha256: "", bytes: 4)])
        XCTAssertEqual(output.mergedVillages, ["v"])
        try output.merge("v")

        XCTAssertEqual(
            snapshot(site).mapValues { String(decoding: $0, as: UTF8.self) },
            [
                "/v/a/index.html": "new", "/v/b/index.html": "through a link?", "/v/c/d/index.html": "new folder",
                "/v/kept.html": "kept", "/other/page.html": "another village",
            ])
        XCTAssertEqual(FileTree.kind(site.appendingPathComponent("v/b")), .directory, "the link became a folder")
        XCTAssertEqual(try fm.contentsOfDirectory(atPath: outside.path), [])
        XCTAssertEqual(try String(contentsOf: backup, encoding: .utf8), "served")
        XCTAssertEqual(inode(site.appendingPathComponent("v/kept.html")), keptFile)
        XCTAssertFalse(fm.fileExists(atPath: site.appendingPathComponent("v/gone").path), "emptied folders go")
        XCTAssertEqual(output.mergedVillages, [], "a village is merged once")
    }

    func testAPageIsKeptOnlyWhileItIsTheVeryFileTheLastBuildLeftUnderRealFolders() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-stamp-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let fm = FileManager.default
        for folder in ["site/v/in", "elsewhere", "staging"] {
            try fm.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        func served(_ name: String) -> String { root.appendingPathComponent("site/v/\(name)").path }
        let names = ["kept.html", "edited.html", "replaced.html", "in/linked.html"]
        for name in names { try Data("page \(name)".utf8).write(to: URL(fileURLWithPath: served(name))) }
        let stamps = Dictionary(uniqueKeysWithValues: names.map { ($0, FileTree.outputStamp(served($0))) })
        XCTAssertFalse(stamps.values.contains(""))
        // Since the last build: one page edited in place, one replaced by a file of the same size
        // and time (another inode), one folder moved away and a link put in its place.
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
        try fm.moveItem(at: root.appendingPathComponent("site/v/in"), to: root.appendingPathComponent("elsewhere/in"))
        try fm.createSymbolicLink(
            at: root.appendingPathComponent("site/v/in"),
            withDestinationURL: root.appendingPathComponent("elsewhere/in"))
        XCTAssertEqual(FileTree.outputStamp(served("in/linked.html")), stamps["in/linked.html"], "the very file")

        let output = OutputFolder(
            url: root.appendingPathComponent("staging"), live: root.appendingPathComponent("site"))
        output.survey("v")
        XCTAssertTrue(output.keeps("v/kept.html", stamp: stamps["kept.html"]!))
        for name in ["edited.html", "replaced.html", "in/linked.html"] {
            XCTAssertFalse(output.keeps("v/\(name)", stamp: stamps[name]!), name)
        }
        XCTAssertFalse(
            OutputFolder(url: root.appendingPathComponent("staging")).keeps(
                "v/kept.html", stamp: stamps["kept.html"]!), "a whole new site keeps nothing")
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

    func testAFullBuildLeavesNoSpareAndAnUpdateRemovesTheVillageFoldersEarlierVersionsKept() throws {
        let site = try TestSite()
        try site.write("content/xuji/affairs/n1.md", notice(1, "通知1"))
        try build(site)
        try site.write("content/xuji/affairs/n1.md", notice(1, "通知1（更正）"))
        try build(site)
        XCTAssertTrue(site.exists(".site.gongkai-spare/manifest.json"))
        // A village folder an earlier version kept there for the village's next rebuild.
        try site.write(".site.gongkai-spare/xuji/affairs/n1/index.html", "an old page")
        try site.write("content/xuji/affairs/n1.md", notice(1, "通知1（再次更正）"))
        try build(site)
        XCTAssertFalse(site.exists(".site.gongkai-spare/xuji"))
        try assertSameAsFullBuild(site)
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
