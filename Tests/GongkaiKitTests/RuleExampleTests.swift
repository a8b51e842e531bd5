import XCTest
@testable import GongkaiKit

/// Runs every rule's own examples: those marked `trips` must raise the rule's code, the others must not.
final class RuleExampleTests: XCTestCase {
    func testEveryRuleKeepsItsExamples() throws {
        let config = try XCTUnwrap(SiteConfig(Record(entries: [
            .init(key: "title", keyMark: .start, value: Value(content: .string("t"), mark: .start)),
            .init(key: "town", keyMark: .start, value: Value(content: .string("t"), mark: .start)),
            .init(key: "base_url", keyMark: .start, value: Value(content: .string("https://e.cn/"), mark: .start)),
        ], mark: .start)))
        XCTAssertFalse(RuleRegistry.documentRules.isEmpty)
        for rule in RuleRegistry.documentRules {
            XCTAssertTrue(rule.examples.contains { $0.trips }, "\(rule.code) needs an example that trips it")
            XCTAssertTrue(rule.examples.contains { !$0.trips }, "\(rule.code) needs an example that passes")
            for example in rule.examples {
                let collector = DiagnosticCollector()
                let reporter = FileReporter(collector: collector, file: "example.yaml")
                let root = try XCTUnwrap(YAMLLoader.load(example.yaml).get().root)
                let kind = try XCTUnwrap(KindRegistry.kind(root.value(forKey: "kind")?.scalar?.text ?? ""))
                let record = SchemaValidator(reporter: reporter).record(root, fields: kind.allFields)
                XCTAssertTrue(collector.diagnostics.isEmpty, "\(rule.code) example does not validate: \(collector.diagnostics)")
                let document = Document(
                    village: "v", path: "example.yaml", slug: "example", kind: kind, data: record,
                    title: record["title"]?.string ?? "", published: try XCTUnwrap(record["published"]?.date),
                    body: nil, bodyLineOffset: 0, sourceSHA256: "", bytes: 0)
                let context = RuleContext(
                    config: config, village: nil, attachments: ["scans/minutes.pdf"],
                    buildDate: CalendarDate(iso: "2026-11-22")!)
                var fired: [Mark] = []
                rule.check(document, context: context) { mark, _ in fired.append(mark) }
                XCTAssertEqual(!fired.isEmpty, example.trips, "\(rule.code) on:\n\(example.yaml)")
            }
        }
    }
}
