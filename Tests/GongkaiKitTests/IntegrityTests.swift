import Foundation
import XCTest

/// Reproducible builds, all-or-nothing publishing under kill -9, manifest and verify, open data.
final class IntegrityTests: XCTestCase {
    let date = "2026-11-22"

    func temporary(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-\(name)-\(UUID().uuidString)")
    }

    func testTwoBuildsAreByteIdenticalAndLeakNoPaths() throws {
        let a = temporary("a")
        let b = temporary("b")
        defer {
            try? FileManager.default.removeItem(at: a)
            try? FileManager.default.removeItem(at: b)
        }
        XCTAssertEqual(try Binary.run(["build", Binary.repository.path, "--out", a.path, "--date", date]).status, 0)
        XCTAssertEqual(
            try Binary.run(
                ["build", Binary.repository.path, "--out", b.path, "--date", date],
                environment: ["TZ": "America/New_York"]
            ).status, 0)
        let diff = try Binary.runTool(try XCTUnwrap(Binary.which("diff")), ["-r", a.path, b.path])
        XCTAssertEqual(diff.status, 0, diff.stdout)
        let grep = try Binary.runTool(
            try XCTUnwrap(Binary.which("grep")), ["-r", "-l", Binary.repository.path, a.path])
        XCTAssertEqual(grep.stdout, "", "no absolute path of the machine in the output")
    }

