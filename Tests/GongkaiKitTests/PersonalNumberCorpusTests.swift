import Foundation
import XCTest

@testable import GongkaiContent
@testable import GongkaiCore
@testable import GongkaiEditor
@testable import GongkaiKit
@testable import GongkaiSite

/// GK-X001..X003 on numbers as secretaries really type them (spec §3.2): every form that
/// must trip, with the masked value the message shows, and every look-alike that must not.
final class PersonalNumberCorpusTests: XCTestCase {
    typealias Kind = PersonalNumbers.Kind

    /// Text → the numbers it must be found to hold, in order, as (kind, masked value).
    static let mustTrip: [(String, [(Kind, String)])] = [
        // Resident ID numbers, on welfare lists, in bodies, in tables.
        ("户主身份证号410927198503120015", [(.residentID, "410927********0015")]),
        ("身份证：410927198503120015，家庭人口3人", [(.residentID, "410927********0015")]),
        ("４１０９２７１９８５０３１２００１５", [(.residentID, "410927********0015")]),
        ("4109２７198503120015", [(.residentID, "410927********0015")]),
        ("4109 2719 8503 1200 15", [(.residentID, "410927********0015")]),
        ("410927 19850312 0015", [(.residentID, "410927********0015")]),
        ("410927-19850312-0015", [(.residentID, "410927********0015")]),
        ("410927.19850312.0015", [(.residentID, "410927********0015")]),
        ("410927　19850312　0015", [(.residentID, "410927********0015")]),
        ("410927－19850312－0015", [(.residentID, "410927********0015")]),
        ("身份证 11010519491231002X 请核对", [(.residentID, "110105********002X")]),
        ("11010519491231002x", [(.residentID, "110105********002X")]),
        ("１１０１０５１９４９１２３１００２Ｘ", [(.residentID, "110105********002X")]),
        ("ID:410927199003153210", [(.residentID, "410927********3210")]),
        ("ID410927199003153210", [(.residentID, "410927********3210")]),
        ("410927850312001", [(.residentID, "410927*****2001")]),
        ("身份证号码为 410927 850312 001", [(.residentID, "410927*****2001")]),
        ("| 王红梅 | 410927199003153210 | 3 |", [(.residentID, "410927********3210")]),
        ("王红梅410927199003153210低保", [(.residentID, "410927********3210")]),
        ("（410927200107221041）", [(.residentID, "410927********1041")]),
        ("2026年 410927196711083029", [(.residentID, "410927********3029")]),
        ("4109 2719 6711 0830 29", [(.residentID, "410927********3029")]),
        ("申请人：李秀兰，410927195501011233，五保", [(.residentID, "410927********1233")]),
        // Mobile numbers, in contacts and bodies.
        ("联系电话13812345678", [(.mobile, "138****5678")]),
        ("138 1234 5678", [(.mobile, "138****5678")]),
        ("138-1234-5678", [(.mobile, "138****5678")]),
        ("138.1234.5678", [(.mobile, "138****5678")]),
        ("１３８１２３４５６７８", [(.mobile, "138****5678")]),
        ("１３８－１２３４－５６７８", [(.mobile, "138****5678")]),
        ("+86 138 1234 5678", [(.mobile, "138****5678")]),
        ("+8613812345678", [(.mobile, "138****5678")]),
        ("0086-138-1234-5678", [(.mobile, "138****5678")]),
        ("008613812345678", [(.mobile, "138****5678")]),
        ("86-13812345678", [(.mobile, "138****5678")]),
        ("(+86)13812345678", [(.mobile, "138****5678")]),
        ("（+86）138 1234 5678", [(.mobile, "138****5678")]),
        ("+86-13812345678", [(.mobile, "138****5678")]),
        ("＋８６ １３８１２３４５６７８", [(.mobile, "138****5678")]),
        ("手机：159 3930 1234", [(.mobile, "159****1234")]),
        ("1381234 5678", [(.mobile, "138****5678")]),
        ("138 12345678", [(.mobile, "138****5678")]),
        ("电话 13812345678、13912345678", [(.mobile, "138****5678"), (.mobile, "139****5678")]),
        ("tel:13812345678", [(.mobile, "138****5678")]),
        ("13812345678（王主任）", [(.mobile, "138****5678")]),
        ("王红梅13812345678", [(.mobile, "138****5678")]),
        ("１８６　３９３０　１２３４", [(.mobile, "186****1234")]),
        ("8613812345678", [(.mobile, "138****5678")]),
        ("2026 13812345678", [(.mobile, "138****5678")]),
        ("0393-5551234 13812345678", [(.mobile, "138****5678")]),
        ("138１２３４5678", [(.mobile, "138****5678")]),
        ("入党联系人：党支部 王书记 177 3930 8866", [(.mobile, "177****8866")]),
        // Bank cards, on subsidy lists.
        ("补贴打入6222021234567890128", [(.bankCard, "6222***********0128")]),
        ("6222 0212 3456 7890 128", [(.bankCard, "6222***********0128")]),
        ("卡号 4111 1111 1111 1111", [(.bankCard, "4111********1111")]),
        ("4111-1111-1111-1111", [(.bankCard, "4111********1111")]),
        ("６２２２０２１２３４５６７８９０１２８", [(.bankCard, "6222***********0128")]),
        ("622202 1234567890128", [(.bankCard, "6222***********0128")]),
        ("卡号：6217001234567893", [(.bankCard, "6217********7893")]),
        ("6228 4800 1234 5678 903", [(.bankCard, "6228***********8903")]),
        ("开户行 农行 卡号6228480012345678903 户名 王红梅", [(.bankCard, "6228***********8903")]),
        ("4111.1111.1111.1111", [(.bankCard, "4111********1111")]),
        ("4111　1111　1111　1111", [(.bankCard, "4111********1111")]),
        ("账号6222021234567890128。", [(.bankCard, "6222***********0128")]),
        ("6217 0012 3456 7893", [(.bankCard, "6217********7893")]),
        // Several in one text.
        ("身份证 410927199003153210 电话 13812345678", [(.residentID, "410927********3210"), (.mobile, "138****5678")]),
    ]

