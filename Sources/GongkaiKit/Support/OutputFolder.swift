import Crypto
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes files under one output folder, creating parents as needed. Files are written with
/// plain `open`/`write`: the whole folder is new and swapped in at the end, so per-file
/// atomic writes would only add a rename for every page.
struct OutputFolder: Sendable {
    let url: URL
    /// `url.path`, computed once: every file written is a path under it.
    private let root: String
    /// Every file written, with its hash, for manifest.json.
    let ledger = FileLedger()

    init(url: URL) {
        self.url = url
        root = url.path
    }

    func write(_ text: String, to path: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0), to: path) }
    }

    func write(_ bytes: [UInt8], to path: String) throws {
        try bytes.withUnsafeBytes { try write($0, to: path) }
    }

    func write(_ data: Data, to path: String) throws {
        try data.withUnsafeBytes { try write($0, to: path) }
    }

    /// Writes a file from pieces, never joined in memory; recorded in the ledger unless
    /// `recorded` is false (manifest.json lists every file but itself).
    func write(pieces: [Data], to path: String, recorded: Bool = true) throws {
        let fd = try open(path)
        defer { close(fd) }
        var hasher = SHA256()
        var bytes = 0
        for piece in pieces {
            try piece.withUnsafeBytes { try write($0, to: fd, path: path) }
            if recorded { hasher.update(data: piece) }
            bytes += piece.count
        }
        if recorded { ledger.record(path, sha256: Hashing.hex(hasher.finalize()), bytes: bytes) }
    }

    /// Hard-links an existing file (of the site being replaced) in as `path`.
    func link(_ existing: URL, to path: String) -> Bool {
        let target = root + "/" + path
        if Glibc.link(existing.path, target) == 0 { return true }
        guard errno == ENOENT else { return false }
        OutputFolder.makeFolders(String(target[..<target.lastIndex(of: "/")!]))
        return Glibc.link(existing.path, target) == 0
    }

    func unlink(_ path: String) {
        _ = Glibc.unlink(root + "/" + path)
    }

    private func write(_ bytes: UnsafeRawBufferPointer, to path: String) throws {
        ledger.record(path, sha256: Hashing.sha256Hex(bytes), bytes: bytes.count)
        let fd = try open(path)
        defer { close(fd) }
        try write(bytes, to: fd, path: path)
    }

    /// Opens `path` for writing, creating its parent folders as needed.
    private func open(_ path: String) throws -> Int32 {
        let target = root + "/" + path
        var fd = Glibc.open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0 && errno == ENOENT {
            OutputFolder.makeFolders(String(target[..<target.lastIndex(of: "/")!]))
            fd = Glibc.open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        }
        guard fd >= 0 else { throw CommandFailure.io("无法写入 \(target)：\(String(cString: strerror(errno)))") }
        return fd
    }

    /// `mkdir -p`: creates a folder and any missing parents (errors show when the file is opened).
    static func makeFolders(_ path: String) {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT, let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return }
        makeFolders(String(path[..<slash]))
        _ = mkdir(path, 0o755)
    }

    private func write(_ bytes: UnsafeRawBufferPointer, to fd: Int32, path: String) throws {
        let target = root + "/" + path
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw CommandFailure.io("无法写入 \(target)：\(String(cString: strerror(errno)))")
            }
            offset += written
        }
    }
}
