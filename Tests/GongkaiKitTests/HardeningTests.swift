import Foundation
import XCTest

/// Careless or hostile input, fed to the real binary: nothing leaks, nothing is lost, nothing hangs.
final class HardeningTests: XCTestCase {
    let date = "2026-11-22"
    let notice = "---\nkind: affairs.notice\ntitle: 通知\npublished: 2026-11-01\n---\n\n正文。\n"

    // MARK: - --out (spec §8)

    func testOutRefusesAFolderOfSomeoneElsesFilesUnlessForced() throws {
        let site = try TestSite()
        try site.write("content/xuji/affairs/n.md", notice)
        let documents = site.root.appendingPathComponent("文档/公开")
        try site.write("文档/公开/合同扫描.pdf", "%PDF-1.4 a user's own file")
        try site.write("文档/公开/笔记/记录.txt", "keep me")
        let before = snapshot(documents)

        let refused = try Binary.run(["build", site.root.path, "--out", documents.path, "--date", date])
        XCTAssertEqual(refused.status, 2, refused.stderr)
        XCTAssertTrue(
            refused.stderr.contains("不是 gongkai 生成的文件") && refused.stderr.contains("合同扫描.pdf"), refused.stderr)
        XCTAssertTrue(refused.stderr.contains("--force"), refused.stderr)
        XCTAssertEqual(snapshot(documents), before, "nothing touched")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: documents.deletingLastPathComponent().path)
        XCTAssertEqual(leftovers, ["公开"], "no temporary folder either")

