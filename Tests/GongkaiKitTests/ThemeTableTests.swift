import Foundation
import XCTest

@testable import GongkaiContent
@testable import GongkaiCore
@testable import GongkaiEditor
@testable import GongkaiKit
@testable import GongkaiSite

/// The localisation table holds every word a page can show: each kind's, field's and choice's
/// label, every key the render code and the templates' words look up, with the same `{1}` values
/// in every language. (Tests/Browser/locale_test.py reads the built pages themselves.)
final class ThemeTableTests: XCTestCase {
    private func missing(_ keys: [String]) -> [String] {
        // In the catalogue: most in ThemeTable, a few shared with the editor's or the messages' file.
        Array(
            Set(
                keys.filter {
                    ThemeTable.entries[$0] == nil && EditorTable.entries[$0] == nil && MessageTable.entries[$0] == nil
                })
        ).sorted()
    }

    private func schemaWords(_ fields: [FieldSpec]) -> [String] {
        fields.flatMap { field -> [String] in
            var words = [field.label]
            var type = field.type
            if case .list(let inner, _) = type { type = inner }
            switch type {
            case .object(let inner): words += schemaWords(inner)
            case .choice(let options): words += options.filter { $0.unicodeScalars.contains { $0.value > 0x2E80 } }
            default: break
            }
            return words
        }
    }

    func testEveryLabelAndChoiceOfTheSchemaIsTranslated() {
        var keys = Category.allCases.map(\.label) + CatalogReport.Status.allCases.map(\.label)
        keys += CatalogReport.Status.allCases.map(\.mark).filter { $0.unicodeScalars.contains { $0.value > 0x2E80 } }
        keys += Period.Granularity.allCases.map(Catalog.everyLabel) + HistoryLabels.reviewSteps
        for kind in KindRegistry.all {
            keys += [kind.label] + schemaWords(kind.allFields)
        }
        XCTAssertGreaterThan(keys.count, 150)
        XCTAssertEqual(missing(keys), [])
    }

