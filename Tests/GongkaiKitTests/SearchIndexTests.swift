import Foundation
import XCTest

@testable import GongkaiContent
@testable import GongkaiCore
@testable import GongkaiEditor
@testable import GongkaiKit
@testable import GongkaiSite

/// The search index the build writes (spec §8 `search/`): how text is cut, how the page's
/// script finds a term's file, and what the files hold.
final class SearchIndexTests: XCTestCase {
    func testTextIsCutIntoCharacterPairsAndASCIIWords() {
        XCTAssertEqual(
            SearchIndex.terms(of: "北大坑承包，ＡＢＣ 2026年 x"),
            ["北大", "大坑", "坑承", "承包", "abc", "2026"])
        XCTAssertEqual(SearchIndex.terms(of: "坑 塘"), [], "a pair never spans a space")
        XCTAssertEqual(SearchIndex.terms(of: "𠀀𠀁"), ["𠀀𠀁"], "characters outside the BMP pair too")
    }

    func testTheFastNormalizationIsNFKCAndLowerCaseForEveryCharacterItMaps() {
        // Every scalar the fast path maps by itself is mapped as NFKC and lower case would, and
        // a text with anything else (a combining accent, a compatibility ideograph) is mapped whole.
        let ranges: [ClosedRange<UInt32>] = [
            0...0x7F, 0x3000...0x3029, 0x3030...0x3035, 0x303B...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xFF01...0xFF5E,
        ]
        for range in ranges {
            for value in range {
                let text = String(Unicode.Scalar(value)!)
                XCTAssertEqual(
                    SearchIndex.normalized(text), text.precomposedStringWithCompatibilityMapping.lowercased(),
                    String(value, radix: 16))
            }
        }
        for text in ["Cafe\u{301} ＡＢＣ，北京", "豈更 ＡＢ", "ｶﾞ 低保"] {
            XCTAssertEqual(SearchIndex.normalized(text), text.precomposedStringWithCompatibilityMapping.lowercased())
        }
        XCTAssertEqual(SearchRecords.flat("  低保\r\n\u{3000}公示\t 2026 "), "低保 公示 2026")
    }

    func testTheHashIsFNV1aOverUTF16AsTheScriptComputesIt() {
        // The page script's function (Math.imul over charCodeAt) gives e40c292c for "a" in V8.
        XCTAssertEqual(SearchIndex.hash(""), 2_166_136_261)
        XCTAssertEqual(SearchIndex.hash("a"), 0xE40C_292C)
        XCTAssertEqual(
            String(decoding: SearchIndex.encode([0, 3, 13, 50, 50 + 36 * 36]), as: UTF8.self), "0,3,a,11,100")
        // The build hashes a term's bytes: the same numbers for ASCII, Chinese and beyond the BMP.
        for term in ["", "a", "abc2026", "低保", "北大", "𠀀𠀁", "a𠀀é"] {
            XCTAssertEqual(SearchIndex.hash(utf8: Array(term.utf8)), SearchIndex.hash(term), term)
        }
    }

    func testAVillagesPostingsGatherEachTermsNoticesByItsBytes() {
        var postings = SearchPostings()
        postings.add("低保 大坑 abc", notice: 0)
        postings.add("低保 averyveryverylongword 𠀀𠀁", notice: 1)
        postings.add("averyveryverylongword abc", notice: 4)
        let found = Dictionary(
            uniqueKeysWithValues: postings.terms.map { (String(decoding: $0.term, as: UTF8.self), $0.ids) })
        XCTAssertEqual(
            found,
            ["低保": [0, 1], "大坑": [0], "abc": [0, 4], "averyveryverylongword": [1, 4], "𠀀𠀁": [1]])
        // Sorting terms by their bytes is sorting them as Strings: terms are normalized pairs of
        // Chinese characters and ASCII words.
        let terms = ["北大", "abc", "𠀀𠀁", "低保", "2026", "丁", "ab"]
        XCTAssertEqual(
            terms.map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) },
            terms.sorted().map { Array($0.utf8) })
    }

    func testTheBuildWritesTermsAndNoticesNewestFirst() throws {
        let site = try TestSite()
        try site.write(
            "content/xuji/affairs/a.md", "---\nkind: affairs.notice\ntitle: 低保公示\npublished: 2026-10-01\n---\n北大坑承包。\n")
        try site.write(
            "content/xuji/affairs/b.md", "---\nkind: affairs.notice\ntitle: 冬季防火\npublished: 2026-11-01\n---\n低保户注意。\n")
        let out = site.root.appendingPathComponent("out")
        let built = try Binary.run(["build", site.root.path, "--date", "2026-11-22", "--out", out.path])
        XCTAssertEqual(built.status, 0, built.stderr)
        let docs = try String(contentsOf: out.appendingPathComponent("xuji/search/d/0.js"), encoding: .utf8)
        XCTAssertTrue(
            docs.hasPrefix(
                "gongkaiSearch.docs(\"xuji\",0,[[\"xuji/affairs/b\",\"冬季防火\",\"许集村\",\"村务公告\",\"2026-11-01\","
                    + "\"2026年11月1日\",\"冬季防火 低保户注意。\"],\n[\"xuji/affairs/a\""), docs)
        let terms = try String(contentsOf: out.appendingPathComponent("xuji/search/t/0.js"), encoding: .utf8)
        XCTAssertTrue(terms.hasPrefix("gongkaiSearch.terms(\"xuji\",0,{"), terms)
        XCTAssertTrue(terms.contains("\"低保\":\"0,1\""), terms)
        XCTAssertTrue(terms.contains("\"大坑\":\"1\""), terms)
        // The town's file: each village with its notices, shards, version and days (2026-11-01
        // is day 740 226 counted from 0000-03-01; 2026-10-01 is 31 days back, "v" in base 36).
        let town = try String(contentsOf: out.appendingPathComponent("search/villages.js"), encoding: .utf8)
        let days = String(740_226, radix: 36) + ",v"
        XCTAssertNotNil(town.firstMatch(of: /\["xuji",2,1,"[0-9a-f]{12}","([0-9a-z,]+)"\]/), town)
        XCTAssertTrue(town.contains("\"\(days)\"]"), town)
        let page = try String(contentsOf: out.appendingPathComponent("search/index.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("data-documents=\"2\" data-chunk=\"100\""), page)
        XCTAssertTrue(page.contains("<a href=\"../xuji/affairs/index.html\">村务公开</a>"), page)
    }
}
