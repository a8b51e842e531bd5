import Foundation
import GongkaiCore

/// A site's history kept beside the build's cache, so that a command run after each edit does
/// not read and map a county's whole `git log` again: taken as it is while HEAD is the commit
/// it was written at, brought up to date with the commits since when HEAD moved on (as a
/// server's memory of it is). Derived data: anything unexpected in it and the log is read again.
public struct HistoryFile: Sendable {
    package let url: URL
    /// `check` reads it but leaves no file behind.
    package let writable: Bool

    package init(url: URL, writable: Bool) {
        self.url = url
        self.writable = writable
    }

    static let format = "gongkai-history-2"

    /// The commits as of `head` for the repository at `root`, when the file holds them.
    func read(root: URL) -> (head: String, commits: CommitIndex)? {
        guard let data = try? Data(contentsOf: url, options: .alwaysMapped) else { return nil }
        return data.withUnsafeBytes { raw in Self.decode(raw.bindMemory(to: UInt8.self), of: data, root: root.path) }
    }

    func write(_ commits: CommitIndex, head: String, root: URL) {
        guard writable else { return }
        var out: [UInt8] = []
        func line(_ fields: String...) {
            out += fields.joined(separator: "\t").utf8
            out.append(UInt8(ascii: "\n"))
        }
        line(Self.format)
        line("root", TabText.escape(root.path))
        line("head", head)
        for commit in commits.byHash.values.sorted(by: { $0.hash < $1.hash }) {
            line(
                "commit", commit.hash, String(commit.timestamp), TabText.escape(commit.author),
                TabText.escape(commit.subject))
        }
        for (village, log) in commits.logs.sorted(by: { $0.key < $1.key }) {
            line("village", village, String(log.bytes.count), log.digest)
            out += log.bytes
        }
        line("end")
        let folder = url.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? ScratchFile.replace(url, with: Data(out))
    }

    /// `bytes` are those of `data`, whose slices hold the villages' logs (read when asked for).
    private static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, of data: Data, root: String
    ) -> (String, CommitIndex)? {
        var position = 0
        func nextLine() -> [Substring]? {
            guard let end = bytes[position...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<end]), as: UTF8.self)
            position = end + 1
            return text.split(separator: "\t", omittingEmptySubsequences: false)
        }
        guard nextLine() == [Substring(format)], nextLine() == ["root", Substring(TabText.escape(root))],
            let head = nextLine(), head.count == 2, head[0] == "head"
        else { return nil }
        var byHash: [String: Commit] = [:]
        var logs: [String: VillageLog] = [:]
        while let fields = nextLine() {
            switch fields.first {
            case "commit" where fields.count == 5:
                guard let time = Int(fields[2]) else { return nil }
                let commit = Commit(
                    hash: String(fields[1]), timestamp: time, author: TabText.unescape(fields[3]),
                    subject: TabText.unescape(fields[4]))
                byHash[commit.hash] = commit
            case "village" where fields.count == 4:
                guard let count = Int(fields[2]), count >= 0, position + count <= bytes.count,
                    fields[3].utf8.count == 64, fields[3].allSatisfy(\.isHexDigit)
                else { return nil }
                let start = data.startIndex + position
                logs[String(fields[1])] = VillageLog(data[start..<start + count], digest: String(fields[3]))
                position += count
            case "end" where fields.count == 1 && position == bytes.count:
                return (String(head[1]), CommitIndex(villageLogs: logs, byHash: byHash))
            default:
                return nil
            }
        }
        return nil
    }
}
