import Foundation
import XCTest

@testable import GongkaiKit

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

    func testTheHashIsFNV1aOverUTF16AsTheScriptComputesIt() {
        // The page script's function (Math.imul over charCodeAt) gives e40c292c for "a" in V8.
        XCTAssertEqual(SearchIndex.hash(""), 2_166_136_261)
        XCTAssertEqual(SearchIndex.hash("a"), 0xE40C_292C)
        XCTAssertEqual(SearchIndex.encode([0, 3, 13, 50]), "0,3,a,11")
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
        let docs = try String(contentsOf: out.appendingPathComponent("search/d/0.js"), encoding: .utf8)
        XCTAssertTrue(
            docs.hasPrefix(
                "gongkaiSearch.docs(0,[[\"xuji/affairs/b\",\"冬季防火\",\"许集村\",\"村务公告\",\"2026-11-01\",\"2026年11月1日\","
                    + "\"冬季防火 低保户注意。\"],\n[\"xuji/affairs/a\""), docs)
        let terms = try String(contentsOf: out.appendingPathComponent("search/t/0.js"), encoding: .utf8)
        XCTAssertTrue(terms.contains("\"低保\":\"0,1\""), terms)
        XCTAssertTrue(terms.contains("\"大坑\":\"1\""), terms)
        let page = try String(contentsOf: out.appendingPathComponent("search/index.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("data-documents=\"2\" data-shards=\"1\" data-chunk=\"100\""), page)
        XCTAssertTrue(page.contains("<a href=\"../xuji/affairs/index.html\">村务公开</a>"), page)
    }
}
