import Foundation
import GongkaiKit
import XCTest

/// `gongkai new` and `gongkai schema`, through the real binary.
final class ScaffoldAndSchemaTests: XCTestCase {
    func testAScaffoldNamesEveryFieldAndPassesOnceFilled() throws {
        let site = try TestSite()
        let made = try Binary.run([
            "new", "finance.statement", "--village", "xuji", "--period", "2026-10", site.root.path, "--date",
            "2026-11-06",
        ])
        XCTAssertEqual(made.status, 0, made.stderr)
        XCTAssertEqual(made.stdout, "content/xuji/finance/2026-10.md\n")
        var text = try site.read("content/xuji/finance/2026-10.md")
        for label in ["期初余额（元）", "收入明细", "支出明细", "期末余额（元）", "凭证号", "村务监督委员会审核", "公示截止日期", "修订说明", "附件"] {
            XCTAssertTrue(text.contains(label), "scaffold names \(label)")
        }
        XCTAssertTrue(text.contains("title: 许集村2026年10月财务收支公开"))

        // Unfilled, every placeholder is reported.
        let unfilled = try Binary.run(["check", site.root.path, "--date", "2026-11-22", "--format", "json"])
        XCTAssertEqual(unfilled.status, 1)
        XCTAssertEqual(try decodeDiagnostics(unfilled.stdout).count, 12)

        // Filled the way a secretary would, it checks clean.
        let fills: [(String, String)] = [
            ("  date:  # * 审核日期", "  date: 2026-11-04  # * 审核日期"),
            ("  by: []", "  by: [许长林, 赵玉芬]"),
            ("opening_balance:  #", "opening_balance: \"1,000.00\"  #"),
            ("closing_balance:  #", "closing_balance: 1500  #"),
        ]
        for (from, to) in fills { text = text.replacingOccurrences(of: from, with: to) }
        // The entry lines of income, then expense (uncommented list items).
        var entries = ["2026-10-06", "记-001", "租金", "600", "2026-10-08", "记-002", "电费", "100"]
        text = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            for key in ["  - date:  #", "    voucher:  #", "    item:  #", "    amount:  #"] where line.hasPrefix(key) {
                return line.replacingOccurrences(of: ":  #", with: ": \(entries.removeFirst())  #")
            }
            return String(line)
        }.joined(separator: "\n")
        XCTAssertTrue(entries.isEmpty)
        try site.write("content/xuji/finance/2026-10.md", text)
        let filled = try Binary.run(["check", site.root.path, "--date", "2026-11-22"])
        XCTAssertEqual(filled.status, 0, filled.stdout + "\n" + text)
    }

    func testNewNeverOverwritesAndRejectsUnknownKinds() throws {
        let site = try TestSite()
        XCTAssertEqual(
            try Binary.run(["new", "party.points", "--village", "xuji", "--period", "2026-10", site.root.path]).status,
            0)
        try site.write("content/xuji/party/2026-10.yaml", "mine\n")
        let again = try Binary.run(["new", "party.points", "--village", "xuji", "--period", "2026-10", site.root.path])
        XCTAssertEqual(again.status, 2)
        XCTAssertTrue(again.stderr.contains("不会覆盖"))
        XCTAssertEqual(try site.read("content/xuji/party/2026-10.yaml"), "mine\n")
        XCTAssertEqual(try Binary.run(["new", "party.pointz", "--village", "xuji", site.root.path]).status, 2)
        XCTAssertEqual(try Binary.run(["new", "party.points", "--village", "nowhere", site.root.path]).status, 2)
        XCTAssertEqual(
            try Binary.run(["new", "finance.statement", "--village", "xuji", "--period", "2026", site.root.path])
                .status, 2)
    }

    func testSchemaDescribesKinds() throws {
        let list = try Binary.run(["schema"])
        XCTAssertEqual(list.status, 0)
        XCTAssertTrue(list.stdout.contains("finance.statement"))
        XCTAssertTrue(list.stdout.contains("财务收支公开"))
        let one = try Binary.run(["schema", "affairs.decision"])
        XCTAssertTrue(one.stdout.contains("resolution"))
        XCTAssertTrue(one.stdout.contains("GK-A103"))
    }

    /// The exported JSON Schemas accept every notice of the demo (its validated data) and
    /// reject a wrong one, checked by Python's jsonschema (Draft 2020-12).
    func testJSONSchemasValidateTheDemoData() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-schema-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let schemas = work.appendingPathComponent("schemas")
        let export = try Binary.run(["schema", "--json-schema", "--out", schemas.path])
        XCTAssertEqual(export.status, 0, export.stderr)
        XCTAssertEqual(export.stdout.split(separator: "\n").count, KindRegistry.all.count + 3)
        let out = work.appendingPathComponent("site")
        XCTAssertEqual(
            try Binary.run(["build", Binary.repository.path, "--out", out.path, "--date", "2026-11-22"]).status, 0)
        let script = """
            import json, pathlib, sys
            from jsonschema import Draft202012Validator
            from referencing import Registry, Resource
            schemas = pathlib.Path(sys.argv[1]); site = pathlib.Path(sys.argv[2])
            loaded = {p.name: json.loads(p.read_text()) for p in schemas.glob("*.json")}
            registry = Registry().with_resources([(n, Resource.from_contents(s)) for n, s in loaded.items()])
            assert not any("$id" in s for s in loaded.values()), "no $id: references resolve where the files are"
            for s in loaded.values(): Draft202012Validator.check_schema(s)
            doc = Draft202012Validator(loaded["document.schema.json"], registry=registry)
            count = 0
            for p in sorted(site.rglob("data.json")):
                data = json.loads(p.read_text()); data.pop("body", None)
                errors = list(doc.iter_errors(data))
                if errors: print("INVALID", p, errors[0].message); sys.exit(1)
                count += 1
            bad = {"kind": "finance.statement", "title": "t", "published": "2026-11-05", "period": "2026-10",
                   "opening_balance": "1,000.005", "income": [], "expense": [], "closing_balance": 1, "foo": 1}
            if not list(doc.iter_errors(bad)): print("ACCEPTED A WRONG DOCUMENT"); sys.exit(1)
            print("valid", count)
            """
        let python = try XCTUnwrap(Binary.which("python3"))
        let result = try Binary.runTool(python, ["-c", script, schemas.path, out.path])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        let notices = snapshot(out).keys.filter { $0.hasSuffix("/data.json") }.count
        XCTAssertGreaterThan(notices, 40)
        XCTAssertEqual(result.stdout, "valid \(notices)\n")
    }

    /// A standards-following validator that fetches nothing (check-jsonschema, the pre-commit
    /// hook most teams use) resolves the exported files from their folder: every clean demo
    /// document (a Markdown file by its front matter) and village.yaml pass; an unknown field fails.
    func testCheckJSONSchemaAcceptsTheDemoAndRefusesAnUnknownField() throws {
        let checker = try XCTUnwrap(Binary.which("check-jsonschema"), "pip install check-jsonschema")
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-cj-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let schemas = work.appendingPathComponent("schemas")
        XCTAssertEqual(try Binary.run(["schema", "--json-schema", "--out", schemas.path]).status, 0)
        let content = Binary.repository.appendingPathComponent("content")
        var documents: [String] = []
        var villages: [String] = []
        let files = FileManager.default.enumerator(at: content, includingPropertiesForKeys: nil)!
        for case let file as URL in files {
            if file.lastPathComponent == "village.yaml" {
                villages.append(file.path)
            } else if file.pathExtension == "yaml" {
                documents.append(file.path)
            } else if file.pathExtension == "md" {
                let text = try String(contentsOf: file, encoding: .utf8)
                let parts = text.components(separatedBy: "---\n")
                let copy = work.appendingPathComponent("md/\(documents.count)-\(file.lastPathComponent).yaml")
                try FileManager.default.createDirectory(
                    at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
                try parts[1].write(to: copy, atomically: true, encoding: .utf8)
                documents.append(copy.path)
            }
        }
        XCTAssertGreaterThan(documents.count, 50)
        let kinds = Set(
            try documents.map { path -> String in
                let text = try String(contentsOfFile: path, encoding: .utf8)
                return text.split(separator: "\n").first { $0.hasPrefix("kind: ") }.map { String($0.dropFirst(6)) }
                    ?? ""
            })
        XCTAssertEqual(kinds, Set(KindRegistry.all.map(\.id.rawValue)), "every kind is checked")
        let document = schemas.appendingPathComponent("document.schema.json").path
        let all = try Binary.runTool(checker, ["--schemafile", document] + documents)
        XCTAssertEqual(all.status, 0, all.stdout + all.stderr)
        let village = try Binary.runTool(
            checker, ["--schemafile", schemas.appendingPathComponent("village.schema.json").path] + villages)
        XCTAssertEqual(village.status, 0, village.stdout + village.stderr)

        let wrong = work.appendingPathComponent("wrong.yaml")
        try
            (String(contentsOfFile: documents.first { $0.hasSuffix("2026-09.yaml") }!, encoding: .utf8)
            + "closing_balanse: 1\n").write(to: wrong, atomically: true, encoding: .utf8)
        let refused = try Binary.runTool(checker, ["--schemafile", document, wrong.path])
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue((refused.stdout + refused.stderr).contains("closing_balanse"), refused.stdout + refused.stderr)
    }
}
