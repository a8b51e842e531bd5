import Foundation
import XCTest

/// A site root in a temporary folder, written file by file by a test.
final class TestSite {
    let root: URL

    init(config: String = TestSite.defaultConfig, villages: [String: String] = ["xuji": TestSite.defaultVillage]) throws
    {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("gongkai-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try write("gongkai.yaml", config)
        for (id, yaml) in villages {
            try write("content/\(id)/village.yaml", yaml)
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    static let defaultConfig = """
        title: 测试镇党务村务财务公开
        town: 测试镇
        base_url: https://gk.example.cn/

        """

    static let defaultVillage = """
        name: 许集村
        committee:
          - {name: 许建国, role: 党支部书记}
        supervisors:
          - {name: 许长林, role: 主任}
          - {name: 赵玉芬, role: 委员}
          - {name: 刘德胜, role: 委员}
        hotline: "0394-5721368"

        """

    /// A small balanced October statement reviewed by one of the default supervisors; its
    /// closing balance is on line 9.
    static let octoberStatement = """
        kind: finance.statement
        title: 10月财务收支
        published: 2026-11-06
        period: 2026-10
        opening_balance: 1000
        income:
          - {date: 2026-10-06, voucher: 记-001, item: 租金, amount: 600}
        expense: []
        closing_balance: 1600
        reviewed: {date: 2026-11-04, by: [许长林]}

        """

    /// An October statement of the village xuji with these income rows (YAML flow mappings),
    /// no expenses, opening at 0 and closing at `closing`, reviewed by 许长林.
    static func octoberStatement(income rows: [String], closing: String) -> String {
        """
        kind: finance.statement
        title: 10月财务收支
        published: 2026-11-06
        period: 2026-10
        opening_balance: 0
        income:
        \(rows.joined(separator: "\n"))
        expense: []
        closing_balance: \(closing)
        reviewed: {date: 2026-11-04, by: [许长林]}

        """
    }

    /// A 村务公告 (affairs.notice) of 2026-11-01 in Markdown.
    static func notice(_ title: String, _ body: String) -> String {
        "---\nkind: affairs.notice\ntitle: \(title)\npublished: 2026-11-01\n---\n\n\(body)\n"
    }

    func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    func write(_ path: String, _ data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }
}
