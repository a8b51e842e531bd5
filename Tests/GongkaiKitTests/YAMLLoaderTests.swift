import XCTest

@testable import GongkaiContent
@testable import GongkaiCore
@testable import GongkaiEditor
@testable import GongkaiKit
@testable import GongkaiSite

final class YAMLLoaderTests: XCTestCase {
    func load(_ text: String, offset: Int = 0) throws -> YAMLLoader.Output {
        try YAMLLoader.load(text, lineOffset: offset).get()
    }

    func testNodesRememberLineColumnAndStyle() throws {
        let out = try load("title: 许集村\ndraft: yes\namount: \"1,200.50\"\nlist:\n  - a\n", offset: 1)
        let root = try XCTUnwrap(out.root)
        let draft = try XCTUnwrap(root.value(forKey: "draft"))
        XCTAssertEqual(draft.scalar?.text, "yes")
        XCTAssertEqual(draft.scalar?.style, .plain)
        XCTAssertEqual(draft.mark, Mark(line: 3, column: 8))
        let amount = try XCTUnwrap(root.value(forKey: "amount"))
        XCTAssertEqual(amount.scalar?.style, .doubleQuoted)
        XCTAssertEqual(amount.mark, Mark(line: 4, column: 9))
        XCTAssertEqual(root.value(forKey: "list")?.items?.first?.mark, Mark(line: 6, column: 5))
    }

    func testColumnsCountCharactersNotBytes() throws {
        let root = try XCTUnwrap(load("标题: 许集村\n").root)
        XCTAssertEqual(root.value(forKey: "标题")?.mark, Mark(line: 1, column: 5))
    }

    func testDuplicateKeysAreReportedAtTheSecondKey() throws {
        let out = try load("a: 1\nb: 2\na: 3\n")
        XCTAssertEqual(out.problems.map(\.code), [.s005])
        XCTAssertEqual(out.problems.first?.mark, Mark(line: 3, column: 1))
        XCTAssertEqual(out.root?.value(forKey: "a")?.scalar?.text, "1")
    }

    func testAliasesWithinTheLimitWork() throws {
        let out = try load("base: &b {x: 1, y: 2}\ncopy: *b\n")
        XCTAssertEqual(out.root?.value(forKey: "copy")?.value(forKey: "y")?.scalar?.text, "2")
    }

    func testAnAliasBombIsRejectedNotExpanded() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 {
            let refs = Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ")
            text += "a\(i): &a\(i) [\(refs)]\n"
        }
        switch YAMLLoader.load(text) {
        case .success: XCTFail("an alias bomb must be rejected")
        case .failure(let failure):
            XCTAssertEqual(failure.code, .s006)
            XCTAssertEqual(failure.mark.line, 4)
        }
    }

    func testSyntaxErrorsSayWhere() {
        switch YAMLLoader.load("title: a\n  bad: [\n", lineOffset: 1) {
        case .success: XCTFail("must not parse")
        case .failure(let failure):
            XCTAssertEqual(failure.code, .s001)
            XCTAssertGreaterThanOrEqual(failure.mark.line, 2)
        }
    }

    func testSeveralDocumentsAreAnError() {
        if case .success = YAMLLoader.load("a: 1\n---\nb: 2\n") { XCTFail("two documents") }
    }
}
