import Foundation
import Glibc

/// The kernel's word that something changed under the watched folders (inotify): a waiting
/// server costs nothing, however many files a county holds. nil where inotify is unavailable or
/// out of watches; the caller then polls.
final class FolderEvents: @unchecked Sendable {  // used by one thread at a time
    private let descriptor: Int32
    private var folders: [Int32: String] = [:]
    private let root: String
    private let contentPrefix: String
    private static let mask: UInt32 = UInt32(
        IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
            | IN_DELETE_SELF | IN_MOVE_SELF)
    /// What the root itself holds that a build reads: the other names there are not watched.
    private static let rootNames: Set<String> = ["gongkai.yaml", "content", "templates"]

    init?(root: URL, folders watched: [String]) {
        descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard descriptor >= 0 else { return nil }
        self.root = root.path
        contentPrefix = root.path + "/content/"
        guard add(self.root) else {
            close(descriptor)
            return nil
        }
        for folder in watched {
            let path = self.root + "/" + folder
            guard !FolderEvents.isFolder(path) || addTree(path) else {
                close(descriptor)
                return nil
            }
        }
    }

    deinit { close(descriptor) }

    private static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    private func add(_ path: String) -> Bool {
        let watch = inotify_add_watch(descriptor, path, FolderEvents.mask)
        guard watch >= 0 else { return false }
        folders[watch] = path
        return true
    }

    /// A folder and every folder under it (names starting with `.` left out, links not followed).
    private func addTree(_ path: String) -> Bool {
        guard add(path) else { return false }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] where !name.hasPrefix(".") {
            let child = path + "/" + name
            if FolderEvents.isFolder(child), !addTree(child) { return false }
        }
        return true
    }

    /// What changed: the folders of some villages under content/, or anything else a build
    /// reads (gongkai.yaml, templates/, content/ itself, or events the kernel could not keep).
    struct Change {
        var villages: Set<String> = []
        var everything = false
        var isEmpty: Bool { villages.isEmpty && !everything }
    }

    /// Blocks until the next change that matters; then waits until nothing has changed for
    /// `quiet` seconds (an editor saves in several steps) and says what changed. nil when the
    /// watches failed (the caller falls back to polling).
    func waitForChange(quiet: TimeInterval) -> Change? {
        var change = Change()
        var timeout: Int32 = -1
        while true {
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let count = poll(&ready, 1, timeout)
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { return change }  // quiet for long enough after a change
            guard drain(into: &change) else { return nil }
            if !change.isEmpty { timeout = Int32(quiet * 1000) }
        }
    }

    /// Reads the pending events into `change`; false when the watches broke (a queue overflow
    /// changes everything: something may have been missed).
    private func drain(into change: inout Change) -> Bool {
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let length = read(descriptor, buffer, size)
            if length < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN { return true }
                return false
            }
            if length == 0 { return true }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= length {
                let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                let nameStart = buffer.advanced(by: offset + MemoryLayout<inotify_event>.size)
                let name =
                    event.len > 0
                    ? String(cString: nameStart.assumingMemoryBound(to: CChar.self)) : ""
                offset += MemoryLayout<inotify_event>.size + Int(event.len)
                if event.mask & UInt32(IN_Q_OVERFLOW) != 0 {
                    change.everything = true
                    continue
                }
                guard let folder = folders[event.wd] else { continue }
                if event.mask & UInt32(IN_IGNORED) != 0 {
                    folders[event.wd] = nil
                    continue
                }
                if name.hasPrefix(".") { continue }
                if folder == root && !FolderEvents.rootNames.contains(name) { continue }
                let path = name.isEmpty ? folder : folder + "/" + name
                if path.hasPrefix(contentPrefix) {
                    let village = path.dropFirst(contentPrefix.count).prefix { $0 != "/" }
                    change.villages.insert(String(village))
                } else {
                    change.everything = true
                }
                let isFolder = event.mask & UInt32(IN_ISDIR) != 0
                if isFolder && event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                    // A new folder: its files may already be there, so a change either way.
                    if !addTree(path) { return false }
                }
            }
        }
    }
}
