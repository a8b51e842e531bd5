import Foundation
import XCTest

@testable import GongkaiContent
@testable import GongkaiCore
@testable import GongkaiEditor
@testable import GongkaiKit
@testable import GongkaiSite

/// The canonical layout the editor saves (spec §11): written through libyaml's emitter and read
/// back by the real loader, every value comes back the same.
final class DocumentWriterTests: XCTestCase {
    /// Two values are the same when their typed contents are, wherever they were written.
    func same(_ a: Value, _ b: Value) -> Bool {
        switch (a.content, b.content) {
        case (.string(let x), .string(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.date(let x), .date(let y)): return x == y
        case (.month(let x), .month(let y)): return x == y
        case (.period(let x), .period(let y)): return x == y
        case (.money(let x), .money(let y)): return x == y
        case (.list(let x), .list(let y)): return x.count == y.count && zip(x, y).allSatisfy(same)
        case (.record(let x), .record(let y)): return same(x, y)
        case (.raw(let x), .raw(let y)): return "\(x.content)" == "\(y.content)"
        default: return false
        }
    }

    func same(_ a: Record, _ b: Record) -> Bool {
        a.entries.count == b.entries.count
            && a.entries.allSatisfy { entry in b[entry.key].map { same(entry.value, $0) } ?? false }
    }

    /// Parses one file the way a build does; the reporter's problems are returned as lines.
    func load(_ text: String, name: String, markdown: Bool, in folder: URL) throws -> (Document?, [String]) {
        let file = folder.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        let collector = DiagnosticCollector()
        let input = DocumentParser.Input(
            file: file.path, path: "content/xuji/\(name)", village: "xuji",
            slug: String(name.split(separator: ".").first!), isMarkdown: markdown)
        let document = DocumentParser(reporter: FileReporter(collector: collector, file: input.path)).parse(input)
        return (document, collector.diagnostics.map { DiagnosticFormatter.line($0) })
    }

    func testEveryDemoDocumentOfEveryKindComesBackTheSame() throws {
        let (prepared, _) = SiteLoader.prepare(root: Binary.repository, buildDate: CalendarDate(iso: "2026-11-22")!)
        let site = try XCTUnwrap(prepared)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gk-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var kinds = Set<KindID>()
        var documents = 0
        for village in site.villages {
            for original in SiteLoader.parseDocuments(village, collector: DiagnosticCollector()) {
                let markdown = original.path.hasSuffix(".md")
                let text = try DocumentWriter.file(
                    original.data, fields: original.kind.allFields, body: markdown ? original.body ?? "" : nil)
                let (copy, problems) = try load(
                    text, name: "doc.\(markdown ? "md" : "yaml")", markdown: markdown, in: folder)
                XCTAssertEqual(problems, [], "\(original.path):\n\(text)")
                let reread = try XCTUnwrap(copy, original.path)
                XCTAssertTrue(same(original.data, reread.data), "\(original.path) changed on the way:\n\(text)")
                XCTAssertEqual(reread.body, original.body, original.path)
                // Written twice, the same bytes: a save without a change writes nothing new.
                XCTAssertEqual(
                    try DocumentWriter.file(
                        reread.data, fields: reread.kind.allFields, body: markdown ? reread.body ?? "" : nil), text)
                kinds.insert(original.kind.id)
                documents += 1
            }
        }
        XCTAssertEqual(kinds, Set(KindID.allCases), "the demo holds every kind")
        XCTAssertGreaterThanOrEqual(documents, 49)
    }

    func testTheLayoutIsOneRowPerLineInTheKindsOrder() throws {
        let statement = """
            reviewed: {by: [许长林, 赵玉芬], date: 2026-11-04}
            closing_balance: 179849.5
            kind: finance.statement
            title: 2026年10月财务收支公开
            published: 2026-11-06
            period: 2026-10
            opening_balance: "152,300.00"
            income:
              - {amount: 36000, date: 2026-10-06, voucher: 记-001, item: 厂房租金}
            expense:
              - date: 2026-10-08
                voucher: 记-002
                item: "道路修补: 东段"
                amount: "8,450.50"

            """
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gk-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = try XCTUnwrap(try load(statement, name: "s.yaml", markdown: false, in: folder).0)
        let written = try DocumentWriter.file(document.data, fields: document.kind.allFields, body: nil)
        XCTAssertEqual(
            written,
            """
            kind: finance.statement
            title: 2026年10月财务收支公开
            published: 2026-11-06
            period: 2026-10
            reviewed: {date: 2026-11-04, by: [许长林, 赵玉芬]}
            opening_balance: "152,300.00"
            income:
            - {date: 2026-10-06, voucher: 记-001, item: 厂房租金, amount: "36,000.00"}
            expense:
            - {date: 2026-10-08, voucher: 记-002, item: '道路修补: 东段', amount: "8,450.50"}
            closing_balance: "179,849.50"

            """)
    }

    /// Text that would read as something else unquoted stays text.
    func testTextThatLooksLikeAnotherValueIsQuoted() throws {
        for title in [
            "2026", "yes", "true", "null", "2026-10-01", "a: b", "- 列表", "# 标题", "", " 前后空格 ", "12:30", "1,000",
        ] {
            var record = Record(mark: .start)
            record.entries = [
                .init(key: "kind", keyMark: .start, value: Value(content: .string("affairs.notice"), mark: .start)),
                .init(key: "title", keyMark: .start, value: Value(content: .string(title), mark: .start)),
            ]
            let yaml = try DocumentWriter.yaml(record, fields: KindRegistry.kind(.affairsNotice).allFields)
            guard case .success(let output) = YAMLLoader.load(yaml), let node = output.root?.value(forKey: "title")
            else {
                return XCTFail("\(title): \(yaml)")
            }
            XCTAssertEqual(node.scalar?.text, title, yaml)
            if DocumentWriter.wouldBeRead(asOtherThanText: title) {
                XCTAssertNotEqual(node.scalar?.style, .plain, yaml)
            }
        }
    }
}
