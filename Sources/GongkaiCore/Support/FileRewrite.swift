import Crypto
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An output file written over the one already there, piece by piece at the offsets given, so
/// that only what changed is written: a county's manifest.json is tens of megabytes, of which
/// one edit changes a few blocks.
package final class FileRewrite {
    private let folder: OutputFolder
    private let path: String
    private let fd: Int32
    /// The output stamp (`FileTree.outputStamp`) of the file found there, as it was before
    /// anything was written; nil when the file is new.
    package let previous: String?

    /// Opens `path` in `folder` for writing over: a regular file of this user with no other
    /// name (writing through it changes no other file: a page of the site being served is
    /// another name of its file, a kept manifest is not), or else a new file.
    package init(_ path: String, in folder: OutputFolder) throws {
        self.folder = folder
        self.path = path
        let existing = Glibc.open(folder.root + "/" + path, O_WRONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        var info = stat()
        if existing >= 0, fstat(existing, &info) == 0, FileTree.kind(info) == .file, info.st_nlink == 1,
            info.st_uid == geteuid()
        {
            fd = existing
            previous = FileTree.outputStamp(info)
            return
        }
        if existing >= 0 { close(existing) }
        fd = try folder.open(path)
        previous = nil
    }

    deinit { close(fd) }

    /// Writes `piece` at `offset`; the bytes written.
    @discardableResult
    package func put(_ piece: OutputPiece, at offset: Int) throws -> Int {
        guard lseek(fd, off_t(offset), SEEK_SET) == off_t(offset) else {
            throw CommandFailure.failed(
                Wording("无法写入 {path}：{reason}", folder.root + "/" + path, String(cString: strerror(errno))))
        }
        var unhashed: SHA256?
        return try folder.put(piece, into: fd, path: path, hashing: &unhashed)
    }

    /// Ends the file after `length` bytes and marks it as written now (even when no piece
    /// changed, so that its stamp names this writing alone); the file's output stamp.
    package func finish(length: Int) throws -> String {
        var info = stat()
        guard ftruncate(fd, off_t(length)) == 0, futimens(fd, nil) == 0, fstat(fd, &info) == 0 else {
            throw CommandFailure.failed(
                Wording("无法写入 {path}：{reason}", folder.root + "/" + path, String(cString: strerror(errno))))
        }
        return FileTree.outputStamp(info)
    }
}
