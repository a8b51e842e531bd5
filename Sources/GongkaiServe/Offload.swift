import Dispatch

/// Blocking work (git processes, the save lock, Argon2id) run on threads of its own rather than on
/// Swift's cooperative pool, which has one thread per core: a save waiting for `git commit` would
/// otherwise stop every other request on a two-core server.
enum Offload {
    private static let queue = DispatchQueue(label: "gongkai-blocking", qos: .userInitiated, attributes: .concurrent)

    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try work() }) }
        }
    }
}