    static let mustNotTrip: [String] = [
        // Masked values.
        "410927********0015", "410927＊＊＊＊＊＊＊＊0015", "138****5678", "138＊＊＊＊5678",
        "6222 **** **** 0128", "6222***********0128", "4109 27** **** 0015", "138 **** 5678",
        "身份证号后四位 0015",
        // 统一社会信用代码 and other codes with letters.
        "91410927MA44ABCD1X", "统一社会信用代码：91410927MA9F5K2X3L", "12410927MB1234567X",
        "52410927MJ12345678", "订单号 13812345678AB",
        // Landlines with an area code, service numbers.
        "0393-5551234", "(0393)5551234", "0393 555 1234", "010-87654321", "400-800-1234",
        "监督电话 0394-5721368", "电话 0393-5551234 / 0393-5552345", "+86 0393 5551234", "12317",
        // Vouchers, contract and other numbers that fail the check digit or Luhn test.
        "记-0012", "凭证号 2026100012", "记字第202610015号", "HT-2026-0012",
        "合同编号 6222021234567890129", "编号 410927199003153218", "410927197802291004",
        "2026100115000001", "证书编号 20261015000123456", "批次 20261015-001-002", "户号 41092700101",
        "ISBN 978-7-5327-1234-5", "GB/T 2260-2007", "邮编 457300", "QQ 123456789", "第201301号",
        // Dates and times.
        "2026-10-15", "2026年10月15日", "2026-10-15 2026-10-16 2026-10-17", "2026.10.15",
        "2026-Q3", "2026-07", "2026-10-15 13:45", "14:30-16:00",
        // Amounts and quantities.
        "1,234,567.89", "12345678.90", "收入 43,833.40 元", "合计 1380 元", "138,123,456.78",
        "面积 138.5 亩", "经度 115.123456 纬度 35.654321", "1.38e10",
        // Lists of small numbers and short runs.
        "1 3 5 7 9 11 13 15", "第 1 3 5 组", "2026 10 15 13 8", "13812345", "1381234567",
        "138123456789", "23812345678", "12812345678", "410927",
    ]

