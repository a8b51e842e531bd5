import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Files a build keeps for the next one (the build cache, the history): written whole beside
/// their place and renamed over it, never synced. A file lost to a crash only costs the next
/// build the work it saved (each is sealed or checked when read), while `Data.write(to:)` syncs
/// every file it writes: each sync waits for the disk's journal, several per one-edit rebuild.
package enum ScratchFile {
    /// Replaces the file at `url` with `bytes`.
    package static func replace(_ url: URL, with bytes: Data) throws {
        let target = url.path
        let slash = target.lastIndex(of: "/").map { target.index(after: $0) } ?? target.startIndex
        let temporary = String(target[..<slash]) + ".\(target[slash...]).\(getpid()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(temporary) }
        var failed: Int32?
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failed = errno
                    return
                }
                offset += written
            }
        }
        if close(fd) != 0, failed == nil { failed = errno }
        if let failed {
            unlink(temporary)
            errno = failed
            throw failure(temporary)
        }
        guard rename(temporary, target) == 0 else {
            let error = failure(target)
            unlink(temporary)
            throw error
        }
    }

    private static func failure(_ path: String) -> CommandFailure {
        .failed(Wording("无法写入 {path}：{reason}", path, String(cString: strerror(errno))))
    }
}
