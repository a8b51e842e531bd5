import XCTest

@testable import GongkaiContent
@testable import GongkaiCore
@testable import GongkaiEditor
@testable import GongkaiKit
@testable import GongkaiSite

/// Runs every rule's own examples through the real loader and validator: an example marked
/// `trips` must raise the rule's code; one that passes must check without any error at all.
final class RuleExampleTests: XCTestCase {
    func testEveryRuleKeepsItsExamples() throws {
        XCTAssertGreaterThanOrEqual(RuleRegistry.all.count, 40)
        for rule in RuleRegistry.all {
            // GK-R101 needs commits at chosen dates: HistoryTests builds a real repository for it.
            if rule.code == .r101 {
                XCTAssertTrue(rule.examples.isEmpty)
                continue
            }
            XCTAssertTrue(
                rule.examples.contains { $0.trips }, "\(rule.code) \(type(of: rule)) needs an example that trips it")
            XCTAssertTrue(
                rule.examples.contains { !$0.trips }, "\(rule.code) \(type(of: rule)) needs an example that passes")
            for example in rule.examples {
                let site = try TestSite()
                for (path, text) in example.files {
                    try site.write("content/xuji/\(path)", text)
                }
                let (_, collector) = SiteBuilder.checkedSite(
                    root: site.root, buildDate: CalendarDate(iso: "2026-11-22")!)
                let found = collector.diagnostics
                let description =
                    "\(rule.code.rawValue) \(type(of: rule)) on \(example.files):\n"
                    + found.map { DiagnosticFormatter.line($0) }.joined()
                if example.trips {
                    XCTAssertTrue(found.contains { $0.code == rule.code }, description)
                } else {
                    XCTAssertEqual(
                        found.filter { $0.severity == .error || $0.code == rule.code }.count, 0, description)
                }
            }
        }
    }

    func testEveryRuleCodeOfTheContractHasARule() {
        let implemented = Set(RuleRegistry.all.map(\.code))
        // Found while reading files rather than by a rule; S012 and S013 are tested in HardeningTests,
        // the theme's T001..T003 in ThemeCheckTests.
        let structural: Set<RuleCode> = [
            .s001, .s003, .s004, .s005, .s006, .s007, .s010, .s012, .s013, .t001, .t002, .t003,
        ]
        for code in RuleCode.allCases where !structural.contains(code) {
            XCTAssertTrue(implemented.contains(code), "\(code.rawValue) has no rule")
        }
    }
}

/// Every key a rule reads from a document is a field its kind declares: a typo such as
/// `money("opening_balanse")` would read as a missing value and switch the rule off in silence.
final class RuleFieldKeyTests: XCTestCase {
    /// Every key declared at any depth of some fields.
    func keys(_ fields: [FieldSpec]) -> Set<String> {
        var found = Set<String>()
        func walk(_ type: FieldType) {
            switch type {
            case .object(let inner): found.formUnion(keys(inner))
            case .list(let element, _), .map(let element): walk(element)
            default: break
            }
        }
        for field in fields {
            found.insert(field.key)
            walk(field.type)
        }
        return found
    }

    func testEveryKeyARuleReadsIsDeclaredByItsKinds() throws {
        let date = CalendarDate(iso: "2026-11-22")!
        var audited = 0
        for rule in RuleRegistry.all {
            for example in rule.examples {
                let site = try TestSite()
                for (path, text) in example.files { try site.write("content/xuji/\(path)", text) }
                let (prepared, _) = SiteLoader.prepare(root: site.root, buildDate: date)
                let loaded = try XCTUnwrap(prepared)
                let source = try XCTUnwrap(loaded.villages.first)
                let documents = SiteLoader.parseDocuments(source, collector: DiagnosticCollector())
                // village.yaml's fields too: the village rules read the profile.
                let declared = documents.reduce(into: keys(VillageProfile.fields)) {
                    $0.formUnion(keys($1.kind.allFields))
                }
                let read: Set<String>
                if let rule = rule as? any DocumentRule {
                    let context = RuleContext(
                        config: loaded.config, village: source.profile, attachments: Set(source.attachments),
                        buildDate: date)
                    read = RecordAudit.keysRead {
                        for document in documents where rule.kinds?.contains(document.kind.id) ?? true {
                            rule.check(document, context: context) { _, _ in }
                        }
                    }
                } else if let rule = rule as? any SiteRule {
                    let village = CheckedVillage(source: source, documents: documents, buildDate: date)
                    read = RecordAudit.keysRead { rule.check(village, site: loaded) { _, _, _ in } }
                } else {
                    continue
                }
                audited += read.count
                XCTAssertEqual(
                    read.subtracting(declared), [],
                    "\(rule.code.rawValue) \(type(of: rule)) reads keys no kind declares")
            }
        }
        XCTAssertGreaterThan(audited, 200, "the audit saw the rules read their fields")
    }
}
