import Foundation
import Synchronization
import XCTest

@testable import GongkaiContent
@testable import GongkaiCore
@testable import GongkaiEditor
@testable import GongkaiKit
@testable import GongkaiSite

/// The editor's workspace (spec §11) on a copy of the demo town in a real git repository:
/// documents opened as form fields and saved back, commits, conflicts, uploads, deletion, and
/// what a change does to the rest of the village.
final class EditorWorkspaceTests: XCTestCase {
    /// The demo town copied into a fresh git repository with one commit.
    final class DemoRepository: Sendable {
        let root: URL
        let workspace: EditorWorkspace

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-editor-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            for item in ["content", "gongkai.yaml"] {
                try FileManager.default.copyItem(
                    at: Binary.repository.appendingPathComponent(item), to: root.appendingPathComponent(item))
            }
            // This repository's own commits are the history, not the demo's made-up one.
            let config = root.appendingPathComponent("gongkai.yaml")
            try String(contentsOf: config, encoding: .utf8)
                .replacingOccurrences(of: "history: .demo-history", with: "history: git")
                .write(to: config, atomically: true, encoding: .utf8)
            workspace = EditorWorkspace(root: root, dateFlag: "2026-11-22", author: "许志强 <wenshu@xuji.example>")
            try git("init", "-q")
            try git("add", "-A")
            try git("commit", "-qm", "示范镇")
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        @discardableResult
        func git(_ arguments: String...) throws -> String {
            let tool = try XCTUnwrap(Binary.which("git"))
            let settings = ["core.quotePath=false", "user.name=测试", "user.email=test@example.invalid"]
            let result = try Binary.runTool(
                tool, ["-C", root.path] + settings.flatMap { ["-c", $0] } + arguments,
                environment: ["GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1"])
            XCTAssertEqual(result.status, 0, result.stderr)
            return result.stdout
        }

        var commits: Int { Int((try? git("rev-list", "--count", "HEAD"))?.trimmed ?? "") ?? -1 }

        func read(_ path: String) -> String {
            String(
                decoding: FileManager.default.contents(atPath: root.appendingPathComponent(path).path) ?? Data(),
                as: UTF8.self)
        }
    }

    func set(_ draft: inout EditorDraft, _ name: String, _ value: String) {
        draft.fields.removeAll { $0.name == name }
        draft.fields.append(FormField(name, value))
    }

    // MARK: - Round trip

