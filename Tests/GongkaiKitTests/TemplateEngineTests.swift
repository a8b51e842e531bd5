import XCTest

@testable import GongkaiContent
@testable import GongkaiCore
@testable import GongkaiEditor
@testable import GongkaiKit
@testable import GongkaiSite

/// The template engine against the Mustache rules the theme relies on.
final class TemplateEngineTests: XCTestCase {
    struct Item: TemplateObject {
        var name: String
        var amount: String?
        func field(_ key: String) -> TemplateValue? {
            switch key {
            case "name": return .from(name)
            case "amount": return .from(amount)
            default: return nil
            }
        }
    }

    struct Page: TemplateObject {
        var title: String
        var root: String
        var items: [Item]
        var tags: [String]
        var flag: Bool
        var count: Int
        var owner: Item?
        func field(_ key: String) -> TemplateValue? {
            switch key {
            case "title": return .from(title)
            case "root": return .from(root)
            case "items": return .from(items)
            case "tags": return .from(tags)
            case "flag": return .from(flag)
            case "count": return .from(count)
            case "owner": return .from(owner)
            default: return nil
            }
        }
    }

    let page = Page(
        title: "<b>\"许集村\" & 'x'</b>", root: "../",
        items: [Item(name: "甲", amount: "1.00"), Item(name: "乙", amount: nil)],
        tags: ["党务", "财务"], flag: true, count: 0, owner: Item(name: "许长林", amount: nil))

    func render(_ source: String, partials: [String: String] = [:]) throws -> String {
        var library = TemplateLibrary()
        library.register(try Template(source), named: "main")
        for (name, text) in partials { library.register(try Template(text), named: name) }
        return try library.render(page, template: "main")
    }

    func testVariablesAreEscapedUnlessTripled() throws {
        XCTAssertEqual(try render("{{title}}"), "&lt;b&gt;&quot;许集村&quot; &amp; &#39;x&#39;&lt;/b&gt;")
        XCTAssertEqual(try render("{{{title}}}|{{& title}}"), "<b>\"许集村\" & 'x'</b>|<b>\"许集村\" & 'x'</b>")
        XCTAssertEqual(try render("[{{missing}}][{{count}}]"), "[][0]")
    }

    /// Pages, feeds, QR codes and the editor escape alike (`MarkupEscape`): every special
    /// character, in content and in attributes, and no control character XML forbids.
    func testOneEscaperForPagesFeedsQRCodesAndTheEditor() throws {
        let hostile = "<a href=\"x\" onclick='y'>&\u{07}\t\n</a>"
        let expected = "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;\t\n&lt;/a&gt;"
        XCTAssertEqual(MarkupEscape.text(hostile), expected)
        var page = self.page
        page.title = hostile
        var library = TemplateLibrary()
        library.register(try Template("{{title}}"), named: "main")
        XCTAssertEqual(try library.render(page, template: "main"), expected)
        let svg = try XCTUnwrap(QRCode.svg(for: "https://gk.example.cn/", label: hostile))
        XCTAssertTrue(svg.contains("aria-label=\"\(expected)\""), svg)
        XCTAssertEqual(MarkupEscape.text("许集村 2026"), "许集村 2026")
    }

    func testSectionsListsBooleansObjectsAndInverted() throws {
        XCTAssertEqual(
            try render("{{#items}}{{name}}={{amount}}{{^amount}}无{{/amount}}({{root}});{{/items}}"),
            "甲=1.00(../);乙=无(../);")
        XCTAssertEqual(try render("{{#tags}}<{{.}}>{{/tags}}"), "<党务><财务>")
        XCTAssertEqual(try render("{{#flag}}yes{{/flag}}{{^flag}}no{{/flag}}"), "yes")
        XCTAssertEqual(try render("{{#owner}}{{name}}{{/owner}}|{{owner.name}}|{{owner.amount}}"), "许长林|许长林|")
        XCTAssertEqual(try render("{{#missing}}x{{/missing}}{{^missing}}none{{/missing}}"), "none")
        XCTAssertEqual(try render("{{! a comment }}ok"), "ok")
    }

    func testANameWithoutAValueStopsTheLookup() throws {
        // 乙 has an amount field with no value: the page's `amount` (none) is not reached, and
        // the owner's empty amount does not fall through to an outer item's either.
        XCTAssertEqual(try render("{{#items}}{{#owner}}[{{amount}}]{{/owner}}{{/items}}"), "[][]")
        XCTAssertEqual(try render("{{#items}}{{#amount}}有{{/amount}}{{^amount}}无{{/amount}}{{/items}}"), "有无")
    }

    func testPartialsSeeTheContextAndStandaloneLinesVanish() throws {
        // A standalone partial's indentation goes before each of its lines (spec: partials).
        let out = try render(
            "<ul>\n  {{#items}}\n  {{> item}}\n  {{/items}}\n</ul>\n", partials: ["item": "<li>{{name}}</li>\n"])
        XCTAssertEqual(out, "<ul>\n  <li>甲</li>\n  <li>乙</li>\n</ul>\n")
        XCTAssertEqual(try render("a {{#flag}}b{{/flag}} c\n"), "a b c\n", "tags inside a line keep it")
    }

    func testErrorsSayWhere() {
        func failure(_ source: String) -> Template.ParseError? {
            do {
                _ = try Template(source)
                return nil
            } catch { return error as? Template.ParseError }
        }
        XCTAssertEqual(failure("line one\n  {{#a}}x")?.line, 2)
        XCTAssertEqual(failure("line one\n  {{#a}}x")?.column, 3)
        XCTAssertEqual(failure("{{#a}}{{/b}}")?.column, 7)
        XCTAssertEqual(failure("ok\n{{title")?.line, 2)
        XCTAssertNil(failure("{{=<% %>=}}<%title%>"))
        XCTAssertEqual(failure("ok {{=<% =}}")?.column, 4, "a delimiter tag needs two delimiters")
        XCTAssertEqual(failure("{{=<% %>=}}\n <%#a%>")?.line, 2, "errors after a delimiter change are placed too")
    }
}
