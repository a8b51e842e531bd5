import Foundation
import XCTest

@testable import GongkaiContent
@testable import GongkaiCore
@testable import GongkaiEditor
@testable import GongkaiKit
@testable import GongkaiSite

/// History from a real git repository with commits at chosen dates (spec §7, GK-R101).
final class HistoryTests: XCTestCase {
    func git(_ site: TestSite, _ args: [String], date: String? = nil, author: String = "许志强") throws {
        try TestGit.run(site, args, date: date, author: author)
    }

    func commit(_ site: TestSite, _ message: String, at date: String, author: String = "许志强") throws {
        try TestGit.commit(site, message, at: date, author: author)
    }

    let notice = """
        ---
        kind: affairs.notice
        title: 关于冬季防火的通知
        published: 2026-11-01
        ---
        请各户注意用火安全。

        """

    func check(_ site: TestSite) throws -> [JSONDiagnostic] {
        try decodeDiagnostics(Binary.run(["check", site.root.path, "--date", "2026-11-22", "--format", "json"]).stdout)
    }

    func testAChangeAfterPublishingNeedsARevisionNote() throws {
        let site = try TestSite()
        try git(site, ["init", "-q"])
        try site.write("content/xuji/affairs/fire.md", notice)
        // Committed at 23:30 UTC on 31 October: already 1 November in Beijing, the publishing day.
        try commit(site, "发布防火通知", at: "2026-10-31T23:30:00+00:00")
        XCTAssertEqual(try check(site), [], "adding the file does not count")

        // The same text re-quoted is not a change of data.
        try site.write(
            "content/xuji/affairs/fire.md",
            notice.replacingOccurrences(of: "title: 关于冬季防火的通知", with: "title: \"关于冬季防火的通知\""))
        try commit(site, "统一引号", at: "2026-11-03T09:00:00+08:00")
        XCTAssertEqual(try check(site), [])

        try site.write(
            "content/xuji/affairs/fire.md", notice.replacingOccurrences(of: "请各户注意用火安全。", with: "请各户注意用火安全，禁止焚烧秸秆。"))
        try commit(site, "补充禁烧要求", at: "2026-11-05T16:20:00+08:00", author: "李秀兰")
        let found = try check(site)
        XCTAssertEqual(found.map { "\($0.file):\($0.line) \($0.code)" }, ["content/xuji/affairs/fire.md:2 GK-R101"])
        XCTAssertTrue(found[0].message.contains("2026-11-05"), found[0].message)
        XCTAssertTrue(found[0].message.contains("李秀兰"), found[0].message)
        XCTAssertTrue(found[0].message.contains("补充禁烧要求"), found[0].message)
        XCTAssertEqual(try Binary.run(["build", site.root.path, "--date", "2026-11-22"]).status, 1)

        // A revision note dated before the change does not cover it.
        try site.write(
            "content/xuji/affairs/fire.md",
            notice.replacingOccurrences(of: "请各户注意用火安全。", with: "请各户注意用火安全，禁止焚烧秸秆。")
                .replacingOccurrences(
                    of: "published: 2026-11-01\n",
                    with: "published: 2026-11-01\nrevisions:\n  - {date: 2026-11-04, note: 补充禁烧要求}\n"))
        try commit(site, "补写修订说明", at: "2026-11-06T10:00:00+08:00")
        XCTAssertEqual(try check(site).map(\.code), ["GK-R101"])

        // One dated on the day of the change does; a commit touching revisions alone needs none.
        try site.write(
            "content/xuji/affairs/fire.md",
            notice.replacingOccurrences(of: "请各户注意用火安全。", with: "请各户注意用火安全，禁止焚烧秸秆。")
                .replacingOccurrences(
                    of: "published: 2026-11-01\n",
                    with: "published: 2026-11-01\nrevisions:\n  - {date: 2026-11-05, note: 补充禁止焚烧秸秆的要求}\n"))
        try commit(site, "更正修订说明日期", at: "2026-11-07T10:00:00+08:00")
        XCTAssertEqual(try check(site), [])

        let build = try Binary.run(["build", site.root.path, "--date", "2026-11-22"])
        XCTAssertEqual(build.status, 0, build.stderr)
        let page = try site.read("site/xuji/affairs/fire/index.html")
            .replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        for line in [
            "首次发布 2026年11月1日 · 许志强 · 发布防火通知", "修改 2026年11月5日 · 李秀兰 · 补充禁烧要求",
            "修改 2026年11月7日 · 许志强 · 更正修订说明日期", "2026年11月5日：补充禁止焚烧秸秆的要求",
        ] {
            XCTAssertTrue(page.contains(line), "history shows \(line)\n\(page)")
        }
        let first = try XCTUnwrap(page.range(of: "首次发布"))
        let later = try XCTUnwrap(page.range(of: "更正修订说明日期"))
        XCTAssertLessThan(first.lowerBound, later.lowerBound, "oldest first")
    }

