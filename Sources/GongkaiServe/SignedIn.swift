import Foundation
import GongkaiAccounts
import Hummingbird

/// How the server is reached (spec §12): on loopback by one person, or on the town's network by
/// signed-in users whose role and villages decide what each route answers.
public struct NetworkOptions: Sendable {
    public var host: String
    public var port: Int
    /// Required beyond loopback.
    public var accounts: AccountStore?
    /// The reverse proxy's address: only its `X-Forwarded-Proto` / `X-Forwarded-For` are believed.
    public var trustedProxy: String?

    public init(host: String, port: Int, accounts: AccountStore?, trustedProxy: String?) {
        self.host = host
        self.port = port
        self.accounts = accounts
        self.trustedProxy = trustedProxy
    }

    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }
}

/// The user a request is served for, set by `AccountGuard` for the rest of its handling; nil on
/// loopback without accounts, where the one local user may do everything.
enum SignedIn {
    struct User: Sendable {
        var account: Account
        var csrf: String
        /// For a town account while the public site is behind: the banner saying so and why.
        var behind: String = ""
    }

    @TaskLocal static var current: User?

    static var account: Account? { current?.account }

    /// Whether the user may write this village's documents (save, draft, upload, delete).
    static func mayWrite(_ village: String) -> Bool {
        guard let account else { return true }
        return account.covers(village) && account.role != .supervisor
    }

    /// village.yaml names the supervisory committee whose members sign off: the town's to change.
    static func mayEditProfile() -> Bool { account.map { $0.role == .town } ?? true }

    /// The name, role and 退出 shown at the top of every editor page when signed in.
    static func bar() -> String {
        guard let current else { return "" }
        let account = current.account
        return current.behind
            + "<div class=\"account\"><span>\(Html.text(account.displayName))（\(account.role.chinese)）</span> "
            + "<a href=\"/__gongkai/home\">我的待办</a> "
            + (account.role == .town ? "<a href=\"\(AccountRoutes.path)\">账户管理</a> " : "")
            + "<form method=\"post\" action=\"/__gongkai/logout\" enctype=\"multipart/form-data\">"
            + "<input type=\"hidden\" name=\"_csrf\" value=\"\(Html.attr(current.csrf))\">"
            + "<button type=\"submit\">退出</button></form></div>"
    }
}

/// With accounts, what every request passes first: a live session (else the sign-in page, or
/// 403 for a post), and a path inside the villages the account covers (else 403) — the editor's
/// forms, the preview's pages and the village's files alike. Sets `SignedIn.current`.
struct AccountGuard<Context: RequestContext>: RouterMiddleware {
    let accounts: AccountStore
    let tokens: SessionTokens
    /// The public site's banner while it is behind (empty when it is not).
    var behind: @Sendable () -> String = { "" }
    let villages: @Sendable () -> [String]

    static var open: Set<String> { ["/__gongkai/login", "/__gongkai/editor.css"] }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        try await guarded(request, context: context, next: next)
    }

    private func guarded(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        let path = request.uri.path
        // Browsers send paths without dot segments; one that has them (`/./liuzhuang/`,
        // `/xuji/%2e%2e/liuzhuang/`) could name another village than the check below sees.
        guard let decoded = path.removingPercentEncoding, !decoded.contains("\\"),
            !decoded.split(separator: "/").contains(where: { $0 == "." || $0 == ".." })
        else { return Pages.text(.badRequest, "400 路径不规范\n") }
        if Self.open.contains(path) { return try await next(request, context) }
        let token = request.cookies[SessionTokens.cookie]?.value
        let account = try await Offload.run { [accounts] in token.flatMap { accounts.session($0) } }
        guard let token, let account else {
            if request.method == .get || request.method == .head {
                // Back to the page asked for once signed in.
                let asked = request.uri.description
                let next = asked.addingPercentEncoding(withAllowedCharacters: .urlQueryValue) ?? ""
                return Pages.redirect("/__gongkai/login" + (asked == "/" ? "" : "?next=" + next))
            }
            return Html.problem(.forbidden, title: "请先登录", "登录已过期或还没有登录，没有保存。请重新登录后再试。", back: "/__gongkai/login")
        }
        if let village = village(in: path), !account.covers(village) {
            let user = SignedIn.User(account: account, csrf: tokens.token(for: token))
            return SignedIn.$current.withValue(user) {
                Html.problem(.forbidden, title: "不能访问", "你的账户不能访问这个村的文档和页面。")
            }
        }
        let user = SignedIn.User(
            account: account, csrf: tokens.token(for: token), behind: account.role == .town ? behind() : "")
        return try await SignedIn.$current.withValue(user) { try await next(request, context) }
    }

    /// The village a path is about: `/__gongkai/edit/<v>/…`, or a preview page `/<v>/…`.
    func village(in path: String) -> String? {
        let parts = (path.removingPercentEncoding ?? path).split(separator: "/").map(String.init)
        if parts.count >= 3, parts[0] == "__gongkai", parts[1] == "edit" { return parts[2] }
        guard let first = parts.first, !first.hasPrefix("__gongkai") else { return nil }
        return villages().contains(first) ? first : nil
    }
}
