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

        /// The stamp as 48 bytes of machine integers, for a listing that is only hashed.
        package func appendBinary(to bytes: inout [UInt8]) {
            withUnsafeBytes(
                of: (
                    Int64(size), modified.seconds, modified.nanoseconds, changed.seconds,
                    changed.nanoseconds, UInt64(inode)
                )
            ) { bytes.append(contentsOf: $0) }
        }

        /// The stamp's bytes written where they are wanted: digits by hand.
        package func append(to bytes: inout [UInt8]) {
            Self.hex(size, after: nil, to: &bytes)
            Self.hex(modified.seconds, after: UInt8(ascii: "-"), to: &bytes)
            Self.hex(modified.nanoseconds, after: UInt8(ascii: "."), to: &bytes)
            Self.hex(changed.seconds, after: UInt8(ascii: "-"), to: &bytes)
            Self.hex(changed.nanoseconds, after: UInt8(ascii: "."), to: &bytes)
            Self.hex(Int(bitPattern: inode), after: UInt8(ascii: "-"), to: &bytes)
        }

        /// `value`'s bits in hex, after `separator`.
        static func hex(_ value: Int, after separator: UInt8?, to bytes: inout [UInt8]) {
            let value = UInt64(bitPattern: Int64(value))
            if let separator { bytes.append(separator) }
            var shift = 60
            while shift > 0, value >> UInt64(shift) == 0 { shift -= 4 }
            while shift >= 0 {
                let d = UInt8((value >> UInt64(shift)) & 0xF)
                bytes.append(d < 10 ? 0x30 + d : 0x57 + d)
                shift -= 4
            }
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
        let found = scan(under: folder.path)
        return (found.files.map { Entry(relative: found.relative($0), folder: found.root, info: $0.info) }, found.links)
    }

    /// What one walk of a folder found, without a string per file: a county's walk lists a
    /// hundred thousand files on every build, and most are only stamped.
    package struct Scan: Sendable {
        package struct File: Sendable {
            /// Where its relative path lies in `paths`.
            package var start: Int
            package var end: Int
            package var info: Stat
        }

        package var root: String
        /// Every file's path relative to `root`, `/`-separated, one after another in `files`' order.
        package var paths: [UInt8] = []
        /// Sorted by relative path, byte by byte.
        package var files: [File] = []
        package var links: [Link] = []
        /// The names read in each folder, for the next walk.
        package var listing = Listing(takenAt: time(nil))

        package func relative(_ file: File) -> String {
            String(decoding: paths[file.start..<file.end], as: UTF8.self)
        }
    }

    /// Walks `root`: names starting with `.` are skipped, links are not followed but listed.
    /// `known`: what the last walk read of its folders' names (`Listing`).
    package static func scan(under root: String, known: Listing? = nil) -> Scan {
        var found = Scan(root: root)
        let descriptor = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return found }
        scan(descriptor, path: root, prefix: [], into: &found, known: known)
        found.links.sort { $0.relative < $1.relative }
        return found
    }

    /// One folder's files and folders, stat-ed relative to it; names in one buffer, a folder's
    /// with a `/` after it (so that sorting names sorts whole paths).
    private struct FolderEntries {
        struct Item {
            var key: UInt64
            var start: Int
            var end: Int
            var info: Stat
            var kind: Kind
        }

        var names: [UInt8] = []
        var items: [Item] = []
        /// Links met, relative to the folder (never followed).
        var links: [(name: String, target: String)] = []

        /// Reads the folder open as `directory` at `path`; dot names are skipped.
        init(_ directory: OpaquePointer, path: String) {
            let descriptor = dirfd(directory)
            while let entry = readdir(directory) {
                var info = stat()
                let start = names.count
                let listed = withUnsafeBytes(of: entry.pointee.d_name) { raw -> Bool in
                    let bytes = raw.prefix { $0 != 0 }
                    guard bytes.first != UInt8(ascii: "."), !bytes.isEmpty,
                        fstatat(
                            descriptor, raw.baseAddress!.assumingMemoryBound(to: CChar.self), &info,
                            AT_SYMLINK_NOFOLLOW) == 0
                    else { return false }
                    names.append(contentsOf: bytes)
                    return true
                }
                if listed { add(start, info, path: path) }
            }
        }

        /// The folder at `path`, open as `descriptor`, holding `known` names (as the last walk
        /// read them); nil when one of them is gone (the folder is then read).
        init?(known: [String], descriptor: Int32, path: String) {
            for name in known {
                var info = stat()
                guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
                let start = names.count
                names.append(contentsOf: name.utf8)
                add(start, info, path: path)
            }
        }

        /// The names listed, for the next walk.
        var listed: [String] {
            items.map {
                String(decoding: names[$0.start..<($0.kind == .directory ? $0.end - 1 : $0.end)], as: UTF8.self)
            }
                + links.map(\.name)
        }

        /// Files and folders become items, links are noted, anything else is dropped.
        private mutating func add(_ start: Int, _ info: stat, path: String) {
            let kind = FileTree.kind(info)
            if kind == .other {
                if (info.st_mode & S_IFMT) == S_IFLNK {
                    let name = String(decoding: names[start...], as: UTF8.self)
                    links.append((name, FileTree.linkTarget(path + "/" + name)))
                }
                names.removeSubrange(start...)
                return
            }
            if kind == .directory { names.append(UInt8(ascii: "/")) }
            items.append(
                Item(
                    key: FileTree.sortKey(names, start), start: start, end: names.count, info: Stat(info),
                    kind: kind))
        }

        /// The items' indices in the order of their names, byte by byte. (Indices are sorted, not
        /// the items: a merge moves eight bytes instead of fifty.)
        var order: [Int] {
            var order = Array(items.indices)
            names.withUnsafeBufferPointer { bytes in
                items.withUnsafeBufferPointer { items in
                    order.sort { i, j in
                        let a = items[i]
                        let b = items[j]
                        if a.key != b.key { return a.key < b.key }
                        let common = min(a.end - a.start, b.end - b.start)
                        let order = memcmp(bytes.baseAddress! + a.start, bytes.baseAddress! + b.start, common)
                        return order != 0 ? order < 0 : a.end - a.start < b.end - b.start
                    }
                }
            }
            return order
        }
    }

    /// One folder's files listed and its folders walked, in the order of their names. Takes
    /// ownership of `descriptor`.
    private static func scan(
        _ descriptor: Int32, path: String, prefix: [UInt8], into found: inout Scan, known: Listing?
    ) {
        var info = stat()
        guard fstat(descriptor, &info) == 0, let directory = fdopendir(descriptor) else {
            close(descriptor)
            return
        }
        defer { closedir(directory) }
        // Stamped before it is read: a change while it is read makes the next walk read it again.
        let stamp = Stat(info)
        let relative = prefix.isEmpty ? "" : String(decoding: prefix.dropLast(), as: UTF8.self)
        let folder =
            known?.names(of: relative, stamp: stamp).flatMap {
                FolderEntries(known: $0, descriptor: descriptor, path: path)
            } ?? FolderEntries(directory, path: path)
        found.listing.folders[relative] = Listing.Folder(stamp: stamp, names: folder.listed)
        if !folder.links.isEmpty {
            let folderPrefix = String(decoding: prefix, as: UTF8.self)
            found.links += folder.links.map { Link(relative: folderPrefix + $0.name, target: $0.target) }
        }
        for item in folder.order.lazy.map({ folder.items[$0] }) {
            let name = folder.names[item.start..<item.end]
            switch item.kind {
            case .file:
                let start = found.paths.count
                found.paths += prefix
                found.paths += name
                found.files.append(Scan.File(start: start, end: found.paths.count, info: item.info))
            case .directory:
                let child = String(decoding: name.dropLast(), as: UTF8.self)
                let opened = openat(descriptor, child, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                guard opened >= 0 else { continue }
                scan(opened, path: path + "/" + child, prefix: prefix + name, into: &found, known: known)
            case .other: continue
            }
        }
    }

    /// The first eight bytes of a name, big-endian, so most comparisons need no `memcmp`.
    private static func sortKey(_ names: [UInt8], _ start: Int) -> UInt64 {
        var key: UInt64 = 0
        for offset in 0..<8 {
            key <<= 8
            if start + offset < names.count { key |= UInt64(names[start + offset]) }
        }
        return key
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

    /// The names in the folder open as `directory` (at `path`), each with the kind its entry
    /// says (an entry that does not say is `lstat`-ed; nothing is followed); `.` and `..` left out.
    package static func entries(of directory: OpaquePointer, at path: String) -> [(name: String, kind: Kind)] {
        var found: [(name: String, kind: Kind)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            switch entry.pointee.d_type {
            case UInt8(DT_REG): found.append((name, .file))
            case UInt8(DT_DIR): found.append((name, .directory))
            case UInt8(DT_UNKNOWN):
                var info = stat()
                guard lstat(path + "/" + name, &info) == 0 else { continue }
                found.append((name, kind(info)))
            default: found.append((name, .other))
            }
        }
        return found
    }

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

    /// An output file's stamp: size, modification time and inode in hex, not the change time (hard-linking
    /// a page into the next site changes it), or "" when it is missing or not a file. Two paths
    /// with one stamp on one file system are one file, unchanged since the stamp was taken.
    package static func outputStamp(_ path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, kind(info) == .file else { return "" }
        return outputStamp(info)
    }

    /// The output stamp of a file's `stat`.
    package static func outputStamp(_ info: stat) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(48)
        Stat.hex(Int(info.st_size), after: nil, to: &bytes)
        Stat.hex(info.st_mtim.tv_sec, after: UInt8(ascii: "-"), to: &bytes)
        Stat.hex(info.st_mtim.tv_nsec, after: UInt8(ascii: "."), to: &bytes)
        Stat.hex(Int(bitPattern: UInt(info.st_ino)), after: UInt8(ascii: "-"), to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
