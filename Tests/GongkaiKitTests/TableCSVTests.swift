import XCTest

@testable import GongkaiContent
@testable import GongkaiCore
@testable import GongkaiEditor
@testable import GongkaiKit
@testable import GongkaiSite

/// CSV fields are quoted exactly when a spreadsheet would otherwise split them.
final class TableCSVTests: XCTestCase {
    func testFieldsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
        XCTAssertEqual(TableCSV.quote("许集村"), "许集村")
        XCTAssertEqual(TableCSV.quote("1,000.00"), "\"1,000.00\"")
        XCTAssertEqual(TableCSV.quote("称\"大\"队"), "\"称\"\"大\"\"队\"")
        XCTAssertEqual(TableCSV.quote("第一行\r\n第二行"), "\"第一行\r\n第二行\"", "a CRLF is one Character but still a line break")
        XCTAssertEqual(TableCSV.quote("a\nb"), "\"a\nb\"")
    }

    func testTextThatStartsLikeAFormulaGetsAnApostrophe() {
        for formula in ["=1+1", "+1", "-1", "@A1", "\t=1", "\r=1"] {
            XCTAssertEqual(TableCSV.inert(formula), "'" + formula)
        }
        for text in ["许集村", "1,000.00", "记-001", "", " =1"] {
            XCTAssertEqual(TableCSV.inert(text), text)
        }
    }
}
