import XCTest
@testable import GongkaiKit

/// CSV fields are quoted exactly when a spreadsheet would otherwise split them.
final class TableCSVTests: XCTestCase {
    func testFieldsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
        XCTAssertEqual(TableCSV.quote("许集村"), "许集村")
        XCTAssertEqual(TableCSV.quote("1,000.00"), "\"1,000.00\"")
        XCTAssertEqual(TableCSV.quote("称\"大\"队"), "\"称\"\"大\"\"队\"")
        XCTAssertEqual(TableCSV.quote("第一行\r\n第二行"), "\"第一行\r\n第二行\"", "a CRLF is one Character but still a line break")
        XCTAssertEqual(TableCSV.quote("a\nb"), "\"a\nb\"")
    }
}
