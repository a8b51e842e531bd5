import Foundation
import XCTest

@testable import GongkaiContent
@testable import GongkaiCore
@testable import GongkaiEditor
@testable import GongkaiKit
@testable import GongkaiSite

/// The review path of spec §12 as the workspace commits it, and the notice page's 修订记录 that
/// must show every step, including those that change no byte (提交审核, 退回).
final class EditorReviewHistoryTests: XCTestCase {
    func testEveryStepIsACommitByItsAuthorAndTheNoticePageListsThem() throws {
        let repo = try EditorWorkspaceTests.DemoRepository()
        let path = "content/xuji/finance/2026-10.yaml"
        var text = repo.read(path)
        text = text.replacingOccurrences(of: "reviewed:\n  date: 2026-11-04\n  by: [许长林, 赵玉芬]\n", with: "")
        text = text.replacingOccurrences(of: "published: 2026-11-06\n", with: "published: 2026-11-06\ndraft: true\n")
        try text.write(to: repo.root.appendingPathComponent(path), atomically: true, encoding: .utf8)
        try repo.git("commit", "-qam", "起草10月财务公开", "--author", "许志强 <wenshu@xuji.example>")

        // The steps are committed at the real time, so the workspace's today is the real one too
        // (in Beijing, as the history shows dates).
        let today = CalendarDate.today(secondsSinceEpoch: Int(Date().timeIntervalSince1970))
        let ws = EditorWorkspace(root: repo.root, dateFlag: today.iso, author: nil)
        let secretary = "许志强 <wenshu@xuji.example>"
        let supervisor = "许长林 <jianwei@xuji.example>"
        let town = "王镇 <zhen@town.example>"
        for (outcome, step) in [
            (ws.recordStep(village: "xuji", path: path, message: "提交审核：10月财务", author: secretary), "submit"),
            (ws.recordStep(village: "xuji", path: path, message: "退回：10月财务：凭证号不全", author: supervisor), "return"),
            (ws.recordStep(village: "xuji", path: path, message: "提交审核：10月财务", author: secretary), "again"),
            (ws.signOff(village: "xuji", path: path, supervisor: "许长林", author: supervisor), "sign-off"),
            (ws.publish(village: "xuji", path: path, author: town), "publish"),
        ] {
            guard case .saved = outcome else { return XCTFail("\(step): \(outcome)") }
        }
        XCTAssertEqual(
            try repo.git("log", "-6", "--format=%an|%s").split(separator: "\n").map(String.init),
            [
                "王镇|发布：许集村2026年10月财务收支公开", "许长林|审核通过：许集村2026年10月财务收支公开（许长林）",
                "许志强|提交审核：10月财务", "许长林|退回：10月财务：凭证号不全", "许志强|提交审核：10月财务",
                "许志强|起草10月财务公开",
            ])
        XCTAssertEqual(
            try repo.git("log", "-1", "--skip=2", "--format=%(trailers:key=Gongkai-Document,valueonly)")
                .trimmingCharacters(in: .whitespacesAndNewlines), path)
        XCTAssertTrue(repo.read(path).contains("reviewed: {date: \(today.iso), by: [许长林]}\n"), repo.read(path))
        XCTAssertFalse(repo.read(path).contains("draft"))

        let history = try XCTUnwrap(GitHistory.load(root: repo.root))
        XCTAssertEqual(history.commits[path]?.count, 7, "the demo's commit, the draft and five steps")
        let build = try Binary.run(["build", repo.root.path, "--date", today.iso])
        XCTAssertEqual(build.status, 0, build.stderr)
        let page = try String(
            contentsOf: repo.root.appendingPathComponent("site/xuji/finance/2026-10/index.html"), encoding: .utf8
        ).replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        var last = page.startIndex
        let day = today.chinese
        for line in [
            "起草 \(day) · 测试 · 示范镇", "修改 \(day) · 许志强 · 起草10月财务公开",
            "提交审核 \(day) · 许志强 · 提交审核：10月财务", "退回 \(day) · 许长林 · 退回：10月财务：凭证号不全",
            "提交审核 \(day) · 许志强", "审核通过 \(day) · 许长林", "发布 \(day) · 王镇",
        ] {
            let found = try XCTUnwrap(page.range(of: line, range: last..<page.endIndex), "in order: \(line)\n\(page)")
            last = found.upperBound
        }
    }

    func testStepLabels() {
        XCTAssertEqual(HistoryLabels.labels(subjects: ["发布防火通知", "补充"]), ["首次发布", "修改"])
        XCTAssertEqual(
            HistoryLabels.labels(subjects: ["新建", "提交审核：甲", "退回：甲：缺凭证", "审核通过：甲（许长林）", "发布：甲", "改错字"]),
            ["起草", "提交审核", "退回", "审核通过", "发布", "修改"])
        XCTAssertEqual(HistoryLabels.labels(subjects: ["发布会通知"]), ["首次发布"], "a word, not a step")
    }
}
