import GongkaiKit
import Hummingbird

/// What every answer of the editor carries, whatever route or guard made it: not to be sniffed
/// for another type, framed, cached or followed with its address, and the Content-Security-
/// Policy its pages satisfy (the site's own: no inline script but the theme's hashed ones).
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    static var policy: String { ContentSecurity.policy }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPResponseError {
            response = try error.response(from: request, context: context)
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.init("X-Frame-Options")!] = "DENY"
        response.headers[.init("Referrer-Policy")!] = "same-origin"
        response.headers[.contentSecurityPolicy] = Self.policy
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}
