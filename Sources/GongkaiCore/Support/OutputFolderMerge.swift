import CGongkaiSupport
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A village folder of the site being served, as listed by the types its entries say they are
/// (nothing is followed or stat-ed), paths relative to the site: what a rebuild may keep of it.
package struct LiveFolder: Sendable {
    /// False when no folder is there (a link or a file in its place counts as none).
    package var exists = false
    /// Its files reached through real folders only.
    package var files: Set<String> = []
    /// Its folders, itself first and every parent before its children.
    package var folders: [String] = []
    /// Links and anything else but files and folders: never kept.
    package var others: [String] = []

    /// Lists `folder` of the site at `root`.
    package static func survey(root: String, folder: String) -> LiveFolder {
        var found = LiveFolder()
        var info = stat()
        guard lstat(root + "/" + folder, &info) == 0, FileTree.kind(info) == .directory else { return found }
        found.exists = true
        found.folders = [folder]
        var next = 0
        while next < found.folders.count {
            let relative = found.folders[next]
            next += 1
            guard let directory = opendir(root + "/" + relative) else { continue }
            defer { closedir(directory) }
            for (name, kind) in FileTree.entries(of: directory, at: root + "/" + relative) {
                let path = relative + "/" + name
                switch kind {
                case .file: found.files.insert(path)
                case .directory: found.folders.append(path)
                case .other: found.others.append(path)
                }
            }
        }
        return found
    }
}

/// What a village's merge removes from the site once its new files are in: what the site's
/// folder held that the build did not write or keep.
struct VillageMerge: Sendable {
    var exists: Bool
    var removals: [String]
    /// Folders the build leaves empty, children before parents.
    var emptied: [String]
}

/// The villages an update merges into the site being served: each one's listing of that
/// site's folder (made while the village is checked), then, once it is rendered, what its merge
/// will remove.
final class VillageMerges: Sendable {
    let surveys = Mutex<[String: Pending<LiveFolder>]>([:])
    let planned = Mutex<[String: VillageMerge]>([:])
}

extension OutputFolder {
    /// Starts listing `village`'s folder in the site being served, which this build updates
    /// rather than replaces; nothing for a whole new site.
    package func survey(_ village: String) {
        guard let live else { return }
        merges.surveys.withLock { $0[village] = Pending { LiveFolder.survey(root: live, folder: village) } }
    }

    /// Whether the site being served still has the file at `path` (in a surveyed village) just
    /// as the last build left it, `stamp` (size, time and inode), under real folders: then it is
    /// kept there as it is, and nothing is written for it.
    package func keeps(_ path: String, stamp: String) -> Bool {
        guard let live, let slash = path.firstIndex(of: "/"),
            let survey = merges.surveys.withLock({ $0[String(path[..<slash])] })
        else { return false }
        return survey.value.files.contains(path) && FileTree.outputStamp(live + "/" + path) == stamp
    }

    /// Notes what `village`'s merge will remove, now that its files (`outputs`: written here or
    /// kept in the site) are known; its listing is let go.
    package func planMerge(_ village: String, outputs: [HashedFile]) {
        guard let survey = merges.surveys.withLock({ $0.removeValue(forKey: village) })?.value else { return }
        let kept = Set(outputs.map(\.path))
        var needed: Set<Substring> = []
        for path in kept {
            var parent = path[...]
            while let slash = parent.lastIndex(of: "/") {
                parent = parent[..<slash]
                if !needed.insert(parent).inserted { break }
            }
        }
        let plan = VillageMerge(
            exists: survey.exists,
            removals: survey.files.filter { !kept.contains($0) } + survey.others.filter { !kept.contains($0) },
            emptied: survey.folders.reversed().filter { !needed.contains($0[...]) })
        merges.planned.withLock { $0[village] = plan }
    }

    /// Villages whose merge is planned.
    package var mergedVillages: [String] { merges.planned.withLock { Array($0.keys) }.sorted() }

    /// Puts `village`'s new files into the site being served, each by one rename (its folders
    /// made where missing; a link or file in a folder's place, or a folder in a file's place, is
    /// removed first, nothing is followed), then removes what the build did not write or keep.
    /// A village the site has no folder for is moved in whole.
    package func merge(_ village: String) throws {
        guard let live, let plan = merges.planned.withLock({ $0.removeValue(forKey: village) }) else { return }
        let staged = root + "/" + village
        let target = live + "/" + village
        let hasStaged = FileTree.kind(URL(fileURLWithPath: staged)) == .directory
        guard plan.exists else {
            // A file or link in the folder's place (never followed) goes.
            _ = Glibc.unlink(target)
            guard hasStaged else { return }
            try rename(staged, target)
            return
        }
        if hasStaged { try mergeFolder(staged, into: target) }
        for path in plan.removals { _ = Glibc.unlink(live + "/" + path) }
        for folder in plan.emptied { _ = rmdir(live + "/" + folder) }
    }

    private func mergeFolder(_ staged: String, into target: String) throws {
        guard let directory = opendir(staged) else { return }
        defer { closedir(directory) }
        var folders: [String] = []
        for (name, kind) in FileTree.entries(of: directory, at: staged) {
            let from = staged + "/" + name
            if kind == .directory {
                folders.append(name)
                continue
            }
            let to = target + "/" + name
            // Exchanged rather than renamed over: what it replaces goes into the staging folder,
            // which is removed in the background (freeing a file's blocks can wait on the disk).
            if gongkai_exchange_paths(from, to) == 0 { continue }
            if Glibc.rename(from, to) != 0 {
                // A folder where the file goes (and no exchange on this file system): removed first.
                guard errno == EISDIR else { throw moveFailure(from, to) }
                removeAnything(at: to)
                try rename(from, to)
            }
        }
        for name in folders {
            let to = target + "/" + name
            var info = stat()
            if lstat(to, &info) != 0 || FileTree.kind(info) != .directory {
                _ = Glibc.unlink(to)
                guard mkdir(to, 0o755) == 0 else {
                    throw CommandFailure.failed(
                        Wording("无法写入 {path}：{reason}", to, String(cString: strerror(errno))))
                }
            }
            try mergeFolder(staged + "/" + name, into: to)
        }
    }

    private func rename(_ from: String, _ to: String) throws {
        guard Glibc.rename(from, to) == 0 else { throw moveFailure(from, to) }
    }

    private func moveFailure(_ from: String, _ to: String) -> CommandFailure {
        .failed(Wording("无法移动 {from} 到 {to}：{reason}", from, to, String(cString: strerror(errno))))
    }

    /// Makes the folder `target` is to be written in; a file in the way is removed first.
    func makeParent(of target: String) {
        let parent = String(target[..<target.lastIndex(of: "/")!])
        // Errors show when the file is opened.
        guard FileTree.makeFolders(parent) == ENOTDIR else { return }
        var prefix = root
        for component in parent.dropFirst(root.count + 1).split(separator: "/") {
            prefix += "/" + component
            var info = stat()
            if lstat(prefix, &info) == 0, FileTree.kind(info) != .directory {
                _ = Glibc.unlink(prefix)
                break
            }
        }
        FileTree.makeFolders(parent)
    }

    /// Removes a file, link or folder (with all it holds) that stands where a file is to go.
    func removeAnything(at target: String) {
        if Glibc.unlink(target) != 0, errno == EISDIR || errno == EPERM {
            try? FileManager.default.removeItem(atPath: target)
        }
    }
}
