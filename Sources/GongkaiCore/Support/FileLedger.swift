import Synchronization

/// A file by its path, with the SHA-256 and size of its bytes (for manifest.json).
public struct HashedFile: Sendable, Hashable {
    package init(path: String, sha256: String, bytes: Int) {
        self.path = path
        self.sha256 = sha256
        self.bytes = bytes
    }

    public var path: String
    public var sha256: String
    public var bytes: Int
}

/// Records every file read or written by a build, from any thread.
package final class FileLedger: Sendable {
    package init() {}

    private let records = Mutex<[String: HashedFile]>([:])

    package func record(_ record: HashedFile) {
        records.withLock { $0[record.path] = record }
    }

    package func record(_ path: String, sha256: String, bytes: Int) {
        records.withLock { $0[path] = HashedFile(path: path, sha256: sha256, bytes: bytes) }
    }

    /// The SHA-256 of the file recorded at `path`.
    package func sha256(of path: String) -> String? {
        records.withLock { $0[path]?.sha256 }
    }

    package func record(at path: String) -> HashedFile? {
        records.withLock { $0[path] }
    }

    /// Removes and returns the records under `folder` (ending in `/`), sorted by path: a
    /// village's, once its files are all written, so a county's records are not all held.
    package func take(under folder: String) -> [HashedFile] {
        records.withLock { records in
            let keys = records.keys.filter { $0.hasPrefix(folder) }
            return keys.map { records.removeValue(forKey: $0)! }
        }.sorted { $0.path < $1.path }
    }

    package var sorted: [HashedFile] {
        records.withLock { Array($0.values) }.sorted { $0.path < $1.path }
    }
}