    /// A draft's changes were never public: only changes after the commit that published it count.
    func testChangesWhileADraftNeedNoRevisionNote() throws {
        let site = try TestSite()
        try git(site, ["init", "-q"])
        let draft = notice.replacingOccurrences(
            of: "published: 2026-11-01\n", with: "published: 2026-11-01\ndraft: true\n")
        try site.write("content/xuji/affairs/fire.md", draft)
        try commit(site, "新建：防火通知", at: "2026-11-01T09:00:00+08:00")
        try site.write("content/xuji/affairs/fire.md", draft.replacingOccurrences(of: "用火安全", with: "用火用电安全"))
        try commit(site, "更新：防火通知", at: "2026-11-03T09:00:00+08:00")
        try site.write("content/xuji/affairs/fire.md", notice.replacingOccurrences(of: "用火安全", with: "用火用电安全"))
        try commit(site, "发布：防火通知", at: "2026-11-04T09:00:00+08:00")
        XCTAssertEqual(try check(site), [], "edits and publication of a draft are not changes to a published notice")

        try site.write("content/xuji/affairs/fire.md", notice.replacingOccurrences(of: "用火安全", with: "防火安全"))
        try commit(site, "改正文", at: "2026-11-06T09:00:00+08:00")
        XCTAssertEqual(try check(site).map(\.code), ["GK-R101"], "a change after it was published still needs one")
    }

    /// The preview loads the site's history after every save: the commits since the last load
    /// are added to what it knew, and a rewritten history is read again from the start.
    func testTheSitesHistoryIsBroughtUpToDateAndReadAgainWhenRewritten() throws {
        let site = try TestSite()
        XCTAssertNil(GitHistory.load(root: site.root), "outside git")
        try git(site, ["init", "-q"])
        XCTAssertEqual(GitHistory.load(root: site.root)?.commits.isEmpty, true, "no commit yet")
        try site.write("content/xuji/affairs/fire.md", notice)
        try commit(site, "发布防火通知", at: "2026-11-01T09:00:00+08:00")
        let path = "content/xuji/affairs/fire.md"
        XCTAssertEqual(GitHistory.load(root: site.root)?.commits[path]?.map(\.subject), ["发布防火通知"])

        try site.write("content/xuji/affairs/other.md", notice.replacingOccurrences(of: "冬季防火", with: "秋收"))
        try commit(site, "另一则", at: "2026-11-02T09:00:00+08:00")
        try site.write(path, notice + "\n补充。\n")
        try commit(site, "补充", at: "2026-11-03T09:00:00+08:00", author: "李秀兰")
        let later = try XCTUnwrap(GitHistory.load(root: site.root))
        XCTAssertEqual(later.commits[path]?.map(\.subject), ["补充", "发布防火通知"], "newest first")
        XCTAssertEqual(later.commits[path]?.first?.author, "李秀兰")
        XCTAssertEqual(later.commits["content/xuji/affairs/other.md"]?.map(\.subject), ["另一则"])

        try git(site, ["commit", "-q", "--amend", "-m", "补充禁烧要求"], date: "2026-11-03T10:00:00+08:00")
        let rewritten = try XCTUnwrap(GitHistory.load(root: site.root))
        XCTAssertEqual(rewritten.commits[path]?.map(\.subject), ["补充禁烧要求", "发布防火通知"], "the amended one is gone")
        let reachable = try Git.run(["rev-list", "HEAD"], in: site.root).split(separator: "\n").map(String.init)
        XCTAssertEqual(Set(rewritten.commits.all.map(\.hash)), Set(reachable))
    }

