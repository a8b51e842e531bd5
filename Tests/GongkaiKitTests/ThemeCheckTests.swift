import Foundation
import XCTest

/// A town's theme overrides are checked by `check` and `build` before anything renders
/// (spec §5, GK-T001..T003), and page models' template lookups are generated, not hand-kept.
final class ThemeCheckTests: XCTestCase {
    let date = "2026-11-22"
    let notice = "---\nkind: affairs.notice\ntitle: 通知\npublished: 2026-11-01\n---\n\n正文。\n"

    func themeDiagnostics(_ stdout: String) throws -> [String] {
        try decodeDiagnostics(stdout).filter { $0.code.hasPrefix("GK-T") }
            .map { "\($0.file):\($0.line):\($0.column) \($0.severity) \($0.code)" }
    }

    func testTyposMissingPartialsAndBadTagsAreReportedWithTheirPlace() throws {
        let site = try TestSite()
        try site.write("content/xuji/affairs/n.md", notice)
        try site.write(
            "templates/notice-item.mustache",
            """
            <li><a href="{{href}}">{{titel}}</a> {{published}} {{#chrome}}{{siteTitel}}{{/chrome}}
            {{>footr}}
            {{#villageName}}{{.}}{{/villageName}}
            </li>

            """)
        try site.write("templates/broken.mustache", "ok\n{{#a}}\n{{/b}}\n")
        let check = try Binary.run(["check", site.root.path, "--date", date, "--format", "json"])
        XCTAssertEqual(check.status, 1, check.stderr)
        XCTAssertEqual(
            try themeDiagnostics(check.stdout),
            [
                "templates/broken.mustache:3:1 error GK-T001",
                "templates/notice-item.mustache:1:24 warning GK-T002",
                "templates/notice-item.mustache:1:63 warning GK-T002",
                "templates/notice-item.mustache:2:1 error GK-T003",
                "templates/notice-item.mustache:3:1 warning GK-T002",
            ])
        let text = try Binary.run(["check", site.root.path, "--date", date])
        XCTAssertTrue(
            text.stdout.contains(
                "templates/notice-item.mustache:1:24: warning[GK-T002]: 模板用到的名称 titel 在 category、town、village "
                    + "页面此处的数据（NoticeLink）中不存在；是否应为 {{title}}？"
            ),
            text.stdout)
        // villageName is on the category page's model, so only the other two pages miss it.
        XCTAssertTrue(text.stdout.contains("名称 villageName 在 town、village 页面此处"), text.stdout)
        XCTAssertTrue(text.stdout.contains("error[GK-T003]: 引用的局部模板 {{>footr}} 不存在"), text.stdout)

        let out = site.root.appendingPathComponent("site")
        let build = try Binary.run(["build", site.root.path, "--date", date, "--out", out.path])
        XCTAssertEqual(build.status, 1)
        XCTAssertEqual(build.stderr.components(separatedBy: "[GK-T00").count - 1, 5, build.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path), "a theme with errors publishes nothing")
    }

    /// A template's syntax error is worded in the site's language like every other message.
    func testATemplatesSyntaxErrorIsWordedInTheSitesLanguage() throws {
        let site = try TestSite(config: TestSite.defaultConfig + "locale: en\n")
        try site.write("content/xuji/affairs/n.md", notice)
        try site.write("templates/broken.mustache", "<ul>\n{{#rows}}<li>{{name}}</li>\n")
        try site.write("templates/crossed.mustache", "{{#a}}{{#b}}{{/a}}{{/b}}\n")
        let check = try Binary.run(["check", site.root.path, "--date", date])
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(
            check.stdout.contains(
                "templates/broken.mustache:2:1: error[GK-T001]: "
                    + "template error: {{#rows}} is never closed by {{/rows}}"),
            check.stdout)
        XCTAssertTrue(
            check.stdout.contains(
                "templates/crossed.mustache:1:13: error[GK-T001]: template error: {{/a}} does not close the open {{#b}}"
            ),
            check.stdout)
        XCTAssertNil(check.stdout.range(of: "\\p{Han}", options: .regularExpression), check.stdout)
    }

    /// A partial that includes itself outside any section would render forever (the engine
    /// stops at its depth limit, with the text repeated or nothing): reported once per cycle, at
    /// the include that starts it. Recursion inside a section ends with the data, and is fine.
    func testAPartialThatAlwaysIncludesItselfIsAnError() throws {
        let site = try TestSite()
        try site.write("content/xuji/affairs/n.md", notice)
        let page = try String(
            contentsOf: Binary.repository.appendingPathComponent("templates/notice.mustache"), encoding: .utf8)
        try site.write("templates/notice.mustache", page.replacingOccurrences(of: "</h1>", with: "</h1>{{> tree}}"))
        try site.write("templates/tree.mustache", "<ul>{{#revisions}}{{> tree}}{{/revisions}}</ul>{{> leaf}}\n")
        try site.write("templates/leaf.mustache", "<p>叶</p>\n{{> tree}}\n")
        let check = try Binary.run(["check", site.root.path, "--date", date, "--format", "json"])
        XCTAssertEqual(check.status, 1)
        XCTAssertEqual(try themeDiagnostics(check.stdout), ["templates/leaf.mustache:2:1 error GK-T003"])
        let text = try Binary.run(["check", site.root.path, "--date", date])
        XCTAssertTrue(
            text.stdout.contains(
                "templates/leaf.mustache:2:1: error[GK-T003]: 局部模板无条件地包含自己（leaf → tree → leaf），渲染永远不会结束"),
            text.stdout)

        try site.write("templates/leaf.mustache", "<p>叶</p>\n")
        let fixed = try Binary.run(["check", site.root.path, "--date", date, "--format", "json"])
        XCTAssertEqual(try themeDiagnostics(fixed.stdout), [], "recursion inside a section ends with the data")
    }

    func testAWarningOnlyThemeStillBuilds() throws {
        let site = try TestSite()
        try site.write("content/xuji/affairs/n.md", notice)
        try site.write("templates/footer.mustache", "<footer>{{chrome.siteTitle}} {{chrome.twon}}</footer>\n")
        let out = site.root.appendingPathComponent("site")
        let build = try Binary.run(["build", site.root.path, "--date", date, "--out", out.path])
        XCTAssertEqual(build.status, 0, build.stderr)
        XCTAssertTrue(
            build.stderr.contains("templates/footer.mustache:1:30: warning[GK-T002]: 模板用到的名称 twon"), build.stderr)
        XCTAssertTrue(build.stderr.contains("是否应为 {{town}}？"), build.stderr)
        let page = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        XCTAssertTrue(
            page.contains("<footer>测试镇党务村务财务公开 </footer>"), "the typo renders as nothing, as the warning says")
    }

    /// The built-in theme uses only names its models have; an edited copy of it is checked the
    /// same way (so the check really walks every page template and partial).
    func testTheBuiltInThemeIsCleanAndACopyOfItIsCheckedTheSameWay() throws {
        let site = try TestSite()
        try site.write("content/xuji/affairs/n.md", notice)
        let clean = try Binary.run(["check", site.root.path, "--date", date, "--format", "json"])
        XCTAssertEqual(try themeDiagnostics(clean.stdout), [])

        for (file, from, to, line) in [
            ("notice.mustache", ">{{title}}</h1>", ">{{tilte}}</h1>", 5),
            ("sheet.mustache", "{{villageName}}", "{{vilageName}}", nil),
            ("catalog-grid.mustache", "{{label}}", "{{lable}}", nil),
            ("editor-sign-in.mustache", "{{ui.signIn}}", "{{ui.sigIn}}", nil),
            ("editor-accounts.mustache", "{{passwordLabel}}", "{{passwordLable}}", nil),
            ("editor-head.mustache", "{{who}}", "{{woh}}", nil),
            ("editor-home.mustache", "{{allDocuments}}", "{{allDocument}}", nil),
            ("editor-village.mustache", "{{ui.editProfile}}", "{{ui.editProfil}}", nil),
            ("editor-publish.mustache", "{{fromNote}}", "{{fromnote}}", nil),
            ("editor-delete.mustache", "{{base}}", "{{bas}}", nil),
            ("editor-problem.mustache", "{{why}}", "{{wy}}", nil),
            ("editor-document.mustache", "{{ui.reviewAndPublish}}", "{{ui.reviewAndPublsh}}", nil),
            ("editor-document.mustache", "{{revisionNote}}", "{{revisionNotes}}", nil),
            ("editor-preview.mustache", "{{ui.draftMark}}", "{{ui.draftmark}}", nil),
            ("editor-conflict.mustache", "{{onDisk}}", "{{ondisk}}", nil),
            ("editor-pasted.mustache", "{{ui.pastedNotSaved}}", "{{ui.pastedNotSave}}", nil),
            ("editor-import-preview.mustache", "{{destination}}", "{{destinaton}}", nil),
            ("editor-paste-box.mustache", "{{ui.pasteHint}}", "{{ui.pastHint}}", nil),
            ("editor-preview-page.mustache", "{{heading}}", "{{headng}}", nil),
        ] as [(String, String, String, Int?)] {
            let original = try String(
                contentsOf: Binary.repository.appendingPathComponent("templates/" + file), encoding: .utf8)
            XCTAssertTrue(original.contains(from), "\(file) holds \(from)")
            try site.write("templates/" + file, original.replacingOccurrences(of: from, with: to))
            let result = try Binary.run(["check", site.root.path, "--date", date, "--format", "json"])
            let found = try decodeDiagnostics(result.stdout).filter { $0.code == "GK-T002" }
            XCTAssertFalse(found.isEmpty, "\(file): \(to) is found")
            XCTAssertEqual(Set(found.map(\.file)), ["templates/" + file])
            if let line { XCTAssertEqual(found.first?.line, line) }
            try FileManager.default.removeItem(at: site.root.appendingPathComponent("templates/" + file))
        }
    }

    /// The page models' lookup is generated from `PageModels.swift` and `ThemeWords.swift`; the
    /// generator reads every file it is given and refuses a declaration it cannot read rather than
    /// skip it.
    func testTheFieldGeneratorReadsEveryPropertyAndRefusesWhatItCannotRead() throws {
        let tool = Binary.url.deletingLastPathComponent().appendingPathComponent("GenerateTemplateFields")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gk-fields-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("good.swift")
        let bad = folder.appendingPathComponent("bad.swift")
        let output = folder.appendingPathComponent("out.swift")
        try """
        /// A model.
        struct Row: Sendable, Hashable {
            var label: String  // shown
            let cells: [Cell]
            var note: String? = nil
            var hasCells: Bool { !cells.isEmpty }
            var total: Int {
                cells.count
            }
        }

        """.write(to: good, atomically: true, encoding: .utf8)
        let words = folder.appendingPathComponent("words.swift")
        try "struct Words: Sendable {\n    var lang: String\n    var search: String { t(\"搜索\") }\n}\n".write(
            to: words, atomically: true, encoding: .utf8)
        let result = try Binary.runTool(tool, [output.path, good.path, words.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let generated = try String(contentsOf: output, encoding: .utf8)
        for (name, shape) in [
            ("label", ".text"), ("cells", ".list(.object(Cell.self))"), ("note", ".text"), ("hasCells", ".flag"),
            ("total", ".text"), ("lang", ".text"), ("search", ".text"),
        ] {
            XCTAssertTrue(generated.contains("case \"\(name)\": return .from(self.\(name))"), name)
            XCTAssertTrue(generated.contains("\"\(name)\": \(shape),"), name)
        }
        try "struct Row: Sendable {\n    var label: String\n    func title() -> String { label }\n}\n".write(
            to: bad, atomically: true, encoding: .utf8)
        XCTAssertTrue(generated.contains("extension Words: TemplateObject"))
        XCTAssertFalse(generated.contains("static func make"), "no factory unless asked for")
        // Models built in another module (the editor's pages) get a factory of their stored properties.
        let withFactory = try Binary.runTool(tool, [output.path, words.path, "--factories", good.path])
        XCTAssertEqual(withFactory.status, 0, withFactory.stderr)
        let factories = try String(contentsOf: output, encoding: .utf8)
        XCTAssertTrue(
            factories.contains(
                "    package static func make(\n        label: String,\n        cells: [Cell],\n        note: String?\n"
                    + "    ) -> Row {\n        Row(label: label, cells: cells, note: note)\n    }"), factories)
        XCTAssertEqual(factories.components(separatedBy: "static func make").count - 1, 1, "only Row's")
        let refused = try Binary.runTool(tool, [output.path, good.path, bad.path])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("bad.swift:3: error:"), refused.stderr)
        try "enum Mode { case a }\n".write(to: bad, atomically: true, encoding: .utf8)
        XCTAssertTrue(try Binary.runTool(tool, [output.path, bad.path]).stderr.contains("bad.swift:1: error:"))
    }
}
