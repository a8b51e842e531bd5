import CGongkaiSupport
import Foundation
import GongkaiContent
import GongkaiCore

/// The Publish stage: a build is written into a hidden sibling of the output folder and
/// swapped in whole (one atomic exchange of names), so readers see the old site or the new
/// one, never a half-written one. A failed build leaves the old site untouched.
public enum Publisher {
    static func temporaryPrefix(_ name: String) -> String { ".\(name).gongkai-tmp-" }

    /// Where the village folders an update replaced are kept, for the next update of the same
    /// village to adopt (`OutputFolder.adopt`): `.site.gongkai-spare` for `site`.
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
    /// those of `previousVillages` no longer in `villages`) change, each swapped in whole by one
    /// exchange of names; then the town-level files, each by one rename, manifest.json last. A
    /// failed build changes nothing. A build killed while swapping leaves every village and file
    /// whole, old or new, and no cache state, so the next build is a full one. Each village of
    /// `rebuilt` is written over the folder its last update replaced, when one was kept, and
    /// the manifest over the one the update before last replaced.
    package static func update<Result>(
        _ out: URL, previousVillages: Set<String>, villages: Set<String>, rebuilt: [String], cache: BuildCache,
        _ write: (OutputFolder) throws -> Result
    ) throws -> Result {
        let out = out.standardizedFileURL
        let parent = out.deletingLastPathComponent()
        let name = out.lastPathComponent
        removeLeftovers(in: parent, name: name)
        let staging = parent.appendingPathComponent(
            temporaryPrefix(name) + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
        let folder = OutputFolder(url: staging)
        let spares = spareFolder(in: parent, name: name)
        for village in rebuilt { _ = folder.adopt(spares + "/" + village, as: village) }
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
        let entries = try FileManager.default.contentsOfDirectory(atPath: staging.path)
        for entry in entries.sorted() where FileTree.kind(staging.appendingPathComponent(entry)) == .directory {
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
        // The replaced folders of rebuilt villages are kept for their next update.
        let kept = Set(rebuilt)
        if entries.contains(where: kept.contains), FileTree.makeFolders(spares, mode: 0o700) == nil {
            for entry in entries where kept.contains(entry) {
                _ = rename(staging.appendingPathComponent(entry).path, spares + "/" + entry)
            }
        }
        let existing = Set(entries)
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
    /// for hundreds of thousands of unlinks. The folder is first renamed after the remover's own
    /// process, so later builds leave it alone while it runs (rather than start a second `rm` on
    /// it); if the remover dies, the next build removes the rest.
    static func discard(_ folder: URL) {
        let name = folder.lastPathComponent
        let stem = name.range(of: "gongkai-tmp-").map { String(name[..<$0.upperBound]) } ?? name + "-"
        let remover = Process()
        remover.executableURL = URL(fileURLWithPath: "/bin/sh")
        remover.arguments = [
            "-c", #"mv -f -- "$1" "$2$$-rm" && exec rm -rf -- "$2$$-rm""#, "sh", folder.path,
            folder.deletingLastPathComponent().appendingPathComponent(stem).path,
        ]
        remover.standardOutput = FileHandle.nullDevice
        remover.standardError = FileHandle.nullDevice
        do {
            try remover.run()
        } catch {
            try? FileManager.default.removeItem(at: folder)
        }
    }

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
