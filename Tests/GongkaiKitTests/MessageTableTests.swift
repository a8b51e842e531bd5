import Foundation
import XCTest

@testable import GongkaiCore

/// The diagnostics are worded the one way everything else is: `t("zh-Hans wording", values…)`
/// over the catalogue, whose third file `MessageTable` holds the messages' zh-Hant and English.
final class MessageTableTests: XCTestCase {
    /// Every `t("…")` key with Chinese in it, in the files that word messages.
    private func messageKeys() throws -> [String] {
        let sources = Binary.repository.appendingPathComponent("Sources")
        var files = ["GongkaiCore/Localization/Message.swift"].map(sources.appendingPathComponent)
        for folder in ["GongkaiContent/Schema/Rules", "GongkaiSite/Build"].map(sources.appendingPathComponent) {
            files += try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
                .map(folder.appendingPathComponent)
        }
        files += [
            "GongkaiSite/Render/Template/Template.swift", "GongkaiCore/Support/CommandFailure.swift",
            "GongkaiCore/Support/OutputFolder.swift", "GongkaiSite/Publish/Publisher.swift",
            "GongkaiSite/Publish/BuildCache.swift", "GongkaiSite/Publish/Verifier.swift",
            "GongkaiSite/Hooks/PushHook.swift", "GongkaiSite/Hooks/PreCommitHook.swift",
        ].map(sources.appendingPathComponent)
        let lookup = try NSRegularExpression(pattern: #"\b(?:t|Wording)\(\s*"((?:[^"\\]|\\.)*)""#)
        var keys: [String] = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let range = NSRange(text.startIndex..., in: text)
            keys += lookup.matches(in: text, range: range).map {
                String(text[Range($0.range(at: 1), in: text)!]).replacingOccurrences(of: "\\\"", with: "\"")
            }.filter { $0.unicodeScalars.contains { $0.value > 0x2E80 } }
        }
        return keys
    }

    func testEveryKeyTheMessagesUseIsInTheCatalogue() throws {
        let keys = try messageKeys()
        XCTAssertGreaterThan(Set(keys).count, 130, "the messages and the rules")
        let missing = Set(
            keys.filter {
                ThemeTable.entries[$0] == nil && EditorTable.entries[$0] == nil && MessageTable.entries[$0] == nil
            })
        XCTAssertEqual(missing.sorted(), [])
    }

    func testEveryEntryKeepsItsValuesAndEnglishHasNoChinese() throws {
        let placeholder = try NSRegularExpression(pattern: #"\{[A-Za-z][A-Za-z0-9]*\}"#)
        func values(_ s: String) -> [String] {
            Set(
                placeholder.matches(in: s, range: NSRange(s.startIndex..., in: s)).map {
                    String(s[Range($0.range, in: s)!])
                }
            ).sorted()
        }
        let han = try NSRegularExpression(pattern: #"[\p{Han}“”]+"#)
        for (key, entry) in MessageTable.entries {
            XCTAssertEqual(values(entry.hant), values(key), key)
            // English may leave out a value Chinese needs (the kind's name before 公示); never invents one.
            XCTAssertTrue(Set(values(entry.en)).isSubset(of: values(key)), "\(key): \(entry.en)")
            // Chinese in English only where the file's own value is quoted (进度 已验收).
            for run in han.matches(in: entry.en, range: NSRange(entry.en.startIndex..., in: entry.en)) {
                let word = String(entry.en[Range(run.range, in: entry.en)!])
                XCTAssertTrue(key.contains(word), "\(key): \(entry.en)")
            }
        }
    }

    /// One catalogue: a key is worded in one of its three files, never twice.
    func testNoKeyIsInTwoFiles() {
        let message = Set(MessageTable.entries.keys)
        XCTAssertEqual(message.intersection(ThemeTable.entries.keys).sorted(), [])
        XCTAssertEqual(message.intersection(EditorTable.entries.keys).sorted(), [])
    }

    /// A message that counts chooses its English form by the count.
    func testMessagesThatCountChooseTheirForm() {
        let en = Localizer(locale: .en)
        XCTAssertEqual(en.text(.moreOfTheSame(count: 1)).prefix(30), "1 more problem of this kind in")
        XCTAssertEqual(en.text(.moreOfTheSame(count: 4)).prefix(31), "4 more problems of this kind in")
        XCTAssertEqual(
            Localizer(locale: .zhHans).text(.moreOfTheSame(count: 4)), "本文件另有 4 处同类问题未逐条列出（自此处起）；请先改正上面列出的")
    }
}