    /// A build keeps the history it read beside its cache (`history.tsv`, with the HEAD it is
    /// for): the next build reads it and asks git only for the commits since; a file that does
    /// not end as written is ignored and the whole log read again.
    func testABuildKeepsTheHistoryItReadAndTheNextReadsOnlyTheNewCommits() throws {
        let site = try TestSite()
        try git(site, ["init", "-q"])
        let path = "content/xuji/affairs/fire.md"
        // Published after these commits: changing it needs no revision note.
        let notice = self.notice.replacingOccurrences(of: "published: 2026-11-01", with: "published: 2026-11-10")
        try site.write(path, notice)
        try commit(site, "发布防火通知", at: "2026-11-01T09:00:00+08:00")
        let out = site.root.appendingPathComponent("site")
        let build = ["build", site.root.path, "--date", "2026-11-22", "--out", out.path]
        XCTAssertEqual(try Binary.run(build).status, 0)
        let file = site.root.appendingPathComponent(".site.gongkai-cache/history.tsv")
        let head = try Git.run(["rev-parse", "HEAD"], in: site.root).trimmingCharacters(in: .newlines)
        let kept = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(kept.contains("\nhead\t\(head)\n"), kept)
        XCTAssertTrue(kept.contains("\t发布防火通知\n"), kept)
        XCTAssertTrue(kept.hasSuffix("\nend\n"), kept)

        // What the file says of the old commit is what the next build shows: git was asked only
        // for the commit since (the kept subject is changed here to see it).
        try kept.replacingOccurrences(of: "\t发布防火通知\n", with: "\t从保存的记录读出\n")
            .write(to: file, atomically: true, encoding: .utf8)
        try site.write(path, notice + "\n补充。\n")
        try commit(site, "补充", at: "2026-11-03T09:00:00+08:00")
        XCTAssertEqual(try Binary.run(build + ["--full"]).status, 0)
        var page = try site.read("site/xuji/affairs/fire/index.html")
        XCTAssertTrue(page.contains("· 从保存的记录读出 <code>"), page)
        XCTAssertTrue(page.contains("· 补充 <code>"), page)
        let newHead = try Git.run(["rev-parse", "HEAD"], in: site.root).trimmingCharacters(in: .newlines)
        XCTAssertTrue(try String(contentsOf: file, encoding: .utf8).contains("\nhead\t\(newHead)\n"))

        // Cut short, it is not trusted: git's whole log again, and the file written anew.
        let written = try Data(contentsOf: file)
        try written.prefix(written.count - 4).write(to: file)
        try site.write(path, notice + "\n再补充。\n")
        try commit(site, "再补充", at: "2026-11-04T09:00:00+08:00")
        XCTAssertEqual(try Binary.run(build + ["--full"]).status, 0)
        page = try site.read("site/xuji/affairs/fire/index.html")
        XCTAssertTrue(page.contains("· 发布防火通知 <code>"), page)
        XCTAssertFalse(page.contains("从保存的记录读出"), page)
        XCTAssertTrue(try String(contentsOf: file, encoding: .utf8).hasSuffix("\nend\n"))

        // `check` reads it but writes nothing.
        try FileManager.default.removeItem(at: file)
        XCTAssertEqual(try Binary.run(["check", site.root.path, "--date", "2026-11-22", "--out", out.path]).status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: file.path))
    }

    func testOutsideGitHistoryIsAbsentWithOneNote() throws {
        let site = try TestSite()
        try site.write("content/xuji/affairs/fire.md", notice)
        let build = try Binary.run(["build", site.root.path, "--date", "2026-11-22"])
        XCTAssertEqual(build.status, 0)
        XCTAssertEqual(build.stderr.components(separatedBy: "不在 git 仓库中").count, 2, build.stderr)
        XCTAssertFalse(try site.read("site/xuji/affairs/fire/index.html").contains("修订记录"))
    }

    func testAShallowCloneSaysItsHistoryIsIncomplete() throws {
        let origin = try TestSite()
        try git(origin, ["init", "-q"])
        try origin.write("content/xuji/affairs/fire.md", notice)
        try commit(origin, "发布", at: "2026-11-01T09:00:00+08:00")
        try origin.write("content/xuji/affairs/other.md", notice.replacingOccurrences(of: "关于冬季防火的通知", with: "另一则通知"))
        try commit(origin, "再发布", at: "2026-11-02T09:00:00+08:00")
        let clone = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gongkai-shallow-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: clone) }
        let gitTool = try XCTUnwrap(Binary.which("git"))
        XCTAssertEqual(
            try Binary.runTool(gitTool, ["clone", "-q", "--depth", "1", "file://" + origin.root.path, clone.path])
                .status, 0)
        let build = try Binary.run(["build", clone.path, "--date", "2026-11-22"])
        XCTAssertEqual(build.status, 0, build.stderr)
        XCTAssertTrue(build.stderr.contains("浅克隆仓库，修订记录不完整"), build.stderr)
        let page = try String(
            contentsOf: clone.appendingPathComponent("site/xuji/affairs/fire/index.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("更早的版本记录不完整"))
    }
}
