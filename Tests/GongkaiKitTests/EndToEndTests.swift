import Crypto
import Foundation
import XCTest

/// The real binary on real files: what a secretary and a town official see.
final class EndToEndTests: XCTestCase {
    let date = "2026-11-22"

    func statement(closing: String = "\"1,500.00\"", extra: String = "") -> String {
        """
        kind: finance.statement
        title: 许集村2026年10月财务收支公开
        published: 2026-11-06
        period: 2026-10
        opening_balance: "1,000.00"
        income:
          - {date: 2026-10-06, voucher: 记-001, item: 租金, amount: 600}
        expense:
          - {date: 2026-10-08, voucher: 记-002, item: 电费, amount: 100}
        closing_balance: \(closing)
        reviewed: {date: 2026-11-04, by: [许长林]}
        \(extra)
        """
    }

    // MARK: - check

    func testDemoContentChecksClean() throws {
        let result = try Binary.run(["check", Binary.repository.path, "--date", date, "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertEqual(try decodeDiagnostics(result.stdout).filter { $0.severity == "error" }, [])
    }

    func testMoneyWithThreeDecimalsOrAnExponentIsS004AtItsLine() throws {
        let site = try TestSite()
        try site.write(
            "content/xuji/finance/2026-10.yaml",
            """
            kind: finance.statement
            title: 许集村2026年10月财务收支公开
            published: 2026-11-06
            period: 2026-10
            opening_balance: 12.345
            income:
              - {date: 2026-10-06, voucher: 记-001, item: 租金, amount: 1e3}
            expense: []
            closing_balance: "1,000.00"
            reviewed: {date: 2026-11-04, by: [许长林]}

            """)
        let result = try Binary.run(["check", site.root.path, "--date", date, "--format", "json"])
        XCTAssertEqual(result.status, 1)
        let found = try decodeDiagnostics(result.stdout)
        XCTAssertEqual(
            found.map { "\($0.file):\($0.line):\($0.column) \($0.code)" },
            [
                "content/xuji/finance/2026-10.yaml:5:18 GK-S004",
                "content/xuji/finance/2026-10.yaml:7:58 GK-S004",
            ])
        XCTAssertTrue(found[0].message.contains("12.345"), found[0].message)
        XCTAssertTrue(found[0].message.contains("两位小数"), found[0].message)
        XCTAssertTrue(found[1].message.contains("1e3"), found[1].message)
    }

    func testYesIsNotABool() throws {
        let site = try TestSite()
        try site.write(
            "content/xuji/affairs/n.md",
            "---\nkind: affairs.notice\ntitle: 通知\npublished: 2026-11-01\ndraft: yes\n---\n正文\n")
        let result = try Binary.run(["check", site.root.path, "--date", date, "--format", "json"])
        let found = try decodeDiagnostics(result.stdout)
        XCTAssertEqual(found.map(\.code), ["GK-S004"])
        XCTAssertEqual(found.first?.line, 5)
        XCTAssertEqual(found.first?.column, 8)
        XCTAssertTrue(found.first?.message.contains("true 或 false") ?? false)
    }

    func testDuplicateKeyAndAliasBombHaveTheirCodes() throws {
        let site = try TestSite()
        try site.write(
            "content/xuji/affairs/dup.yaml", "kind: affairs.notice\ntitle: 通知\npublished: 2026-11-01\ntitle: 又一个\n")
        var bomb =
            "kind: affairs.notice\ntitle: 炸弹\npublished: 2026-11-01\nextra:\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...8 {
            bomb += "  a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        try site.write("content/xuji/affairs/bomb.yaml", bomb)
        let result = try Binary.run(["check", site.root.path, "--date", date, "--format", "json"])
        XCTAssertEqual(result.status, 1)
        let found = try decodeDiagnostics(result.stdout).map { "\($0.file):\($0.line) \($0.code)" }
        XCTAssertEqual(found, ["content/xuji/affairs/bomb.yaml:8 GK-S006", "content/xuji/affairs/dup.yaml:4 GK-S005"])
    }

    func testEveryProblemOfARunIsReportedInTextAndJSON() throws {
        let site = try TestSite()
        try site.write("content/xuji/a.yaml", "kind: affairs.notise\ntitle: 通知\npublished: 2026-11-01\n")
        try site.write("content/xuji/b.yaml", "kind: affairs.notice\ntitel: 通知\npublished: 2026-11-31\n")
        try site.write("content/xuji/c.md", "kind: affairs.notice\n")
        try site.write(
            "content/xuji/d.yaml", "kind: affairs.notice\ntitle: 通知\npublished: 2026-11-05\nnotice_until: 2026-11-01\n")
        try site.write("content/xuji/sub/d.md", "---\nkind: affairs.notice\ntitle: 同名\npublished: 2026-11-05\n---\n")
        // Attachments listed before them: the duplicate still names the document it collides with.
        try site.write("content/xuji/0-scan.pdf", "%PDF-1.4\n")
        try site.write("content/xuji/1-scan.pdf", "%PDF-1.4\n")
        try site.write(
            "content/xuji/e.yaml",
            "kind: affairs.notice\ntitle: 通知\npublished: 2026-11-05\nattachments:\n  - {file: none.pdf, title: 无}\n  - "
                + "{file: ../../gongkai.yaml, title: 越界}\n"
        )
        let json = try Binary.run(["check", site.root.path, "--date", date, "--format", "json"])
        XCTAssertEqual(json.status, 1)
        let found = try decodeDiagnostics(json.stdout)
        XCTAssertEqual(
            found.map { "\($0.file):\($0.line):\($0.column) \($0.severity)[\($0.code)]" },
            [
                "content/xuji/a.yaml:1:7 error[GK-S007]",
                "content/xuji/b.yaml:1:1 error[GK-S002]",
                "content/xuji/b.yaml:2:1 error[GK-S003]",
                "content/xuji/b.yaml:3:12 error[GK-S004]",
                "content/xuji/c.md:1:1 error[GK-S001]",
                "content/xuji/d.yaml:4:15 error[GK-S008]",
                "content/xuji/e.yaml:5:12 error[GK-S011]",
                "content/xuji/e.yaml:6:12 error[GK-S011]",
                "content/xuji/sub/d.md:1:1 error[GK-S010]",
            ])
        XCTAssertTrue(found[0].message.contains("affairs.notice"), "suggests the nearest kind: \(found[0].message)")
        XCTAssertTrue(found[2].message.contains("title"), "suggests the nearest field: \(found[2].message)")
        XCTAssertTrue(found[8].message.contains("content/xuji/d.yaml"), "names the other file: \(found[8].message)")

        let text = try Binary.run(["check", site.root.path, "--date", date])
        XCTAssertEqual(text.status, 1)
        let lines = text.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, found.count)
        XCTAssertEqual(lines[5], "content/xuji/d.yaml:4:15: error[GK-S008]: \(found[5].message)")
    }

    /// An English site counts in English: "1 entry", "2 entries", never "1 entries".
    func testAnEnglishSiteCountsWithTheRightNoun() throws {
        let site = try TestSite(config: TestSite.defaultConfig + "locale: en\n")
        try site.write(
            "content/xuji/finance/2026-10.yaml",
            TestSite.octoberStatement(
                income: ["  - {date: 2026-10-06, voucher: 记-001, item: 租金, amount: 600}"], closing: "600"))
        let build = try Binary.run(["build", site.root.path, "--date", date])
        XCTAssertEqual(build.status, 0, build.stderr)
        XCTAssertTrue(build.stderr.contains("1 document, 0 errors, 0 warnings"), build.stderr)
        XCTAssertTrue(build.stderr.contains("1 notice published"), build.stderr)
        let page = try String(
            contentsOf: site.root.appendingPathComponent("site/xuji/finance/2026-10/index.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("Income (1 entry)"), page)
        for wrong in ["1 entries", "1 rows", "1 notices", "1 households"] {
            XCTAssertFalse(page.contains(wrong), wrong)
        }
        let village = try String(contentsOf: site.root.appendingPathComponent("site/xuji/index.html"), encoding: .utf8)
        XCTAssertFalse(village.contains("1 notices"), village)
    }

    /// What stops a command is worded in the site's language too, down to the output folder's
    /// own refusals (they are kept as a wording until shown).
    func testAnEnglishSitesCommandFailuresAreInEnglish() throws {
        let site = try TestSite(config: TestSite.defaultConfig + "locale: en\n")
        let empty = site.root.appendingPathComponent("not-a-site")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let verify = try Binary.run(["verify", empty.path], in: site.root)
        XCTAssertEqual(verify.status, 2)
        XCTAssertEqual(
            verify.stderr,
            "gongkai: \(empty.path)/manifest.json is missing or unreadable; "
                + "point to a site folder made by gongkai build\n")
        try site.write(
            "content/xuji/affairs/n.md", "---\nkind: affairs.notice\ntitle: t\npublished: 2026-11-01\n---\nx\n")
        try site.write("blocked", "a file where the output folder would be")
        let build = try Binary.run([
            "build", site.root.path, "--date", date, "--out", site.root.appendingPathComponent("blocked").path,
        ])
        XCTAssertEqual(build.status, 2)
        XCTAssertNil(build.stderr.range(of: "\\p{Han}", options: .regularExpression), build.stderr)
    }

    func testLocaleSwitchesTheMessages() throws {
        let site = try TestSite(config: TestSite.defaultConfig + "locale: en\n")
        try site.write("content/xuji/a.yaml", "kind: affairs.notice\ntitle: t\npublished: 2026-11-01\nfoo: 1\n")
        let result = try Binary.run(["check", site.root.path, "--date", date, "--format", "json"])
        XCTAssertEqual(try decodeDiagnostics(result.stdout).first?.message, "unknown field foo; remove or correct it")
    }

    func testExitStatusTwoWhenTheCommandCannotRun() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let noRoot = try Binary.run(["check", empty.path])
        XCTAssertEqual(noRoot.status, 2)
        XCTAssertTrue(noRoot.stderr.contains("gongkai.yaml"), noRoot.stderr)
        let site = try TestSite()
        XCTAssertEqual(try Binary.run(["check", site.root.path, "--date", "2026-02-30"]).status, 2)
        XCTAssertEqual(try Binary.run(["check", site.root.path, "--format", "xml"]).status, 2)
        XCTAssertEqual(try Binary.run(["check", site.root.path, "--bogus"]).status, 2)
        XCTAssertEqual(try Binary.run(["build", site.root.path, "--out", site.root.path]).status, 2)
    }

    // MARK: - build

    func testBOMAndCRLFFilesParseAndRender() throws {
        let site = try TestSite()
        let text =
            "\u{FEFF}---\r\nkind: affairs.notice\r\ntitle: 关于春耕的通知\r\npublished: 2026-11-01\r\nnotice_until: "
            + "2026-10-01\r\n---\r\n正文**加粗**\r\n"
        try site.write("content/xuji/affairs/bom.md", text)
        let check = try Binary.run(["check", site.root.path, "--date", date, "--format", "json"])
        // The position of the error proves the lines were counted right through BOM and CRLF.
        XCTAssertEqual(
            try decodeDiagnostics(check.stdout).map { "\($0.line):\($0.column) \($0.code)" }, ["5:15 GK-S008"])
        try site.write(
            "content/xuji/affairs/bom.md", text.replacingOccurrences(of: "notice_until: 2026-10-01\r\n", with: ""))
        let build = try Binary.run(["build", site.root.path, "--date", date])
        XCTAssertEqual(build.status, 0, build.stderr)
        let page = try site.read("site/xuji/affairs/bom/index.html")
        XCTAssertTrue(page.contains("<h1>关于春耕的通知</h1>"))
        XCTAssertTrue(page.contains("<strong>加粗</strong>"))
    }

    func testMarkupInYAMLAndMarkdownNeverReachesThePageAsMarkup() throws {
        let site = try TestSite()
        try site.write(
            "content/xuji/affairs/x.md",
            """
            ---
            kind: affairs.notice
            title: "<script>alert('t')</script>通知"
            published: 2026-11-01
            attachments:
              - {file: 'a"><img src=x onerror=alert(1)>.pdf', title: "<b>附件</b>"}
            ---
            <script>alert(1)</script>

            <iframe src="https://evil.example"></iframe>

            [点这里](javascript:alert(2)) 和 [链接](JaVaScRiPt:alert(3))

            """)
        try site.write("content/xuji/a\"><img src=x onerror=alert(1)>.pdf", "%PDF-1.4\n")
        let build = try Binary.run(["build", site.root.path, "--date", date])
        XCTAssertEqual(build.status, 0, build.stderr)
        let page = try site.read("site/xuji/affairs/x/index.html")
        // The theme's own two scripts (大字 and 朗读) are the only ones.
        XCTAssertEqual(page.components(separatedBy: "<script").count - 1, 2, page)
        XCTAssertTrue(page.contains("<script src=\"../../../gongkai.js\" defer></script>"), page)
        XCTAssertTrue(page.contains("<script>try{if(localStorage.getItem(\"gongkai-large\")"), page)
        XCTAssertFalse(page.contains("<iframe"), page)
        XCTAssertFalse(page.contains("<img"), page)
        XCTAssertFalse(page.contains("<b>附件"), page)
        XCTAssertFalse(page.lowercased().contains("javascript:"), page)
        XCTAssertTrue(page.contains("<h1>&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;通知</h1>"), page)
        XCTAssertTrue(page.contains("&lt;b&gt;附件&lt;/b&gt;"), page)
    }

    func testBuildWritesEveryPageWithItsValues() throws {
        let site = try TestSite()
        try site.write(
            "content/xuji/finance/2026-10.yaml",
            statement(extra: "attachments:\n  - {file: scans/凭证.pdf, title: 凭证扫描件}\n"))
        try site.write("content/xuji/scans/凭证.pdf", "%PDF-1.4 test\n")
        try site.write(
            "content/xuji/affairs/later.md", "---\nkind: affairs.notice\ntitle: 以后\npublished: 2026-12-01\n---\n")
        try site.write(
            "content/xuji/affairs/draft.md",
            "---\nkind: affairs.notice\ntitle: 草稿\npublished: 2026-11-01\ndraft: true\n---\n")
        let build = try Binary.run(["build", site.root.path, "--date", date])
        XCTAssertEqual(build.status, 0, build.stderr)
        XCTAssertTrue(build.stderr.contains("1 篇未到公开日期"), build.stderr)

        for path in [
            "index.html", "gongkai.css", "xuji/index.html", "xuji/party/index.html", "xuji/affairs/index.html",
            "xuji/finance/index.html", "xuji/finance/2026-10/index.html", "xuji/finance/2026-10/data.json",
            "xuji/files/scans/凭证.pdf",
        ] {
            XCTAssertTrue(site.exists("site/" + path), path)
        }
        XCTAssertFalse(site.exists("site/xuji/affairs/later"))
        XCTAssertFalse(site.exists("site/xuji/affairs/draft"))

        let page = try site.read("site/xuji/finance/2026-10/index.html")
        XCTAssertTrue(page.contains("<html lang=\"zh-Hans\">"))
        XCTAssertTrue(page.contains("<link rel=\"canonical\" href=\"https://gk.example.cn/xuji/finance/2026-10/\">"))
        XCTAssertTrue(page.contains("<link rel=\"stylesheet\" href=\"../../../gongkai.css\">"))
        XCTAssertTrue(page.contains("1,000.00 元<span class=\"words\">（大写：壹仟元整）"), "opening balance with 大写")
        XCTAssertTrue(
            page.contains("<td class=\"num\" data-label=\"金额（元）\">600.00</td>"), "money right-aligned with 2 decimals")
        XCTAssertTrue(page.contains("收入明细合计：<strong>600.00</strong> 元 <span class=\"words\">（大写：陆佰元整）"))
        XCTAssertTrue(page.contains("<time datetime=\"2026-11-06\">2026年11月6日</time>"))
        XCTAssertTrue(page.contains("href=\"../../../xuji/files/scans/凭证.pdf\">凭证扫描件</a>"))
        let expectedHash = sha256Hex(Data("%PDF-1.4 test\n".utf8))
        XCTAssertTrue(page.contains("SHA-256 \(expectedHash)"), "attachment hash")
        let sourceHash = sha256Hex(
            try Data(contentsOf: site.root.appendingPathComponent("content/xuji/finance/2026-10.yaml")))
        XCTAssertTrue(page.contains(sourceHash), "source hash")

        let data =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: site.root.appendingPathComponent("site/xuji/finance/2026-10/data.json")))
            as! [String: Any]
        XCTAssertEqual(data["opening_balance"] as? String, "1000.00")
        XCTAssertEqual(data["closing_balance"] as? String, "1500.00")
        XCTAssertEqual((data["income"] as? [[String: Any]])?.first?["amount"] as? String, "600.00")
        XCTAssertEqual(data["period"] as? String, "2026-10")

        let village = try site.read("site/xuji/index.html")
        XCTAssertTrue(village.contains("许长林"))
        XCTAssertTrue(village.contains("tel:0394-5721368"))
        XCTAssertTrue(village.contains("href=\"../xuji/finance/2026-10/index.html\""))
        let town = try site.read("site/index.html")
        XCTAssertTrue(town.contains("href=\"xuji/index.html\">许集村</a>"))
    }

