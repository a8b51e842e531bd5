import Foundation

/// Walks folders the way the contract says: names starting with `.` are ignored, symbolic
/// links are not followed (so nothing outside the site root can be published), order is sorted.
package enum FileTree {
    package struct Entry: Sendable {
        package init(relative: String, path: String, stamp: String) {
            self.relative = relative
            self.path = path
            self.stamp = stamp
        }

        /// Path relative to the walked folder, `/`-separated.
        package var relative: String
        /// Its path on disk.
        package var path: String
        package var url: URL { URL(fileURLWithPath: path) }
        /// Size, modification and change times and inode: any write to the file changes it.
        package var stamp: String
    }

    /// A symbolic link met on the walk (never followed): where it is and where it points.
    package struct Link: Sendable, Equatable {
        package var relative: String
        package var target: String
    }

    package static func files(under folder: URL) -> [Entry] {
        listing(under: folder).files
    }

    /// Every file under `folder`, and every symbolic link that was passed over.
    package static func listing(under folder: URL) -> (files: [Entry], links: [Link]) {
        var out: [Entry] = []
        var links: [Link] = []
        walk(folder.path, prefix: "", into: &out, links: &links)
        return (out.sorted { $0.relative < $1.relative }, links.sorted { $0.relative < $1.relative })
    }

    static func subfolders(of folder: URL) -> [String] {
        subfoldersAndLinks(of: folder).folders
    }

    /// The folders directly in `folder`, and the symbolic links there (not followed).
    package static func subfoldersAndLinks(of folder: URL) -> (folders: [String], links: [Link]) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
            !$0.hasPrefix(".")
        }
        var folders: [String] = []
        var links: [Link] = []
        for name in names.sorted() {
            let path = folder.appendingPathComponent(name).path
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            if kind(info) == .directory { folders.append(name) }
            if (info.st_mode & S_IFMT) == S_IFLNK { links.append(Link(relative: name, target: linkTarget(path))) }
        }
        return (folders, links)
    }

    static func linkTarget(_ path: String) -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
    }

    package enum Kind { case file, directory, other }

    package static func kind(_ url: URL) -> Kind {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return .other }
        return kind(info)
    }

    package static func kind(_ info: stat) -> Kind {
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// Reads each folder once and stats its entries relative to it (no path walk per file).
    private static func walk(_ folder: String, prefix: String, into out: inout [Entry], links: inout [Link]) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        let descriptor = dirfd(directory)
        var folders: [(String, String)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            let path = folder + "/" + name
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            var info = stat()
            guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
            switch kind(info) {
            case .file: out.append(Entry(relative: relative, path: path, stamp: stamp(info)))
            case .directory: folders.append((path, relative))
            case .other:
                if (info.st_mode & S_IFMT) == S_IFLNK {
                    links.append(Link(relative: relative, target: linkTarget(path)))
                }
            }
        }
        for (path, relative) in folders { walk(path, prefix: relative, into: &out, links: &links) }
    }

    /// A source file's stamp: size, modification and change times, inode — any edit, copy or
    /// replacement changes it.
    package static func stamp(_ info: stat) -> String {
        // Hex digits written by hand: a county's walk stamps a hundred thousand files per build.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 96) { buffer in
            var count = 0
            func put(_ value: Int, separator: UInt8?) {
                if let separator {
                    buffer[count] = separator
                    count += 1
                }
                var v = UInt64(bitPattern: Int64(value))
                var digits = 0
                repeat {
                    digits += 1
                    v >>= 4
                } while v != 0
                v = UInt64(bitPattern: Int64(value))
                for i in stride(from: digits - 1, through: 0, by: -1) {
                    let d = UInt8(v & 0xF)
                    buffer[count + i] = d < 10 ? 0x30 + d : 0x57 + d
                    v >>= 4
                }
                count += digits
            }
            put(Int(info.st_size), separator: nil)
            put(info.st_mtim.tv_sec, separator: UInt8(ascii: "-"))
            put(info.st_mtim.tv_nsec, separator: UInt8(ascii: "."))
            put(info.st_ctim.tv_sec, separator: UInt8(ascii: "-"))
            put(info.st_ctim.tv_nsec, separator: UInt8(ascii: "."))
            put(Int(bitPattern: UInt(info.st_ino)), separator: UInt8(ascii: "-"))
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<count]), as: UTF8.self)
        }
    }

    /// The stamp of one file, or "" when it is missing.
    package static func stamp(_ path: String) -> String {
        var info = stat()
        return lstat(path, &info) == 0 ? stamp(info) : ""
    }

    /// An output file's stamp: size and modification time only (hard-linking a page into the
    /// next site changes its change time), or "" when it is missing.
    package static func outputStamp(_ path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return "" }
        return "\(info.st_size)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }
}
