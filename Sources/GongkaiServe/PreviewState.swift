import Foundation
import GongkaiKit
import Synchronization

/// What the preview server knows about the latest build, shared between threads.
final class PreviewState: Sendable {
    struct Snapshot: Sendable {
        /// Errors of the latest build; the site served is the last good one.
        var errors: [Diagnostic] = []
        var hasSite = false
        var builds = 0
        /// The build date of the latest build.
        var buildDate: CalendarDate?
        /// Since when the latest builds have failed: the site served is older than the repository.
        var behindSince: Date?
    }

    private let snapshot = Mutex(Snapshot())
    private let listeners = Mutex<[UUID: AsyncStream<String>.Continuation]>([:])
    /// The port bound, once the server runs: the Host a request must name.
    let port = Mutex<Int?>(nil)

    var current: Snapshot { snapshot.withLock { $0 } }

    func update(_ change: (inout Snapshot) -> Void) {
        snapshot.withLock { change(&$0) }
    }

    /// A stream of the events an open page is sent (`reload`), until the server stops.
    func listen() -> AsyncStream<String> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(4))
        continuation.onTermination = { [weak self] _ in
            _ = self?.listeners.withLock { $0.removeValue(forKey: id) }
        }
        listeners.withLock { $0[id] = continuation }
        return stream
    }

    var listenerCount: Int { listeners.withLock { $0.count } }

    /// Tells every open page to reload (server-sent event `reload`).
    func broadcastReload() {
        for continuation in listeners.withLock({ Array($0.values) }) { continuation.yield("reload") }
    }

    /// Ends every event stream, so the server can stop.
    func closeListeners() {
        for continuation in listeners.withLock({ Array($0.values) }) { continuation.finish() }
    }
}
