import Foundation
import GongkaiCore
import Synchronization

/// What a long-running server knows of the villages' folders between builds: each village as last
/// read (its files and stamps, village.yaml, the problems reading them raised), kept until it is
/// told that something under that village's folder changed. A build then reads only the villages
/// it is told of, not every file of a county. Whoever holds one must tell it of every change —
/// the kernel's events (`FolderEvents`) and the editor's own writes — or forget everything.
public final class FolderMemo: Sendable {
    package struct Village: Sendable {
        package var source: VillageSource?
        package var profile: HashedFile?
        package var diagnostics: [Diagnostic]
    }

    /// A document as parsed and checked by the document rules, with the stamp of its file then.
    package struct Checked: Sendable {
        package init(stamp: String, document: Document?, diagnostics: [Diagnostic]) {
            self.stamp = stamp
            self.document = document
            self.diagnostics = diagnostics
        }

        // A change to any of them forgets the bytes they were read from.
        package var stamp: String { didSet { recorded = nil } }
        package var document: Document? { didSet { recorded = nil } }
        package var diagnostics: [Diagnostic] { didSet { recorded = nil } }
        /// What a record of checked documents held for it (from its stamp on), when it was read
        /// from one and not changed since: written again as it is.
        package var recorded: ArraySlice<UInt8>? = nil
    }

    /// How many villages' checked documents are kept: the few a town is editing, not a county.
    static let checkedVillages = 4

    private struct State {
        package var villages: [String: Village] = [:]
        package var changed: Set<String> = []
        /// Most recently checked last; each with the key of what its rules read besides the file.
        package var checked: [(village: String, context: String, documents: [String: Checked])] = []
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
    package func unchanged() -> [String: Village] {
        state.withLock { state in
            var kept = state.villages
            for village in state.changed { kept[village] = nil }
            state.changed = []
            return kept
        }
    }

    /// The documents of `village` as last checked with the same context, by path.
    package func checked(_ village: String, context: String) -> [String: Checked] {
        state.withLock { state in
            state.checked.first { $0.village == village && $0.context == context }?.documents ?? [:]
        }
    }

    package func remember(checked documents: [String: Checked], of village: String, context: String) {
        state.withLock { state in
            state.checked.removeAll { $0.village == village }
            state.checked.append((village, context, documents))
            if state.checked.count > FolderMemo.checkedVillages { state.checked.removeFirst() }
        }
    }

    package func remember(_ village: String, _ read: Village) {
        state.withLock { $0.villages[village] = read }
    }
}
