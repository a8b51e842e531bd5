import XCTest

@testable import GongkaiContent
@testable import GongkaiCore
@testable import GongkaiEditor
@testable import GongkaiKit
@testable import GongkaiSite

final class MoneyTests: XCTestCase {
    func fen(_ text: String, negative: Bool = false) -> Int64? {
        try? Money.parse(text, allowNegative: negative).get().fen
    }

    func testParsesTheContractsForms() {
        XCTAssertEqual(fen("1200"), 120_000)
        XCTAssertEqual(fen("1200.5"), 120_050)
        XCTAssertEqual(fen("1,200.50"), 120_050)
        XCTAssertEqual(fen("0.07"), 7)
        XCTAssertEqual(fen("1,234,567.89"), 123_456_789)
        XCTAssertEqual(fen("-35.20", negative: true), -3_520)
    }

    func testRejectsWhatIsNotExactMoney() {
        XCTAssertEqual(Money.parse("12.345").failure, .tooManyDecimals)
        XCTAssertEqual(Money.parse("1e3").failure, .notANumber)
        XCTAssertEqual(Money.parse("1,20").failure, .notANumber)
        XCTAssertEqual(Money.parse("12,0000").failure, .notANumber)
        XCTAssertEqual(Money.parse(".5").failure, .notANumber)
        XCTAssertEqual(Money.parse("5.").failure, .notANumber)
        XCTAssertEqual(Money.parse("0x10").failure, .notANumber)
        XCTAssertEqual(Money.parse("¥12").failure, .notANumber)
        XCTAssertEqual(Money.parse("-5").failure, .negativeNotAllowed)
        XCTAssertEqual(Money.parse("").failure, .notANumber)
        XCTAssertEqual(Money.parse("-").failure, .notANumber)
        XCTAssertEqual(Money.parse("1.2.3").failure, .notANumber)
        XCTAssertEqual(Money.parse("100,").failure, .notANumber)
        XCTAssertEqual(Money.parse("１２").failure, .notANumber, "full-width digits")
        XCTAssertEqual(Money.parse("1234567890123456").failure, .tooLarge)
        XCTAssertEqual(fen(" 12.50\r\n"), 1_250, "ASCII white space around is trimmed")
        XCTAssertEqual(fen("999,999,999,999,999.99"), 99_999_999_999_999_999)
    }

    func testNeverPassesThroughAFloat() {
        // 0.1 + 0.2 style drift would show here: 分 are summed as integers.
        let parts = ["0.10", "0.20", "1,000,000,000.01"].map { fen($0)! }
        XCTAssertEqual(parts.reduce(0, +), 100_000_000_031)
        XCTAssertEqual(Money(fen: 100_000_000_031).formatted, "1,000,000,000.31")
    }

    func testFormatsWithThousandsSeparators() {
        XCTAssertEqual(Money(fen: 21_151_280).formatted, "211,512.80")
        XCTAssertEqual(Money(fen: 5).formatted, "0.05")
        XCTAssertEqual(Money(fen: -123_456).formatted, "-1,234.56")
        XCTAssertEqual(Money(fen: 100_000).plain, "1000.00")
    }

    func testWritesAmountsInWordsAsAccountingRulesDo() {
        let cases: [(Int64, String)] = [
            (21_151_280, "贰拾壹万壹仟伍佰壹拾贰元捌角"),
            (123_450, "壹仟贰佰叁拾肆元伍角"),
            (1_000, "壹拾元整"),
            (0, "零元整"),
            (50, "伍角"),
            (5, "伍分"),
            (168_032, "壹仟陆佰捌拾元零叁角贰分"),
            (100_005, "壹仟元零伍分"),
            (10_000_500, "壹拾万零伍元整"),
            (100_100_000_000, "壹拾亿零壹佰万元整"),
            (10_001_000_000, "壹亿零壹万元整"),
            (100_000_000, "壹佰万元整"),
            (-3_520, "负叁拾伍元贰角"),
        ]
        for (fen, words) in cases {
            XCTAssertEqual(Money(fen: fen).inWords, words, "for \(Money(fen: fen).formatted)")
        }
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let f) = self { return f }
        return nil
    }
}
