import Foundation
import XCTest

/// Each kind's notice page of the demo shows the values a board must show.
final class KindPagesTests: XCTestCase {
    nonisolated(unsafe) static var site: URL?

    override class func setUp() {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-kinds-\(UUID().uuidString)")
        if let result = try? Binary.run(["build", Binary.repository.path, "--out", out.path, "--date", "2026-11-22"]),
            result.status == 0
        {
            site = out
        }
    }

    override class func tearDown() {
        if let site { try? FileManager.default.removeItem(at: site) }
    }

    func page(_ folder: String) throws -> String {
        let site = try XCTUnwrap(Self.site, "the demo builds")
        return try String(contentsOf: site.appendingPathComponent(folder + "/index.html"), encoding: .utf8)
    }

    /// Text of the page with tags removed, so assertions read like what a villager sees.
    func text(_ folder: String) throws -> String {
        let html = try page(folder)
        return html.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
    }

    func testStatementShowsTheBalanceLine() throws {
        let t = try text("xuji/finance/2026-10")
        XCTAssertTrue(t.contains("本期收入 3 笔43,833.40 元（大写：肆万叁仟捌佰叁拾叁元肆角）"), t)
        XCTAssertTrue(t.contains("168,746.70 + 43,833.40 − 8,233.40 = 204,346.70，账实相符"))
        XCTAssertTrue(t.contains("审核人许长林、赵玉芬"))
        XCTAssertTrue(t.contains("支出明细合计：8,233.40 元 （大写：捌仟贰佰叁拾叁元肆角）"))
    }

    func testDecisionShowsItsStepsWithVotesAndThresholds() throws {
        let t = try text("xuji/affairs/2026-solar-decision")
        let order = [
            "村党组织提议 2026年8月18日", "村“两委”会议商议 2026年8月22日", "党员大会审议 2026年8月29日",
            "村民代表会议决议 2026年9月6日", "决议公开 2026年9月20日", "实施结果公开 2026年11月15日",
        ]
        let positions = order.map { t.range(of: $0)?.lowerBound }
        XCTAssertFalse(positions.contains(nil), "every step is shown: \(positions)")
        XCTAssertEqual(positions.compactMap { $0 }, positions.compactMap { $0 }.sorted(), "in order")
        XCTAssertTrue(t.contains("应到 56 人，实到 49 人；赞成 47、反对 0、弃权 2"))
        XCTAssertTrue(t.contains("到会须有三分之二以上的村民代表（至少 28 人）"))
        XCTAssertTrue(t.contains("户代表（至少 352 户）") == false)
        let zhaolou = try text("zhaolou/affairs/2026-water-decision")
        XCTAssertTrue(zhaolou.contains("到会须有本村三分之二以上的户代表（至少 352 户）"), zhaolou)
    }

    func testPointsAreRanked() throws {
        let html = try page("houmiao/party/2026-10-points")
        XCTAssertTrue(html.contains(">名次</th>"))
        let names = ["侯振华", "孙丽", "侯宪军", "陈桂英", "侯明亮", "侯宪章"]
        let positions = names.compactMap { html.range(of: ">\($0)</td>")?.lowerBound }
        XCTAssertEqual(positions.count, names.count)
        XCTAssertEqual(positions, positions.sorted(), "highest total first")
        XCTAssertTrue(html.contains("data-label=\"志愿服务\">22.5</td>"))
    }

    func testWelfareShowsHouseholdsAndTotal() throws {
        let t = try text("houmiao/affairs/2026-11-dibao")
        XCTAssertTrue(t.contains("救助对象4 户 10 人"), t)
        XCTAssertTrue(t.contains("金额合计4,300.00 元（大写：肆仟叁佰元整）"))
        XCTAssertTrue(t.contains("410927********3217"))
    }

    func testProjectShowsFundingAgainstBudget() throws {
        let t = try text("liuzhuang/affairs/2026-road-project")
        XCTAssertTrue(t.contains("预算486,000.00 元"))
        XCTAssertTrue(t.contains("资金来源合计486,000.00 元"))
        XCTAssertTrue(t.contains("472,316.80 元，占预算 97.2%"), t)
        XCTAssertTrue(t.contains("验收人刘卫东、刘保国、韩秀珍"))
    }

    func testAssetsAndResourcesShowTotalsAndEndingContracts() throws {
        let assets = try text("xuji/finance/2026-assets")
        XCTAssertTrue(assets.contains("资产总值1,965,100.00 元（大写：壹佰玖拾陆万伍仟壹佰元整）"), assets)
        XCTAssertTrue(assets.contains("经营性资产1,320,000.00 元"))
        let resources = try page("houmiao/finance/2026-resources")
        XCTAssertTrue(
            resources.contains(
                "<tr class=\"flagged\"><td class=\"seq\" data-label=\"序号\">2 "
                    + "<span class=\"flag\">70 天后到期；欠缴 3,000.00 元</span>"),
            resources)
        // A contract with an outside holder shows its two-thirds approval; the extension columns are not columns.
        XCTAssertTrue(
            try text("houmiao/finance/2026-resources").contains(
                "侯庙镇鑫源建材经营部（村南砖窑旧址）：2023年5月12日 村民会议应到 486 人、实到 402 人、同意 351 人，达到三分之二 ✓"))
        XCTAssertFalse(resources.contains(">本年应收（元）</th>"))
        XCTAssertTrue(try text("houmiao/finance/2026-resources").contains("4 份，共 142.3 亩"))
    }

    func testPartyKindsShowTheirData() throws {
        let dues = try text("zhaolou/party/2026-Q3-dues")
        XCTAssertTrue(dues.contains("欠缴赵"), dues)
        let meeting = try text("xuji/party/2026-11-theme-day")
        XCTAssertTrue(meeting.contains("会议类型主题党日"))
        XCTAssertTrue(meeting.contains("议定事项"))
        let development = try text("xuji/party/2026-development")
        XCTAssertTrue(development.contains("许晓东"))
        XCTAssertTrue(development.contains("确定为入党积极分子日期"))
        XCTAssertTrue(development.contains("0394-5720126"))
        let notice = try page("houmiao/party/2026-09-party-notice")
        XCTAssertTrue(notice.contains("<strong>12 月 1 日至 12 月 20 日</strong>"))
    }
}
