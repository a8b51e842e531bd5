import Hummingbird

/// What every request passes first (spec §11, "safe even on loopback"): its Host must name the
/// address served (a page of another site that a DNS trick points at 127.0.0.1 is refused), and
/// every answer carries `SecurityHeaders`. The request is then served for the one local user.
struct LoopbackGuard<Context: IdentifiedContext>: RouterMiddleware {
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
            return Pages.text(.misdirectedRequest, context.words.t("421 请用 http://127.0.0.1:端口/ 访问本预览（Host 不符）\n"))
        }
        var context = context
        context.identity = .localUser
        return try await next(request, context)
    }
}
