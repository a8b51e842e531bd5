import Foundation
import XCTest

/// Spec §8: a notice's CSV files open in a spreadsheet as the text they hold, never as formulas.
/// The CSV files the real binary writes from hostile samples are opened by LibreOffice Calc
/// with formula evaluation switched on (as Excel does) and saved again as the cells show.
final class CSVSpreadsheetTests: XCTestCase {
    static let hostile = [
        "=HYPERLINK(\"http://evil.example/\",\"点此领取补贴\")", "+1+2", "-2+3", "@SUM(1,2)", "=cmd|' /C calc'!A0",
        "\t=1+1", "\r=1+1", "=1+1",
    ]

    func testHostileCellsOpenAsTheirTextAndMoneyAsNumbers() throws {
        let site = try TestSite()
        let entries = Self.hostile.enumerated().map { index, text in
            "  - {date: 2026-10-0\(index + 1), voucher: \(yamlQuoted(text)), item: \(yamlQuoted(text)), amount: "
                + "\(index + 1)00.50}"
        }
        let income = Self.hostile.indices.reduce(0) { $0 + ($1 + 1) * 10_000 + 50 }
        try site.write(
            "content/xuji/finance/2026-10.yaml",
            TestSite.octoberStatement(
                income: entries, closing: "\(income / 100).\(String(format: "%02d", income % 100))"))
        try site.write(
            "content/xuji/party/points.yaml",
            """
            kind: party.points
            title: 10月党员积分
            published: 2026-11-06
            period: 2026-10
            categories: ["=1+1", "@A1"]
            members:
              - {name: "-王红梅", scores: {"=1+1": 5, "@A1": 3}, total: 8}

            """)
        let out = site.root.appendingPathComponent("out")
        let build = try Binary.run(["build", site.root.path, "--out", out.path, "--date", "2026-11-22"])
        XCTAssertEqual(build.status, 0, build.stderr)

        let incomeRows = try spreadsheetRows(out.appendingPathComponent("xuji/finance/2026-10/income.csv"))
        XCTAssertEqual(incomeRows.count, Self.hostile.count + 1)
        for (index, text) in Self.hostile.enumerated() {
            let row = incomeRows[index + 1]
            // 凭证号 and 摘要 show the sample behind its `'` (a cell keeps a line break as LF);
            // the amount is a number.
            let shown = "'" + text.replacingOccurrences(of: "\r", with: "\n")
            XCTAssertEqual(row.filter { $0.quoted && $0.text == shown }.count, 2, "row \(index + 1): \(row)")
            let amount = row.last { !$0.quoted && !$0.text.isEmpty }
            XCTAssertEqual(amount?.text, "\(index + 1)00.5", "money is a number cell: \(row)")
        }
        let points = try spreadsheetRows(out.appendingPathComponent("xuji/party/points/members.csv"))
        XCTAssertTrue(points[0].contains { $0.quoted && $0.text == "'=1+1" }, "\(points[0])")
        XCTAssertTrue(points[0].contains { $0.quoted && $0.text == "'@A1" }, "\(points[0])")
        XCTAssertTrue(points[1].contains { $0.quoted && $0.text == "'-王红梅" }, "\(points[1])")
        XCTAssertTrue(points[1].contains { !$0.quoted && $0.text == "5" }, "\(points[1])")
    }

    /// The check can fail: the same samples written without the `'` run as formulas.
    func testUnprotectedCellsWouldRunAsFormulas() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("raw.csv")
        try Data("\u{FEFF}a,b\r\n=1+1,\"=HYPERLINK(\"\"http://x/\"\",\"\"点此\"\")\"\r\n".utf8).write(to: csv)
        let rows = try spreadsheetRows(csv)
        XCTAssertEqual(rows[1].map(\.text), ["2", "点此"])
    }

    struct Cell: Equatable {
        var text: String
        /// LibreOffice quotes text cells only: an unquoted cell is a number.
        var quoted: Bool
    }

    /// Opens `csv` in LibreOffice Calc (UTF-8, formulas evaluated) and reads back what each
    /// cell shows.
    func spreadsheetRows(_ csv: URL) throws -> [[Cell]] {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-lo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let soffice = URL(fileURLWithPath: "/usr/bin/soffice")
        let result = try Binary.runTool(
            soffice,
            [
                "-env:UserInstallation=file://\(work.path)/profile", "--headless",
                "--infilter=CSV:44,34,76,1,,1033,false,true,false,false,false,-1,true",
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,true,false,true",
                "--outdir", work.appendingPathComponent("out").path, csv.path,
            ])
        let converted = work.appendingPathComponent("out").appendingPathComponent(csv.lastPathComponent)
        let text = try String(contentsOf: converted, encoding: .utf8)
        XCTAssertEqual(result.status, 0, result.stderr)
        return parse(text)
    }

    /// RFC 4180 fields, remembering which were quoted.
    func parse(_ text: String) -> [[Cell]] {
        var rows: [[Cell]] = []
        var row: [Cell] = []
        var field = ""
        var quoted = false
        var inQuotes = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if inQuotes {
                if c == "\"" {
                    if chars.first == "\"" {
                        field.unicodeScalars.append("\"")
                        chars.removeFirst()
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                inQuotes = true
                quoted = true
            } else if c == "," || c == "\n" || c == "\r" {
                if c == "\r" && chars.first == "\n" { chars.removeFirst() }
                row.append(Cell(text: field, quoted: quoted))
                field = ""
                quoted = false
                if c != "," {
                    rows.append(row)
                    row = []
                }
            } else {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { rows.append(row + [Cell(text: field, quoted: quoted)]) }
        return rows
    }

    /// A JSON string is a valid YAML double-quoted scalar: Foundation escapes it.
    func yamlQuoted(_ text: String) -> String {
        String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
    }
}
