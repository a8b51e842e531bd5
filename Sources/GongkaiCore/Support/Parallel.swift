import Dispatch
import Synchronization

/// Maps `items` on every core, keeping their order.
@inlinable package func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
    if items.count < 2 { return items.map(transform) }
    let chunkCount = min(items.count, 64)
    let results = Mutex<[Int: [R]]>([:])
    let chunkSize = (items.count + chunkCount - 1) / chunkCount
    DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
        let start = chunk * chunkSize
        let end = min(start + chunkSize, items.count)
        guard start < end else { return }
        let mapped = items[start..<end].map(transform)
        results.withLock { $0[chunk] = mapped }
    }
    return results.withLock { all in (0..<chunkCount).flatMap { all[$0] ?? [] } }
}

/// Runs independent pieces of work on every core; throws the first error any of them threw.
package func concurrently(_ tasks: [@Sendable () throws -> Void]) throws {
    let failure = Mutex<(any Error)?>(nil)
    DispatchQueue.concurrentPerform(iterations: tasks.count) { index in
        do {
            try tasks[index]()
        } catch {
            failure.withLock { $0 = $0 ?? error }
        }
    }
    if let error = failure.withLock({ $0 }) { throw error }
}

/// A value made on another thread while the caller goes on; `value` waits for it, or makes it
/// itself when no thread has taken it up yet: asking never waits for the pool to have a free
/// thread (a worker of `parallelMap` asking would wait for a thread the other workers hold).
package final class Pending<T: Sendable>: Sendable {
    private enum State {
        case waiting(@Sendable () -> T)
        case running
        case done(T)
    }

    private let state: Mutex<State>
    private let done = DispatchGroup()

    package init(_ make: @escaping @Sendable () -> T) {
        state = Mutex(.waiting(make))
        done.enter()
        DispatchQueue.global().async { [self] in makeUnlessTaken() }
    }

    /// Makes the value unless another thread took it up.
    private func makeUnlessTaken() {
        let make = state.withLock { state -> (@Sendable () -> T)? in
            guard case .waiting(let make) = state else { return nil }
            state = .running
            return make
        }
        guard let make else { return }
        let made = make()
        state.withLock { $0 = .done(made) }
        done.leave()
    }

    package var value: T {
        makeUnlessTaken()
        done.wait()
        return state.withLock { state in
            guard case .done(let value) = state else { preconditionFailure("a pending value left unmade") }
            return value
        }
    }
}
