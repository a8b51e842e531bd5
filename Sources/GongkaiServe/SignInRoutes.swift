import Foundation
import GongkaiAccounts
import GongkaiKit
import Hummingbird
import NIOCore

/// 登录 and 退出 (spec §12). A sign-in always starts a new session id (a cookie planted before
/// it is worthless after it); five wrong passwords lock the account for 15 minutes, and every
/// failure from an address slows its next attempt.
struct SignInRoutes: Sendable {
    let accounts: AccountStore
    let tokens: SessionTokens
    /// The reverse proxy whose `X-Forwarded-*` headers are believed.
    let trustedProxy: String?
    /// The public site's address (`base_url`), linked for villagers who reach the sign-in page.
    var publicSite: @Sendable () -> String? = { nil }

    /// Whoever reaches the sign-in page is treated as not signed in (no account bar).
    private static func visitor(_ context: ServerContext) -> Permissions {
        Permissions(identity: nil, words: context.words, theme: context.theme)
    }

    func add(to router: Router<ServerContext>) {
        router.get("/__gongkai/login") { request, context in
            loginPage(
                request, message: nil, status: .ok, name: "", next: Self.next(request.uri.queryParameters["next"]),
                may: Self.visitor(context))
        }
        router.post("/__gongkai/login") { request, context in
            try await signIn(request, peer: context.remoteAddress, may: Self.visitor(context))
        }
        router.post("/__gongkai/logout") { request, context in
            let form = try? await FormPost.read(request)
            guard let token = request.cookies[SessionTokens.cookie]?.value,
                tokens.accepts(request, token: form?.value("_csrf"))
            else { return EditorRoutes.expired(for: context.may) }
            if let account = accounts.session(token) { accounts.record(user: account.name, action: "退出") }
            accounts.endSession(token)
            var response = Pages.redirect("/__gongkai/login")
            response.setCookie(expired(request))
            return response
        }
    }

    /// Whether the request reached the proxy over TLS (believed only from the proxy).
    func isSecure(_ request: Request, peer: String?) -> Bool {
        guard let trustedProxy, peer == trustedProxy else { return false }
        return request.headers[.init("X-Forwarded-Proto")!]?.lowercased() == "https"
    }

    /// The client's address: the proxy's `X-Forwarded-For` (its last hop) when from the proxy.
    func clientAddress(_ request: Request, peer: String?) -> String {
        if let trustedProxy, peer == trustedProxy,
            let forwarded = request.headers[.init("X-Forwarded-For")!]?.split(separator: ",").last
        {
            return forwarded.trimmingCharacters(in: .whitespaces)
        }
        return peer ?? "?"
    }

    private func sessionCookie(_ value: String, secure: Bool) -> Cookie {
        Cookie(name: SessionTokens.cookie, value: value, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }

    private func expired(_ request: Request) -> Cookie {
        Cookie(
            name: SessionTokens.cookie, value: "", expires: Date(timeIntervalSince1970: 0), path: "/", httpOnly: true,
            sameSite: .strict)
    }

    /// A page of this server to go back to after signing in: a local path only, never
    /// another host (`//evil.example`, `/\\evil`), never the sign-in page itself.
    static func next(_ value: Substring?) -> String? {
        guard let value, let path = String(value).removingPercentEncoding, path.hasPrefix("/"),
            !path.hasPrefix("//"), !path.contains("\\"), !path.hasPrefix("/__gongkai/log"),
            !path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
        else { return nil }
        return path
    }

    private func loginPage(
        _ request: Request, message: String?, status: HTTPResponse.Status, name: String, next: String?,
        may: Permissions
    ) -> Response {
        let w = may.words
        // The form's token belongs to a pre-sign-in session, replaced at sign-in.
        let session = tokens.session(of: request)
        let page = SignInPage.make(
            chrome: may.chrome(title: w.t("登录")), ui: may.editorWords, publicSite: publicSite(), message: message,
            csrf: tokens.token(for: session.id), next: next, name: name, focusPassword: !name.isEmpty)
        let out = may.page(page, "editor-sign-in")
        return Pages.html(status, out, cookie: session.newCookie)
    }

    private func signIn(_ request: Request, peer: SocketAddress?, may: Permissions) async throws -> Response {
        let w = may.words
        let peerAddress = peer?.ipAddress
        let address = clientAddress(request, peer: peerAddress)
        let form: FormPost
        do { form = try await FormPost.read(request) } catch {
            return loginPage(request, message: w.t("表单无法读取，请重试"), status: .badRequest, name: "", next: nil, may: may)
        }
        let next = Self.next(form.value("next").map { Substring($0) })
        guard tokens.accepts(request, token: form.value("_csrf")) else {
            return loginPage(request, message: w.t("页面已过期，请重新登录"), status: .forbidden, name: "", next: next, may: may)
        }
        let delay = accounts.delay(for: address)
        if delay > 0 { try await Task.sleep(nanoseconds: UInt64(delay * 1_000_000_000)) }
        let name = form.value("user") ?? ""
        let password = form.value("password") ?? ""
        let outcome = try await Offload.run { [accounts] in
            try accounts.signIn(name: name, password: password, address: address)
        }
        switch outcome {
        case .success(let account):
            let token = try accounts.startSession(for: account.name)
            accounts.record(user: account.name, action: "登录", detail: address)
            var response = Pages.redirect(next ?? "/__gongkai/home")
            response.setCookie(sessionCookie(token, secure: isSecure(request, peer: peerAddress)))
            return response
        case .wrong:
            accounts.record(user: Account.isValidName(name) ? name : "?", action: "登录失败", detail: address)
            return loginPage(
                request, message: w.t("用户名或密码不对"), status: .unauthorized, name: Account.isValidName(name) ? name : "",
                next: next, may: may)
        case .locked(let until):
            accounts.record(user: name, action: "登录被拒（已锁定）", detail: address)
            return loginPage(
                request, message: w.t("连续 5 次密码错误，账户已锁定到 {until}；请稍后再试或请镇里重设密码", BeijingTime.clock(until)),
                status: .tooManyRequests, name: Account.isValidName(name) ? name : "", next: next, may: may)
        }
    }
}