    /// Every string with Chinese in it in the render and catalog code (outside comments and
    /// messages worded with `pick`) is a key of the table: what they show goes through `t(…)`.
    func testEveryKeyTheRenderCodeUsesIsInTheTable() throws {
        let sources = Binary.repository.appendingPathComponent("Sources")
        var files: [URL] = []
        for folder in ["GongkaiSite/Render", "GongkaiContent/Catalog"].map(sources.appendingPathComponent) {
            // The editor's words are EditorTable's (EditorTableTests holds them to it).
            files += try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.hasSuffix(".swift") && $0 != "EditorWords.swift" }.map(folder.appendingPathComponent)
        }
        let literal = try NSRegularExpression(pattern: #""((?:[^"\\]|\\.)*)""#)
        var keys: [String] = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for line in text.split(separator: "\n").map(String.init) {
                let code = line.trimmingCharacters(in: .whitespaces)
                if code.hasPrefix("//") || code.contains("pick(") { continue }
                let range = NSRange(code.startIndex..., in: code)
                for match in literal.matches(in: code, range: range) {
                    let value = String(code[Range(match.range(at: 1), in: code)!])
                    if value.unicodeScalars.contains(where: { $0.value > 0x2E80 }) && !value.contains("\\(") {
                        keys.append(value.replacingOccurrences(of: "\\\"", with: "\""))
                    }
                }
            }
        }
        XCTAssertGreaterThan(keys.count, 150, "ThemeWords and the render code")
        XCTAssertEqual(missing(keys), [])
    }

    func testEveryEntryKeepsItsValues() throws {
        let placeholder = try NSRegularExpression(pattern: #"\{[A-Za-z][A-Za-z0-9]*\}"#)
        func values(_ s: String) -> [String] {
            placeholder.matches(in: s, range: NSRange(s.startIndex..., in: s)).map {
                String(s[Range($0.range, in: s)!])
            }
            .sorted()
        }
        for (key, entry) in ThemeTable.entries {
            XCTAssertEqual(values(entry.hant), values(key), key)
            XCTAssertEqual(values(entry.en), values(key), key)
        }
    }

    /// Each of the templates' words, in English, has no Chinese (but the search hint's examples,
    /// which are what to type); in zh-Hans it is the key itself.
    func testThemeWordsInEachLocale() {
        let english = ThemeWords(Localizer(locale: .en))
        let simplified = ThemeWords(Localizer(locale: .zhHans))
        XCTAssertEqual(english.lang, "en")
        XCTAssertEqual(simplified.lang, "zh-Hans")
        XCTAssertEqual(ThemeWords(Localizer(locale: .zhHant)).lang, "zh-Hant")
        XCTAssertEqual(ThemeWords(Localizer(locale: .zhHant)).speechLang, "zh-TW")
        XCTAssertEqual(english.speechLang, "zh-CN", "the notices are Chinese")
        XCTAssertEqual(english.contentLang, "zh-Hans", "and marked so on an English page")
        XCTAssertNil(simplified.contentLang)
        let names = (ThemeWords.templateFields ?? [:]).keys.sorted()
        XCTAssertGreaterThan(names.count, 70)
        for name in names where !["lang", "speechLang", "contentLang"].contains(name) {
            guard case .text(let en)? = english.field(name), case .text(let hans)? = simplified.field(name) else {
                return XCTFail(name)
            }
            let shown = en.replacingOccurrences(of: "低保", with: "").replacingOccurrences(of: "北大坑", with: "")
            XCTAssertFalse(shown.unicodeScalars.contains { $0.value > 0x2E80 }, "\(name): \(en)")
            XCTAssertNotNil(ThemeTable.entries[hans], name)
        }
        XCTAssertEqual(english.published, "Published")
        XCTAssertEqual(ThemeWords(Localizer(locale: .zhHant)).published, "公開日期")
    }

    func testDatesAndMoneyInEachLocale() {
        let day = CalendarDate(year: 2026, month: 11, day: 5)!
        XCTAssertEqual(Localizer(locale: .zhHans).date(day), "2026年11月5日")
        XCTAssertEqual(Localizer(locale: .zhHant).date(day), "2026年11月5日")
        XCTAssertEqual(Localizer(locale: .en).date(day), "5 November 2026")
        XCTAssertEqual(Localizer(locale: .en).period(.quarter(2026, 3)), "Q3 2026")
        XCTAssertEqual(Localizer(locale: .zhHans).period(.quarter(2026, 3)), "2026年第三季度")
        XCTAssertEqual(Localizer(locale: .en).month(Month(year: 2026, month: 9)!), "September 2026")
        XCTAssertEqual(Localizer(locale: .en).money(Money(fen: 123_450)), "1,234.50 yuan")
        XCTAssertEqual(Localizer(locale: .zhHant).t("{place} 第 {number} 行", "支出明細", 3), "支出明細 第 3 行")
    }

    /// English chooses a noun's number by the count; Chinese has one form.
    func testCountsChooseTheirNounInEnglish() {
        let en = Localizer(locale: .en)
        XCTAssertEqual(en.t("共 {count} 篇", 1), "1 notice")
        XCTAssertEqual(en.t("共 {count} 篇", 2), "2 notices")
        XCTAssertEqual(en.t("共 {rowCount} 项", 1), "1 row")
        XCTAssertEqual(en.t("共 {rowCount} 项", 0), "0 rows")
        XCTAssertEqual(en.t("本期收入 {count} 笔", 1), "Income (1 entry)")
        XCTAssertEqual(en.t("本期收入 {count} 笔", 21), "Income (21 entries)")
        XCTAssertEqual(en.t("{count} 户 {people} 人", 1, 1), "1 household, 1 person")
        XCTAssertEqual(en.t("{count} 户 {people} 人", 300, 1_012), "300 households, 1012 people")
        XCTAssertEqual(Localizer(locale: .zhHans).t("共 {rowCount} 项", 1), "共 1 项")
        XCTAssertEqual(Localizer(locale: .zhHant).t("共 {rowCount} 项", 2), "共 2 項")
        // The build's summary, once worded by a helper of its own, is a catalogue sentence now.
        XCTAssertEqual(
            Localizer(locale: .en).t("{documents} 篇文档，{errorCount} 个错误，{warningCount} 个警告", 1, 0, 2),
            "1 document, 0 errors, 2 warnings")
        // A value holding a placeholder is not filled in again.
        XCTAssertEqual(Localizer(locale: .zhHans).t("{first} 与 {second}", "{2}", "乙"), "{2} 与 乙")
        // Braces that are no choice stay as written.
        XCTAssertEqual(
            Localizer.filling("{a:b|c} {count:x} {zz:a|b}", ["count": "1"]), "{a:b|c} {count:x} {zz:a|b}")
        // Named placeholders: a translation puts them where its grammar wants them.
        XCTAssertEqual(Localizer.placeholders(in: "{{{name}}} {count:a|b} {count} {1}"), ["name", "count", "count"])
        XCTAssertEqual(
            Localizer(locale: .en).t("{date} 批准 {area} 平方米（{approval}）", "5 November 2026", 180, "宅审〔2026〕3号"),
            "180 m² approved on 5 November 2026 (宅审〔2026〕3号)")
    }

    /// Every choice in the table names a value its key has, and has its two forms.
    func testEveryPluralChoiceNamesAValueOfItsKey() throws {
        let choice = try NSRegularExpression(pattern: #"\{([A-Za-z][A-Za-z0-9]*):([^{}|]*)\|([^{}|]*)\}"#)
        var choices = 0
        for (key, entry) in ThemeTable.entries {
            for text in [entry.hant, entry.en] {
                for match in choice.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    choices += 1
                    let number = String(text[Range(match.range(at: 1), in: text)!])
                    XCTAssertTrue(key.contains("{\(number)}"), "\(key): {\(number):…} names no value")
                    XCTAssertFalse(text[Range(match.range(at: 2), in: text)!].isEmpty, key)
                }
            }
        }
        XCTAssertGreaterThan(choices, 15)
    }
}
