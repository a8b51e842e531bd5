import GongkaiKit
import Hummingbird
import NIOCore

/// The request context of every route: Hummingbird's basics, the connection's peer address (for
/// the sign-in throttle, and to believe `X-Forwarded-*` only from the proxy), and who the
/// request is served for once a guard has resolved it, and the language and theme its pages
/// are made in.
struct ServerContext: IdentifiedContext, RemoteAddressRequestContext {
    var coreContext: CoreRequestContextStorage
    let remoteAddress: SocketAddress?
    var identity: Identity?
    var words = Localizer(locale: .zhHans)
    var theme = EditorTheme.builtIn

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
        identity = nil
    }
}
