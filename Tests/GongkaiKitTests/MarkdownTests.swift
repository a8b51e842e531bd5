import XCTest

@testable import GongkaiContent
@testable import GongkaiCore
@testable import GongkaiEditor
@testable import GongkaiKit
@testable import GongkaiSite

final class MarkdownTests: XCTestCase {
    func testGFMExtensionsAreOn() {
        let html = Markdown.html("| a | b |\n|---|--:|\n| 1 | 2 |\n\n~~旧~~ 见 https://example.cn\n\n- [x] 已办\n")
        XCTAssertTrue(html.contains("<table>"), html)
        XCTAssertTrue(html.contains("style=\"text-align: right\""), html)
        XCTAssertTrue(html.contains("<del>旧</del>"), html)
        XCTAssertTrue(html.contains("<a href=\"https://example.cn\">"), html)
        XCTAssertTrue(html.contains("type=\"checkbox\""), html)
    }

    func testRawHTMLAndScriptLinksNeverPass() {
        let html = Markdown.html(
            """
            <script>alert(1)</script>

            <img src=x onerror="alert(2)">

            [点我](javascript:alert(3)) [图](vbscript:x) ![x](data:text/html;base64,AAAA)

            段落 <b onclick="x()">粗</b>
            """)
        XCTAssertFalse(html.contains("<script"), html)
        XCTAssertFalse(html.contains("onerror"), html)
        XCTAssertFalse(html.contains("onclick"), html)
        XCTAssertFalse(html.lowercased().contains("javascript:"), html)
        XCTAssertFalse(html.lowercased().contains("vbscript:"), html)
        XCTAssertFalse(html.contains("data:text/html"), html)
    }

    func testFrontMatterSplitsWithCRLF() throws {
        let fm = try FrontMatter.split("---\r\ntitle: a\r\n---\r\n正文\r\n").get()
        XCTAssertEqual(fm.yaml, "title: a")
        XCTAssertEqual(fm.body, "正文\r\n")
        XCTAssertEqual(fm.bodyLineOffset, 3)
        XCTAssertEqual(FrontMatter.split("title: a\n").failure, .missingOpening)
        XCTAssertEqual(FrontMatter.split("---\ntitle: a\n").failure, .missingClosing)
    }
}
