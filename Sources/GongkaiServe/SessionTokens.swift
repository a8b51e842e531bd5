import Crypto
import Foundation
import Hummingbird

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
