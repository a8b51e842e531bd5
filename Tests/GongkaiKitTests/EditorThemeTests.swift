import Foundation
import GongkaiAccounts
import Hummingbird
import HummingbirdTesting
import XCTest

@testable import GongkaiCore
@testable import GongkaiKit
@testable import GongkaiServe
@testable import GongkaiSite

/// The editor's sign-in, accounts and audit pages are the theme's templates over page models,
/// as the site's pages are: a town restyles them with its own `templates/editor-*.mustache`,
/// `check` walks them like the site's, and a broken one never locks anyone out.
final class EditorThemeTests: XCTestCase {
    private func signInPage(_ site: TestSite, locale: SiteLocale = .zhHans) async throws -> (Int, String) {
        try await request(site, "/__gongkai/login?next=%2F__gongkai%2Fhome", locale: locale)
    }

    private func request(
        _ site: TestSite, _ uri: String, method: HTTPRequest.Method = .get, locale: SiteLocale = .zhHans
    ) async throws -> (Int, String) {
        let accounts = try AccountStore(path: site.root.appendingPathComponent("accounts.sqlite").path)
        let router = Router(context: ServerContext.self)
        router.add(middleware: SiteWords(locale: { locale }, theme: EditorTheme(root: site.root)))
        SignInRoutes(
            accounts: accounts, tokens: SessionTokens(), trustedProxy: nil, publicSite: { "https://gk.example.cn/" }
        ).add(to: router)
        return try await Application(router: router).test(.router) { client in
            try await client.execute(uri: uri, method: method) { response in
                (Int(response.status.code), String(buffer: response.body))
            }
        }
    }

    func testTheBuiltInSignInPageIsTheThemesTemplateInTheSitesLanguage() async throws {
        let site = try TestSite()
        let (status, page) = try await signInPage(site)
        XCTAssertEqual(status, 200)
        XCTAssertTrue(page.hasPrefix("<!DOCTYPE html><html lang=\"zh-Hans\">"), page)
        XCTAssertTrue(page.contains("<title>登录 · gongkai 录入</title>"), page)
        XCTAssertTrue(page.contains("<h1>公开栏录入：登录</h1>"), page)
        XCTAssertTrue(
            page.contains("村民请看公开栏网站：<a href=\"https://gk.example.cn/\">https://gk.example.cn/</a>，不用登录。"), page)
        XCTAssertTrue(page.contains("<input type=\"hidden\" name=\"next\" value=\"/__gongkai/home\">"), page)
        XCTAssertTrue(page.contains("name=\"_csrf\" value=\""), "the form carries its token")
        XCTAssertFalse(page.contains(" autofocus"), "no name yet: the cursor is not sent to the password")

        let (_, english) = try await signInPage(site, locale: .en)
        XCTAssertTrue(english.contains("<html lang=\"en\">"), english)
        XCTAssertTrue(english.contains("<button type=\"submit\">Sign in</button>"), english)
        XCTAssertNil(english.range(of: "\\p{Han}", options: .regularExpression), english)
    }

    func testATownRestylesTheSignInPageAndABrokenTemplateFallsBackToTheBuiltInOne() async throws {
        let site = try TestSite()
        try site.write(
            "templates/editor-sign-in.mustache",
            """
            {{> editor-head}}
            <main id="main" class="login"><h1>{{ui.signInHeading}}（后庙镇）</h1>
            <form method="post" action="/__gongkai/login"><input type="hidden" name="_csrf" value="{{csrf}}">
            <input name="user" value="{{name}}"><input type="password" name="password">
            <button type="submit">{{ui.signIn}}</button></form></main></body></html>

            """)
        let (status, page) = try await signInPage(site)
        XCTAssertEqual(status, 200)
        XCTAssertTrue(page.contains("<h1>公开栏录入：登录（后庙镇）</h1>"), page)
        XCTAssertTrue(page.contains("<title>登录 · gongkai 录入</title>"), "the built-in head partial still used")
        XCTAssertFalse(page.contains("村民请看"), "the town's template left the line out")

        // Every page that says why something cannot be done is the theme's editor-problem.
        try site.write(
            "templates/editor-problem.mustache",
            "{{> editor-head}}\n<main id=\"main\"><h1>{{heading}}</h1><p class=\"town-note\">{{why}}</p></main>\n")
        let (refused, problem) = try await request(site, "/__gongkai/logout", method: .post)
        XCTAssertEqual(refused, 403)
        XCTAssertTrue(problem.contains("<h1>页面已过期</h1><p class=\"town-note\">这个页面已过期"), problem)

        // A template that includes itself renders nothing (the engine stops at its depth limit):
        // the built-in page, not a blank one.
        try site.write("templates/editor-sign-in.mustache", "{{> editor-sign-in}}\n")
        let (loopStatus, loop) = try await signInPage(site)
        XCTAssertEqual(loopStatus, 200)
        XCTAssertTrue(loop.contains("<h1>公开栏录入：登录</h1>"), loop)

        // A template that does not parse: the built-in page, not an error or an empty page.
        try site.write("templates/editor-sign-in.mustache", "{{> editor-head}}\n{{#publicSite}}\n")
        let (fallbackStatus, fallback) = try await signInPage(site)
        XCTAssertEqual(fallbackStatus, 200)
        XCTAssertTrue(fallback.contains("<h1>公开栏录入：登录</h1>"), fallback)
        XCTAssertTrue(fallback.contains("name=\"password\""), fallback)
    }

    /// A town's editor template is checked by `check` as the site's are: a misspelled name is a
    /// GK-T002 warning at its line, on the editor page that renders it.
    func testCheckWalksTheEditorsTemplates() throws {
        let site = try TestSite()
        try site.write(
            "content/xuji/affairs/n.md", "---\nkind: affairs.notice\ntitle: 通知\npublished: 2026-11-01\n---\n正文。\n")
        try site.write(
            "templates/editor-audit.mustache",
            "{{> editor-head}}\n<main><h1>{{ui.audit}}</h1>\n{{#entries}}<p>{{time}} {{usr}}</p>{{/entries}}\n</main>\n"
        )
        let check = try Binary.run(["check", site.root.path, "--date", "2026-11-22"])
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertTrue(
            check.stdout.contains(
                "templates/editor-audit.mustache:3:25: warning[GK-T002]: 模板用到的名称 usr 在 editor-audit "
                    + "页面此处的数据（AuditRow）中不存在；是否应为 {{user}}？"
            ), check.stdout)
    }
}
