import Foundation
import GongkaiContent
import GongkaiCore
import Synchronization

/// The notice pages and boards of one village being rendered: reused from the site on disk
/// where their key is unchanged, and remembered for the next build.
///
/// A notice's key hashes everything its pages depend on: the fingerprint, its village.yaml and
/// attachments, its own source and its git history; a board's, the keys of its notices in
/// order. Files are reused by keeping them where they are in the site on disk, only when the key
/// matches and every file still has the size, modification time and inode the last build left;
/// anything else renders afresh.
package final class VillagePages: PageReuse {
    package let fingerprint: String
    private let previous: [String: CachedPage]
    private let previousCuts: [String: SearchRecords.Cut]
    private let cuts = Mutex<[String: SearchRecords.Cut]>([:])
    /// Each folder's key and files; with the stamps its files had when they were kept in the
    /// site, nil for a folder rendered afresh.
    private let entries = Mutex<[String: (key: String, files: [String], stamps: [String]?)]>([:])

    /// Pages to render afresh, with nothing to reuse.
    package init(fingerprint: String) {
        self.fingerprint = fingerprint
        previous = [:]
        previousCuts = [:]
    }

    /// What the last build left of a village: its pages in the site on disk, its notices'
    /// search cuts.
    package struct Previous: Sendable {
        package var pages: [String: CachedPage]
        var cuts: [String: SearchRecords.Cut]
    }

    /// Pages that may reuse those the last build left.
    package init(fingerprint: String, previous: Previous) {
        self.fingerprint = fingerprint
        self.previous = previous.pages
        previousCuts = previous.cuts
    }

    /// Keeps the previous files of a notice's or board's folder where they are in the site
    /// being served (`OutputFolder.keeps`); false when anything does not match.
    package func reuse(folder: String, key: String, into output: OutputFolder) -> Bool {
        guard let entry = previous[folder], entry.key == key else { return false }
        for (index, file) in entry.files.enumerated()
        where !output.keeps(folder + "/" + file, stamp: entry.stamps[index]) {
            return false
        }
        for (index, file) in entry.files.enumerated() {
            output.ledger.record(
                folder + "/" + file, sha256: entry.hashes[index].sha256, bytes: entry.hashes[index].bytes)
        }
        entries.withLock { $0[folder] = (key, entry.files, entry.stamps) }
        return true
    }

    /// Remembers a rendered (or reused) notice or board.
    package func store(folder: String, key: String, files: [String]) {
        entries.withLock { $0[folder] = (key, files, nil) }
    }

    package func searchCut(key: String) -> SearchRecords.Cut? {
        guard let cut = previousCuts[key] else { return nil }
        store(cut: cut, key: key)
        return cut
    }

    package func store(cut: SearchRecords.Cut, key: String) {
        cuts.withLock { $0[key] = cut }
    }

    /// Forgets what this build rendered, once the cache has it: a county's villages are not all
    /// held until the build ends.
    func release() {
        entries.withLock { $0 = [:] }
        cuts.withLock { $0 = [:] }
    }

    /// The search cuts of this build's notices, by key.
    var searchCuts: [String: SearchRecords.Cut] { cuts.withLock { $0 } }

    /// The pages as now written into `output`, with their files' stamps and hashes (a page with
    /// a file the folder did not record is left out: it is rendered again next time).
    package func entries(in output: OutputFolder) -> [String: CachedPage] {
        let current = entries.withLock { $0 }
        let folders = Array(current.keys)
        let root = output.url.path
        let stamped = parallelMap(folders) { folder -> CachedPage? in
            let entry = current[folder]!
            let records = entry.files.compactMap { output.ledger.record(at: folder + "/" + $0) }
            guard records.count == entry.files.count else { return nil }
            return CachedPage(
                key: entry.key, files: entry.files,
                stamps: entry.stamps ?? entry.files.map { FileTree.outputStamp(root + "/" + folder + "/" + $0) },
                hashes: records.map { ($0.sha256, $0.bytes) })
        }
        return Dictionary(uniqueKeysWithValues: zip(folders, stamped).compactMap { f, p in p.map { (f, $0) } })
    }
}
