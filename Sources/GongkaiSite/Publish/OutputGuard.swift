import Foundation
import GongkaiContent
import GongkaiCore

/// The output folder is gongkai's alone (spec §8): a build never replaces the sources, nor a
/// folder of someone else's files, and removing an old site never follows a link out of it.
public enum OutputRefusal: Error, Equatable, Sendable {
    /// The folder is the site root, holds it, or lies inside content/ or templates/.
    case replacesSources(out: String)
    /// The folder has files, and no manifest.json written by gongkai.
    case foreignFolder(out: String, entries: [String])
    /// Something other than a folder (a file, a symbolic link) has the name.
    case notAFolder(out: String)
}

package enum OutputGuard {
    /// Throws an `OutputRefusal` for an output folder a build must not touch; `force` allows
    /// only a non-empty folder that gongkai did not write.
    package static func check(_ out: URL, root: URL, force: Bool) throws {
        let outPath = realPath(out)
        let rootPath = realPath(root)
        func within(_ path: String, _ folder: String) -> Bool {
            path == folder || path.hasPrefix(folder == "/" ? "/" : folder + "/")
        }
        if within(rootPath, outPath) || within(outPath, rootPath + "/content")
            || within(outPath, rootPath + "/templates")
        {
            throw OutputRefusal.replacesSources(out: out.path)
        }
        switch FileTree.kind(out) {
        case .directory:
            let entries = ((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).sorted()
            if !entries.isEmpty && !force && !wroteByGongkai(out) {
                throw OutputRefusal.foreignFolder(out: out.path, entries: entries)
            }
        case .file, .other:
            if FileManager.default.fileExists(atPath: out.path) || isSymbolicLink(out) {
                throw OutputRefusal.notAFolder(out: out.path)
            }
        }
    }

    /// A folder holding a manifest.json in the shape gongkai writes: it opens with `build_date`
    /// and `sources` and closes the object. Only its first and last bytes are read: a county's
    /// manifest is tens of megabytes, and every rebuild asks.
    static func wroteByGongkai(_ folder: URL) -> Bool {
        let manifest = folder.appendingPathComponent(Manifest.fileName)
        guard FileTree.kind(manifest) == .file, let file = FileHandle(forReadingAtPath: manifest.path) else {
            return false
        }
        defer { try? file.close() }
        guard let head = try? file.read(upToCount: 4096), let size = try? file.seekToEnd() else { return false }
        try? file.seek(toOffset: size > 64 ? size - 64 : 0)
        guard let tail = try? file.readToEnd() else { return false }
        return ManifestShape.opens(head) && ManifestShape.closes(tail)
    }

    /// The path with every existing symbolic link of it resolved, so a link cannot disguise
    /// the site root; the part that does not exist yet is kept as written.
    static func realPath(_ url: URL) -> String {
        var existing = url.standardizedFileURL
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path) && existing.path != "/" {
            rest.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        var resolved = existing.resolvingSymlinksInPath()
        for part in rest { resolved.appendPathComponent(part) }
        return resolved.standardizedFileURL.path
    }

    private static func isSymbolicLink(_ url: URL) -> Bool {
        var info = stat()
        return lstat(url.path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }
}
