import Foundation
import XCTest

/// The disclosure catalog (spec §6): every village, item and period, through the real binary.
final class CatalogTests: XCTestCase {
    static let config =
        TestSite.defaultConfig + """
            catalog:
              start: 2025-12
              due_days: 15
              items:
                - {kind: finance.statement, every: month}
                - {kind: party.dues, every: quarter}
                - {kind: finance.assets, every: year}

            """

    func statement(_ period: String, published: String) -> String {
        """
        kind: finance.statement
        title: \(period) 财务收支
        published: \(published)
        period: \(period)
        opening_balance: 1000
        income: []
        expense: []
        closing_balance: 1000
        reviewed: {date: \(published), by: [许长林]}

        """
    }

    func dues(_ period: String, published: String) -> String {
        "kind: party.dues\ntitle: 党费\npublished: \(published)\nperiod: \(period)\nmembers:\n  - {name: 许建华, standard: "
            + "20, months: 3, paid: 60}\ntotal: 60\n"
    }

    func assets(published: String, period: String?) -> String {
        "kind: finance.assets\ntitle: 资产\npublished: \(published)\n" + (period.map { "period: \($0)\n" } ?? "") + """
            as_of: 2025-12-31
            items:
              - {name: 办公楼, category: 非经营性, quantity: 1, unit: 栋, value: 1000, acquired: 2012, status: 自用}
            total_value: 1000
            reviewed: {date: \(published), by: [许长林]}

            """
    }

    func makeSite() throws -> TestSite {
        let site = try TestSite(
            config: Self.config,
            villages: [
                "xuji": TestSite.defaultVillage,
                "houmiao": TestSite.defaultVillage.replacingOccurrences(of: "许集村", with: "侯庙村"),
            ])
        try site.write("content/xuji/finance/2025-12.yaml", statement("2025-12", published: "2026-01-08"))
        // A quarter statement covers its three months; lateness counts from each month's own end.
        try site.write("content/xuji/finance/2026-Q1.yaml", statement("2026-Q1", published: "2026-04-10"))
        try site.write("content/xuji/finance/2026-04.yaml", statement("2026-04", published: "2026-05-08"))
        try site.write("content/xuji/party/2025-Q4-dues.yaml", dues("2025-Q4", published: "2026-01-10"))
        try site.write("content/xuji/party/2026-Q1-dues.yaml", dues("2026-Q1", published: "2026-04-20"))
        try site.write("content/xuji/finance/assets.yaml", assets(published: "2026-01-10", period: "2025"))
        try site.write("content/houmiao/finance/2026-01.yaml", statement("2026-01", published: "2026-02-05"))
        // Without a period, the published date decides: 2025-12-20 falls in 2025.
        try site.write("content/houmiao/finance/assets.yaml", assets(published: "2025-12-20", period: nil))
        // Drafts and notices dated after the build date do not count.
        try site.write(
            "content/houmiao/finance/2026-02.yaml", statement("2026-02", published: "2026-03-05") + "draft: true\n")
        try site.write("content/houmiao/finance/2026-03.yaml", statement("2026-03", published: "2026-05-11"))
        return site
    }

    struct Row: Decodable, Equatable, CustomStringConvertible {
        var village: String
        var kind: String
        var period: String
        var status: String
        var file: String?
        var description: String { "\(village) \(kind) \(period) \(status) \(file ?? "null")" }
    }

