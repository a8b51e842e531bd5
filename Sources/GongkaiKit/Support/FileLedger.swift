import Synchronization

/// A file by its path, with the SHA-256 and size of its bytes (for manifest.json).
public struct HashedFile: Sendable, Hashable {
    public var path: String
    public var sha256: String
    public var bytes: Int
}

/// Records every file read or written by a build, from any thread.
final class FileLedger: Sendable {
    private let records = Mutex<[String: HashedFile]>([:])

    func record(_ record: HashedFile) {
        records.withLock { $0[record.path] = record }
    }

    func record(_ path: String, sha256: String, bytes: Int) {
        records.withLock { $0[path] = HashedFile(path: path, sha256: sha256, bytes: bytes) }
    }

    /// The SHA-256 of the file recorded at `path`.
    func sha256(of path: String) -> String? {
        records.withLock { $0[path]?.sha256 }
    }

    func record(at path: String) -> HashedFile? {
        records.withLock { $0[path] }
    }

    /// Removes and returns the records under `folder` (ending in `/`), sorted by path: a
    /// village's, once its files are all written, so a county's records are not all held.
    func take(under folder: String) -> [HashedFile] {
        records.withLock { records in
            let keys = records.keys.filter { $0.hasPrefix(folder) }
            return keys.map { records.removeValue(forKey: $0)! }
        }.sorted { $0.path < $1.path }
    }

    var sorted: [HashedFile] {
        records.withLock { Array($0.values) }.sorted { $0.path < $1.path }
    }
}
