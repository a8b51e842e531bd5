import Foundation
import XCTest

/// Print sheets and boards, printed by a real browser (Debian's chromium) and read back with
/// poppler (pdfinfo, pdftotext, pdftoppm) and zbar (zbarimg).
final class PrintTests: XCTestCase {
    nonisolated(unsafe) static var demo: URL?

    override class func setUp() {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-print-\(UUID().uuidString)")
        if let r = try? Binary.run(["build", Binary.repository.path, "--out", out.path, "--date", "2026-11-22"]), r.status == 0 {
            demo = out
        }
    }

    override class func tearDown() {
        if let demo { try? FileManager.default.removeItem(at: demo) }
    }

    func tool(_ name: String) throws -> URL {
        try XCTUnwrap(Binary.which(name), "\(name) is installed by `make setup-tests`")
    }

    /// Prints an HTML file to PDF with headless chromium, as a secretary's browser would.
    func printPDF(_ page: URL) throws -> URL {
        let pdf = page.deletingPathExtension().appendingPathExtension("pdf")
        let result = try Binary.runTool(try tool("chromium"), [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--print-to-pdf=\(pdf.path)", page.absoluteString,
        ])
        XCTAssertTrue(FileManager.default.fileExists(atPath: pdf.path), result.stderr)
        return pdf
    }

