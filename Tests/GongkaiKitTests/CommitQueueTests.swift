import Foundation
import Synchronization
import XCTest

@testable import GongkaiContent
@testable import GongkaiCore
@testable import GongkaiEditor
@testable import GongkaiKit
@testable import GongkaiSite

/// Commits of saves made at once (spec §12): one `git fast-import` for a batch, still one commit
/// per save with its own author, message and bytes, and the index in step afterwards.
final class CommitQueueTests: XCTestCase {
    func testABatchIsOneCommitPerSaveWithItsOwnAuthorAndBytes() throws {
        let repo = try EditorWorkspaceTests.DemoRepository()
        let notice = "content/xuji/affairs/2026-11-05-notice.md"
        let gone = "content/xuji/party/2026-development.md"
        let fresh = "content/houmiao/affairs/新的 通知.md"
        let first = Data(repo.read(notice).replacingOccurrences(of: "title:", with: "title: 甲").utf8)
        let second = Data(repo.read(notice).replacingOccurrences(of: "title:", with: "title: 乙").utf8)
        let freshBytes = Data("---\nkind: affairs.notice\ntitle: 新的通知\npublished: 2026-11-20\n---\n正文\n".utf8)
        try second.write(to: repo.root.appendingPathComponent(notice))
        try FileManager.default.removeItem(at: repo.root.appendingPathComponent(gone))
        try freshBytes.write(to: repo.root.appendingPathComponent(fresh))
        let hashes = try FastImport(root: repo.root).commit([
            .init(changes: [(notice, first)], message: "甲改", author: "许志强 <a@xuji.example>", paths: [notice]),
            .init(changes: [], message: "提交审核：通知", author: "许志强 <a@xuji.example>", allowEmpty: true, paths: [notice]),
            .init(changes: [(notice, second), (gone, nil)], message: "乙改", author: "赵玉芬 <b@xuji.example>", paths: []),
            .init(changes: [(fresh, freshBytes)], message: "新建", author: nil, paths: [fresh]),
        ])
        XCTAssertEqual(hashes.count, 4)
        // The committer is git's configured identity as the server sees it, the author each save's.
        let configured = (try? Git.run(["config", "user.name"], in: repo.root))?.trimmed
        XCTAssertEqual(
            try repo.git("log", "-5", "--format=%h|%an|%cn|%s").split(separator: "\n").map(String.init),
            [
                "\(hashes[3])|\(configured ?? "gongkai")|\(configured ?? "gongkai")|新建",
                "\(hashes[2])|赵玉芬|\(configured ?? "赵玉芬")|乙改", "\(hashes[1])|许志强|\(configured ?? "许志强")|提交审核：通知",
                "\(hashes[0])|许志强|\(configured ?? "许志强")|甲改",
                "\(try repo.git("rev-parse", "--short=7", "HEAD~4").trimmed)|测试|测试|示范镇",
            ])
        XCTAssertEqual(try repo.git("show", "\(hashes[0]):\(notice)"), String(decoding: first, as: UTF8.self))
        XCTAssertEqual(try repo.git("show", "\(hashes[2]):\(notice)"), String(decoding: second, as: UTF8.self))
        XCTAssertEqual(
            try repo.git("show", "--format=", "--name-only", hashes[1]).trimmed, "", "a step changes no file")
        XCTAssertEqual(
            try repo.git("log", "-1", "--format=%(trailers:key=Gongkai-Document,valueonly)", hashes[1]).trimmed, notice)
        XCTAssertEqual(
            try repo.git("show", "--format=", "--name-status", hashes[2]).trimmed.split(separator: "\n").sorted(),
            ["D\t\(gone)", "M\t\(notice)"])
        XCTAssertEqual(try repo.git("status", "--porcelain"), "", "the index and work tree agree with HEAD")
        XCTAssertEqual(try repo.git("fsck", "--strict").trimmed, "")
        let history = try XCTUnwrap(GitHistory.load(root: repo.root))
        XCTAssertEqual(history.commits[notice]?.prefix(3).map(\.subject), ["乙改", "提交审核：通知", "甲改"])
    }

    func testWithoutABranchFastImportRefusesAndCommitsNothing() throws {
        let repo = try EditorWorkspaceTests.DemoRepository()
        try repo.git("checkout", "-q", "--detach")
        let before = repo.commits
        XCTAssertThrowsError(
            try FastImport(root: repo.root).commit([
                .init(changes: [], message: "a", author: nil, allowEmpty: true, paths: ["x"]),
                .init(changes: [], message: "b", author: nil, allowEmpty: true, paths: ["x"]),
            ]))
        XCTAssertEqual(repo.commits, before)
    }

    /// Twenty secretaries saving twenty different notices at once: twenty commits, each of its
    /// own file and author, nothing left uncommitted.
    func testManySavesAtOnceAreEachCommitted() throws {
        let repo = try EditorWorkspaceTests.DemoRepository()
        let paths = (0..<20).map { "content/xuji/affairs/load-\($0).md" }
        for path in paths {
            try Data("---\nkind: affairs.notice\ntitle: 通知\npublished: 2099-12-31\n---\n正文。\n".utf8)
                .write(to: repo.root.appendingPathComponent(path))
        }
        try repo.git("add", "-A")
        try repo.git("commit", "-qm", "准备")
        let opened = try paths.map { try repo.workspace.open(village: "xuji", path: $0) }
        let outcomes = Mutex<[Int: EditorSaveOutcome]>([:])
        DispatchQueue.concurrentPerform(iterations: paths.count) { i in
            var draft = opened[i]
            draft.fields.removeAll { $0.name == "title" }
            draft.fields.append(FormField("title", "通知第\(i)号"))
            let outcome = repo.workspace.save(
                EditorSaveRequest(draft: draft, mode: .draft, author: "文书\(i) <w\(i)@xuji.example>"))
            outcomes.withLock { $0[i] = outcome }
        }
        for (i, outcome) in outcomes.withLock({ $0 }) {
            guard case .saved(_, let commit?, _) = outcome else { return XCTFail("\(i): \(outcome)") }
            XCTAssertEqual(try repo.git("show", "--format=%an", "--name-only", commit).trimmed, "文书\(i)\n\n\(paths[i])")
        }
        XCTAssertEqual(repo.commits, 22)
        XCTAssertEqual(try repo.git("status", "--porcelain"), "")
    }
}

extension String {
    fileprivate var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
