import Foundation
import GongkaiAccounts
import Hummingbird
import HummingbirdTesting
import XCTest

@testable import GongkaiContent
@testable import GongkaiCore
@testable import GongkaiEditor
@testable import GongkaiKit
@testable import GongkaiServe
@testable import GongkaiSite

/// Authorization fails closed: the editor's and the accounts' routes mounted with no guard in
/// front (so no request has a resolved identity) refuse every write — with a valid CSRF token,
/// on a real workspace in git and a real account store — and nothing on disk changes.
final class UnidentifiedRequestTests: XCTestCase {
    func testEveryWriteRouteRefusesARequestWithoutAnIdentity() async throws {
        let site = try TestSite()
        let notice = "content/xuji/affairs/fire.md"
        try site.write(notice, "---\nkind: affairs.notice\ntitle: 防火通知\npublished: 2026-11-01\n---\n冬季防火。\n")
        try site.write(
            "content/xuji/finance/2026-10.yaml",
            TestSite.octoberStatement.replacingOccurrences(
                of: "reviewed: {date: 2026-11-04, by: [许长林]}\n", with: "draft: true\n"))
        try TestGit.run(site, ["init", "-q"])
        try TestGit.commit(site, "开始", at: "2026-11-01T09:00:00+08:00")
        let accounts = try AccountStore(path: site.root.appendingPathComponent("accounts.sqlite").path)
        try accounts.add(
            Account(name: "zhen", displayName: "镇干部", email: "zhen@example.cn", role: .town, villages: []),
            password: "镇里的密码2026")
        let workspace = EditorWorkspace(root: site.root, dateFlag: "2026-11-22", author: "许志强 <w@example.cn>")
        let tokens = SessionTokens()
        let router = Router(context: ServerContext.self)
        EditorRoutes(workspace: workspace, tokens: tokens, accounts: accounts).add(to: router)
        AccountRoutes(accounts: accounts, workspace: workspace, tokens: tokens).add(to: router)

        let before = try snapshot(site.root)
        let head = try TestGit.output(site, ["rev-parse", "HEAD"])
        let session = String(repeating: "ab", count: 32)
        let csrf = tokens.token(for: session)
        let doc = "/__gongkai/edit/xuji/doc"
        let statement = "content/xuji/finance/2026-10.yaml"
        let edited: [(String, String)] = [
            ("_path", notice), ("_kind", "affairs.notice"), ("title", "改过的标题"), ("published", "2026-11-01"),
            ("body", "改过。"),
        ]
        var posts: [(path: String, fields: [(String, String)])] = []
        for action in ["save", "draft", "overwrite", "submit", "publish", "add:attachments", "check"] {
            posts.append((doc, edited + [("_action", action)]))
        }
        for action in ["approve", "return", "publish-confirmed", "submit"] {
            posts.append((doc, [("_path", statement), ("_action", action), ("_reason", "不对")]))
        }
        posts.append((doc, [("_path", "content/xuji/affairs/new.md"), ("_new", "1"), ("_action", "save")] + edited))
        posts.append(("/__gongkai/edit/xuji/delete", [("_path", notice), ("_message", "删除")]))
        for action in ["add", "password", "unlock", "remove"] {
            posts.append(
                (
                    AccountRoutes.path,
                    [
                        ("_action", action), ("name", action == "add" ? "wenshu" : "zhen"), ("display_name", "文书"),
                        ("role", "secretary"), ("villages", "xuji"), ("password", "新的密码很长2026"), ("confirm", "zhen"),
                    ]
                ))
        }
        let gets = [
            "/__gongkai/home", "/__gongkai/edit/xuji", "/__gongkai/edit/xuji/new/affairs.notice",
            "\(doc)?path=\(notice)", "/__gongkai/edit/xuji/delete?path=\(notice)", AccountRoutes.path,
            AccountRoutes.auditPath,
        ]

        let app = Application(router: router)
        let requests = posts.map { (path: $0.path, fields: $0.fields.map { [$0.0, $0.1] }) }
        try await app.test(.router) { client in
            for post in requests {
                let (body, type) = Self.multipart(post.fields + [["_csrf", csrf]])
                try await client.execute(
                    uri: post.path, method: .post,
                    headers: [.contentType: type, .cookie: "\(SessionTokens.cookie)=\(session)"], body: body
                ) { response in
                    XCTAssertEqual(response.status, .forbidden, "\(post.path) \(post.fields)")
                }
            }
            for path in gets {
                try await client.execute(
                    uri: path, method: .get, headers: [.cookie: "\(SessionTokens.cookie)=\(session)"]
                ) { response in
                    XCTAssertEqual(response.status, .forbidden, path)
                    XCTAssertFalse(String(buffer: response.body).contains("防火通知"), "\(path) shows no document")
                }
            }
        }
        XCTAssertEqual(try snapshot(site.root), before, "no file written")
        XCTAssertEqual(try TestGit.output(site, ["rev-parse", "HEAD"]), head, "no commit")
        XCTAssertEqual(try accounts.accounts().map(\.name), ["zhen"], "no account added or removed")
        XCTAssertTrue(try accounts.audit(limit: 10, user: nil).isEmpty, "nothing in the audit trail")
    }

    private func snapshot(_ root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for entry in FileTree.files(under: root) where !entry.relative.hasPrefix("accounts.sqlite") {
            files[entry.relative] = FileManager.default.contents(atPath: entry.path)
        }
        return files
    }

    private static func multipart(_ fields: [[String]]) -> (ByteBuffer, String) {
        let boundary = "gongkai-test-boundary"
        var text = ""
        for field in fields {
            let (name, value) = (field[0], field[1])
            text += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        text += "--\(boundary)--\r\n"
        return (ByteBuffer(string: text), "multipart/form-data; boundary=\(boundary)")
    }
}
