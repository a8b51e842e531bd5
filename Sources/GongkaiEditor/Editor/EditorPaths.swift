import Foundation
import GongkaiContent
import GongkaiCore
import GongkaiSite

/// The only files the editor reads or writes: documents and village.yaml inside
/// `content/<village>/`, named by a path relative to the site root that holds no `..`, no
/// hidden part and no symbolic link on the way.
package enum EditorPaths {
    /// The file for an existing path, or why it may not be edited.
    package static func existing(_ path: String, village: String, root: URL) throws(EditorError) -> URL {
        let file = try confined(path, village: village, root: root)
        var info = stat()
        guard lstat(file.path, &info) == 0 else { throw .notFound(path) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .outsideVillage(path) }
        return file
    }

    /// The file a path names if it is one the editor may touch (it need not exist yet).
    static func confined(_ path: String, village: String, root: URL) throws(EditorError) -> URL {
        guard SiteLoader.isValidVillageID(village) else { throw .outsideVillage(path) }
        let prefix = "content/\(village)/"
        guard path.hasPrefix(prefix), path.utf8.count <= 512 else { throw .outsideVillage(path) }
        let parts = path.dropFirst(prefix.count).split(separator: "/", omittingEmptySubsequences: false)
        guard !parts.isEmpty,
            parts.allSatisfy({ !$0.isEmpty && !$0.hasPrefix(".") && !$0.contains("\\") && !$0.contains("\0") })
        else { throw .outsideVillage(path) }
        let name = parts.last!
        let isDocument = ["yaml", "yml", "md"].contains(name.split(separator: ".").last.map(String.init) ?? "")
        guard isDocument, parts.count == 1 ? true : parts.count == 2 else { throw .outsideVillage(path) }
        // No symbolic link on the way: each folder from the village's down must be a folder.
        var folder = root.appendingPathComponent("content").appendingPathComponent(village)
        for part in [Substring("")] + parts.dropLast() {
            if !part.isEmpty { folder.appendPathComponent(String(part)) }
            var info = stat()
            if lstat(folder.path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR { throw .outsideVillage(path) }
        }
        return root.appendingPathComponent(path)
    }

    /// Where a new document is saved: the name `gongkai new` would give it, with `-2`, `-3`…
    /// when that is taken.
    static func newDocument(kind: Kind, record: Record, village: String, root: URL, today: CalendarDate)
        -> String
    {
        let scaffold = Scaffold.make(
            kind: kind, village: village, villageName: nil, period: record["period"]?.period, today: today)
        let path = scaffold.path
        guard let dot = path.lastIndex(of: ".") else { return path }
        var candidate = path
        var n = 1
        while FileManager.default.fileExists(atPath: root.appendingPathComponent(candidate).path)
            || alternateExtensionExists(candidate, root: root)
        {
            n += 1
            candidate = path[..<dot] + "-\(n)" + path[dot...]
        }
        return candidate
    }

    /// A slug is one file whatever its extension (GK-S010): `2026-10.md` takes `2026-10.yaml`'s.
    private static func alternateExtensionExists(_ path: String, root: URL) -> Bool {
        guard let dot = path.lastIndex(of: ".") else { return false }
        return ["yaml", "yml", "md"].contains {
            FileManager.default.fileExists(atPath: root.appendingPathComponent(path[..<dot] + "." + $0).path)
        }
    }
}
