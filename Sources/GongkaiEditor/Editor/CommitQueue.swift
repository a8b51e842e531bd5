import Dispatch
import Foundation
import GongkaiContent
import GongkaiCore
import GongkaiSite
import Synchronization

/// The editor's commits, in the order their files were written. A save writes its file under the
/// workspace's save lock and joins the queue there; the commit is made after the lock is let go.
/// When several saves wait, the first of them commits them all with one `git fast-import`, one
/// commit each with its own author and message (each save is still its own commit), then one
/// `git reset` puts the index in step: 50 editors saving at once no longer queue behind 50 git
/// processes one after another.
package final class CommitQueue: Sendable {
    /// One save's commit: what each path holds after it (nil: deleted), and its words.
    package struct Entry: Sendable {
        package var changes: [(path: String, data: Data?)]
        package var message: String
        /// `Name <email>`; nil for git's own settings.
        package var author: String?
        /// A review step that changes no byte; its trailer names `paths`.
        var allowEmpty = false
        package var paths: [String]
    }

    /// Where a queued commit's short hash (nil outside git) or failure arrives. Its waiter is
    /// woken when the commit is made, or when it is its turn to commit the queue.
    package final class Ticket: Sendable {
        private let signal = DispatchSemaphore(value: 0)
        private let outcome = Mutex<Result<String?, Error>?>(nil)

        package var result: Result<String?, Error>? { outcome.withLock { $0 } }

        package func finish(_ result: Result<String?, Error>) {
            outcome.withLock { $0 = result }
            signal.signal()
        }

        func wake() { signal.signal() }
        package func sleep() { signal.wait() }
    }

    package let root: URL
    private let state = Mutex<(pending: [(Entry, Ticket)], running: Bool)>(([], false))

    /// Told after each batch is committed, with the paths it wrote (the server's public site
    /// builds at once, instead of when its watcher next notices the files).
    private let committed = Mutex<(@Sendable ([String]) -> Void)?>(nil)

    package init(root: URL) { self.root = root }

    /// Whether files are written and waiting for their commit, or being committed: a build
    /// now would show their content with the history before them.
    var isBusy: Bool { state.withLock { $0.running || !$0.pending.isEmpty } }

    package func whenCommitted(_ action: @escaping @Sendable ([String]) -> Void) {
        committed.withLock { $0 = action }
    }

    /// Joins the queue: call while holding the save lock, right after writing the files.
    func enqueue(_ entry: Entry) -> Ticket {
        let ticket = Ticket()
        state.withLock { $0.pending.append((entry, ticket)) }
        return ticket
    }

    /// Waits for a ticket's commit (after the save lock is let go). A waiter finding no one
    /// committing commits everything queued in one batch, then hands the turn to the first
    /// waiter of what was queued meanwhile: nobody's answer waits on other people's saves for
    /// longer than one batch.
    package func commit(_ ticket: Ticket) -> Result<String?, Error> {
        while true {
            if let result = ticket.result { return result }
            let leads = state.withLock { state -> Bool in
                if state.running { return false }
                state.running = true
                return true
            }
            guard leads else {
                ticket.sleep()
                continue
            }
            let batch = state.withLock { state -> [(Entry, Ticket)] in
                defer { state.pending = [] }
                return state.pending
            }
            run(batch)
            let next = state.withLock { state -> Ticket? in
                state.running = false
                return state.pending.first?.1
            }
            committed.withLock { $0 }?(batch.flatMap { $0.0.changes.map(\.path) + $0.0.paths })
            next?.wake()
        }
    }

    private func run(_ batch: [(Entry, Ticket)]) {
        if batch.count > 1, let hashes = try? FastImport(root: root).commit(batch.map(\.0)) {
            for ((_, ticket), hash) in zip(batch, hashes) { ticket.finish(.success(hash)) }
            return
        }
        for (entry, ticket) in batch {
            ticket.finish(
                Result {
                    try EditorGit(root: root, author: entry.author).commit(
                        entry.paths, message: entry.message, allowEmpty: entry.allowEmpty)
                })
        }
    }
}
