import Foundation

/// Walks folders the way the contract says: names starting with `.` are ignored, symbolic
/// links are not followed (so nothing outside the site root can be published), order is sorted.
package enum FileTree {
    package struct Entry: Sendable {
        package init(relative: String, folder: String, info: Stat) {
            self.relative = relative
            self.folder = folder
            self.info = info
        }

        /// Path relative to the walked folder, `/`-separated.
        package var relative: String
        /// The walked folder (shared by its entries: a county lists a hundred thousand files).
        package var folder: String
        package var info: Stat
        /// Its path on disk.
        package var path: String { folder + "/" + relative }
        package var url: URL { URL(fileURLWithPath: path) }
        /// Size, modification and change times and inode: any write to the file changes it.
        package var stamp: String { info.stamp }
    }

    /// What a file's stamp is made of.
    package struct Stat: Sendable, Equatable {
        var size: Int
        var modified: (seconds: Int, nanoseconds: Int)
        var changed: (seconds: Int, nanoseconds: Int)
        var inode: UInt

        package init(_ info: stat) {
            size = Int(info.st_size)
            modified = (info.st_mtim.tv_sec, info.st_mtim.tv_nsec)
            changed = (info.st_ctim.tv_sec, info.st_ctim.tv_nsec)
            inode = UInt(info.st_ino)
        }

        package static func == (a: Stat, b: Stat) -> Bool {
            a.size == b.size && a.modified == b.modified && a.changed == b.changed && a.inode == b.inode
        }

        /// `size-mtime.ns-ctime.ns-inode`, in hex.
        package var stamp: String {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(64)
            append(to: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }

        /// The stamp's bytes written where they are wanted (a village's listing): digits by
        /// hand, since a county's walk stamps a hundred thousand files per build.
        package func append(to bytes: inout [UInt8]) {
            func put(_ value: UInt64, separator: UInt8?) {
                if let separator { bytes.append(separator) }
                var shift = 60
                while shift > 0, value >> UInt64(shift) == 0 { shift -= 4 }
                while shift >= 0 {
                    let d = UInt8((value >> UInt64(shift)) & 0xF)
                    bytes.append(d < 10 ? 0x30 + d : 0x57 + d)
                    shift -= 4
                }
            }
            put(UInt64(bitPattern: Int64(size)), separator: nil)
            put(UInt64(bitPattern: Int64(modified.seconds)), separator: UInt8(ascii: "-"))
            put(UInt64(bitPattern: Int64(modified.nanoseconds)), separator: UInt8(ascii: "."))
            put(UInt64(bitPattern: Int64(changed.seconds)), separator: UInt8(ascii: "-"))
            put(UInt64(bitPattern: Int64(changed.nanoseconds)), separator: UInt8(ascii: "."))
            put(UInt64(inode), separator: UInt8(ascii: "-"))
        }
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
        let root = folder.path
        walk(root, root: root, prefix: "", into: &out, links: &links)
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
    private static func walk(
        _ folder: String, root: String, prefix: String, into out: inout [Entry], links: inout [Link]
    ) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        let descriptor = dirfd(directory)
        var folders: [(String, String)] = []
        while let entry = readdir(directory) {
            var info = stat()
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> String? in
                let bytes = raw.prefix { $0 != 0 }
                if bytes.first == UInt8(ascii: ".") { return nil }
                guard
                    fstatat(
                        descriptor, raw.baseAddress!.assumingMemoryBound(to: CChar.self), &info, AT_SYMLINK_NOFOLLOW)
                        == 0
                else { return nil }
                return String(decoding: bytes, as: UTF8.self)
            }
            guard let name else { continue }
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            switch kind(info) {
            case .file: out.append(Entry(relative: relative, folder: root, info: Stat(info)))
            case .directory: folders.append((folder + "/" + name, relative))
            case .other:
                if (info.st_mode & S_IFMT) == S_IFLNK {
                    links.append(Link(relative: relative, target: linkTarget(folder + "/" + name)))
                }
            }
        }
        for (path, relative) in folders { walk(path, root: root, prefix: relative, into: &out, links: &links) }
    }

    /// A source file's stamp: size, modification and change times, inode — any edit, copy or
    /// replacement changes it.
    package static func stamp(_ info: stat) -> String { Stat(info).stamp }

    /// `mkdir -p`: creates a folder and any missing parents with `mode`; the errno of the first
    /// that could not be made (ENOTDIR for a file in the way), nil once the folder is there.
    @discardableResult
    package static func makeFolders(_ path: String, mode: mode_t = 0o755) -> Int32? {
        func made() -> Int32? {
            if mkdir(path, mode) == 0 { return nil }
            let failure = errno
            guard failure == EEXIST else { return failure }
            var info = stat()  // followed: a link to a folder is a folder here
            return stat(path, &info) == 0 && kind(info) == .directory ? nil : ENOTDIR
        }
        let first = made()
        guard first == ENOENT, let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return first }
        if let failed = makeFolders(String(path[..<slash]), mode: mode) { return failed }
        return made()
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
