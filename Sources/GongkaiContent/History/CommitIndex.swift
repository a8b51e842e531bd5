import Foundation
import GongkaiCore
import Synchronization

/// The commits that touched each path, newest first. Kept as each village's lines of the log
/// ("hash\tpath") and read into lists only for the villages asked about: a county's log names
/// every one of its files, and a build renders one village.
public struct CommitIndex: Sendable {
    /// Per village folder (`""` for the files outside one), newest first.
    package let logs: [String: VillageLog]
    package let byHash: [String: Commit]
    private let lists = Lists()

    package init(logs: [String: String] = [:], byHash: [String: Commit] = [:]) {
        self.init(villageLogs: logs.mapValues { VillageLog(Data($0.utf8)) }, byHash: byHash)
    }

    init(villageLogs: [String: VillageLog], byHash: [String: Commit]) {
        self.logs = villageLogs
        self.byHash = byHash
    }

    public subscript(path: String) -> [Commit]? {
        let village = Self.village(of: path)
        return lists.of(village) { read(logs[village]?.text ?? "") }[path]
    }

    public var isEmpty: Bool { byHash.isEmpty }

    /// Every commit that touched a file, once.
    public var all: [Commit] { Array(byHash.values) }

    /// What a village's pages show of the history, as one text: it changes exactly when a
    /// commit touches (or names) one of its files.
    package func log(ofVillage id: String) -> String { logs[id]?.text ?? "" }

    /// The digest of `log(ofVillage:)` ("" for a village no commit touched), kept with it: a
    /// build's plan takes every village's, and a county's logs are megabytes.
    package func logDigest(ofVillage id: String) -> String { logs[id]?.digest ?? "" }

    /// These newer commits, then the older ones of `older`.
    func followed(by older: CommitIndex) -> CommitIndex {
        CommitIndex(
            villageLogs: logs.merging(older.logs) { newer, older in VillageLog(newer.bytes + older.bytes) },
            byHash: byHash.merging(older.byHash) { newer, _ in newer })
    }

    /// Limited to some files.
    package func only(_ paths: [String]) -> CommitIndex {
        var logs: [String: String] = [:]
        var byHash: [String: Commit] = [:]
        for path in paths {
            for commit in self[path] ?? [] {
                logs[Self.village(of: path), default: ""] += "\(commit.hash)\t\(path)\n"
                byHash[commit.hash] = commit
            }
        }
        return CommitIndex(logs: logs, byHash: byHash)
    }

    /// The village folder a path is in: `content/<village>/…`.
    package static func village<S: StringProtocol>(of path: S) -> String {
        let bytes = path.utf8
        guard bytes.starts(with: "content/".utf8) else { return "" }
        let rest = bytes.dropFirst(8)
        guard let slash = rest.firstIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(decoding: rest[..<slash], as: UTF8.self)
    }

    private func read(_ log: String) -> [String: [Commit]] {
        var byPath: [String: [Commit]] = [:]
        for line in log.split(byte: UInt8(ascii: "\n"), omittingEmpty: true) {
            let parts = line.split(byte: UInt8(ascii: "\t"))
            guard parts.count == 2, let commit = byHash[String(parts[0])] else { continue }
            let path = String(parts[1])
            // A review step may name a file its commit also changed: the commit counts once.
            if byPath[path]?.last?.hash != commit.hash { byPath[path, default: []].append(commit) }
        }
        return byPath
    }

    /// Each village's lists, read once when first asked for.
    private final class Lists: Sendable {
        private let read = Mutex<[String: [String: [Commit]]]>([:])

        package func of(_ village: String, _ make: () -> [String: [Commit]]) -> [String: [Commit]] {
            if let known = read.withLock({ $0[village] }) { return known }
            let made = make()
            read.withLock { $0[village] = made }
            return made
        }
    }
}

/// One village's lines of the log ("hash\tpath\n", newest first) and their SHA-256, in hex.
package struct VillageLog: Sendable {
    package let bytes: Data
    package let digest: String

    package init(_ bytes: Data) {
        self.init(bytes, digest: Hashing.sha256Hex(bytes))
    }

    /// Lines whose digest is known (as the history file keeps them).
    init(_ bytes: Data, digest: String) {
        self.bytes = bytes
        self.digest = digest
    }

    package var text: String { String(decoding: bytes, as: UTF8.self) }
}
