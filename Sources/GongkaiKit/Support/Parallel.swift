import Dispatch
import Synchronization

/// Maps `items` on every core, keeping their order.
func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
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
