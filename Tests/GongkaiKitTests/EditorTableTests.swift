import Foundation
import XCTest

@testable import GongkaiAccounts
@testable import GongkaiCore
@testable import GongkaiEditor

/// The editor's, the account pages' and `serve`'s words are in the catalogue too: every string
/// with Chinese in the server's code (outside comments and the few marked `// content`, which
/// are written into documents and history, in Chinese like the notices) is looked up through
/// `t(…)` and has its zh-Hant and English.
final class EditorTableTests: XCTestCase {
    private func serverKeys() throws -> [String] {
        let sources = Binary.repository.appendingPathComponent("Sources")
        let server = sources.appendingPathComponent("GongkaiServe")
        // The editor's script and style carry no words of their own (the page passes them in).
        var files = try FileManager.default.contentsOfDirectory(atPath: server.path)
            .filter { $0.hasSuffix(".swift") && $0 != "EditorAssets.swift" }.map(server.appendingPathComponent)
        files += [
            "GongkaiEditor/Editor/ReviewPolicy.swift", "GongkaiEditor/Editor/EditorWorkspace.swift",
            "GongkaiContent/Schema/TypeDescription.swift",
            "GongkaiEditor/Editor/EditorUploads.swift", "GongkaiSite/Render/EditorWords.swift",
            "GongkaiEditor/Editor/EditorSave.swift", "GongkaiEditor/Editor/EditorReview.swift",
        ].map(
            sources.appendingPathComponent)
        // Everything the accounts say: their rules, and what the database could not do.
        let accounts = sources.appendingPathComponent("GongkaiAccounts")
        files += try FileManager.default.contentsOfDirectory(atPath: accounts.path).filter { $0.hasSuffix(".swift") }
            .map(accounts.appendingPathComponent)
        let command = sources.appendingPathComponent("gongkai")
        files += try FileManager.default.contentsOfDirectory(atPath: command.path).filter { $0.hasSuffix(".swift") }
            .map(command.appendingPathComponent)
        let literal = try NSRegularExpression(pattern: #""((?:[^"\\]|\\.)*)""#)
        let lookup = try NSRegularExpression(pattern: #"\.t\("((?:[^"\\]|\\.)*)""#)
        var keys: [String] = []
        for file in files {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init) {
                let code = line.trimmingCharacters(in: .whitespaces)
                if code.hasPrefix("//") || code.contains("// content") { continue }
                let range = NSRange(code.startIndex..., in: code)
                var found = lookup.matches(in: code, range: range).map { code[Range($0.range(at: 1), in: code)!] }
                found += literal.matches(in: code, range: range).map { code[Range($0.range(at: 1), in: code)!] }
                    .filter { !$0.contains("\\(") }
                keys += found.map {
                    $0.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\n", with: "\n")
                        .replacingOccurrences(of: "\\t", with: "\t")
                }.filter { $0.unicodeScalars.contains { $0.value > 0x2E80 } }
            }
        }
        return keys
    }

    func testEveryKeyTheServerUsesIsInTheCatalogue() throws {
        let keys = try serverKeys()
        XCTAssertGreaterThan(Set(keys).count, 350)
        let missing = Set(keys.filter { ThemeTable.entries[$0] == nil && EditorTable.entries[$0] == nil }).sorted()
        XCTAssertEqual(missing, [])
    }

    func testEveryEntryKeepsItsValuesAndEnglishHasNoChinese() throws {
        let placeholder = try NSRegularExpression(pattern: #"\{[A-Za-z][A-Za-z0-9]*\}"#)
        func values(_ s: String) -> [String] {
            placeholder.matches(in: s, range: NSRange(s.startIndex..., in: s)).map {
                String(s[Range($0.range, in: s)!])
            }
            .sorted()
        }
        let markup = #"</?(a|b|p|div|span|strong|em|br|ul|li|h[1-6])[ >/]"#
        for (key, entry) in EditorTable.entries {
            XCTAssertEqual(values(entry.hant), values(key), key)
            XCTAssertEqual(values(entry.en), values(key), key)
            XCTAssertFalse(entry.en.unicodeScalars.contains { $0.value > 0x2E80 }, "\(key): \(entry.en)")
            XCTAssertNil(entry.en.range(of: markup, options: .regularExpression), "words, not markup: \(key)")
            XCTAssertNil(entry.hant.range(of: markup, options: .regularExpression), "words, not markup: \(key)")
        }
    }

    /// One catalogue: a key is in one of its files, never worded twice.
    func testNoKeyIsInBothFiles() {
        XCTAssertEqual(Set(EditorTable.entries.keys).intersection(ThemeTable.entries.keys).sorted(), [])
    }

    /// What the lower layers say (an account's rules, a save or a delete refused) is kept as a
    /// catalogue key with its values and worded in the site's language where it is shown.
    func testTheLowerLayersAreWordedInTheSitesLanguage() throws {
        let en = Localizer(locale: .en)
        XCTAssertEqual(
            AccountRules.emailProblem("nope")?.message(en),
            "The email nope is not valid: it should look like name@example.cn (the author of git commits)")
        XCTAssertEqual(AccountRules.displayNameProblem("a<b")?.description, "姓名中不能有 < > 或控制字符")
        let site = try TestSite()
        let workspace = EditorWorkspace(root: site.root, dateFlag: "2026-11-22", author: "许志强 <w@example.cn>")
        let profile = "content/xuji/village.yaml"
        let hash = Hashing.sha256Hex(try Data(contentsOf: site.root.appendingPathComponent(profile)))
        guard case .failed(let why) = workspace.delete(village: "xuji", path: profile, baseHash: hash, message: nil)
        else { return XCTFail("village.yaml is never deleted") }
        XCTAssertEqual(why.message(en), "village.yaml cannot be deleted")
        XCTAssertEqual(why.message(Localizer(locale: .zhHant)), "village.yaml 不能刪除")
        guard
            case .failed(let outside) = workspace.delete(
                village: "xuji", path: "content/liuzhuang/village.yaml", baseHash: hash, message: nil)
        else { return XCTFail("another village's file is refused") }
        XCTAssertFalse(outside.message(en).unicodeScalars.contains { $0.value > 0x2E80 }, outside.message(en))
    }

    func testTheEditorsWordsInEachLocale() {
        XCTAssertEqual(
            Localizer(locale: .en).t("检查发现 {errorCount} 个错误、{warningCount} 个警告", 1, 2),
            "The check found 1 error and 2 warnings")
        XCTAssertEqual(
            Localizer(locale: .en).t("检查发现 {errorCount} 个错误、{warningCount} 个警告", 3, 1),
            "The check found 3 errors and 1 warning")
        XCTAssertEqual(Localizer(locale: .zhHant).t("审核与发布"), "審核與發布")
        // The editor's own errors too, and the same words in zh-Hans as before.
        XCTAssertEqual(
            EditorUploads.Problem.empty(name: "a.pdf").message(Localizer(locale: .en)), "The attachment a.pdf is empty")
        XCTAssertEqual(EditorUploads.Problem.empty(name: "a.pdf").description, "附件 a.pdf 是空文件")
        XCTAssertEqual(
            EditorError.unparsable("content/xuji/x.md", line: 3, "坏了").message(Localizer(locale: .en)),
            "content/xuji/x.md cannot be read into the form (line 3: 坏了); correct it in a text editor first, "
                + "or run gongkai check to see why")
        XCTAssertEqual(Localizer(locale: .zhHans).t("有 {errorCount} 个错误，未保存", 2), "有 2 个错误，未保存")
    }

    /// `--help` and the command line's messages follow the site's gongkai.yaml too.
    func testTheCommandLineSpeaksTheSitesLanguage() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-cli-en-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let config = try String(
            contentsOf: Binary.repository.appendingPathComponent("gongkai.yaml"), encoding: .utf8)
        XCTAssertTrue(config.contains("\nlocale: zh-Hans\n"))
        try config.replacingOccurrences(of: "\nlocale: zh-Hans\n", with: "\nlocale: en\n")
            .write(to: root.appendingPathComponent("gongkai.yaml"), atomically: true, encoding: .utf8)

        let help = try Binary.run(["build", root.path, "--help"])
        XCTAssertEqual(help.status, 0, help.stderr)
        XCTAssertTrue(help.stdout.contains("Check and build the site; with any error nothing is written"), help.stdout)
        XCTAssertFalse(help.stdout.unicodeScalars.contains { $0.value > 0x2E80 }, help.stdout)
        let bad = try Binary.run(["build", root.path, "--date", "2026-13-01"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("--date 2026-13-01 is not a valid date"), bad.stderr)
        // The same command on a Chinese site is Chinese.
        let chinese = try Binary.run(["build", Binary.repository.path, "--help"])
        XCTAssertTrue(chinese.stdout.contains("校验并生成网站；有错误时不写入任何文件"), chinese.stdout)
    }
}
