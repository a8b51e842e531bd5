import Foundation
import XCTest

/// Print sheets and boards of the demo town, printed by a real browser (see `Printing`).
final class PrintTests: XCTestCase {
    nonisolated(unsafe) static var demo: URL?

    override class func setUp() {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-print-\(UUID().uuidString)")
        if let r = try? Binary.run(["build", Binary.repository.path, "--out", out.path, "--date", "2026-11-22"]),
            r.status == 0
        {
            demo = out
        }
    }

    override class func tearDown() {
        if let demo { try? FileManager.default.removeItem(at: demo) }
    }

    func testStatementSheetPrintsOnA4WithQRBalanceAndSignOff() throws {
        let site = try XCTUnwrap(Self.demo)
        let pdf = try Printing.pdf(site.appendingPathComponent("xuji/finance/2026-10/print.html"))
        let (pages, size) = try Printing.info(pdf)
        XCTAssertEqual(pages, 1, "eight entries, the summary and the sign-off fit one A4 sheet")
        XCTAssertTrue(size.hasPrefix("594.96 x 841.92 pts (A4)"), size)
        let text = try Printing.text(pdf)
        XCTAssertTrue(text.contains("204,346.70"), "closing balance")
        XCTAssertTrue(text.contains("贰拾万零肆仟叁佰肆拾陆元柒角"), "closing balance in words")
        XCTAssertTrue(text.contains("村务监督委员会审核：许长林、赵玉芬"), text)
        XCTAssertTrue(text.contains("村民委员会（盖章）"))
        XCTAssertTrue(text.contains("监督举报电话：0394-5721368"))
        XCTAssertEqual(try Printing.qrCodes(pdf), ["https://gk.houmiao.example.cn/xuji/finance/2026-10/"])
    }

    /// Wide kinds print portrait while no cell would wrap into three lines (许集村's assets, 王营村's
    /// resources), landscape when one would (侯庙村's contracts: long holders and a 到期 flag).
    func testWideKindsTurnLandscapeOnlyWhenPortraitWouldWrapACellIntoThreeLines() throws {
        let site = try XCTUnwrap(Self.demo)
        let expected = [
            "xuji/finance/2026-assets": "594.96 x 841.92 pts (A4)",
            "wangying/finance/2026-resources": "594.96 x 841.92 pts (A4)",
            "houmiao/finance/2026-resources": "841.92 x 594.96 pts (A4)",
        ]
        for (folder, size) in expected.sorted(by: { $0.key < $1.key }) {
            let pdf = try Printing.pdf(site.appendingPathComponent(folder + "/print.html"))
            XCTAssertEqual(try Printing.info(pdf).pages, 1, folder)
            XCTAssertEqual(try Printing.info(pdf).size, size, folder)
            XCTAssertEqual(try Printing.qrCodes(pdf), ["https://gk.houmiao.example.cn/\(folder)/"])
        }
    }

    func testSheetOverridesTheLayout() throws {
        let site = try TestSite()
        try site.write(
            "content/xuji/affairs/big.md",
            "---\nkind: affairs.notice\ntitle: 大张公告\npublished: 2026-11-01\nsheet: {size: A3, orientation: landscape}\n"
                + "---\n正文\n"
        )
        XCTAssertEqual(try Binary.run(["build", site.root.path, "--date", "2026-11-22"]).status, 0)
        let pdf = try Printing.pdf(site.root.appendingPathComponent("site/xuji/affairs/big/print.html"))
        let size = try Printing.info(pdf).size
        XCTAssertTrue(
            size.hasSuffix("pts (A3)") && size.hasPrefix("1191") && size.contains("x 841.92"), "A3 landscape: \(size)")
    }

    func testTheMonthsBoardPutsEachNoticeOnItsOwnPages() throws {
        let site = try XCTUnwrap(Self.demo)
        let pdf = try Printing.pdf(site.appendingPathComponent("xuji/board/2026-11/index.html"))
        let (pages, _) = try Printing.info(pdf)
        let titles = ["关于开展2027年度城乡居民医保集中缴费的通知", "许集村2026年10月财务收支公开", "许集村党支部11月主题党日活动", "许集村党支部关于拟确定发展对象的公示"]
        XCTAssertGreaterThanOrEqual(pages, titles.count)
        // Each sheet starts a page: its title is at the top of the page it starts on.
        var startPages: [Int] = []
        for page in 1...pages {
            let top = try Printing.text(pdf, page: page).split(separator: "\n").prefix(4).joined()
            if let index = titles.firstIndex(where: { top.contains($0) }) { startPages.append(index) }
        }
        XCTAssertEqual(startPages, [0, 1, 2, 3], "every notice of the month, in order, each on a new page")
        // The board is its sheets one after another: as many pages as they have together.
        var sheetPages = 0
        for folder in [
            "affairs/2026-11-05-notice", "finance/2026-10", "party/2026-11-theme-day", "party/2026-development",
        ] {
            sheetPages += try Printing.info(try Printing.pdf(site.appendingPathComponent("xuji/\(folder)/print.html")))
                .pages
        }
        XCTAssertEqual(pages, sheetPages)
        let village = try String(contentsOf: site.appendingPathComponent("xuji/index.html"), encoding: .utf8)
        XCTAssertTrue(village.contains("href=\"../xuji/board/2026-11/index.html\">2026年11月</a>"))
        let notice = try String(
            contentsOf: site.appendingPathComponent("xuji/finance/2026-10/index.html"), encoding: .utf8)
        XCTAssertTrue(notice.contains("<a href=\"print.html\">打印公告（张贴版）</a>"))
    }

    func testALongStatementRepeatsItsTableHeaderOnEveryPage() throws {
        let site = try TestSite()
        var lines = [
            "kind: finance.statement", "title: 长表测试", "published: 2026-11-06", "period: 2026-10",
            "opening_balance: 0", "income:",
        ]
        for i in 1...200 {
            lines.append(
                "  - {date: 2026-10-\(String(format: "%02d", i % 28 + 1)), voucher: 记-\(String(format: "%03d", i)), "
                    + "item: 第\(i)笔收入, amount: 100}"
            )
        }
        lines += ["expense: []", "closing_balance: \"20,000.00\"", "reviewed: {date: 2026-11-04, by: [许长林]}"]
        try site.write("content/xuji/finance/2026-10.yaml", lines.joined(separator: "\n") + "\n")
        let build = try Binary.run(["build", site.root.path, "--date", "2026-11-22"])
        XCTAssertEqual(build.status, 0, build.stderr)
        let pdf = try Printing.pdf(site.root.appendingPathComponent("site/xuji/finance/2026-10/print.html"))
        let (pages, _) = try Printing.info(pdf)
        XCTAssertGreaterThanOrEqual(pages, 4)
        var pagesWithRows = 0
        for page in 1...pages {
            let t = try Printing.text(pdf, page: page)
            guard t.contains("笔收入") else { continue }
            pagesWithRows += 1
            XCTAssertTrue(t.contains("凭证号") && t.contains("金额（元）"), "page \(page) repeats the header")
        }
        XCTAssertGreaterThanOrEqual(pagesWithRows, 3)
        let all = try Printing.text(pdf)
        for i in [1, 100, 200] { XCTAssertTrue(all.contains("记-\(String(format: "%03d", i))"), "row \(i) is printed") }
        XCTAssertTrue(all.contains("20,000.00"))
    }
}
