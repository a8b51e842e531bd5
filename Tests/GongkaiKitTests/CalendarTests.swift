import XCTest

@testable import GongkaiContent
@testable import GongkaiCore
@testable import GongkaiEditor
@testable import GongkaiKit
@testable import GongkaiSite

final class CalendarTests: XCTestCase {
    func testDatesAreRealCalendarDays() {
        XCTAssertNotNil(CalendarDate(iso: "2024-02-29"))
        XCTAssertNil(CalendarDate(iso: "2026-02-29"))
        XCTAssertNil(CalendarDate(iso: "2026-13-01"))
        XCTAssertNil(CalendarDate(iso: "2026-1-05"))
        XCTAssertNil(CalendarDate(iso: "2026-01-05T00:00"))
        XCTAssertEqual(CalendarDate(iso: "2026-11-05")?.chinese, "2026年11月5日")
    }

    func testDayArithmeticRoundTrips() {
        let d = CalendarDate(iso: "2026-03-01")!
        XCTAssertEqual(d.adding(days: -1).iso, "2026-02-28")
        XCTAssertEqual(CalendarDate(iso: "2026-11-18")!.days(until: CalendarDate(iso: "2026-11-25")!), 7)
        XCTAssertEqual(CalendarDate(iso: "1970-01-01")!.dayNumber, 0)
        XCTAssertEqual(CalendarDate(dayNumber: d.dayNumber), d)
    }

    func testTodayIsInChinaStandardTime() {
        // 2026-11-21 16:30 UTC is already 2026-11-22 in Beijing.
        XCTAssertEqual(CalendarDate.today(secondsSinceEpoch: 1_795_278_600).iso, "2026-11-22")
    }

    func testPeriods() {
        XCTAssertEqual(Period(iso: "2026-Q3")?.first.iso, "2026-07-01")
        XCTAssertEqual(Period(iso: "2026-Q3")?.last.iso, "2026-09-30")
        XCTAssertEqual(Period(iso: "2026-02")?.last.iso, "2026-02-28")
        XCTAssertEqual(Period(iso: "2026")?.granularity, .year)
        XCTAssertEqual(Period(iso: "2026-Q1")?.previous, Period(iso: "2025-Q4"))
        XCTAssertEqual(Period(iso: "2026-01")?.previous, Period(iso: "2025-12"))
        XCTAssertNil(Period(iso: "2026-Q5"))
        XCTAssertNil(Period(iso: "2026-00"))
        XCTAssertEqual(Period(iso: "2026-Q4")?.chinese, "2026年第四季度")
    }

    /// Only the exact ISO forms are periods: no other digits, widths, letters or trailing text.
    func testWhatIsNotAPeriod() {
        for text in [
            "", "0000", "0000-01", "0000-Q1", "2026-Q0", "2026-q3", "2026-13", "2026-1", "2026-001", "202６",
            "２０２６", "2026-Q3x", "2026-03 ", " 2026", "2026-3-", "2026-Q", "2026-0３", "2026–03", "20260",
            "2026\u{301}", "12026-03", "2026/03",
        ] {
            XCTAssertNil(Period(iso: text), text)
        }
        XCTAssertNil(Month(iso: "2026"))
        XCTAssertNil(Month(iso: "2026-Q1"))
        XCTAssertEqual(Period(iso: "9999-12")?.last.iso, "9999-12-31")
        XCTAssertEqual(Period(iso: "0001"), .year(1))
        XCTAssertEqual(Month(iso: "2026-10")?.iso, "2026-10")
    }
}
