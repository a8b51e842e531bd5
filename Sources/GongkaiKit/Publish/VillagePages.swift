import Foundation
import Synchronization

/// The notice pages and boards of one village being rendered: reused from the site on disk
/// where their key is unchanged, and remembered for the next build.
///
/// A notice's key hashes everything its pages depend on: the fingerprint, its village.yaml and
/// attachments, its own source and its git history; a board's, the keys of its notices in
/// order. Files are reused by hard-linking them from the site on disk, only when the key
/// matches and every file still has the size and modification time the last build left;
/// anything else renders afresh.
final class VillagePages: PageReuse {
    let fingerprint: String
    private let site: URL?
    private let previous: [String: CachedPage]
    private let previousOutputs: [String: HashedFile]
    private let entries = Mutex<[String: (key: String, files: [String])]>([:])

    /// Pages to render afresh, with nothing to reuse.
    init(fingerprint: String) {
        self.fingerprint = fingerprint
        site = nil
        previous = [:]
        previousOutputs = [:]
    }

    /// What the last build left of a village: its pages in `site` and their manifest records.
    struct Previous: Sendable {
        var site: URL
        var pages: [String: CachedPage]
        var outputs: [String: HashedFile]
    }

    /// Pages that may reuse those the last build left.
    init(fingerprint: String, previous: Previous) {
        self.fingerprint = fingerprint
        site = previous.site
        self.previous = previous.pages
        previousOutputs = previous.outputs
    }

    /// Links the previous files of a notice's or board's folder into `output`; false (and
    /// links nothing) when anything does not match.
    func reuse(folder: String, key: String, into output: OutputFolder) -> Bool {
        guard let site, let entry = previous[folder], entry.key == key else { return false }
        var linked: [String] = []
        for (file, stamp) in zip(entry.files, entry.stamps) {
            let path = folder + "/" + file
            let existing = site.appendingPathComponent(path)
            guard previousOutputs[path] != nil, FileTree.outputStamp(existing.path) == stamp,
                output.link(existing, to: path)
            else {
                linked.forEach { output.unlink($0) }
                return false
            }
            linked.append(path)
        }
        for path in linked { output.ledger.record(previousOutputs[path]!) }
        store(folder: folder, key: key, files: entry.files)
        return true
    }

    /// Remembers a rendered (or reused) notice or board.
    func store(folder: String, key: String, files: [String]) {
        entries.withLock { $0[folder] = (key, files) }
    }

    /// The pages as now written under `output`, with their files' stamps.
    func entries(in output: URL) -> [String: CachedPage] {
        let current = entries.withLock { $0 }
        let folders = Array(current.keys)
        let root = output.path
        let stamped = parallelMap(folders) { folder -> CachedPage in
            let entry = current[folder]!
            return CachedPage(
                key: entry.key, files: entry.files,
                stamps: entry.files.map { FileTree.outputStamp(root + "/" + folder + "/" + $0) })
        }
        return Dictionary(uniqueKeysWithValues: zip(folders, stamped))
    }
}
