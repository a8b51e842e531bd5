import Foundation
import Synchronization

/// What a long-running server knows of the villages' folders between builds: each village as last
/// read (its files and stamps, village.yaml, the problems reading them raised), kept until it is
/// told that something under that village's folder changed. A build then reads only the villages
/// it is told of, not every file of a county. Whoever holds one must tell it of every change —
/// the kernel's events (`FolderEvents`) and the editor's own writes — or forget everything.
public final class FolderMemo: Sendable {
    struct Village: Sendable {
        var source: VillageSource?
        var profile: HashedFile?
        var diagnostics: [Diagnostic]
    }

    private struct State {
        var villages: [String: Village] = [:]
        var changed: Set<String> = []
    }

    private let state = Mutex(State())

    public init() {}

    /// Something under `content/<village>/` changed (or the folder came or went).
    public func changed(village: String) {
        state.withLock { _ = $0.changed.insert(village) }
    }

    /// A change that may touch every village (gongkai.yaml, the theme, missed events).
    public func forgetAll() {
        state.withLock { $0 = State() }
    }

    /// The villages read before and unchanged since; the changes told so far are taken, so a
    /// change told while this build reads is kept for the next.
    func unchanged() -> [String: Village] {
        state.withLock { state in
            var kept = state.villages
            for village in state.changed { kept[village] = nil }
            state.changed = []
            return kept
        }
    }

    func remember(_ village: String, _ read: Village) {
        state.withLock { $0.villages[village] = read }
    }
}
