import Foundation
import GongkaiKit

/// Watches gongkai.yaml, content/ and templates/: told by the kernel (`FolderEvents`, inotify),
/// or, where that is unavailable, by polling the files' stamps — which costs a stat per file
/// every `interval`, a quarter of a core for a town of 10,000 files.
final class SourceWatcher: @unchecked Sendable {
    private let root: URL
    private let interval: TimeInterval
    private let quiet: TimeInterval
    private let onChange: @Sendable () -> Void
    /// Told what changed before each `onChange` (everything, when polling).
    private let memo: FolderMemo?
    private var thread: Thread?

    init(
        root: URL, interval: TimeInterval = 0.1, quiet: TimeInterval = 0.15, memo: FolderMemo? = nil,
        onChange: @escaping @Sendable () -> Void
    ) {
        self.memo = memo
        self.root = root
        self.interval = interval
        self.quiet = quiet
        self.onChange = onChange
    }

    /// Sets up the kernel's watches before returning: a change made after this is seen.
    func start() {
        let events = FolderEvents(root: root, folders: ["content", "templates"])
        let thread = Thread { [self] in self.loop(events) }
        thread.name = "gongkai-watch"
        thread.start()
        self.thread = thread
    }

    /// Every watched file with its stamp (`FileTree`'s: size, times, inode): read with one
    /// directory read and one stat per file, as a build reads them.
    func snapshot() -> [String: String] {
        var out: [String: String] = [:]
        let config = root.appendingPathComponent("gongkai.yaml").path
        out[config] = FileTree.stamp(config)
        for folder in ["content", "templates"] {
            for entry in FileTree.files(under: root.appendingPathComponent(folder)) { out[entry.path] = entry.stamp }
        }
        return out
    }

    private func loop(_ events: FolderEvents?) {
        if let events {
            while let change = events.waitForChange(quiet: quiet) {
                if change.everything {
                    memo?.forgetAll()
                } else {
                    change.villages.forEach { memo?.changed(village: $0) }
                }
                onChange()
            }
        }
        memo?.forgetAll()
        poll()
    }

    private func poll() {
        var last = snapshot()
        while true {
            Thread.sleep(forTimeInterval: interval)
            var now = snapshot()
            guard now != last else { continue }
            // Debounce: editors save in several steps; wait until the files stay still.
            while true {
                Thread.sleep(forTimeInterval: quiet)
                let settled = snapshot()
                if settled == now { break }
                now = settled
            }
            last = now
            memo?.forgetAll()
            onChange()
        }
    }
}
