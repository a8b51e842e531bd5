import Foundation
import GongkaiKit
import NIOCore
import NIOHTTP1
import Synchronization

/// What the preview server knows about the latest build, shared between threads.
final class PreviewState: Sendable {
    struct Snapshot: Sendable {
        /// Errors of the latest build; the site served is the last good one.
        var errors: [Diagnostic] = []
        var hasSite = false
        var builds = 0
    }

    private let snapshot = Mutex(Snapshot())
    private let listeners = Mutex<[ObjectIdentifier: Channel]>([:])

    var current: Snapshot { snapshot.withLock { $0 } }

    func update(_ change: (inout Snapshot) -> Void) {
        snapshot.withLock { change(&$0) }
    }

    func addListener(_ channel: Channel) {
        listeners.withLock { $0[ObjectIdentifier(channel)] = channel }
        channel.closeFuture.whenComplete { [weak self] _ in
            self?.listeners.withLock { _ = $0.removeValue(forKey: ObjectIdentifier(channel)) }
        }
    }

    var listenerCount: Int { listeners.withLock { $0.count } }

    /// Tells every open page to reload (server-sent event `reload`).
    func broadcastReload() {
        let channels = listeners.withLock { Array($0.values) }
        for channel in channels {
            var buffer = channel.allocator.buffer(capacity: 32)
            buffer.writeString("data: reload\n\n")
            channel.writeAndFlush(HTTPServerResponsePart.body(.byteBuffer(buffer)), promise: nil)
        }
    }
}