    /// Every demo document and village.yaml, opened as a form and read back: the same values, and
    /// a save of the untouched form writes nothing.
    func testEveryDemoFileComesBackFromItsFormWithTheSameValues() throws {
        let repo = try DemoRepository()
        let workspace = repo.workspace
        var checked = 0
        var kinds: Set<KindID> = []
        for village in workspace.villages() {
            let paths = workspace.documents(of: village.id).map(\.path) + ["content/\(village.id)/village.yaml"]
            for path in paths {
                let draft = try workspace.open(village: village.id, path: path)
                let disk = try XCTUnwrap(
                    workspace.diskValues(Data(repo.read(path).utf8), draft: draft), "\(path) reads from disk")
                let check = workspace.check(draft)
                let record = try XCTUnwrap(check.record, "\(path) reads back from its form")
                let back = EditorWorkspace.values(record, body: draft.body, specs: draft.specs)
                XCTAssertEqual(back.all, disk.all, "\(path): the form holds what the file holds")
                if let kind = draft.kind {
                    XCTAssertNotNil(check.document, "\(path) is a document again")
                    kinds.insert(kind.id)
                }
                let mode: EditorSaveRequest.Mode = draft.value("draft") == "true" ? .draft : .publish
                guard case .unchanged = workspace.save(EditorSaveRequest(draft: draft, mode: mode)) else {
                    XCTFail("\(path): saving an untouched form wrote the file")
                    continue
                }
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 30, "the whole demo town")
        XCTAssertEqual(kinds, Set(KindRegistry.all.map(\.id)), "every kind")
        XCTAssertEqual(repo.commits, 1, "nothing committed")
        XCTAssertEqual(try repo.git("status", "--porcelain"), "", "nothing written")
    }

    // MARK: - Saving

    func testASaveWritesTheCanonicalFileAndMakesOneCommitOfIt() throws {
        let repo = try DemoRepository()
        let path = "content/xuji/party/2026-11-theme-day.md"
        var draft = try repo.workspace.open(village: "xuji", path: path)
        set(&draft, "title", "11月主题党日：学习村务公开制度")
        draft.body = (draft.body ?? "") + "\n\n会后**全体党员**签到。\n"
        let outcome = repo.workspace.save(
            EditorSaveRequest(draft: draft, mode: .publish, message: "补充签到要求", revisionNote: "补充签到要求"))
        guard case .saved(let saved, let commit?, _) = outcome else { return XCTFail("\(outcome)") }
        XCTAssertEqual(saved, path)
        XCTAssertEqual(repo.commits, 2)
        XCTAssertEqual(
            try repo.git("log", "-1", "--format=%h|%an|%ae|%s").trimmed, "\(commit)|许志强|wenshu@xuji.example|补充签到要求")
        XCTAssertEqual(try repo.git("show", "--name-only", "--format=", "HEAD").trimmed, path)
        let text = repo.read(path)
        XCTAssertTrue(text.hasPrefix("---\nkind: party.meeting\ntitle: 11月主题党日：学习村务公开制度\n"), text)
        XCTAssertTrue(text.hasSuffix("会后**全体党员**签到。\n"), text)
    }

    func testOutsideGitASaveIsWrittenWithoutHistory() throws {
        let repo = try DemoRepository()
        try FileManager.default.removeItem(at: repo.root.appendingPathComponent(".git"))
        let path = "content/liuzhuang/village.yaml"
        var draft = try repo.workspace.open(village: "liuzhuang", path: path)
        set(&draft, "hotline", "0394-5729999")
        let outcome = repo.workspace.save(EditorSaveRequest(draft: draft, mode: .publish))
        guard case .saved(_, nil, _) = outcome else { return XCTFail("\(outcome)") }
        XCTAssertTrue(repo.read(path).contains("hotline: \"0394-5729999\"\n"), repo.read(path))
    }

    func testADraftIsSavedWithItsErrorsAndFlagged() throws {
        let repo = try DemoRepository()
        let path = "content/xuji/finance/2026-10.yaml"
        var draft = try repo.workspace.open(village: "xuji", path: path)
        set(&draft, "closing_balance", "1.00")
        guard
            case .refused(let check) = repo.workspace.save(
                EditorSaveRequest(draft: draft, mode: .publish, revisionNote: "更正"))
        else {
            return XCTFail("saved with a wrong balance")
        }
        XCTAssertEqual(check.problems.filter { $0.diagnostic.severity == .error }.map(\.field), ["closing_balance"])
        XCTAssertEqual(check.problems.first?.diagnostic.code, .f101)
        XCTAssertEqual(repo.commits, 1)

        guard case .saved = repo.workspace.save(EditorSaveRequest(draft: draft, mode: .draft, revisionNote: "暂存"))
        else {
            return XCTFail("a draft keeps what is typed")
        }
        let text = repo.read(path)
        XCTAssertTrue(text.contains("\ndraft: true\n"), text)
        XCTAssertTrue(text.hasSuffix("\nclosing_balance: 1.00\n"), text)
        XCTAssertEqual(repo.commits, 2)
    }

    /// Two secretaries save the same opened file at once: one lands, the other is refused with
    /// the difference; two different files saved at once both land, each in its own commit.
    func testConcurrentSavesNeverLoseAWrite() throws {
        let repo = try DemoRepository()
        let path = "content/xuji/affairs/2026-11-05-notice.md"
        let opened = try repo.workspace.open(village: "xuji", path: path)
        let titles = ["甲改的标题", "乙改的标题"]
        let outcomes = Mutex<[EditorSaveOutcome]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            var draft = opened
            draft.fields.removeAll { $0.name == "title" }
            draft.fields.append(FormField("title", titles[i]))
            let outcome = repo.workspace.save(EditorSaveRequest(draft: draft, mode: .draft, revisionNote: "改标题"))
            outcomes.withLock { $0.append(outcome) }
        }
        let all = outcomes.withLock { $0 }
        let saved = all.filter { if case .saved = $0 { return true } else { return false } }
        let conflicts = all.compactMap { outcome -> EditorConflict? in
            if case .conflict(let c) = outcome { return c } else { return nil }
        }
        XCTAssertEqual(saved.count, 1, "\(all)")
        guard conflicts.count == 1 else { return XCTFail("\(all)") }
        let onDisk = repo.read(path)
        let winner = titles.first { onDisk.contains("title: \($0)\n") }
        let loser = try XCTUnwrap(titles.first { $0 != winner })
        XCTAssertEqual(
            conflicts[0].differences.first { $0.field == "title" }.map { [$0.onDisk, $0.inForm] }, [winner!, loser])
        XCTAssertEqual(repo.commits, 2)

        let a = try repo.workspace.open(village: "xuji", path: "content/xuji/party/2026-development.md")
        let b = try repo.workspace.open(village: "houmiao", path: "content/houmiao/village.yaml")
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            var draft = i == 0 ? a : b
            let name = i == 0 ? "title" : "hotline"
            draft.fields.removeAll { $0.name == name }
            draft.fields.append(FormField(name, i == 0 ? "发展党员工作公示（修订）" : "0394-5720000"))
            let outcome = repo.workspace.save(EditorSaveRequest(draft: draft, mode: .draft, revisionNote: "更正"))
            guard case .saved = outcome else { return XCTFail("\(outcome)") }
        }
        XCTAssertEqual(repo.commits, 4)
        XCTAssertEqual(try repo.git("status", "--porcelain"), "", "both files committed")
    }

    /// The request reads the file once and hands that read to the save; a file written after
    /// that read is still caught before the save writes over it, and nothing is lost.
    func testASaveGivenTheRequestsReadStillCatchesAFileChangedSince() throws {
        let repo = try DemoRepository()
        let path = "content/xuji/affairs/2026-11-05-notice.md"
        let opened = try repo.workspace.openFile(village: "xuji", path: path)
        XCTAssertEqual(opened.disk.hash, opened.draft.baseHash)
        XCTAssertEqual(opened.disk.body, opened.draft.body)
        let theirs = repo.read(path).replacingOccurrences(of: "\ntitle: ", with: "\ntitle: 镇里改的")
        try theirs.write(to: repo.root.appendingPathComponent(path), atomically: true, encoding: .utf8)

        var draft = opened.draft
        set(&draft, "title", "文书改的标题")
        var request = EditorSaveRequest(draft: draft, mode: .draft, revisionNote: "改标题")
        request.opened = opened.disk
        guard case .conflict(let conflict) = repo.workspace.save(request) else {
            return XCTFail("a file changed after the request read it was written over")
        }
        XCTAssertEqual(conflict.diskHash, Hashing.sha256Hex(Data(theirs.utf8)))
        XCTAssertEqual(repo.read(path), theirs)
        XCTAssertEqual(repo.commits, 1)

        // Opened again, the read is current and the save lands.
        let reopened = try repo.workspace.openFile(village: "xuji", path: path)
        draft = reopened.draft
        set(&draft, "title", "文书改的标题")
        request = EditorSaveRequest(draft: draft, mode: .draft, revisionNote: "改标题")
        request.opened = reopened.disk
        guard case .saved = repo.workspace.save(request) else { return XCTFail("the reopened form was not saved") }
        XCTAssertTrue(repo.read(path).contains("\ntitle: 文书改的标题\n"), repo.read(path))
    }

    func testAChangedPublishedNoticeNeedsARevisionNote() throws {
        let repo = try DemoRepository()
        let path = "content/xuji/finance/2026-09.yaml"
        var draft = try repo.workspace.open(village: "xuji", path: path)
        XCTAssertTrue(repo.workspace.isPublishedBeforeToday(draft))
        set(&draft, "title", "许集村2026年9月财务收支公开（更正）")
        guard case .needsRevisionNote = repo.workspace.save(EditorSaveRequest(draft: draft, mode: .publish)) else {
            return XCTFail("a published notice changed without a note")
        }
        let outcome = repo.workspace.save(EditorSaveRequest(draft: draft, mode: .publish, revisionNote: "标题补充更正"))
        guard case .saved = outcome else { return XCTFail("\(outcome)") }
        // The demo's statement was corrected once already: the new note follows the first.
        XCTAssertTrue(
            repo.read(path).contains("revisions:\n- {date: 2026-10-15, note: 环境卫生保洁费应为4111.60元、办公用品及打印耗材应为809.10元，")
                && repo.read(path).contains("支出合计不变。}\n- {date: 2026-11-22, note: 标题补充更正}\n"), repo.read(path))
    }

    // MARK: - Uploads and deletion

    func testAnAcceptedUploadIsStoredByContentAndCommittedWithTheForm() throws {
        let repo = try DemoRepository()
        let today = repo.workspace.today
        let pdf = Array("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".utf8)
        let stored = try EditorUploads.store(
            pdf, uploadedAs: "C:\\Users\\文书\\11月 会议记录(终稿).PDF", village: "xuji", root: repo.root, today: today)
        XCTAssertEqual(stored, "files/2026-11-22-11月-会议记录-终稿.pdf")
        XCTAssertEqual(
            try EditorUploads.store(
                pdf, uploadedAs: "11月 会议记录(终稿).pdf", village: "xuji", root: repo.root, today: today),
            stored, "the same bytes again are the same file")
        XCTAssertEqual(
            try EditorUploads.store(
                pdf + [0x0A], uploadedAs: "11月 会议记录(终稿).pdf", village: "xuji", root: repo.root, today: today),
            "files/2026-11-22-11月-会议记录-终稿-2.pdf", "never over another file")
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
        XCTAssertEqual(
            try EditorUploads.store(png, uploadedAs: "照片.jpg", village: "xuji", root: repo.root, today: today),
            "files/2026-11-22-照片.png", "the type is the content's")
        XCTAssertThrowsError(
            try EditorUploads.store(
                Array("MZ\u{90}\0".utf8), uploadedAs: "a.pdf", village: "xuji", root: repo.root, today: today))
        XCTAssertThrowsError(
            try EditorUploads.store(
                pdf + [UInt8](repeating: 0, count: EditorUploads.largest), uploadedAs: "big.pdf", village: "xuji",
                root: repo.root, today: today))
        XCTAssertEqual(
            FileManager.default.contents(atPath: repo.root.appendingPathComponent("content/xuji/" + stored).path),
            Data(pdf))

        let path = "content/xuji/affairs/2026-11-05-notice.md"
        var draft = try repo.workspace.open(village: "xuji", path: path)
        draft.fields = FormRows.append(["file": stored, "title": "会议记录"], to: "attachments", in: draft.fields)
        let outcome = repo.workspace.save(
            EditorSaveRequest(draft: draft, mode: .draft, revisionNote: "补充会议记录"))
        guard case .saved = outcome else { return XCTFail("\(outcome)") }
        XCTAssertEqual(
            try repo.git("show", "--name-only", "--format=", "HEAD").split(separator: "\n").sorted(),
            [Substring(path), Substring("content/xuji/" + stored)].sorted())
        XCTAssertTrue(repo.read(path).contains("{file: \(stored), title: 会议记录}"), repo.read(path))
    }

    func testDeletionIsConfirmedByTheOpenedHashAndCommitted() throws {
        let repo = try DemoRepository()
        let path = "content/xuji/affairs/2026-solar-decision.md"
        let draft = try repo.workspace.open(village: "xuji", path: path)
        guard case .failed = repo.workspace.delete(village: "xuji", path: path, baseHash: "0", message: nil) else {
            return XCTFail("deleted a file changed since it was opened")
        }
        guard
            case .failed = repo.workspace.delete(
                village: "xuji", path: "content/xuji/village.yaml",
                baseHash: try repo.workspace.open(village: "xuji", path: "content/xuji/village.yaml").baseHash,
                message: nil)
        else { return XCTFail("village.yaml deleted") }
        let outcome = repo.workspace.delete(village: "xuji", path: path, baseHash: draft.baseHash, message: nil)
        guard case .saved(_, let commit?, _) = outcome else { return XCTFail("\(outcome)") }
        XCTAssertFalse(FileManager.default.fileExists(atPath: repo.root.appendingPathComponent(path).path))
        XCTAssertEqual(try repo.git("log", "-1", "--format=%h %s").trimmed, "\(commit) 删除：\(path)")
        XCTAssertEqual(try repo.git("show", "--name-status", "--format=", "HEAD").trimmed, "D\t\(path)")
    }

    // MARK: - The rest of the village

    func testVillageYamlIsCheckedByTheVillageRulesAndWhatItDoesToTheDocuments() throws {
        let repo = try DemoRepository()
        var draft = try repo.workspace.open(village: "xuji", path: "content/xuji/village.yaml")
        XCTAssertTrue(repo.workspace.check(draft).problems.isEmpty)
        // 许长林 leaves the supervisory committee and 李秀兰 (on the committee) joins it.
        set(&draft, "supervisors.1.name", "李秀兰")
        let check = repo.workspace.check(draft)
        XCTAssertEqual(
            check.problems.map { "\($0.field ?? "-") \($0.diagnostic.code)" }, ["supervisors.1.name GK-V102"])
        XCTAssertEqual(
            Set(check.elsewhere.filter { $0.code == .f106 }.map(\.location.file)),
            Set(
                [
                    "2026-08.yaml", "2026-09.yaml", "2026-10.yaml", "2026-Q3-debts.yaml", "2026-assets.yaml",
                    "2026-yishiyiyi.md",
                ]
                .map { "content/xuji/finance/" + $0 }), "every notice 许长林 reviewed")
        XCTAssertTrue(check.elsewhere.allSatisfy { $0.message.contains("许长林") }, "\(check.elsewhere)")
        guard case .refused = repo.workspace.save(EditorSaveRequest(draft: draft, mode: .publish)) else {
            return XCTFail("village.yaml saved with GK-V102")
        }
    }

    func testAChangedClosingBalanceNamesTheNextMonthItBreaks() throws {
        let repo = try DemoRepository()
        var draft = try repo.workspace.open(village: "xuji", path: "content/xuji/finance/2026-08.yaml")
        let check = repo.workspace.check(draft)
        XCTAssertTrue(check.elsewhere.isEmpty, "\(check.elsewhere)")
        set(&draft, "closing_balance", "157,971.00")
        let changed = repo.workspace.check(draft)
        XCTAssertEqual(changed.problems.map { "\($0.field ?? "-") \($0.diagnostic.code)" }, ["closing_balance GK-F101"])
        XCTAssertEqual(
            changed.elsewhere.map { "\($0.location.file):\($0.location.line) \($0.code)" },
            ["content/xuji/finance/2026-09.yaml:7 GK-F103"])
    }
}

extension String {
    fileprivate var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
