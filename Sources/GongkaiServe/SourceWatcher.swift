import Foundation

/// Watches gongkai.yaml, content/ and templates/ by polling their sizes and modification times:
/// works on every file system, and a village's few hundred files take well under a millisecond.
final class SourceWatcher: @unchecked Sendable {
    private let root: URL
    private let interval: TimeInterval
    private let quiet: TimeInterval
    private let onChange: @Sendable () -> Void
    private var thread: Thread?

    init(root: URL, interval: TimeInterval = 0.1, quiet: TimeInterval = 0.15, onChange: @escaping @Sendable () -> Void)
    {
        self.root = root
        self.interval = interval
        self.quiet = quiet
        self.onChange = onChange
    }

    func start() {
        let thread = Thread { [self] in self.loop() }
        thread.name = "gongkai-watch"
        thread.start()
        self.thread = thread
    }

    struct Stamp: Equatable {
        var size: Int
        var modified: Int
        var nanoseconds: Int
    }

    func snapshot() -> [String: Stamp] {
        var out: [String: Stamp] = [:]
        func add(_ path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return }
            out[path] = Stamp(
                size: Int(info.st_size), modified: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec))
        }
        add(root.appendingPathComponent("gongkai.yaml").path)
        for folder in ["content", "templates"] {
            walk(root.appendingPathComponent(folder), add)
        }
        return out
    }

    private func walk(_ folder: URL, _ add: (String) -> Void) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        add(folder.path)
        for name in names where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue { walk(url, add) } else { add(url.path) }
        }
    }

    private func loop() {
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
            onChange()
        }
    }
}