    func info(_ pdf: URL) throws -> (pages: Int, size: String) {
        let out = try Binary.runTool(try tool("pdfinfo"), [pdf.path]).stdout
        let pages = out.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last!) } ?? 0
        let size = out.split(separator: "\n").first { $0.hasPrefix("Page size:") }.map { String($0.dropFirst(10)).trimmingCharacters(in: .whitespaces) } ?? ""
        return (pages, size)
    }

    func text(_ pdf: URL, page: Int? = nil) throws -> String {
        var args = ["-layout"]
        if let page { args += ["-f", "\(page)", "-l", "\(page)"] }
        return try Binary.runTool(try tool("pdftotext"), args + [pdf.path, "-"]).stdout
    }

    /// Renders page 1 and decodes every QR code on it.
    func qrCodes(_ pdf: URL) throws -> [String] {
        let prefix = pdf.deletingPathExtension().path + "-page"
        _ = try Binary.runTool(try tool("pdftoppm"), ["-r", "150", "-png", "-f", "1", "-l", "1", "-singlefile", pdf.path, prefix])
        let result = try Binary.runTool(try tool("zbarimg"), ["--raw", "-q", prefix + ".png"])
        return result.stdout.split(separator: "\n").map(String.init)
    }

    func testStatementSheetPrintsOnA4WithQRBalanceAndSignOff() throws {
        let site = try XCTUnwrap(Self.demo)
        let pdf = try printPDF(site.appendingPathComponent("xuji/finance/2026-10/print.html"))
        let (pages, size) = try info(pdf)
        XCTAssertGreaterThanOrEqual(pages, 1)
        XCTAssertTrue(size.hasPrefix("594.96 x 841.92 pts (A4)"), size)
        let text = try text(pdf)
        XCTAssertTrue(text.contains("204,346.70"), "closing balance")
        XCTAssertTrue(text.contains("贰拾万零肆仟叁佰肆拾陆元柒角"), "closing balance in words")
        XCTAssertTrue(text.contains("村务监督委员会审核：许长林、赵玉芬"), text)
        XCTAssertTrue(text.contains("村民委员会（盖章）"))
        XCTAssertTrue(text.contains("监督举报电话：0394-5721368"))
        XCTAssertEqual(try qrCodes(pdf), ["https://gk.houmiao.example.cn/xuji/finance/2026-10/"])
    }

    func testWideKindsPrintLandscape() throws {
        let site = try XCTUnwrap(Self.demo)
        for folder in ["xuji/finance/2026-assets", "houmiao/finance/2026-resources"] {
            let pdf = try printPDF(site.appendingPathComponent(folder + "/print.html"))
            XCTAssertTrue(try info(pdf).size.hasPrefix("841.92 x 594.96 pts (A4)"), folder)
            XCTAssertEqual(try qrCodes(pdf), ["https://gk.houmiao.example.cn/\(folder)/"])
        }
    }

    func testSheetOverridesTheLayout() throws {
        let site = try TestSite()
        try site.write("content/xuji/affairs/big.md", "---\nkind: affairs.notice\ntitle: 大张公告\npublished: 2026-11-01\nsheet: {size: A3, orientation: landscape}\n---\n正文\n")
        XCTAssertEqual(try Binary.run(["build", site.root.path, "--date", "2026-11-22"]).status, 0)
        let pdf = try printPDF(site.root.appendingPathComponent("site/xuji/affairs/big/print.html"))
        let size = try info(pdf).size
        XCTAssertTrue(size.hasSuffix("pts (A3)") && size.hasPrefix("1191") && size.contains("x 841.92"), "A3 landscape: \(size)")
    }

    func testTheMonthsBoardPutsEachNoticeOnItsOwnPages() throws {
        let site = try XCTUnwrap(Self.demo)
        let pdf = try printPDF(site.appendingPathComponent("xuji/board/2026-11/index.html"))
        let (pages, _) = try info(pdf)
        let titles = ["关于开展2027年度城乡居民医保集中缴费的通知", "许集村2026年10月财务收支公开", "许集村党支部11月主题党日活动", "许集村党支部关于拟确定发展对象的公示"]
        XCTAssertGreaterThanOrEqual(pages, titles.count)
        // Each sheet starts a page: its title is at the top of the page it starts on.
        var startPages: [Int] = []
        for page in 1...pages {
            let top = try text(pdf, page: page).split(separator: "\n").prefix(4).joined()
            if let index = titles.firstIndex(where: { top.contains($0) }) { startPages.append(index) }
        }
        XCTAssertEqual(startPages, [0, 1, 2, 3], "every notice of the month, in order, each on a new page")
        let village = try String(contentsOf: site.appendingPathComponent("xuji/index.html"), encoding: .utf8)
        XCTAssertTrue(village.contains("href=\"../xuji/board/2026-11/index.html\">2026年11月</a>"))
        let notice = try String(contentsOf: site.appendingPathComponent("xuji/finance/2026-10/index.html"), encoding: .utf8)
        XCTAssertTrue(notice.contains("<a href=\"print.html\">打印公告（张贴版）</a>"))
    }

    func testALongStatementRepeatsItsTableHeaderOnEveryPage() throws {
        let site = try TestSite()
        var lines = ["kind: finance.statement", "title: 长表测试", "published: 2026-11-06", "period: 2026-10",
                     "opening_balance: 0", "income:"]
        for i in 1...200 {
            lines.append("  - {date: 2026-10-\(String(format: "%02d", i % 28 + 1)), voucher: 记-\(String(format: "%03d", i)), item: 第\(i)笔收入, amount: 100}")
        }
        lines += ["expense: []", "closing_balance: \"20,000.00\"", "reviewed: {date: 2026-11-04, by: [许长林]}"]
        try site.write("content/xuji/finance/2026-10.yaml", lines.joined(separator: "\n") + "\n")
        let build = try Binary.run(["build", site.root.path, "--date", "2026-11-22"])
        XCTAssertEqual(build.status, 0, build.stderr)
        let pdf = try printPDF(site.root.appendingPathComponent("site/xuji/finance/2026-10/print.html"))
        let (pages, _) = try info(pdf)
        XCTAssertGreaterThanOrEqual(pages, 4)
        var pagesWithRows = 0
        for page in 1...pages {
            let t = try text(pdf, page: page)
            guard t.contains("笔收入") else { continue }
            pagesWithRows += 1
            XCTAssertTrue(t.contains("凭证号") && t.contains("金额（元）"), "page \(page) repeats the header")
        }
        XCTAssertGreaterThanOrEqual(pagesWithRows, 3)
        let all = try text(pdf)
        for i in [1, 100, 200] { XCTAssertTrue(all.contains("记-\(String(format: "%03d", i))"), "row \(i) is printed") }
        XCTAssertTrue(all.contains("20,000.00"))
    }
}
