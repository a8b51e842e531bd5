import CGongkaiSupport
import Crypto
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Part of a file being written: bytes in memory, or the whole of another file.
package enum OutputPiece: Sendable {
    case data(Data)
    case file(URL)

    package static func text(_ text: String) -> OutputPiece { .data(Data(text.utf8)) }

    /// A piece known to be empty (a file is assumed to hold something).
    package var isEmpty: Bool {
        if case .data(let data) = self { return data.isEmpty }
        return false
    }
}

/// Writes files under one output folder, creating parents as needed. Files are written with
/// plain `open`/`write`: the whole folder is new and swapped in at the end (or its villages
/// merged into the site being served, `merge`), so per-file atomic writes would only add a
/// rename for every page.
package struct OutputFolder: Sendable {
    package let url: URL
    /// `url.path`, computed once: every file written is a path under it.
    let root: String
    /// The site being served, when this folder's villages are merged into it.
    let live: String?
    /// Every file written, with its hash, for manifest.json.
    package let ledger = FileLedger()
    /// The villages to merge into the site being served.
    let merges = VillageMerges()

    /// `live`: the site being served, into which the villages rebuilt here are merged (an update).
    package init(url: URL, live: URL? = nil) {
        self.url = url
        root = url.path
        self.live = live?.path
    }

    package func write(_ text: String, to path: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0), to: path) }
    }

    package func write(_ bytes: [UInt8], to path: String) throws {
        try bytes.withUnsafeBytes { try write($0, to: path) }
    }

    package func write(_ data: Data, to path: String) throws {
        try data.withUnsafeBytes { try write($0, to: path) }
    }

    /// Writes a file from pieces, never joined in memory (a piece in a file is copied through a
    /// small buffer); recorded in the ledger unless `recorded` is false (manifest.json lists
    /// every file but itself).
    package func write(pieces: [OutputPiece], to path: String, recorded: Bool = true) throws {
        let fd = try open(path)
        defer { close(fd) }
        var hasher: SHA256? = recorded ? SHA256() : nil
        var bytes = 0
        for piece in pieces { bytes += try put(piece, into: fd, path: path, hashing: &hasher) }
        if let hasher { ledger.record(path, sha256: Hashing.hex(hasher.finalize()), bytes: bytes) }
    }

    /// Writes `piece` at `fd`'s position (a piece that is a file not hashed is copied by the
    /// kernel where it can be); its bytes go into `hasher` too when there is one. The bytes written.
    func put(_ piece: OutputPiece, into fd: Int32, path: String, hashing hasher: inout SHA256?) throws -> Int {
        switch piece {
        case .data(let data):
            try data.withUnsafeBytes { chunk in
                try write(chunk, to: fd, path: path)
                hasher?.update(bufferPointer: chunk)
            }
            return data.count
        case .file(let url):
            let source = Glibc.open(url.path, O_RDONLY | O_CLOEXEC)
            guard source >= 0 else {
                throw CommandFailure.failed(
                    Wording("无法读取 {path}：{reason}", url.path, String(cString: strerror(errno))))
            }
            defer { close(source) }
            var bytes = 0
            if hasher == nil, try copyWhole(source, to: fd, path: path, counting: &bytes) { return bytes }
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
            defer { buffer.deallocate() }
            while true {
                let count = read(source, buffer.baseAddress, buffer.count)
                if count < 0 && errno == EINTR { continue }
                guard count >= 0 else {
                    throw CommandFailure.failed(
                        Wording("无法读取 {path}：{reason}", url.path, String(cString: strerror(errno))))
                }
                if count == 0 { return bytes }
                let chunk = UnsafeRawBufferPointer(rebasing: buffer[0..<count])
                try write(chunk, to: fd, path: path)
                hasher?.update(bufferPointer: chunk)
                bytes += count
            }
        }
    }

    /// Copies the whole of `source` onto the end of `fd` inside the kernel (a file that needs no
    /// hash: manifest.json's blocks); false when the file system cannot, before anything is copied.
    private func copyWhole(_ source: Int32, to fd: Int32, path: String, counting bytes: inout Int) throws -> Bool {
        var first = true
        while true {
            let copied = gongkai_copy_range(source, fd, 1 << 30)
            if copied < 0 {
                if errno == EINTR { continue }
                if first && [EXDEV, EINVAL, ENOSYS, EOPNOTSUPP].contains(errno) { return false }
                throw CommandFailure.failed(
                    Wording("无法写入 {path}：{reason}", root + "/" + path, String(cString: strerror(errno))))
            }
            if copied == 0 { return true }
            bytes += Int(copied)
            first = false
        }
    }

    private func write(_ bytes: UnsafeRawBufferPointer, to path: String) throws {
        ledger.record(path, sha256: Hashing.sha256Hex(bytes), bytes: bytes.count)
        let fd = try open(path)
        defer { close(fd) }
        try write(bytes, to: fd, path: path)
    }

    /// Opens `path` for writing as a new file, creating its parent folders as needed.
    func open(_ path: String) throws -> Int32 {
        let target = root + "/" + path
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC
        var fd = Glibc.open(target, flags, 0o644)
        if fd < 0 && (errno == ENOENT || errno == ENOTDIR) {
            makeParent(of: target)
            fd = Glibc.open(target, flags, 0o644)
        }
        if fd < 0 && errno == EEXIST {
            removeAnything(at: target)
            fd = Glibc.open(target, flags, 0o644)
        }
        guard fd >= 0 else {
            throw CommandFailure.failed(Wording("无法写入 {path}：{reason}", target, String(cString: strerror(errno))))
        }
        return fd
    }

    func write(_ bytes: UnsafeRawBufferPointer, to fd: Int32, path: String) throws {
        let target = root + "/" + path
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw CommandFailure.failed(Wording("无法写入 {path}：{reason}", target, String(cString: strerror(errno))))
            }
            offset += written
        }
    }
}
