import Foundation

/// Walks folders the way the contract says: names starting with `.` are ignored, symbolic
/// links are not followed (so nothing outside the site root can be published), order is sorted.
enum FileTree {
    struct Entry: Sendable {
        /// Path relative to the walked folder, `/`-separated.
        var relative: String
        var url: URL
        /// Size, modification and change times and inode: any write to the file changes it.
        var stamp: String
    }

    static func files(under folder: URL) -> [Entry] {
        var out: [Entry] = []
        walk(folder, prefix: "", into: &out)
        return out.sorted { $0.relative < $1.relative }
    }

    static func subfolders(of folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { name in
            !name.hasPrefix(".") && kind(folder.appendingPathComponent(name)) == .directory
        }.sorted()
    }

    enum Kind { case file, directory, other }

    static func kind(_ url: URL) -> Kind {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return .other }
        return kind(info)
    }

    static func kind(_ info: stat) -> Kind {
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    private static func walk(_ folder: URL, prefix: String, into out: inout [Entry]) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            var info = stat()
            guard lstat(url.path, &info) == 0 else { continue }
            switch kind(info) {
            case .file: out.append(Entry(relative: relative, url: url, stamp: stamp(info)))
            case .directory: walk(url, prefix: relative, into: &out)
            case .other: continue
            }
        }
    }

    static func stamp(_ info: stat) -> String {
        "\(info.st_size)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)-\(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)-\(info.st_ino)"
    }

    /// The stamp of one file, or "" when it is missing.
    static func stamp(_ path: String) -> String {
        var info = stat()
        return lstat(path, &info) == 0 ? stamp(info) : ""
    }
}
