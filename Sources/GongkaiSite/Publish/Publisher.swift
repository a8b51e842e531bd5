import CGongkaiSupport
import Foundation
import GongkaiContent
import GongkaiCore
import Synchronization

/// The Publish stage: a whole new site is written into a hidden sibling of the output folder
/// and swapped in whole (one atomic exchange of names), so readers see the old site or the new
/// one, never a half-written one; an update writes only what changed there and puts each file
/// in by one rename (`update`). A failed build leaves the old site untouched.
public enum Publisher {
    static func temporaryPrefix(_ name: String) -> String { ".\(name).gongkai-tmp-" }

    /// Where the manifest.json an update replaced is kept, for the update after next to write
    /// over (`Manifest.write`): `.site.gongkai-spare` for `site`.
    static func spareFolder(in parent: URL, name: String) -> String {
        parent.appendingPathComponent(".\(name).gongkai-spare").path
    }

    package static func publish<Result>(to out: URL, _ write: (OutputFolder) throws -> Result) throws -> Result {
        let out = out.standardizedFileURL
        let parent = out.deletingLastPathComponent()
        let name = out.lastPathComponent
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        removeLeftovers(in: parent, name: name)

        let temporary = parent.appendingPathComponent(
            temporaryPrefix(name) + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: false)
        let result: Result
        do {
            result = try write(OutputFolder(url: temporary))
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        // A whole new site shares no file with the spares: they would only hold the old pages.
        let spares = spareFolder(in: parent, name: name)
        let retired = parent.appendingPathComponent(temporaryPrefix(name) + "\(getpid())-spare")
        if rename(spares, retired.path) == 0 { discard(retired) }
        if FileTree.kind(out) == .directory {
            if gongkai_exchange_paths(temporary.path, out.path) == 0 {
                discard(temporary)
                return result
            }
            // File systems without RENAME_EXCHANGE: two renames, a moment with no site.
            let old = parent.appendingPathComponent(temporaryPrefix(name) + "\(getpid())-old")
            try FileManager.default.moveItem(at: out, to: old)
            try FileManager.default.moveItem(at: temporary, to: out)
            try? FileManager.default.removeItem(at: old)
            return result
        } else {
            if FileManager.default.fileExists(atPath: out.path) {
                try? FileManager.default.removeItem(at: temporary)
                throw CommandFailure.failed(Wording("输出路径 {path} 已存在且不是文件夹", out.path))
            }
            try FileManager.default.moveItem(at: temporary, to: out)
            return result
        }
    }

    /// Updates a site in place: only the villages `write` puts into the folder it is given (and
    /// those of `previousVillages` no longer in `villages`) change. A rebuilt village's new
    /// files are merged into its folder, each by one rename, and what the build did not write
    /// or keep is removed (`OutputFolder.merge`): its pages that did not change stay as they are,
    /// and none of its six hundred folders is made again. Other folders are swapped in whole by
    /// one exchange of names; then the town-level files, each by one rename, manifest.json last.
    /// A failed build changes nothing. A build killed while publishing leaves every file whole,
    /// old or new, and no cache state, so the next build is a full one. The manifest is written
    /// over the one the update before last replaced.
    package static func update<Result>(
        _ out: URL, previousVillages: Set<String>, villages: Set<String>, cache: BuildCache,
        _ write: (OutputFolder) throws -> Result
    ) throws -> Result {
        let out = out.standardizedFileURL
        let parent = out.deletingLastPathComponent()
        let name = out.lastPathComponent
        removeLeftovers(in: parent, name: name)
        let staging = parent.appendingPathComponent(
            temporaryPrefix(name) + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
        let folder = OutputFolder(url: staging, live: out)
        let spares = spareFolder(in: parent, name: name)
        retireSpareVillages(spares, parent: parent, name: name)
        adoptManifest(from: spares, into: staging)
        let result: Result
        do {
            result = try write(folder)
        } catch {
            // A failed build leaves nothing behind when it ends (its staging holds only what was
            // rendered before the first error).
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
        cache.invalidate()
        let merged = folder.mergedVillages
        for village in merged { try folder.merge(village) }
        let entries = try FileManager.default.contentsOfDirectory(atPath: staging.path)
        let left = Set(merged)
        for entry in entries.sorted()
        where !left.contains(entry) && FileTree.kind(staging.appendingPathComponent(entry)) == .directory {
            let new = staging.appendingPathComponent(entry).path
            let old = out.appendingPathComponent(entry).path
            if FileTree.kind(URL(fileURLWithPath: old)) == .directory {
                guard gongkai_exchange_paths(new, old) == 0 else {
                    throw CommandFailure.failed(Wording("无法替换 {path}：{reason}", old, String(cString: strerror(errno))))
                }
            } else {
                try move(new, old)
            }
        }
        let existing = Set(entries).union(merged)
        for gone in previousVillages.subtracting(villages).subtracting(existing).sorted() {
            let old = out.appendingPathComponent(gone).path
            if FileTree.kind(URL(fileURLWithPath: old)) == .directory {
                try move(old, staging.appendingPathComponent(gone).path)
            }
        }
        for entry in entries.sorted()
        where entry != Manifest.fileName && FileTree.kind(staging.appendingPathComponent(entry)) == .file {
            try replace(staging.appendingPathComponent(entry).path, out.appendingPathComponent(entry).path)
        }
        try replace(
            staging.appendingPathComponent(Manifest.fileName).path, out.appendingPathComponent(Manifest.fileName).path)
        keepManifest(staging.appendingPathComponent(Manifest.fileName).path, in: spares)
        discard(staging)
        return result
    }

    /// Removes the village folders earlier versions kept in the spare folder (for the next
    /// update of the village to write over): a merge needs none.
    private static func retireSpareVillages(_ spares: String, parent: URL, name: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: spares),
            names.contains(where: { $0 != Manifest.fileName })
        else { return }
        let retired = parent.appendingPathComponent(temporaryPrefix(name) + "\(getpid())-spare")
        guard FileTree.makeFolders(retired.path, mode: 0o700) == nil else { return }
        for entry in names where entry != Manifest.fileName {
            _ = rename(spares + "/" + entry, retired.path + "/" + entry)
        }
        discard(retired)
    }

    /// Keeps the manifest.json a publish replaced (now at `replaced`) in the spare folder: the
    /// build after next writes over it only the blocks that changed (`Manifest.write`).
    private static func keepManifest(_ replaced: String, in spares: String) {
        guard FileTree.kind(URL(fileURLWithPath: replaced)) == .file, FileTree.makeFolders(spares, mode: 0o700) == nil
        else { return }
        _ = rename(replaced, spares + "/" + Manifest.fileName)
    }

    /// Takes whatever the spare folder holds as manifest.json into the staging folder, where it
    /// is written over only if it is a file that may be (`FileRewrite` decides) and replaced
    /// otherwise.
    private static func adoptManifest(from spares: String, into staging: URL) {
        _ = rename(spares + "/" + Manifest.fileName, staging.appendingPathComponent(Manifest.fileName).path)
    }

    /// Puts a new town-level file in place. An old one is exchanged into the staging folder
    /// rather than overwritten: freeing a county's 90 MB manifest.json would hold the build up,
    /// while the staging folder is removed in the background.
    private static func replace(_ new: String, _ old: String) throws {
        if FileTree.kind(URL(fileURLWithPath: old)) == .file, gongkai_exchange_paths(new, old) == 0 { return }
        try move(new, old)
    }

    private static func move(_ from: String, _ to: String) throws {
        guard rename(from, to) == 0 else {
            throw CommandFailure.failed(
                Wording("无法移动 {from} 到 {to}：{reason}", from, to, String(cString: strerror(errno))))
        }
    }

    /// Removes the replaced site in a child process, so a build of a large site does not wait
    /// for hundreds of thousands of unlinks (nor a one-edit rebuild for the disk to free the
    /// pages it replaced). The folder is first renamed after the remover's own process, so later
    /// builds leave it alone while it runs (rather than start a second `rm` on it); if the
    /// remover dies, the next build removes the rest.
    static func discard(_ folder: URL) {
        let name = folder.lastPathComponent
        let stem = name.range(of: "gongkai-tmp-").map { String(name[..<$0.upperBound]) } ?? name + "-"
        let words: [String] = [
            "/bin/sh", "-c", #"mv -f -- "$1" "$2$$-rm" && exec rm -rf -- "$2$$-rm""#, "sh", folder.path,
            folder.deletingLastPathComponent().appendingPathComponent(stem).path,
        ]
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        removers.withLock { running in
            // Those done are reaped here (a server starts one a build).
            running.removeAll { (pid: pid_t) -> Bool in waitpid(pid, nil, WNOHANG) != 0 }
            let pid: pid_t = gongkai_spawn_quiet("/bin/sh", argv)
            if pid > 0 {
                running.append(pid)
            } else {
                try? FileManager.default.removeItem(at: folder)
            }
        }
    }

    /// Removers started and not yet reaped.
    private static let removers = Mutex<[pid_t]>([])

    /// Folders left by builds that were killed: their process is gone.
    static func removeLeftovers(in parent: URL, name: String) {
        let prefix = temporaryPrefix(name)
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for entry in entries where entry.hasPrefix(prefix) {
            let pidText = entry.dropFirst(prefix.count).prefix { $0 != "-" }
            if let pid = Int32(pidText), pid != getpid(), kill(pid, 0) == 0 { continue }
            discard(parent.appendingPathComponent(entry))
        }
    }
}
