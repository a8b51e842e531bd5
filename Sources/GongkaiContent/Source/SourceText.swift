import Foundation
import GongkaiCore

/// A source file read once: its bytes' hash and its text without BOM.
package struct SourceText: Sendable {
    package init(text: String, sha256: String, bytes: Int) {
        self.text = text
        self.sha256 = sha256
        self.bytes = bytes
    }

    /// The largest source file read: a document, village.yaml, gongkai.yaml or a template.
    package static let maximumBytes = 1 << 20

    package var text: String
    package var sha256: String
    package var bytes: Int

    /// Reads `url`, reporting unreadable, oversized or non-UTF-8 files as GK-S001.
    package static func read(_ url: URL, reporter: FileReporter, limit: Int = maximumBytes) -> SourceText? {
        read(path: url.path, reporter: reporter, limit: limit)
    }

    package static func read(path: String, reporter: FileReporter, limit: Int = maximumBytes) -> SourceText? {
        guard let data = readBytes(path: path, reporter: reporter, limit: limit) else { return nil }
        return decode(data, reporter: reporter)
    }

    /// Bytes already read, as text: oversized or non-UTF-8 bytes are reported as GK-S001.
    package static func decode(_ data: Data, reporter: FileReporter, limit: Int = maximumBytes) -> SourceText? {
        guard data.count <= limit else {
            reporter.report(.s001, at: .start, .fileTooLarge(bytes: data.count, limit: limit))
            return nil
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            reporter.report(.s001, at: .start, .notUTF8)
            return nil
        }
        return SourceText(text: text.droppingBOM(), sha256: Hashing.sha256Hex(data), bytes: data.count)
    }

    /// The bytes of `url`; an oversized file is refused from its size, without being read.
    package static func readBytes(_ url: URL, reporter: FileReporter, limit: Int = maximumBytes) -> Data? {
        readBytes(path: url.path, reporter: reporter, limit: limit)
    }

    /// One open, one fstat, the reads: a county's build reads a hundred thousand of these.
    package static func readBytes(path: String, reporter: FileReporter, limit: Int = maximumBytes) -> Data? {
        func unreadable() -> Data? {
            let name = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[path.index(after: $0)...]) }
            reporter.report(.s001, at: .start, .unreadable(reason: name ?? path))
            return nil
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return unreadable() }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return unreadable() }
        let size = Int(info.st_size)
        guard size <= limit else {
            reporter.report(.s001, at: .start, .fileTooLarge(bytes: size, limit: limit))
            return nil
        }
        // Read to the end, not to the size: a file may grow while it is read (up to the limit).
        var data = Data(count: size + 1)
        var count = 0
        while true {
            if count == data.count {
                guard data.count <= limit else {
                    reporter.report(.s001, at: .start, .fileTooLarge(bytes: count, limit: limit))
                    return nil
                }
                data.count = min(data.count * 2, limit + 1)
            }
            let room = data.count - count
            let got = data.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + count, room) }
            if got < 0 {
                if errno == EINTR { continue }
                return unreadable()
            }
            if got == 0 { break }
            count += got
        }
        guard count <= limit else {
            reporter.report(.s001, at: .start, .fileTooLarge(bytes: count, limit: limit))
            return nil
        }
        data.count = count
        return data
    }

    /// Parses the text as one YAML document, reporting what is wrong.
    package static func yaml(_ text: String, lineOffset: Int = 0, reporter: FileReporter) -> (ok: Bool, root: YAMLNode?)
    {
        switch YAMLLoader.load(text, lineOffset: lineOffset) {
        case .success(let output):
            output.problems.forEach(reporter.report)
            return (true, output.root)
        case .failure(let failure):
            reporter.report(failure.code, at: failure.mark, failure.message)
            return (false, nil)
        }
    }
}
