import XCTest
@testable import GongkaiKit

/// Runs every rule's own examples through the real loader and validator: an example marked
/// `trips` must raise the rule's code; one that passes must check without any error at all.
final class RuleExampleTests: XCTestCase {
    func testEveryRuleKeepsItsExamples() throws {
        XCTAssertGreaterThanOrEqual(RuleRegistry.all.count, 40)
        for rule in RuleRegistry.all {
            // GK-R101 needs commits at chosen dates: HistoryTests builds a real repository for it.
            if rule.code == .r101 { XCTAssertTrue(rule.examples.isEmpty); continue }
            XCTAssertTrue(rule.examples.contains { $0.trips }, "\(rule.code) \(type(of: rule)) needs an example that trips it")
            XCTAssertTrue(rule.examples.contains { !$0.trips }, "\(rule.code) \(type(of: rule)) needs an example that passes")
            for example in rule.examples {
                let site = try TestSite()
                for (path, text) in example.files {
                    try site.write("content/xuji/\(path)", text)
                }
                let (_, collector) = SiteBuilder.checkedSite(root: site.root, buildDate: CalendarDate(iso: "2026-11-22")!)
                let found = collector.diagnostics
                let description = "\(rule.code.rawValue) \(type(of: rule)) on \(example.files):\n" + found.map(DiagnosticFormatter.line).joined()
                if example.trips {
                    XCTAssertTrue(found.contains { $0.code == rule.code.rawValue }, description)
                } else {
                    XCTAssertEqual(found.filter { $0.severity == .error || $0.code == rule.code.rawValue }.count, 0, description)
                }
            }
        }
    }

    func testEveryRuleCodeOfTheContractHasARule() {
        let implemented = Set(RuleRegistry.all.map(\.code))
        // Found while reading files rather than by a rule; S012 and S013 are tested in HardeningTests,
        // the theme's T001..T003 in ThemeCheckTests.
        let structural: Set<RuleCode> = [.s001, .s003, .s004, .s005, .s006, .s007, .s010, .s012, .s013, .t001, .t002, .t003]
        for code in RuleCode.allCases where !structural.contains(code) {
            XCTAssertTrue(implemented.contains(code), "\(code.rawValue) has no rule")
        }
    }
}
