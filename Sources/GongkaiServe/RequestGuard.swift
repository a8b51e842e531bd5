import Crypto
import Foundation
import Hummingbird

/// What every request passes first (spec §11, "safe even on loopback"): its Host must name the
/// address served (a page of another site that a DNS trick points at 127.0.0.1 is refused), and
/// every answer carries `SecurityHeaders`.
struct LoopbackGuard<Context: RequestContext>: RouterMiddleware {
    let state: PreviewState

    /// 127.0.0.1, localhost or [::1], with the port served or none.
    static func isLoopback(_ host: String, port: Int) -> Bool {
        ["127.0.0.1", "localhost", "[::1]"].contains { host == $0 || host == "\($0):\(port)" }
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        guard let port = state.port.withLock({ $0 }), let host = request.head.authority?.lowercased(),
            Self.isLoopback(host, port: port)
        else {
            return Pages.text(.misdirectedRequest, "421 请用 http://127.0.0.1:端口/ 访问本预览（Host 不符）\n")
        }
        return try await next(request, context)
    }
}

/// The per-session CSRF token: a random session id in a SameSite=Strict cookie, and the form's
/// token an HMAC of it under a key that lives only as long as the server.
struct SessionTokens: Sendable {
    static let cookie = "gongkai_session"
    private let key: [UInt8] = SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }

    /// The session of a request, and a cookie to set when it has none yet.
    func session(of request: Request) -> (id: String, newCookie: Cookie?) {
        if let id = request.cookies[Self.cookie]?.value, id.count == 64, id.allSatisfy(\.isHexDigit) {
            return (id, nil)
        }
        let id = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0).map { String(format: "%02x", $0) }.joined() }
        return (id, Cookie(name: Self.cookie, value: id, path: "/", httpOnly: true, sameSite: .strict))
    }

    func token(for session: String) -> String {
        Data(HMAC<SHA256>.authenticationCode(for: Data(session.utf8), using: SymmetricKey(data: key))).map {
            String(format: "%02x", $0)
        }
        .joined()
    }

    /// Whether a post carries the token of the session its cookie names.
    func accepts(_ request: Request, token: String?) -> Bool {
        guard let id = request.cookies[Self.cookie]?.value, let token else { return false }
        let expected = Array(self.token(for: id).utf8)
        let given = Array(token.utf8)
        guard expected.count == given.count else { return false }
        return zip(expected, given).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
