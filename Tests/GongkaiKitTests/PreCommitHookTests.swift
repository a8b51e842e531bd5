import Foundation
import XCTest

/// `gongkai hook install` with real git: a commit with an error is refused with the usual
/// messages, a clean one goes through, `--no-verify` still works, and what counts is what is
/// staged, not what is in the working tree.
final class PreCommitHookTests: XCTestCase {
    @discardableResult
    func git(_ folder: URL, _ args: [String]) throws -> CommandResult {
        let gitTool = try XCTUnwrap(Binary.which("git"))
        var path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        // The hook runs gongkai by the absolute path it was installed with; PATH is not needed.
        path = path.split(separator: ":").filter { !FileManager.default.fileExists(atPath: "\($0)/gongkai") }.joined(
            separator: ":")
        return try Binary.runTool(
            gitTool, ["-C", folder.path, "-c", "user.name=许志强", "-c", "user.email=wenshu@example.cn"] + args,
            environment: ["PATH": path])
    }

    let clean = "---\nkind: affairs.notice\ntitle: 通知\npublished: 2026-11-01\n---\n\n正文。\n"
    let leaky = "---\nkind: affairs.notice\ntitle: 通知\npublished: 2026-11-01\n---\n\n请联系 138 1234 5678。\n"

    func testACommitWithAnErrorIsRefusedAndACleanOneGoesThrough() throws {
        // The site root is a folder of the repository, as when a town keeps other files beside it.
        let repo = try TestSite(villages: [:])
        let root = repo.root.appendingPathComponent("公开")
        try repo.write("公开/gongkai.yaml", TestSite.defaultConfig)
        try repo.write("公开/content/xuji/village.yaml", TestSite.defaultVillage)
        try git(repo.root, ["init", "-q"])

        let install = try Binary.run(["hook", "install", root.path])
        XCTAssertEqual(install.status, 0, install.stderr)
        let hook = try XCTUnwrap(
            try git(repo.root, ["rev-parse", "--git-path", "hooks/pre-commit"]).stdout
                .trimmingCharacters(in: .newlines))
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: repo.root.appendingPathComponent(hook).path))

        try repo.write("公开/content/xuji/affairs/n.md", leaky)
        try git(repo.root, ["add", "-A"])
        let refused = try git(repo.root, ["commit", "-q", "-m", "通知"])
        XCTAssertNotEqual(refused.status, 0)
        // git shows a hook's output on standard error.
        XCTAssertTrue(refused.stderr.contains("content/xuji/affairs/n.md:7:5: error[GK-X002]"), refused.stderr)
        XCTAssertTrue(refused.stderr.contains("提交已拒绝"), refused.stderr)
        XCTAssertNotEqual(try git(repo.root, ["rev-parse", "--verify", "-q", "HEAD"]).status, 0, "no commit was made")

        // What is staged counts: fixing the file without staging it does not let the commit through.
        try repo.write("公开/content/xuji/affairs/n.md", clean)
        XCTAssertNotEqual(try git(repo.root, ["commit", "-q", "-m", "通知"]).status, 0)
        try git(repo.root, ["add", "-A"])
        let accepted = try git(repo.root, ["commit", "-q", "-m", "通知"])
        XCTAssertEqual(accepted.status, 0, accepted.stdout + accepted.stderr)

        try repo.write("公开/content/xuji/affairs/m.md", leaky)
        try git(repo.root, ["add", "-A"])
        XCTAssertNotEqual(try git(repo.root, ["commit", "-q", "-m", "第二篇"]).status, 0)
        let skipped = try git(repo.root, ["commit", "-q", "--no-verify", "-m", "第二篇"])
        XCTAssertEqual(skipped.status, 0, "--no-verify still works: " + skipped.stderr)
        XCTAssertEqual(
            try git(repo.root, ["rev-list", "--count", "HEAD"]).stdout.trimmingCharacters(in: .newlines), "2")
    }

    func testAnotherHookIsNeverOverwrittenSilently() throws {
        let site = try TestSite()
        try git(site.root, ["init", "-q"])
        try site.write(".git/hooks/pre-commit", "#!/bin/sh\necho mine\n")
        let refused = try Binary.run(["hook", "install", site.root.path])
        XCTAssertEqual(refused.status, 2, refused.stderr)
        XCTAssertEqual(try site.read(".git/hooks/pre-commit"), "#!/bin/sh\necho mine\n")
        XCTAssertEqual(try Binary.run(["hook", "install", site.root.path, "--force"]).status, 0)
        XCTAssertEqual(try Binary.run(["hook", "install", site.root.path]).status, 0, "its own hook is replaced")
        XCTAssertEqual(try Binary.run(["hook", "install", FileManager.default.temporaryDirectory.path]).status, 2)
    }
}
