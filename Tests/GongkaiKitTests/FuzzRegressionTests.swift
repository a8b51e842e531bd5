import Foundation
import XCTest

@testable import GongkaiContent
@testable import GongkaiCore
@testable import GongkaiEditor
@testable import GongkaiKit
@testable import GongkaiSite

/// Inputs that once crashed or hung gongkai — found by the fuzz targets (`make fuzz`) or by the
/// hostile-input benchmark — kept so they never do again.
final class FuzzRegressionTests: XCTestCase {
    /// Found by fuzz-yaml (make test, 2026-12-05): 64 flow sequences deep with a scalar inside.
    /// The loader was right (64 levels of collections are allowed); the fuzz target's promise
    /// counted the scalar as a level. And the gap it pointed at: an alias put its anchor's levels
    /// where it stood without counting them.
    func testTheNestingLimitCountsCollectionsAndWhatAnAliasBrings() throws {
        let file = Binary.repository.appendingPathComponent("Tests/Fixtures/fuzz/yaml-aliases-in-flow.yaml")
        let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
        guard case .success(let output) = YAMLLoader.load(text), let root = output.root else {
            return XCTFail("the fuzz input loads")
        }
        XCTAssertLessThanOrEqual(root.collectionDepth, YAMLLoader.nestingLimit)

        let limit = YAMLLoader.nestingLimit
        let deep = String(repeating: "[", count: limit - 2) + "x" + String(repeating: "]", count: limit - 2)
        let withinLimit = "a: &deep \(deep)\nb: *deep\n"
        guard case .success = YAMLLoader.load(withinLimit) else { return XCTFail("an alias within the limit loads") }
        let pastLimit = "a: &deep \(deep)\nb: [[[*deep]]]\n"
        guard case .failure(let failure) = YAMLLoader.load(pastLimit) else {
            return XCTFail("an alias taking its anchor past the limit is refused")
        }
        XCTAssertEqual(failure.code, .s006)
        XCTAssertEqual(failure.mark.line, 2)
    }

    /// `standard × months` trapped on Int64 overflow (Swift traps; the check died with signal 4).
    func testHugeCountsAreS004NotACrash() throws {
        let site = try TestSite(
            config: TestSite.defaultConfig + """
                rules: {contract_warn_days: 9223372036854775807}
                catalog:
                  start: 2026-01
                  due_days: 9223372036854775807
                  items: [{kind: finance.statement, every: month}]

                """)
        try site.write(
            "content/xuji/party/dues.yaml",
            """
            kind: party.dues
            title: 党费
            published: 2026-10-10
            period: 2026-Q3
            members:
              - {name: 王红梅, standard: "999,999,999,999,999.99", months: 9223372036854775807, paid: 1}
            total: 1

            """)
        let result = try Binary.run(["check", site.root.path, "--date", "2026-11-22", "--format", "json"])
        XCTAssertEqual(result.status, 1, result.stderr)
        let found = try decodeDiagnostics(result.stdout).map { "\($0.file):\($0.line) \($0.code)" }
        XCTAssertEqual(
            found.sorted(),
            ["content/xuji/party/dues.yaml:6 GK-S004", "gongkai.yaml:4 GK-S004", "gongkai.yaml:7 GK-S004"])
    }

    /// Thousands of the largest amounts passed Int64 when summed; sums now saturate, and the
    /// rule that compares them still reports the difference.
    func testSumsOfTheLargestAmountsSaturateAndStillDiffer() throws {
        let rows = (1...200).map {
            "  - {date: 2026-10-01, voucher: 记-\($0), item: 收入, amount: \"999,999,999,999,999.99\"}"
        }
        let site = try TestSite()
        try site.write("content/xuji/finance/2026-10.yaml", TestSite.octoberStatement(income: rows, closing: "1"))
        let result = try Binary.run(["check", site.root.path, "--date", "2026-11-22", "--format", "json"])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(try decodeDiagnostics(result.stdout).map(\.code), ["GK-F101"])
        XCTAssertEqual([Money(fen: .max), Money(fen: 1)].sum(), Money(fen: .max))
        XCTAssertEqual(Money(fen: .min) - Money(fen: 1), Money(fen: .min))
        XCTAssertEqual(Money(fen: 10).times(.max), Money(fen: .max))
    }

    /// A mapping of many keys took time quadratic in its size (each key copied the mapping).
    /// (A mapping holds at most 1,000 keys now, so the 40,000 are spread over 40 mappings.)
    func testAMappingOfManyKeysLoadsInLinearTime() {
        let mapping = "- " + (0..<1_000).map { "k\($0): \($0)" }.joined(separator: "\n  ")
        let yaml = Array(repeating: mapping, count: 40).joined(separator: "\n")
        let start = Date()
        guard case .success(let output) = YAMLLoader.load(yaml) else { return XCTFail("parses") }
        XCTAssertEqual(output.root?.items?.map { $0.pairs?.count ?? 0 }, Array(repeating: 1_000, count: 40))
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
    }

    /// fuzz-values, first minute: "00" + U+0483 (a combining mark) passed the digit check as one
    /// Character between "0" and "9", and DecimalNumber force-unwrapped Int64("00\u{483}").
    func testADigitWithACombiningMarkIsNoDigit() throws {
        XCTAssertNil(DecimalNumber("00\u{483}"))
        XCTAssertNil(DecimalNumber("1.5\u{301}"))
        XCTAssertNil(Month(iso: "2026-1\u{301}0"))
        XCTAssertNil(Period(iso: "202\u{483}6"))
        let site = try TestSite()
        try site.write(
            "content/xuji/finance/resources.yaml",
            """
            kind: finance.resources
            title: 集体资源发包
            published: 2026-03-16
            contracts:
              - {resource: 北大坑, type: 坑塘, area_mu: "00\u{483}", holder: 王大山, start: 2026-01-01,
                 end: 2030-12-31, annual_fee: 1000, method: 公开竞价}
            reviewed: {date: 2026-03-10, by: [许长林]}

            """)
        let result = try Binary.run(["check", site.root.path, "--date", "2026-11-22", "--format", "json"])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(try decodeDiagnostics(result.stdout).map { "\($0.line) \($0.code)" }, ["5 GK-S004"])
    }

    /// fuzz-yaml: "?" (an explicit key, no value, no final line break) gave a node on line 2 of
    /// a one-line text; a message would have pointed below the end of the file.
    func testMarksStayInsideTheText() throws {
        for text in ["?", "a:", "- ", "a: [", "kind:\n  "] {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
            switch YAMLLoader.load(text) {
            case .success(let output):
                func visit(_ node: YAMLNode) {
                    XCTAssertLessThanOrEqual(node.mark.line, lines, "\(text.debugDescription)")
                    node.items?.forEach(visit)
                    node.pairs?.forEach {
                        visit($0.key)
                        visit($0.value)
                    }
                }
                if let root = output.root { visit(root) }
            case .failure(let failure):
                XCTAssertLessThanOrEqual(failure.mark.line, lines, "\(text.debugDescription)")
            }
        }
    }
}
