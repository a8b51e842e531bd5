import Hummingbird
import NIOCore

/// The request context of every route: Hummingbird's basics and the connection's peer address
/// (for the sign-in throttle, and to believe `X-Forwarded-*` only from the proxy).
struct ServerContext: RequestContext, RemoteAddressRequestContext {
    var coreContext: CoreRequestContextStorage
    let remoteAddress: SocketAddress?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}
