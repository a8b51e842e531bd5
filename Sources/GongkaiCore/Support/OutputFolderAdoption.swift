import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// What a folder adopted from a spare held when it was adopted, relative to the output folder:
/// its files, and its folders with every parent before its children.
struct AdoptedFolder: Sendable {
    var files: [String]
    var folders: [String]
}

/// The folders an output folder adopted, by name, until each is pruned.
final class AdoptedFolders: Sendable {
    let held = Mutex<[String: AdoptedFolder]>([:])
}

extension OutputFolder {
    /// Takes `spare` (a folder an earlier build replaced, kept aside) in as `folder`, so that
    /// a rebuilt village's six hundred folders are not made again: making a folder is the
    /// dearest thing a one-edit rebuild asks of a disk. What it holds is then replaced as the
    /// build writes (never written through: a file there may be another name of a page being
    /// served), kept where the build links that very file, and removed by `prune` where the
    /// build puts nothing. Links and anything else but files and folders are removed at once.
    /// False, and nothing moved, when there is no usable spare.
    package func adopt(_ spare: String, as folder: String) -> Bool {
        var info = stat()
        guard lstat(spare, &info) == 0, FileTree.kind(info) == .directory, info.st_uid == geteuid() else {
            return false
        }
        let target = root + "/" + folder
        guard rename(spare, target) == 0 else { return false }
        var held = AdoptedFolder(files: [], folders: [folder])
        survey(target, relative: folder, into: &held)
        adopted.held.withLock { $0[folder] = held }
        return true
    }

    /// Removes from an adopted folder what this build did not write or link there (`kept`: the
    /// folder's files as recorded), and the folders left empty; the folder itself stays.
    package func prune(_ folder: String, keeping kept: [HashedFile]) {
        guard let held = adopted.held.withLock({ $0.removeValue(forKey: folder) }) else { return }
        let files = Set(kept.map(\.path))
        var needed: Set<Substring> = [folder[...]]
        for path in files {
            var parent = path[...]
            while let slash = parent.lastIndex(of: "/") {
                parent = parent[..<slash]
                if !needed.insert(parent).inserted { break }
            }
        }
        for file in held.files where !files.contains(file) { _ = Glibc.unlink(root + "/" + file) }
        for inner in held.folders.reversed() where !needed.contains(inner[...]) { _ = rmdir(root + "/" + inner) }
    }

    /// Lists an adopted folder by the types its entries say they are (nothing is stat-ed). Not
    /// `FileTree.scan`, which skips hidden names and lists sources: here every name counts, since
    /// whatever the build does not write must go, a hidden one too.
    private func survey(_ path: String, relative: String, into held: inout AdoptedFolder) {
        guard let directory = opendir(path) else { return }
        defer { closedir(directory) }
        var folders: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) {
                var info = stat()
                guard lstat(path + "/" + name, &info) == 0 else { continue }
                switch FileTree.kind(info) {
                case .file: type = UInt8(DT_REG)
                case .directory: type = UInt8(DT_DIR)
                case .other: type = UInt8(DT_LNK)
                }
            }
            switch type {
            case UInt8(DT_REG): held.files.append(relative + "/" + name)
            case UInt8(DT_DIR): folders.append(name)
            default: removeAnything(at: path + "/" + name)
            }
        }
        for name in folders {
            held.folders.append(relative + "/" + name)
            survey(path + "/" + name, relative: relative + "/" + name, into: &held)
        }
    }

    /// Makes the folder `target` is to be written in; a file in the way (an adopted folder
    /// whose page became a folder) is removed first.
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

    /// Whether two paths name one file (the second is not followed if it is a link).
    static func sameFile(_ existing: String, _ target: String) -> Bool {
        var a = stat()
        var b = stat()
        return stat(existing, &a) == 0 && lstat(target, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }
}
