import Foundation
import XCTest

/// Real git in a test site, with commits at chosen dates and authors.
enum TestGit {
    static func run(_ site: TestSite, _ args: [String], date: String? = nil, author: String = "许志强") throws {
        let gitTool = try XCTUnwrap(Binary.which("git"))
        var env = ["GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1"]
        if let date {
            env["GIT_AUTHOR_DATE"] = date
            env["GIT_COMMITTER_DATE"] = date
        }
        let result = try Binary.runTool(
            gitTool, ["-C", site.root.path, "-c", "user.name=\(author)", "-c", "user.email=wenshu@example.cn"] + args,
            environment: env)
        XCTAssertEqual(result.status, 0, result.stderr)
    }

    /// Every change in the site committed.
    static func commit(_ site: TestSite, _ message: String, at date: String, author: String = "许志强") throws {
        try run(site, ["add", "-A"])
        try run(site, ["commit", "-q", "-m", message], date: date, author: author)
    }

    /// What git printed, without the last line break.
    static func output(_ site: TestSite, _ args: [String]) throws -> String {
        let gitTool = try XCTUnwrap(Binary.which("git"))
        let result = try Binary.runTool(
            gitTool, ["-C", site.root.path] + args, environment: ["GIT_CONFIG_GLOBAL": "/dev/null"])
        XCTAssertEqual(result.status, 0, result.stderr)
        return result.stdout.trimmingCharacters(in: .newlines)
    }
}