    func testEveryFormThatMustTripIsFoundAndMasked() {
        XCTAssertGreaterThanOrEqual(Self.mustTrip.count, 60)
        var caught = 0
        for (text, expected) in Self.mustTrip {
            let found = PersonalNumbers.find(in: text).map { ($0.kind, $0.masked) }
            let same = found.count == expected.count && zip(found, expected).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
            XCTAssertTrue(same, "\(text): found \(found), expected \(expected)")
            if same { caught += 1 }
        }
        print("personal numbers caught: \(caught) of \(Self.mustTrip.count)")
    }

    func testNothingThatIsNotPersonalTrips() {
        XCTAssertGreaterThanOrEqual(Self.mustNotTrip.count, 60)
        var falseAlarms = 0
        for text in Self.mustNotTrip {
            let found = PersonalNumbers.find(in: text)
            XCTAssertEqual(found.map(\.masked), [], text)
            if !found.isEmpty { falseAlarms += 1 }
        }
        print("personal numbers false alarms: \(falseAlarms) of \(Self.mustNotTrip.count)")
    }

    /// The finding points at the first digit of the number, counted in characters.
    func testOffsetsPointAtTheNumber() {
        XCTAssertEqual(PersonalNumbers.find(in: "电话：１３８ １２３４ ５６７８").map(\.offset), [3])
        XCTAssertEqual(PersonalNumbers.find(in: "+86 138 1234 5678").map(\.offset), [1])
    }

    /// A hostile run of single digits costs time linear in its length.
    func testLongRunsOfGroupsStayLinear() {
        for unit in ["1 ", "12 ", "123-", "1234 "] {
            let text = String(repeating: unit, count: 100_000)
            let start = Date()
            _ = PersonalNumbers.find(in: text)
            print("\(unit): \(Date().timeIntervalSince(start)) s")
            XCTAssertLessThan(
                Date().timeIntervalSince(start), 5, "\(unit): runs of groups must not take quadratic time")
        }
    }

    /// The real binary, on a welfare list and a body written the way secretaries write:
    /// each number is reported with its code, line and column, masked.
    func testCheckReportsFullWidthAndGroupedNumbersWithTheirPlace() throws {
        let site = try TestSite()
        try site.write(
            "content/xuji/affairs/dibao.md",
            """
            ---
            kind: affairs.welfare
            title: 2026年第四季度低保公示
            published: 2026-11-10
            notice_until: 2026-11-20
            program: 农村最低生活保障
            recipients:
              - {name: 李秀兰, household_size: 2, amount: 900, reason: 身份证４１０９２７１９８５０３１２００１５}
              - {name: 王大山, household_size: 1, amount: 450, reason: 电话 +86 138 1234 5678}
            total: 1350
            ---

            如有异议请联系 159.3930.1234，或打入卡号 6222 0212 3456 7890 128 查询。

            """)
        let result = try Binary.run(["check", site.root.path, "--format", "json", "--date", "2026-11-22"])
        XCTAssertEqual(result.status, 1, result.stderr)
        let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [[String: Any]]
        let got = rows.map { "\($0["line"]!):\($0["column"]!) \($0["code"]!) \($0["message"]!)" }
        XCTAssertEqual(got.count, 4, "\(got)")
        XCTAssertTrue(got[0].hasPrefix("8:"), got[0])
        XCTAssertTrue(got[0].contains("GK-X001") && got[0].contains("410927********0015"), got[0])
        XCTAssertTrue(got[1].hasPrefix("9:") && got[1].contains("GK-X002") && got[1].contains("138****5678"), got[1])
        XCTAssertTrue(got[2].hasPrefix("13:9 GK-X002") && got[2].contains("159****1234"), got[2])
        XCTAssertTrue(got[3].hasPrefix("13:29 GK-X003") && got[3].contains("6222***********0128"), got[3])
        XCTAssertFalse(
            result.stdout.contains("13812345678") || result.stdout.contains("3930.1234"),
            "messages never show the number")
    }
}
