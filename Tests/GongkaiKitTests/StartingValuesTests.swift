import Foundation
import XCTest

@testable import GongkaiContent
@testable import GongkaiCore
@testable import GongkaiEditor
@testable import GongkaiKit
@testable import GongkaiSite

/// A new document's form starts from what the village already has (spec §11), on the demo town.
final class StartingValuesTests: XCTestCase {
    let today = CalendarDate(iso: "2026-11-22")!

    func start(_ kind: KindID, in villageID: String) throws -> Record {
        let (prepared, _) = SiteLoader.prepare(root: Binary.repository, buildDate: today)
        let site = try XCTUnwrap(prepared)
        let source = try XCTUnwrap(site.villages.first { $0.id == villageID })
        let village = VillageCheck.run(source, site: site, collector: DiagnosticCollector())
        return StartingValues.new(kind: KindRegistry.kind(kind), village: village, config: site.config, today: today)
    }

    func testAStatementStartsAtTheFirstPeriodTheCatalogLacks() throws {
        // 许集村 has August to October; the catalog starts in July, which is missing.
        let xuji = try start(.financeStatement, in: "xuji")
        XCTAssertEqual(xuji.string("kind"), "finance.statement")
        XCTAssertEqual(xuji["period"]?.period?.iso, "2026-07")
        XCTAssertEqual(xuji.string("title"), "许集村2026年7月财务收支公开")
        XCTAssertEqual(xuji.date("published"), today)
        XCTAssertNil(xuji["opening_balance"], "no statement before July")
    }

    func testAStatementOpensWithTheClosingBalanceBeforeIt() throws {
        // 刘庄村 lacks nothing: the month after its latest (October), opening with October's closing.
        let liuzhuang = try start(.financeStatement, in: "liuzhuang")
        XCTAssertEqual(liuzhuang["period"]?.period?.iso, "2026-11")
        XCTAssertEqual(liuzhuang.money("opening_balance")?.formatted, "113,809.80")
    }

    func testDuesAndPointsStartFromTheLastMembersAndCategories() throws {
        let dues = try start(.partyDues, in: "xuji")
        XCTAssertEqual(dues["period"]?.period?.iso, "2026-Q4")
        let members = dues.records("members")
        XCTAssertEqual(members.count, 10)
        XCTAssertEqual(members.first?.string("name"), "许桂芝")
        XCTAssertEqual(members.first?.money("standard")?.formatted, "30.00")
        XCTAssertEqual(
            Set(members.flatMap { $0.entries.map(\.key) }), ["name", "standard"], "paid and months are this period's")

        let points = try start(.partyPoints, in: "houmiao")
        XCTAssertEqual(points["categories"]?.list?.compactMap(\.string), ["学习教育", "组织生活", "志愿服务", "带富帮困"])
        XCTAssertEqual(points.records("members").count, 6)
        XCTAssertEqual(Set(points.records("members").flatMap { $0.entries.map(\.key) }), ["name"])

        let notice = try start(.affairsNotice, in: "xuji")
        XCTAssertEqual(notice.entries.map(\.key), ["kind", "title", "published"])
        XCTAssertEqual(notice.string("title"), "许集村村务公告")
    }

    /// The kinds where money changes hands start where the last one ended (spec §4, #26).
    func testMoneyKindsStartWhereTheLastOneEnded() throws {
        // 许集村's Q3 debts: Q4 starts with the same claims (the loan is still owed).
        let debts = try start(.financeDebts, in: "xuji")
        XCTAssertEqual(debts["period"]?.period?.iso, "2026-Q4")
        XCTAssertEqual(debts.records("payables").first?.string("creditor"), "县农商银行")
        XCTAssertEqual(debts.records("payables").first?.money("amount")?.formatted, "300,000.00")
        XCTAssertEqual(debts.records("receivables").count, 2)

        // 刘庄村's 2026 distribution carried 2,488.40 forward: 2027 brings it forward.
        let distribution = try start(.financeDistribution, in: "liuzhuang")
        XCTAssertEqual(distribution["period"]?.period?.iso, "2027")
        XCTAssertEqual(distribution.money("brought_forward")?.formatted, "2,488.40")

        // 王营村 has its road's plan and settlement: a new levy starts blank; with only the plan,
        // a new one is its 结算.
        XCTAssertNil(try start(.affairsLevy, in: "wangying")["raised"])
        let site = try TestSite(villages: ["wangying": TestSite.defaultVillage])
        for name in ["2026-street-levy-plan.yaml", "2026-street-levy-decision.md"] {
            try site.write(
                "content/wangying/affairs/\(name)",
                String(
                    contentsOf: Binary.repository.appendingPathComponent("content/wangying/affairs/\(name)"),
                    encoding: .utf8))
        }
        let (prepared, _) = SiteLoader.prepare(root: site.root, buildDate: today)
        let loaded = try XCTUnwrap(prepared)
        let village = VillageCheck.run(loaded.villages[0], site: loaded, collector: DiagnosticCollector())
        let settlement = StartingValues.new(
            kind: KindRegistry.kind(.affairsLevy), village: village, config: loaded.config, today: today)
        XCTAssertEqual(settlement.string("stage"), "结算")
        XCTAssertEqual(settlement.string("title"), "王营村东西大街硬化一事一议筹资筹劳结算公示")
        XCTAssertEqual(settlement.money("raised")?.formatted, "16,980.00")
        XCTAssertEqual(settlement.string("decision"), "2026-street-levy-decision")
        XCTAssertEqual(settlement.records("exemptions").count, 2)
    }
}
