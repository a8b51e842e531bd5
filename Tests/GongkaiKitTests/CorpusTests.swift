import Foundation
import XCTest

/// A corpus of our own with at least one faulty file per rule code: every problem is
/// reported in one run, each with its code, file, line and column.
final class CorpusTests: XCTestCase {
    var faulty: URL { Binary.repository.appendingPathComponent("Tests/Fixtures/faulty") }

    func testEveryFaultyFileIsReportedWithCodeFileAndLine() throws {
        let expected = try String(contentsOf: faulty.appendingPathComponent("expected.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let result = try Binary.run(["check", faulty.path, "--date", "2026-11-22", "--format", "json"])
        XCTAssertEqual(result.status, 1)
        let found = try decodeDiagnostics(result.stdout).map {
            "\($0.file):\($0.line):\($0.column) \($0.severity) \($0.code)"
        }
        XCTAssertEqual(found, expected)

        let codes = Set(expected.map { $0.split(separator: " ").last.map(String.init) ?? "" })
        let contract = [
            "S001", "S002", "S003", "S004", "S005", "S006", "S007", "S008", "S009", "S010", "S011",
            "X001", "X002", "X003", "V101", "V102", "P101", "P102", "P103", "P104", "P201", "P202",
            "P301", "P302", "P401", "P402", "A101", "A102", "A103", "A104", "A201", "A202", "A301",
            "A302", "A303", "F101", "F102", "F103", "F104", "F105", "F106", "F201", "F202", "F301", "F302",
            "A203", "A501", "A502", "A503", "A601", "A602", "A603", "A604", "A605", "F303", "F304", "F401",
            "F402", "F403", "F404", "F501", "F502", "F503", "F504", "F505", "F601", "F602", "F603", "F604",
            "R201", "R202", "R203", "R301",
        ]
        XCTAssertEqual(contract.filter { !codes.contains("GK-" + $0) }, [], "codes without a faulty file")
        XCTAssertGreaterThanOrEqual(found.count, 40)
    }

    func testTheF101MessageShowsTheWholeSum() throws {
        let result = try Binary.run(["check", faulty.path, "--date", "2026-11-22"])
        XCTAssertTrue(
            result.stdout.contains(
                "content/xuji/finance/f101-balance.yaml:10:18: error[GK-F101]: 期末余额不符: 期初 1,000.00 + 收入 600.00 − 支出 "
                    + "100.00 = 1,500.00, 填写为 1,600.00\n"
            ),
            result.stdout)
        XCTAssertTrue(
            result.stdout.contains(
                "error[GK-F103]: 期初余额 1,400.00 与上期（2026-07，content/xuji/finance/f103-previous.yaml）期末余额 1,500.00 不一致"),
            result.stdout)
        XCTAssertTrue(result.stdout.contains("error[GK-X001]: 发现未隐去的身份证号 410927********3210"), result.stdout)
        XCTAssertFalse(result.stdout.contains("410927199003153210"), "the message never repeats the number")
        XCTAssertTrue(result.stdout.contains("error[GK-X002]: 发现未隐去的手机号 138****5678"), result.stdout)
    }

    func testThresholdsComeFromGongkaiYAML() throws {
        let site = try TestSite(
            config: TestSite.defaultConfig
                + "rules:\n  party_notice_days: 2\n  welfare_notice_days: 10\n  contract_warn_dayz: 5\n")
        try site.write(
            "content/xuji/dev.yaml",
            try String(contentsOf: faulty.appendingPathComponent("content/xuji/p101-days.yaml"), encoding: .utf8))
        try site.write(
            "content/xuji/wel.yaml",
            try String(contentsOf: faulty.appendingPathComponent("content/xuji/a202-total.yaml"), encoding: .utf8))
        let result = try Binary.run(["check", site.root.path, "--date", "2026-11-22", "--format", "json"])
        let found = try decodeDiagnostics(result.stdout).map { "\($0.file):\($0.line) \($0.code)" }
        XCTAssertEqual(
            found,
            [
                "content/xuji/wel.yaml:4 GK-A201",  // 7 days < 10
                "content/xuji/wel.yaml:8 GK-A202",
                "gongkai.yaml:7 GK-S003",  // contract_warn_dayz → suggests contract_warn_days
            ])
        XCTAssertTrue(try decodeDiagnostics(result.stdout).last!.message.contains("contract_warn_days"))
    }
}
