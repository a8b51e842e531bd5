import Foundation
import XCTest

@testable import GongkaiContent
@testable import GongkaiCore

/// The site's history kept by village: parsed from `git log`'s own format, read into per-file
/// lists only for the village asked about, and each village's lines changing only when a commit
/// touches (or names) one of its files.
final class CommitIndexTests: XCTestCase {
    /// One record of the log format `GitHistory` asks git for, laid out as git writes it with
    /// `-z`: the header, a NUL, a line feed, then each path and a NUL.
    private func record(
        _ hash: String, parents: String, time: Int, author: String, named: [String] = [],
        subject: String, files: [String]
    ) -> String {
        "\u{1E}\(hash)\u{1F}\(parents)\u{1F}\(time)\u{1F}\(author)\u{1F}\(named.joined(separator: "\u{1D}"))"
            + "\u{1F}\(subject)\0\n" + files.map { $0 + "\0" }.joined()
    }

    func testTheLogIsKeptByVillageAndReadPerFile() {
        let log =
            record(
                "c3", parents: "c2", time: 300, author: "赵玉芬", named: ["content/xuji/finance/2026-10.yaml"],
                subject: "审核通过", files: ["content/xuji/finance/2026-10.yaml"])
            + record("m1", parents: "c1 x9", time: 250, author: "合并", subject: "合并", files: ["content/houmiao/a.md"])
            + record(
                "c2", parents: "c1", time: 200, author: "许志强", subject: "更新",
                files: ["content/xuji/affairs/fire.md", "content/houmiao/b.md", "gongkai.yaml"])
            + record(
                "c1", parents: "", time: 100, author: "许志强", subject: "开始",
                files: ["content/xuji/affairs/fire.md", "content/xuji/finance/2026-10.yaml"])
        let (index, parents) = GitHistory.parse(log)
        XCTAssertEqual(parents, ["c2", "c1", "x9"])
        XCTAssertEqual(index["content/xuji/affairs/fire.md"]?.map(\.hash), ["c2", "c1"], "newest first")
        XCTAssertEqual(
            index["content/xuji/finance/2026-10.yaml"]?.map(\.hash), ["c3", "c1"],
            "a step that names the file it also changed counts once")
        XCTAssertEqual(index["content/xuji/finance/2026-10.yaml"]?.first?.author, "赵玉芬")
        XCTAssertEqual(index["content/houmiao/b.md"]?.map(\.subject), ["更新"])
        XCTAssertNil(index["content/houmiao/a.md"], "merges are left out")
        XCTAssertEqual(index["gongkai.yaml"]?.map(\.hash), ["c2"])
        XCTAssertEqual(Set(index.all.map(\.hash)), ["c1", "c2", "c3"])
        XCTAssertEqual(index.log(ofVillage: "houmiao"), "c2\tcontent/houmiao/b.md\n")
        XCTAssertEqual(CommitIndex.village(of: "content/xuji/affairs/fire.md"), "xuji")
        XCTAssertEqual(CommitIndex.village(of: "content/readme.md"), "")
        XCTAssertEqual(CommitIndex.village(of: "templates/notice.html"), "")

        // A newer commit in one village changes that village's lines only.
        let newer = GitHistory.parse(
            record(
                "c4", parents: "c3", time: 400, author: "李秀兰", subject: "补充", files: ["content/xuji/affairs/fire.md"]))
        let updated = newer.index.followed(by: index)
        XCTAssertEqual(updated["content/xuji/affairs/fire.md"]?.map(\.hash), ["c4", "c2", "c1"])
        XCTAssertNotEqual(updated.log(ofVillage: "xuji"), index.log(ofVillage: "xuji"))
        XCTAssertEqual(updated.log(ofVillage: "houmiao"), index.log(ofVillage: "houmiao"))
        XCTAssertEqual(updated.only(["content/xuji/affairs/fire.md"])["content/xuji/affairs/fire.md"]?.count, 3)
        XCTAssertNil(updated.only(["content/xuji/affairs/fire.md"])["content/houmiao/b.md"])
    }
}