    func testAFailedBuildLeavesThePreviousSiteByteForByte() throws {
        let site = try TestSite()
        try site.write("content/xuji/finance/2026-10.yaml", statement())
        XCTAssertEqual(try Binary.run(["build", site.root.path, "--date", date]).status, 0)
        let out = site.root.appendingPathComponent("site")
        let before = snapshot(out)
        XCTAssertFalse(before.isEmpty)

        try site.write("content/xuji/finance/2026-10.yaml", statement(closing: "1,500.005"))
        try site.write(
            "content/xuji/affairs/new.md", "---\nkind: affairs.notice\ntitle: 新通知\npublished: 2026-11-10\n---\n")
        let failed = try Binary.run(["build", site.root.path, "--date", date])
        XCTAssertEqual(failed.status, 1)
        XCTAssertTrue(failed.stderr.contains("GK-S004"), failed.stderr)
        XCTAssertEqual(snapshot(out), before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter {
            $0.contains("gongkai-tmp")
        }
        XCTAssertEqual(leftovers, [])
    }

    func testASuccessfulRebuildReplacesTheSiteWhole() throws {
        let site = try TestSite()
        try site.write(
            "content/xuji/affairs/old.md", "---\nkind: affairs.notice\ntitle: 旧\npublished: 2026-11-01\n---\n")
        XCTAssertEqual(try Binary.run(["build", site.root.path, "--date", date]).status, 0)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/xuji/affairs/old.md"))
        try site.write(
            "content/xuji/affairs/new.md", "---\nkind: affairs.notice\ntitle: 新\npublished: 2026-11-01\n---\n")
        XCTAssertEqual(try Binary.run(["build", site.root.path, "--date", date]).status, 0)
        XCTAssertFalse(site.exists("site/xuji/affairs/old"))
        XCTAssertTrue(site.exists("site/xuji/affairs/new/index.html"))
    }

    func testASiteRootsTemplatesOverrideTheBuiltInThemeFileByFile() throws {
        let site = try TestSite()
        try site.write(
            "content/xuji/affairs/n.md", "---\nkind: affairs.notice\ntitle: 通知\npublished: 2026-11-01\n---\n")
        try site.write("templates/footer.mustache", "</main><footer>本镇自定义页脚 {{chrome.town}}</footer></body></html>\n")
        let build = try Binary.run(["build", site.root.path, "--date", date])
        XCTAssertEqual(build.status, 0, build.stderr)
        let page = try site.read("site/xuji/affairs/n/index.html")
        XCTAssertTrue(page.contains("本镇自定义页脚 测试镇"))
        XCTAssertTrue(page.contains("<h1>通知</h1>"), "the other templates stay built in")

        try site.write("templates/footer.mustache", "{{#chrome}}unclosed\n")
        let broken = try Binary.run(["build", site.root.path, "--date", date])
        XCTAssertEqual(broken.status, 1)
        XCTAssertTrue(broken.stderr.contains("templates/footer.mustache:"), broken.stderr)
    }

    func testBuildDateComesFromSourceDateEpoch() throws {
        let site = try TestSite()
        try site.write(
            "content/xuji/affairs/n.md", "---\nkind: affairs.notice\ntitle: 通知\npublished: 2026-11-10\n---\n")
        // 2026-11-09 20:00 UTC is 2026-11-10 04:00 in Beijing: published.
        let result = try Binary.run(["build", site.root.path], environment: ["SOURCE_DATE_EPOCH": "1794254400"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(site.exists("site/xuji/affairs/n/index.html"))
        XCTAssertTrue(try site.read("site/index.html").contains("2026年11月10日"))
    }
}

func sha256Hex(_ data: Data) -> String {
    SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
}