    func testEveryRowOfTheReport() throws {
        let site = try makeSite()
        XCTAssertEqual(
            try Binary.run(["check", site.root.path, "--date", "2026-05-10"]).status, 0, "the corpus is clean")
        let result = try Binary.run(["report", site.root.path, "--date", "2026-05-10", "--format", "json"])
        XCTAssertEqual(result.status, 1, "something is missing")
        let rows = try JSONDecoder().decode([Row].self, from: Data(result.stdout.utf8)).map(\.description)
        XCTAssertEqual(
            rows,
            [
                "houmiao finance.statement 2025-12 missing null",
                "houmiao finance.statement 2026-01 present content/houmiao/finance/2026-01.yaml",
                "houmiao finance.statement 2026-02 missing null",
                "houmiao finance.statement 2026-03 missing null",
                "houmiao finance.statement 2026-04 pending null",
                "houmiao party.dues 2025-Q4 missing null",
                "houmiao party.dues 2026-Q1 missing null",
                "houmiao finance.assets 2025 present content/houmiao/finance/assets.yaml",
                "xuji finance.statement 2025-12 present content/xuji/finance/2025-12.yaml",
                "xuji finance.statement 2026-01 late content/xuji/finance/2026-Q1.yaml",
                "xuji finance.statement 2026-02 late content/xuji/finance/2026-Q1.yaml",
                "xuji finance.statement 2026-03 present content/xuji/finance/2026-Q1.yaml",
                "xuji finance.statement 2026-04 present content/xuji/finance/2026-04.yaml",
                "xuji party.dues 2025-Q4 present content/xuji/party/2025-Q4-dues.yaml",
                "xuji party.dues 2026-Q1 late content/xuji/party/2026-Q1-dues.yaml",
                "xuji finance.assets 2025 present content/xuji/finance/assets.yaml",
            ])
        XCTAssertTrue(result.stdout.contains("\"file\": null"), "missing rows carry file: null")

        // Once everything owed is there, the report exits 0.
        let complete = try Binary.run(["report", site.root.path, "--date", "2026-01-02", "--format", "json"])
        XCTAssertEqual(complete.status, 0, complete.stdout)
    }

    func testTheTextTableAndThePages() throws {
        let site = try makeSite()
        let text = try Binary.run(["report", site.root.path, "--date", "2026-05-10"]).stdout
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[0], "财务收支公开（finance.statement，每月）")
        XCTAssertTrue(lines[1].contains("2025-12") && lines[1].contains("2026-04"), lines[1])
        XCTAssertEqual(lines[2].components(separatedBy: "✗ 未公开").count - 1, 3, lines[2])
        XCTAssertTrue(lines[2].hasPrefix("侯庙村") && lines[2].hasSuffix("… 待公开"), lines[2])
        XCTAssertTrue(lines[3].hasPrefix("许集村") && lines[3].contains("迟 逾期公开"), lines[3])
        XCTAssertTrue(text.contains("合计 16 项：已公开 7，逾期公开 3，未公开 5，待公开 1"), text)

        XCTAssertEqual(try Binary.run(["build", site.root.path, "--date", "2026-05-10"]).status, 0)
        let town = try site.read("site/index.html")
        XCTAssertTrue(
            town.contains(
                "<td class=\"status-late\"><a href=\"xuji/finance/2026-Q1/index.html\"><span class=\"status-mark\" "
                    + "aria-hidden=\"true\">迟</span> 逾期公开</a></td>"
            ), town)
        XCTAssertTrue(
            town.contains(
                "<td class=\"status-missing\"><span class=\"status-mark\" aria-hidden=\"true\">✗</span> 未公开</td>"))
        let village = try site.read("site/houmiao/index.html")
        XCTAssertTrue(village.contains("status-pending"))
        XCTAssertFalse(village.contains("xuji/finance"), "a village page shows only its own row")
    }

    func testCatalogSettingsAreValidatedWithLocations() throws {
        let config =
            TestSite.defaultConfig
            + "catalog:\n  start: 2026-13\n  items:\n    - {kind: finance.statment, every: month}\n    - {kind: "
            + "party.dues, every: weekly}\n"
        let site = try TestSite(config: config)
        let result = try Binary.run(["check", site.root.path, "--date", "2026-05-10", "--format", "json"])
        let found = try decodeDiagnostics(result.stdout)
        XCTAssertEqual(
            found.map { "\($0.file):\($0.line):\($0.column) \($0.code)" },
            [
                "gongkai.yaml:5:10 GK-S004", "gongkai.yaml:7:14 GK-S007", "gongkai.yaml:8:33 GK-S004",
            ])
        XCTAssertTrue(found[1].message.contains("finance.statement"), "suggests the nearest kind")
        XCTAssertTrue(found[2].message.contains("month、quarter、year"))
    }
}
