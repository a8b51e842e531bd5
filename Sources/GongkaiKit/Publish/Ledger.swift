import Synchronization

/// The hash and size of one file, for manifest.json.
public struct FileRecord: Sendable, Hashable {
    public var path: String
    public var sha256: String
    public var bytes: Int
}

/// Records every file read or written by a build, from any thread.
final class Ledger: Sendable {
    private let records = Mutex<[String: FileRecord]>([:])

    func record(_ record: FileRecord) {
        records.withLock { $0[record.path] = record }
    }

    func record(_ path: String, sha256: String, bytes: Int) {
        records.withLock { $0[path] = FileRecord(path: path, sha256: sha256, bytes: bytes) }
    }

    var sorted: [FileRecord] {
        records.withLock { Array($0.values) }.sorted { $0.path < $1.path }
    }
}
