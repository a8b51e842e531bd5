import Foundation
import GongkaiContent
import GongkaiCore
import GongkaiSite

/// Several commits in one `git fast-import` process, on top of the branch HEAD names, each with
/// its author, message and the bytes its files held when it was saved; then the index is reset
/// to the new HEAD for those paths. Throws (and commits nothing) where plain `git commit` is
/// the safer way: no branch (detached HEAD, no commit yet), a path fast-import would need quoted,
/// a branch moved by someone else meanwhile (fast-import refuses to rewind it).
package struct FastImport {
    package let root: URL

    package struct Refused: Error {}

    /// The short hashes of the new commits, in order.
    package func commit(_ entries: [CommitQueue.Entry]) throws -> [String] {
        let lines = try Git.run(["rev-parse", "HEAD", "--symbolic-full-name", "HEAD"], in: root)
            .split(separator: "\n").map(String.init)
        guard lines.count == 2, lines[1].hasPrefix("refs/heads/") else { throw Refused() }
        let (head, branch) = (lines[0], lines[1])
        let paths = Set(entries.flatMap { $0.changes.map(\.path) }).sorted()
        guard paths.allSatisfy({ !$0.contains("\n") && !$0.hasPrefix("\"") }) else { throw Refused() }

        let committer = EditorGit(root: root, author: nil).identity()
        let now = Int(Date().timeIntervalSince1970)
        let offset = TimeZone.current.secondsFromGMT()
        let zone = String(format: "%@%02d%02d", offset < 0 ? "-" : "+", abs(offset) / 3600, abs(offset) % 3600 / 60)
        var stream = Data()
        func line(_ text: String) { stream.append(Data((text + "\n").utf8)) }
        func data(_ bytes: Data) {
            line("data \(bytes.count)")
            stream.append(bytes)
            line("")
        }
        for (index, entry) in entries.enumerated() {
            let author = entry.author ?? committer ?? "gongkai <gongkai@localhost>"
            line("commit \(branch)")
            line("mark :\(index + 1)")
            line("author \(author) \(now) \(zone)")
            line("committer \(committer ?? author) \(now) \(zone)")
            var message = entry.message.trimmingCharacters(in: .whitespacesAndNewlines)
            if entry.allowEmpty {
                message += "\n\n" + entry.paths.map { "\(GitHistory.documentTrailer): \($0)" }.joined(separator: "\n")
            }
            data(Data((message + "\n").utf8))
            if index == 0 { line("from \(head)") }
            for change in entry.changes {
                if let bytes = change.data {
                    line("M 100644 inline \(change.path)")
                    data(bytes)
                } else {
                    line("D \(change.path)")
                }
            }
            line("")
        }
        let marks = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-marks-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: marks) }
        _ = try Git.run(["fast-import", "--quiet", "--export-marks=\(marks.path)"], in: root, input: stream)
        var hashes: [Int: String] = [:]
        for mark in (try String(contentsOf: marks, encoding: .utf8)).split(separator: "\n") {
            let parts = mark.split(separator: " ")
            if parts.count == 2, let number = Int(parts[0].dropFirst()) { hashes[number] = String(parts[1].prefix(7)) }
        }
        // From here the commits exist: nothing may make the caller commit them a second time.
        // The index still holds the files as they were before: take them from the new HEAD.
        _ = try? Git.run(["reset", "-q", "--"] + paths, in: root)
        return entries.indices.map { hashes[$0 + 1] ?? "" }
    }
}
