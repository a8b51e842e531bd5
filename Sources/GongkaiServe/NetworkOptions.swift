import GongkaiAccounts

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
