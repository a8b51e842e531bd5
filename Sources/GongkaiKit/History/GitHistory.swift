import Foundation
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
    public var commits: [String: [Commit]]
    /// A shallow clone lacks older commits: the page says so rather than show a wrong first date.
    public var isShallow: Bool
    let root: URL

    /// The trailer by which a commit that changes no byte (a review step) names its document.
    static let documentTrailer = "Gongkai-Document"

    /// The history of `paths`, or of the whole site with the review steps that changed no file;
    /// nil outside a git repository. The whole site's is kept per root and brought up to date
    /// with the commits since (the preview rebuilds after every save: one new commit, not the
    /// whole log again).
    public static func load(root: URL, paths: [String]? = nil) -> GitHistory? {
        guard let probe = Probe(root: root) else { return nil }
        guard paths == nil, let head = probe.head else {
            let log = try? Git.run(logArguments + (paths.map { ["--"] + $0 } ?? []), in: root)
            return GitHistory(commits: log.map(parse) ?? [:], isShallow: probe.isShallow, root: root)
        }
        let known = siteHistories.withLock { $0[root.path] }
        var commits: [String: [Commit]]
        if let known, known.head == head {
            commits = known.commits
        } else if let known, (try? Git.run(["merge-base", "--is-ancestor", known.head, head], in: root)) != nil,
            let log = try? Git.run(logArguments + ["\(known.head)..\(head)"], in: root)
        {
            commits = known.commits
            for (path, newer) in parse(log) { commits[path] = newer + (commits[path] ?? []) }
        } else {
            guard let log = try? Git.run(logArguments, in: root) else {
                return GitHistory(commits: [:], isShallow: probe.isShallow, root: root)
            }
            commits = parse(log)
        }
        siteHistories.withLock { $0[root.path] = (head, commits) }
        return GitHistory(commits: commits, isShallow: probe.isShallow, root: root)
    }

    private static let siteHistories = Mutex<[String: (head: String, commits: [String: [Commit]])]>([:])

    private static let logArguments = [
        "-c", "core.quotepath=off", "log", "--no-merges", "--relative",
        "--format=%x1e%H%x1f%at%x1f%an%x1f" + "%(trailers:key=\(documentTrailer),valueonly,separator=%x1d)%x1f%s",
        "--name-only", "-z",
    ]

    /// Whether the root is in a git work tree, whether it is shallow, and its HEAD (nil before the
    /// first commit): one process.
    struct Probe {
        var isShallow: Bool
        var head: String?

        init?(root: URL) {
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

    static func parse(_ log: String) -> [String: [Commit]] {
        var byPath: [String: [Commit]] = [:]
        for record in log.split(separator: "\u{1E}", omittingEmptySubsequences: true) {
            let parts = record.split(separator: "\0", omittingEmptySubsequences: false)
            guard let header = parts.first else { continue }
            let fields = header.split(separator: "\u{1F}", omittingEmptySubsequences: false)
            guard fields.count >= 5, let time = Int(fields[1]) else { continue }
            let commit = Commit(
                hash: String(fields[0]), timestamp: time, author: String(fields[2]),
                subject: fields[4...].joined(separator: "\u{1F}"))
            let named = fields[3].split(separator: "\u{1D}").map { $0.trimmingCharacters(in: .whitespaces) }
            var paths: Set<String> = []
            for path in parts.dropFirst().map({ $0.trimmingCharacters(in: .newlines) }) + named
            where !path.isEmpty && paths.insert(path).inserted {
                byPath[path, default: []].append(commit)
            }
        }
        return byPath
    }

    /// The file's text as committed in `commit`, or nil when it did not exist there.
    func contents(of path: String, at commit: String) -> String? {
        try? Git.run(["show", "\(commit):./\(path)"], in: root)
    }
}

enum Git {
    /// git's own words on standard error.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func run(_ arguments: [String], in directory: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C"
        environment["GIT_TERMINAL_PROMPT"] = "0"
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let problem = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(
                description: String(decoding: problem, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return String(decoding: data, as: UTF8.self)
    }
}
