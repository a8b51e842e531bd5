import Dispatch
import Synchronization

/// Work done one piece after another in the background, in order, while the caller goes on;
/// `wait` returns when all is done and throws the first error any piece threw.
package final class SerialWork: Sendable {
    package init() {}

    private let queue = DispatchQueue(label: "gongkai.serial-work")
    private let group = DispatchGroup()
    private let failure = Mutex<(any Error)?>(nil)

    package func run(_ work: @escaping @Sendable () throws -> Void) {
        queue.async(group: group) { [self] in
            guard failure.withLock({ $0 == nil }) else { return }
            do {
                try work()
            } catch {
                failure.withLock { if $0 == nil { $0 = error } }
            }
        }
    }

    package func wait() throws {
        group.wait()
        if let error = failure.withLock({ $0 }) { throw error }
    }
}