    func testManifestListsEverySourceAndOutputAndVerifyNamesAChangedByte() throws {
        let site = try TestSite()
        try site.write(
            "content/xuji/affairs/n.md",
            "---\nkind: affairs.notice\ntitle: 通知\npublished: 2026-11-01\nattachments: [{file: scan.pdf, title: 扫描件}]\n"
                + "---\n正文\n"
        )
        try site.write("content/xuji/scan.pdf", "%PDF-1.4\n")
        try site.write("templates/footer.mustache", "</main></body></html>\n")
        XCTAssertEqual(try Binary.run(["build", site.root.path, "--date", date]).status, 0)
        let out = site.root.appendingPathComponent("site")
        let manifest =
            try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("manifest.json")))
            as! [String: Any]
        XCTAssertEqual(manifest["build_date"] as? String, date)
        let sources = (manifest["sources"] as! [[String: Any]]).map { $0["path"] as! String }
        XCTAssertEqual(
            sources,
            [
                "content/xuji/affairs/n.md", "content/xuji/scan.pdf", "content/xuji/village.yaml", "gongkai.yaml",
                "templates/footer.mustache",
            ])
        let outputs = manifest["outputs"] as! [[String: Any]]
        XCTAssertEqual(outputs.map { $0["path"] as! String }, outputs.map { $0["path"] as! String }.sorted())
        let onDisk = snapshot(out).keys.map { String($0.dropFirst()) }.filter { $0 != "manifest.json" }.sorted()
        XCTAssertEqual(outputs.map { $0["path"] as! String }, onDisk)
        let page = try XCTUnwrap(outputs.first { $0["path"] as? String == "xuji/affairs/n/index.html" })
        let bytes = try Data(contentsOf: out.appendingPathComponent("xuji/affairs/n/index.html"))
        XCTAssertEqual(page["sha256"] as? String, sha256Hex(bytes))
        XCTAssertEqual(page["bytes"] as? Int, bytes.count)

        let clean = try Binary.run(["verify", out.path])
        XCTAssertEqual(clean.status, 0, clean.stdout)
        XCTAssertTrue(clean.stdout.contains("核验通过"))

        var changed = bytes
        changed[changed.count / 2] ^= 0x01
        try changed.write(to: out.appendingPathComponent("xuji/affairs/n/index.html"))
        let dirty = try Binary.run(["verify", out.path])
        XCTAssertEqual(dirty.status, 1)
        XCTAssertEqual(dirty.stdout.split(separator: "\n").first, "已改动：xuji/affairs/n/index.html")
        XCTAssertEqual(try Binary.run(["verify", site.root.path]).status, 2, "no manifest there")
    }

    /// Starts a build and kills it with SIGKILL after `delay` µs; returns whether it had ended.
    func killBuild(_ arguments: [String], after delay: UInt32) throws -> Bool {
        let process = Process()
        process.executableURL = Binary.url
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(delay)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return process.terminationReason == .exit
    }

    func testKillingABuildAtAnyMomentLeavesTheOldSiteWhole() throws {
        let root = temporary("county")
        let expectedFolder = temporary("expected")
        defer {
            try? FileManager.default.removeItem(at: root)
            try? FileManager.default.removeItem(at: expectedFolder)
        }
        let python = try XCTUnwrap(Binary.which("python3"))
        let generated = try Binary.runTool(
            python,
            [Binary.repository.appendingPathComponent("Benchmarks/generate_county.py").path, root.path, "3", "200"])
        XCTAssertEqual(generated.status, 0, generated.stderr)
        XCTAssertEqual(try Binary.run(["build", root.path, "--date", date]).status, 0)
        let out = root.appendingPathComponent("site")
        let before = snapshot(out)

        // The next build changes one village's pages and the town's.
        let notice = root.appendingPathComponent("content/v0000/docs/d00000.md")
        let original = try String(contentsOf: notice, encoding: .utf8)
        let edited = original.replacingOccurrences(of: "村务公告第0号", with: "村务公告第0号（更正）")
        try edited.write(to: notice, atomically: true, encoding: .utf8)
        XCTAssertEqual(try Binary.run(["build", root.path, "--date", date, "--out", expectedFolder.path]).status, 0)
        let expected = snapshot(expectedFolder)

        // A full build swaps the whole site in with one exchange of names: killed at any
        // moment, the site is the old one, or (once the build has ended) the new one.
        for delay in [2_000, 20_000, 80_000, 200_000, 400_000, 700_000] as [UInt32] {
            let ended = try killBuild(["build", root.path, "--date", date, "--full"], after: delay)
            let after = snapshot(out)
            XCTAssertTrue(
                after == before || (ended && after == expected),
                "a killed full build changed the site (after \(delay) µs)")
            if after != before {
                try original.write(to: notice, atomically: true, encoding: .utf8)
                XCTAssertEqual(try Binary.run(["build", root.path, "--date", date]).status, 0)
                XCTAssertEqual(snapshot(out), before)
                try edited.write(to: notice, atomically: true, encoding: .utf8)
            }
        }

        // An update in place swaps each changed village, then each town file: killed at any
        // moment, every village folder is wholly old or wholly new and every file whole.
        for delay in [2_000, 10_000, 25_000, 50_000, 80_000, 120_000, 200_000] as [UInt32] {
            try original.write(to: notice, atomically: true, encoding: .utf8)
            XCTAssertEqual(try Binary.run(["build", root.path, "--date", date]).status, 0)
            XCTAssertEqual(snapshot(out), before)
            try edited.write(to: notice, atomically: true, encoding: .utf8)
            _ = try killBuild(["build", root.path, "--date", date], after: delay)
            let after = snapshot(out)
            var folders: [String: [String]] = [:]
            for path in Set(after.keys).union(before.keys) {
                let parts = path.split(separator: "/")
                folders[parts.count > 1 ? String(parts[0]) : path, default: []].append(path)
            }
            for (folder, paths) in folders {
                let old = paths.allSatisfy { after[$0] == before[$0] }
                let new = paths.allSatisfy { after[$0] == expected[$0] }
                XCTAssertTrue(old || new, "\(folder) is neither the old nor the new one after a kill at \(delay) µs")
            }
        }
        let final = try Binary.run(["build", root.path, "--date", date])
        XCTAssertEqual(final.status, 0, final.stderr)
        XCTAssertEqual(snapshot(out), expected, "the build after a killed one gives the site a full build gives")
        // The replaced site is removed by a child process: give it a moment.
        var leftovers: [String] = []
        for _ in 0..<100 {
            leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter {
                $0.hasPrefix(".site.gongkai-tmp")
            }
            if leftovers.isEmpty { break }
            usleep(100_000)
        }
        XCTAssertEqual(leftovers, [], "the next build cleans up what killed builds left")
        XCTAssertEqual(try Binary.run(["verify", out.path]).status, 0)
    }

    func testFeedsSitemapRobotsAndCSV() throws {
        let out = temporary("open")
        defer { try? FileManager.default.removeItem(at: out) }
        XCTAssertEqual(try Binary.run(["build", Binary.repository.path, "--out", out.path, "--date", date]).status, 0)

        let schema = Binary.repository.appendingPathComponent("Tests/Fixtures/schemas/atom.rng")
        let xmllint = try XCTUnwrap(Binary.which("xmllint"), "xmllint is installed by `make setup-tests`")
        let feeds = [
            "feed.xml", "xuji/feed.xml", "houmiao/feed.xml", "liuzhuang/feed.xml", "wangying/feed.xml",
            "zhaolou/feed.xml",
        ]
        let valid = try Binary.runTool(
            xmllint, ["--noout", "--relaxng", schema.path] + feeds.map { out.appendingPathComponent($0).path })
        XCTAssertEqual(valid.status, 0, valid.stderr)
        // The schema has teeth: a date without a time is not an Atom date.
        let broken = out.appendingPathComponent("broken.xml")
        try (try String(contentsOf: out.appendingPathComponent("xuji/feed.xml"), encoding: .utf8))
            .replacingOccurrences(of: "T00:00:00+08:00</updated>", with: "</updated>").write(
                to: broken, atomically: true, encoding: .utf8)
        XCTAssertNotEqual(try Binary.runTool(xmllint, ["--noout", "--relaxng", schema.path, broken.path]).status, 0)
        try FileManager.default.removeItem(at: broken)
        let villageFeed = try String(contentsOf: out.appendingPathComponent("xuji/feed.xml"), encoding: .utf8)
        XCTAssertTrue(villageFeed.contains("<id>https://gk.houmiao.example.cn/xuji/finance/2026-10/</id>"))
        XCTAssertTrue(villageFeed.contains("<title>许集村2026年10月财务收支公开</title>"))

        // The sitemap lists exactly the site's pages.
        let sitemap = try String(contentsOf: out.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        let locs = sitemap.components(separatedBy: "<loc>").dropFirst().map { $0.components(separatedBy: "</loc>")[0] }
        let pages = snapshot(out).keys.filter { $0.hasSuffix(".html") }.map { path -> String in
            let p = String(path.dropFirst())
            return "https://gk.houmiao.example.cn/"
                + (p.hasSuffix("index.html") ? String(p.dropLast("index.html".count)) : p)
        }
        XCTAssertEqual(Set(locs), Set(pages))
        XCTAssertEqual(locs.count, pages.count)
        XCTAssertEqual(
            try String(contentsOf: out.appendingPathComponent("robots.txt"), encoding: .utf8),
            "User-agent: *\nAllow: /\n\nSitemap: https://gk.houmiao.example.cn/sitemap.xml\n")

        // CSVs open with Python's csv module to the same numbers as the page.
        let script = """
            import csv, io, sys, re
            raw = open(sys.argv[1], 'rb').read()
            assert raw.startswith(b'\\xef\\xbb\\xbf'), 'BOM'
            rows = list(csv.DictReader(io.StringIO(raw.decode('utf-8-sig'), newline='')))
            total = sum(int(r['金额（元）'].replace('.', '')) for r in rows)
            page = open(sys.argv[2], encoding='utf-8').read()
            shown = re.search(r'收入明细合计：<strong>([0-9,.]+)</strong>', page).group(1)
            print(len(rows), '%d.%02d' % divmod(total, 100), shown)
            """
        let python = try XCTUnwrap(Binary.which("python3"))
        let result = try Binary.runTool(
            python,
            [
                "-c", script, out.appendingPathComponent("xuji/finance/2026-10/income.csv").path,
                out.appendingPathComponent("xuji/finance/2026-10/index.html").path,
            ])
        XCTAssertEqual(result.stdout, "3 43833.40 43,833.40\n", result.stderr)
        let page = try String(
            contentsOf: out.appendingPathComponent("xuji/finance/2026-10/index.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("<a href=\"income.csv\">"))
        let points = try Data(contentsOf: out.appendingPathComponent("houmiao/party/2026-10-points/members.csv"))
        XCTAssertEqual(Array(points.prefix(3)), [0xEF, 0xBB, 0xBF])
        let text = String(decoding: points.dropFirst(3), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("姓名,学习教育,组织生活,志愿服务,带富帮困,总分\r\n侯振华,20,30,25,20,95\r\n"), text)
    }
}
