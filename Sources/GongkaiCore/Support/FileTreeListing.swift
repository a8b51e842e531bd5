import Foundation

extension FileTree {
    /// The names a walk read in each folder, kept for the next walk: a folder whose stamp is as
    /// it was holds the same names (making, removing or renaming an entry changes its change
    /// time, which no one can set), so they are not read again — each is still stat-ed, as every
    /// walk does. A folder changed within a second of the walk that read it is read again: a
    /// change in the same tick of the clock would leave its stamp as it was.
    package struct Listing: Sendable, Equatable {
        package struct Folder: Sendable, Equatable {
            var stamp: Stat
            /// Its files', folders' and links' names (dot names left out).
            var names: [String]
        }

        /// When the walk that made it began, in seconds since 1970.
        package var takenAt: Int
        /// By path relative to the walked folder ("" for itself).
        package var folders: [String: Folder] = [:]

        static let format = "gongkai-listing-1"

        /// The names of `folder` (its stamp `stamp` now), when they may be taken as read.
        func names(of folder: String, stamp: Stat) -> [String]? {
            guard let known = folders[folder], known.stamp == stamp, stamp.changed.seconds < takenAt - 1 else {
                return nil
            }
            return known.names
        }

        /// Whether a walk that found `found` has anything to keep that this listing lacks: a
        /// folder's names or stamp, or a folder that could not be taken as read.
        package func isOutdated(by found: Listing) -> Bool {
            found.folders != folders || folders.values.contains { $0.stamp.changed.seconds >= takenAt - 1 }
        }

        package func encoded() -> [UInt8] {
            ByteWriter.record(Self.format) { w in
                w.int(takenAt)
                w.int(folders.count)
                for (path, folder) in folders.sorted(by: { $0.key < $1.key }) {
                    w.string(path)
                    let stamp = folder.stamp
                    for value in [
                        stamp.size, stamp.modified.seconds, stamp.modified.nanoseconds, stamp.changed.seconds,
                        stamp.changed.nanoseconds, Int(bitPattern: stamp.inode),
                    ] { w.int(value) }
                    w.int(folder.names.count)
                    folder.names.forEach { w.string($0) }
                }
            }
        }

        package init(takenAt: Int) { self.takenAt = takenAt }

        package init?(decoding bytes: [UInt8]) {
            guard
                let decoded = ByteReader.record(
                    bytes, Self.format,
                    { r throws(ByteReader.Malformed) -> Listing? in
                        var listing = Listing(takenAt: try r.int())
                        for _ in 0..<(try r.count()) {
                            let path = try r.string()
                            var stamp = Stat(stat())
                            stamp.size = try r.int()
                            stamp.modified = (try r.int(), try r.int())
                            stamp.changed = (try r.int(), try r.int())
                            stamp.inode = UInt(bitPattern: try r.int())
                            var names: [String] = []
                            for _ in 0..<(try r.count()) { names.append(try r.string()) }
                            listing.folders[path] = Folder(stamp: stamp, names: names)
                        }
                        return listing
                    })
            else { return nil }
            self = decoded
        }
    }
}