        let forced = try Binary.run(["build", site.root.path, "--out", documents.path, "--date", date, "--force"])
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertTrue(
            FileManager.default.fileExists(atPath: documents.appendingPathComponent("xuji/affairs/n/index.html").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: documents.appendingPathComponent("合同扫描.pdf").path))
    }

    func testAFolderGongkaiWroteIsStillReplacedAndAnEmptyOneIsUsed() throws {
        let site = try TestSite()
        try site.write("content/xuji/affairs/n.md", notice)
        let empty = site.root.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        XCTAssertEqual(try Binary.run(["build", site.root.path, "--out", empty.path, "--date", date]).status, 0)
        XCTAssertEqual(
            try Binary.run(["build", site.root.path, "--out", empty.path, "--date", date, "--full"]).status, 0)
        XCTAssertTrue(site.exists("empty/manifest.json"))
        XCTAssertEqual(try Binary.run(["build", site.root.path, "--date", date]).status, 0)
        XCTAssertEqual(
            try Binary.run(["build", site.root.path, "--date", date]).status, 0, "site/ written before is replaced")

        // A manifest.json that is not gongkai's does not make a folder ours.
        try site.write("other/manifest.json", "{\"name\": \"some npm package\"}")
        let refused = try Binary.run([
            "build", site.root.path, "--out", site.root.appendingPathComponent("other").path, "--date", date,
        ])
        XCTAssertEqual(refused.status, 2, refused.stderr)
    }

    func testOutThatWouldReplaceTheSourcesIsRefusedEvenWithForce() throws {
        let site = try TestSite()
        try site.write("content/xuji/affairs/n.md", notice)
        try site.write("templates/style.css", "body{}")
        let before = snapshot(site.root)
        let link = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-link-\(UUID().uuidString)")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: site.root)
        defer { try? FileManager.default.removeItem(at: link) }
        for out in [
            site.root.path, site.root.deletingLastPathComponent().path, site.root.path + "/content",
            site.root.path + "/content/xuji/site", site.root.path + "/templates/out", link.path + "/content/new",
        ] {
            let result = try Binary.run(["build", site.root.path, "--out", out, "--date", date, "--force"])
            XCTAssertEqual(result.status, 2, "\(out): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("会覆盖站点源文件"), result.stderr)
        }
        XCTAssertEqual(snapshot(site.root), before)
    }

    /// Removing the old site never follows a link out of it.
    func testReplacingASiteNeverFollowsALinkOutOfIt() throws {
        let site = try TestSite()
        try site.write("content/xuji/affairs/n.md", notice)
        XCTAssertEqual(try Binary.run(["build", site.root.path, "--date", date]).status, 0)
        let precious = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gongkai-precious-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: precious, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: precious) }
        try Data("村账本".utf8).write(to: precious.appendingPathComponent("账本.txt"))
        try FileManager.default.createSymbolicLink(
            at: site.root.appendingPathComponent("site/xuji/link"), withDestinationURL: precious)
        try FileManager.default.createSymbolicLink(
            at: site.root.appendingPathComponent("site/outside"), withDestinationURL: precious)
        for flags in [["--full"], []] {
            try site.write("content/xuji/affairs/m.md", notice.replacingOccurrences(of: "通知", with: "通知\(flags.count)"))
            let result = try Binary.run(["build", site.root.path, "--date", date] + flags)
            XCTAssertEqual(result.status, 0, result.stderr)
            usleep(300_000)  // the old site is removed by a child process
        }
        XCTAssertEqual(try String(contentsOf: precious.appendingPathComponent("账本.txt"), encoding: .utf8), "村账本")
        XCTAssertFalse(site.exists("site/outside"))
    }

    // MARK: - Silent skips (GK-S012, GK-S013)

    func testSymbolicLinksAreNamedAndNeverFollowedOrPublished() throws {
        let site = try TestSite()
        try site.write("content/xuji/affairs/n.md", notice)
        let outside = site.root.appendingPathComponent("elsewhere")
        try site.write("elsewhere/scan.pdf", "%PDF-1.4 secret")
        try site.write("elsewhere/doc.md", notice)
        try FileManager.default.createSymbolicLink(
            at: site.root.appendingPathComponent("content/xuji/files"), withDestinationURL: outside)
        try FileManager.default.createSymbolicLink(
            at: site.root.appendingPathComponent("content/xuji/scan.pdf"),
            withDestinationURL: outside.appendingPathComponent("scan.pdf"))
        try FileManager.default.createSymbolicLink(
            at: site.root.appendingPathComponent("content/wangying"),
            withDestinationURL: site.root.appendingPathComponent("content/xuji"))
        let result = try Binary.run(["build", site.root.path, "--date", date])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stderr.split(separator: "\n").filter { $0.contains("GK-S012") }
        XCTAssertEqual(lines.count, 3, result.stderr)
        XCTAssertTrue(
            lines.contains { $0.hasPrefix("content/xuji/files:1:1: warning[GK-S012]") && $0.contains(outside.path) },
            "\(lines)")
        XCTAssertTrue(lines.contains { $0.hasPrefix("content/xuji/scan.pdf:1:1: warning[GK-S012]") }, "\(lines)")
        XCTAssertTrue(lines.contains { $0.hasPrefix("content/wangying:1:1: warning[GK-S012]") }, "\(lines)")
        XCTAssertFalse(site.exists("site/xuji/files/scan.pdf"))
        XCTAssertFalse(site.exists("site/xuji/files/files"))
        XCTAssertFalse(site.exists("site/wangying"))
        let manifest = try site.read("site/manifest.json")
        XCTAssertFalse(manifest.contains("scan.pdf") || manifest.contains("elsewhere"), "never published")
    }

    func testAContentFolderWithoutVillagesIsNamed() throws {
        let site = try TestSite(villages: [:])
        try site.write("content/README.txt", "村文件夹放在这里")
        let result = try Binary.run(["check", site.root.path, "--date", date])
        XCTAssertEqual(result.status, 0, result.stdout)
        XCTAssertTrue(result.stdout.contains("content:1:1: warning[GK-S013]"), result.stdout)
    }

    // MARK: - Inputs whose cost could blow up

    func testDeepNestingIsS006AtTheLevelThatCrossesTheLimit() throws {
        let site = try TestSite()
        let deep = String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)
        try site.write(
            "content/xuji/affairs/deep.yaml",
            "kind: affairs.notice\ntitle: t\npublished: 2026-11-01\nextra: " + deep + "\n")
        var block = "kind: affairs.notice\ntitle: t\npublished: 2026-11-01\nextra:\n"
        for level in 0..<70 { block += String(repeating: " ", count: 2 * level + 2) + "k:\n" }
        try site.write("content/xuji/affairs/block.yaml", block)
        try site.write(
            "gongkai.yaml",
            TestSite.defaultConfig + "rules: " + String(repeating: "{a: ", count: 100) + "1"
                + String(repeating: "}", count: 100) + "\n")
        let start = Date()
        let result = try Binary.run(["check", site.root.path, "--date", date, "--format", "json"])
        XCTAssertLessThan(Date().timeIntervalSince(start), 10, "400 KB of brackets is rejected in linear time")
        let found = try decodeDiagnostics(result.stdout).filter { $0.code == "GK-S006" }.map {
            "\($0.file):\($0.line):\($0.column)"
        }
        // Levels count from the document's own mapping: the 64th bracket opens the 65th level.
        XCTAssertEqual(
            found.sorted(),
            [
                "content/xuji/affairs/block.yaml:68:129", "content/xuji/affairs/deep.yaml:4:\(7 + 64)",
                "gongkai.yaml:4:\(7 + 63 * 4 + 1)",
            ])
    }

    func testAMappingOfMoreThanAThousandKeysIsS006AtTheKeyThatCrossesTheLimit() throws {
        let site = try TestSite()
        let head = "kind: affairs.notice\ntitle: t\npublished: 2026-11-01\nextra:\n"
        try site.write("content/xuji/affairs/keys.yaml", head + (0..<1_200).map { "  k\($0): 1\n" }.joined())
        try site.write("content/xuji/affairs/same.yaml", head + String(repeating: "  k: 1\n", count: 1_200))
        try site.write("content/xuji/affairs/fine.yaml", head + (0..<1_000).map { "  k\($0): 1\n" }.joined())
        let result = try Binary.run(["check", site.root.path, "--date", date, "--format", "json"])
        let diagnostics = try decodeDiagnostics(result.stdout)
        let found = diagnostics.filter { $0.code == "GK-S006" }.map { "\($0.file):\($0.line):\($0.column)" }
        // Line 5 holds the first key, so the 1,001st is on line 1,005; duplicates count as written.
        XCTAssertEqual(
            found.sorted(), ["content/xuji/affairs/keys.yaml:1005:3", "content/xuji/affairs/same.yaml:1005:3"])
        XCTAssertTrue(diagnostics.contains { $0.code == "GK-S006" && $0.message.contains("超过 1000 个字段") })
        XCTAssertFalse(diagnostics.contains { $0.file.hasSuffix("fine.yaml") && $0.code == "GK-S006" })
    }

    func testMarkdownBodiesThatCmarkGfmCannotParseInLinearTimeAreBounded() throws {
        let site = try TestSite()
        func write(_ name: String, _ body: String) throws {
            try site.write(
                "content/xuji/affairs/\(name).md",
                "---\nkind: affairs.notice\ntitle: t\npublished: 2026-11-01\n---\n" + body)
        }
        try write("quotes", "正文\n" + String(repeating: ">", count: 70_000) + "\n")
        try write(
            "table", "|" + String(repeating: "a|", count: 100) + "\n|" + String(repeating: "-|", count: 100) + "\n")
        try write("rows", "a|b\n-|-\n" + String(repeating: "1|2\n", count: 2_100))
        try write("cdata", String(repeating: "x <![CDATA[", count: 20))
        try write("email", String(repeating: "a@", count: 1_100))
        try write("large", String(repeating: "公开", count: 30_000))
        try write("fine", "> 引用\n\n| 项目 | 金额 |\n|---|--:|\n| 电费 | 100 |\n\n联系 xuji@example.cn\n")
        let result = try Binary.run(["check", site.root.path, "--date", date, "--format", "json"])
        let found = try decodeDiagnostics(result.stdout).map {
            "\($0.file.split(separator: "/").last!):\($0.line) \($0.code)"
        }
        XCTAssertEqual(
            found.sorted(),
            [
                "cdata.md:6 GK-S006", "email.md:6 GK-S006", "large.md:6 GK-S001", "quotes.md:7 GK-S006",
                "rows.md:\(7 + 2_001) GK-S006", "table.md:7 GK-S006",
            ])
    }

    /// A partial that always includes itself is found before anything renders (GK-T003).
    func testATemplateThatIncludesItselfStopsWithAnErrorNamingIt() throws {
        let site = try TestSite()
        try site.write("content/xuji/affairs/n.md", notice)
        try site.write("templates/loop.mustache", "{{>loop}}{{>loop}}x")
        try site.write("templates/notice.mustache", "<p>{{>loop}}</p>")
        let result = try Binary.run(["build", site.root.path, "--date", date])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("templates/loop.mustache:1:1: error[GK-T003]"), result.stderr)
        XCTAssertTrue(result.stderr.contains("templates/loop.mustache:1:10: error[GK-T003]"), result.stderr)
        XCTAssertFalse(site.exists("site"))
    }

    /// Recursion inside a section is allowed (it ends when the data does); one whose data never
    /// runs out, each level rendering itself twice (2^32 copies without a bound), is stopped by
    /// the render limit and named.
    func testARecursionWhoseDataNeverEndsStopsAtTheRenderLimit() throws {
        let site = try TestSite()
        try site.write(
            "content/xuji/affairs/n.md",
            "---\nkind: affairs.notice\ntitle: 通知\npublished: 2026-11-01\n"
                + "revisions:\n  - {date: 2026-11-02, note: 更正}\n---\n\n正文。\n")
        try site.write("templates/loop.mustache", "{{#revisions}}{{>loop}}{{>loop}}x{{/revisions}}")
        try site.write("templates/notice.mustache", "<p>{{>loop}}</p>")
        let start = Date()
        let result = try Binary.run(["build", site.root.path, "--date", date])
        XCTAssertLessThan(Date().timeIntervalSince(start), 30)
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("templates/notice.mustache:1:1: error[GK-S001]"), result.stderr)
        XCTAssertFalse(result.stderr.contains("GK-T003"), result.stderr)
        XCTAssertFalse(site.exists("site"))
    }

    func testTemplatesNestedTooDeepAreRefusedWithTheirPlace() throws {
        let site = try TestSite()
        try site.write("content/xuji/affairs/n.md", notice)
        try site.write(
            "templates/deep.mustache",
            String(repeating: "{{#a}}", count: 20_000) + String(repeating: "{{/a}}", count: 20_000))
        let result = try Binary.run(["build", site.root.path, "--date", date])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("templates/deep.mustache:1:\(6 * 64 + 1): error[GK-T001]"), result.stderr)
    }

    /// A file of thousands of the same mistake lists a hundred and counts the rest in one line.
    func testOneFilesFloodOfOneMistakeIsListedAHundredAndCounted() throws {
        let site = try TestSite()
        let keys = String(repeating: "  k: 1\n", count: 901)
        try site.write(
            "content/xuji/affairs/dup.yaml", "kind: affairs.notice\ntitle: t\npublished: 2026-11-01\nextra:\n" + keys)
        let result = try Binary.run(["check", site.root.path, "--date", date, "--format", "json"])
        XCTAssertEqual(result.status, 1)
        let found = try decodeDiagnostics(result.stdout)
        XCTAssertEqual(found.count, 101)
        XCTAssertEqual(Set(found.map(\.code)), ["GK-S005"])
        XCTAssertEqual(found.last?.line, 6 + 100, "the count stands where the first unlisted one is")
        XCTAssertTrue(found.last?.message.contains("另有 800 处同类问题") == true, found.last?.message ?? "")
    }
}
