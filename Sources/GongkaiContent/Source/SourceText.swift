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
        guard let data = readBytes(url, reporter: reporter, limit: limit) else { return nil }
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
        var info = stat()
        if stat(url.path, &info) == 0, Int(info.st_size) > limit {
            reporter.report(.s001, at: .start, .fileTooLarge(bytes: Int(info.st_size), limit: limit))
            return nil
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            reporter.report(.s001, at: .start, .unreadable(reason: url.lastPathComponent))
            return nil
        }
        guard data.count <= limit else {
            reporter.report(.s001, at: .start, .fileTooLarge(bytes: data.count, limit: limit))
            return nil
        }
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
