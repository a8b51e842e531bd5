import Foundation
import GongkaiCore
import Synchronization

/// One commit that touched a file, as the notice page shows it.
public struct Commit: Sendable, Hashable {
    public var hash: String
    public var timestamp: Int
    public var author: String
    public var subject: String

    public var shortHash: String { String(hash.prefix(7)) }
    /// The author date as a calendar day in China Standard Time (UTC+8).
    public var date: CalendarDate { CalendarDate.today(secondsSinceEpoch: timestamp) }
}

/// The History stage: one `git log` for the whole repository, mapped to files (as Hugo's
/// gitinfo does). Absent outside a git repository.
public struct GitHistory: Sendable {
    /// Commits per path (relative to the site root), newest first.
    public var commits: CommitIndex
    /// A shallow clone lacks older commits: the page says so rather than show a wrong first date.
    public var isShallow: Bool
    package let root: URL

    /// The trailer by which a commit that changes no byte (a review step) names its document.
    package static let documentTrailer = "Gongkai-Document"

    /// The history of the whole site, with the review steps that changed no file; nil outside a
    /// git repository. It is kept per root and brought up to date with the commits since the last
    /// load (the preview rebuilds, and the editor checks, after every save: one new commit, not
    /// the whole log again).
    /// `file`: where a command run once per edit keeps it between runs.
    public static func load(root: URL, file: HistoryFile? = nil) -> GitHistory? {
        guard let probe = Probe(root: root) else { return nil }
        guard let head = probe.head else {
            return GitHistory(commits: CommitIndex(), isShallow: probe.isShallow, root: root)
        }
        let known = siteHistories.withLock { $0[root.path] } ?? file?.read(root: root)
        var commits: CommitIndex
        if let known, known.head == head {
            commits = known.commits
        } else if let known, let log = try? Git.run(logArguments + ["\(known.head)..\(head)"], in: root),
            case let newer = parse(log), newer.parents.contains(known.head)
        {
            // One of the new commits has the known HEAD as a parent: it is an ancestor, and what
            // was known still stands (a rewritten history is read again from the start).
            commits = newer.index.followed(by: known.commits)
        } else {
            guard let log = try? Git.run(logArguments, in: root) else {
                return GitHistory(commits: CommitIndex(), isShallow: probe.isShallow, root: root)
            }
            commits = parse(log).index
        }
        siteHistories.withLock { $0[root.path] = (head, commits) }
        if known?.head != head { file?.write(commits, head: head, root: root) }
        return GitHistory(commits: commits, isShallow: probe.isShallow, root: root)
    }

    private static let siteHistories = Mutex<[String: (head: String, commits: CommitIndex)]>([:])

    private static let logArguments = [
        "-c", "core.quotepath=off", "log", "--relative",
        "--format=%x1e%H%x1f%P%x1f%at%x1f%an%x1f" + "%(trailers:key=\(documentTrailer),valueonly,separator=%x1d)%x1f%s",
        "--name-only", "-z",
    ]

    /// Whether the root is in a git work tree, whether it is shallow, and its HEAD (nil before the
    /// first commit): one process.
    package struct Probe {
        package var isShallow: Bool
        package var head: String?

        package init?(root: URL) {
            if let lines = try? Git.run(
                ["rev-parse", "--is-inside-work-tree", "--is-shallow-repository", "HEAD"], in: root
            ).split(separator: "\n").map(String.init), lines.count == 3, lines[0] == "true" {
                isShallow = lines[1] == "true"
                head = lines[2]
                return
            }
            // No commit yet (HEAD names nothing), or no repository at all.
            guard
                let lines = try? Git.run(["rev-parse", "--is-inside-work-tree", "--is-shallow-repository"], in: root)
                    .split(separator: "\n").map(String.init), lines.first == "true"
            else { return nil }
            isShallow = lines.count > 1 && lines[1] == "true"
            head = nil
        }
    }

    /// The same history limited to some files.
    package func only(_ paths: [String]) -> GitHistory {
        GitHistory(commits: commits.only(paths), isShallow: isShallow, root: root)
    }

    /// The log's commits by the paths they touched, merges left out (as `--no-merges` would, but
    /// their hashes kept among the parents seen, which tell whether a known HEAD is an ancestor).
    package static func parse(_ log: String) -> (index: CommitIndex, parents: Set<String>) {
        var byHash: [String: Commit] = [:]
        var lines: [String: [UInt8]] = [:]
        var parents: Set<String> = []
        // Bytes, not Characters: a county's log is megabytes of paths.
        for record in log.split(byte: 0x1E, omittingEmpty: true) {
            let parts = record.split(byte: 0)
            guard let header = parts.first else { continue }
            let fields = header.split(byte: 0x1F)
            guard fields.count >= 6, let time = Int(fields[2]) else { continue }
            let parentHashes = fields[1].split(byte: UInt8(ascii: " "), omittingEmpty: true)
            parents.formUnion(parentHashes.map(String.init))
            if parentHashes.count > 1 { continue }
            let commit = Commit(
                hash: String(fields[0]), timestamp: time, author: String(fields[3]),
                subject: fields[5...].joined(separator: "\u{1F}"))
            byHash[commit.hash] = commit
            let named = fields[4].split(byte: 0x1D).map { $0.trimmingASCII(" \t") }
            for path in parts.dropFirst().map({ $0.trimmingASCII("\n\r") }) + named where !path.isEmpty {
                lines[CommitIndex.village(of: path), default: []].append(line: commit.hash, path)
            }
        }
        return (CommitIndex(villageLogs: lines.mapValues { VillageLog(Data($0)) }, byHash: byHash), parents)
    }

    /// The file's text as committed in `commit`, or nil when it did not exist there.
    package func contents(of path: String, at commit: String) -> String? {
        try? Git.run(["show", "\(commit):./\(path)"], in: root)
    }
}

package enum Git {
    /// git's own words on standard error.
    package struct Failure: Error, CustomStringConvertible {
        package var description: String
    }

    /// git on the PATH, found once: an editor save runs git two or three times, and a detour
    /// through `/usr/bin/env` would be one more process each time.
    package static let executable: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("git") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// The process's environment with git's messages in English (they are parsed) and never a
    /// password prompt: built once, not for every git process.
    private static let environment: [String: String] = {
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C"
        environment["GIT_TERMINAL_PROMPT"] = "0"
        return environment
    }()

    package static func run(_ arguments: [String], in directory: URL, input: Data? = nil) throws -> String {
        // In git's own language, like every other reason a git command gives (LC_ALL=C).
        guard let executable else { throw Failure(description: "git: command not found on PATH") }
        let finished: ChildProcess.Finished
        do {
            finished = try ChildProcess.run(
                executable.path, arguments, environment: environment, in: directory, input: input)
        } catch {
            throw Failure(description: "\(error)")
        }
        guard finished.status == 0 else {
            throw Failure(
                description: String(decoding: finished.error, as: UTF8.self).trimmingCharacters(
                    in: .whitespacesAndNewlines))
        }
        return String(decoding: finished.output, as: UTF8.self)
    }
}

extension [UInt8] {
    fileprivate mutating func append(line hash: String, _ path: Substring) {
        append(contentsOf: hash.utf8)
        append(UInt8(ascii: "\t"))
        append(contentsOf: path.utf8)
        append(UInt8(ascii: "\n"))
    }
}
