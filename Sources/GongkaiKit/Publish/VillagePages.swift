import Foundation
import Synchronization

/// The notice pages of one village being rendered: reused from the site on disk where a
/// notice's key is unchanged, and remembered for the next build.
///
/// A page's key hashes everything it depends on: the fingerprint, its village.yaml and
/// attachments, its own source and its git history. A page is reused by hard-linking its files
/// from the site on disk, only when the key matches and every file still has the size and
/// modification time the last build left; anything else renders afresh.
final class VillagePages: Sendable {
    let fingerprint: String
    private let site: URL?
    private let previous: [String: PageEntry]
    private let previousSheets: [String: String]
    private let previousOutputs: [String: FileRecord]
    private let entries = Mutex<[String: (key: String, files: [String])]>([:])
    private let sheets = Mutex<[String: String]>([:])
    private let reusedCount = Mutex(0)

    /// Pages to render afresh, with nothing to reuse.
    init(fingerprint: String) {
        self.fingerprint = fingerprint
        site = nil
        previous = [:]
        previousSheets = [:]
        previousOutputs = [:]
    }

    /// What the last build left of a village: its pages in `site`, their manifest records and
    /// their print sheets by key.
    struct Previous: Sendable {
        var site: URL
        var pages: [String: PageEntry]
        var outputs: [String: FileRecord]
        var sheets: [String: String]
    }

    /// Pages that may reuse those the last build left.
    init(fingerprint: String, previous: Previous) {
        self.fingerprint = fingerprint
        site = previous.site
        self.previous = previous.pages
        previousSheets = previous.sheets
        previousOutputs = previous.outputs
    }

    var reused: Int { reusedCount.withLock { $0 } }

    /// Links a notice's previous files into `output` and returns its print sheet, or nil (and
    /// links nothing) when anything does not match.
    func reuse(folder: String, key: String, into output: OutputFolder) -> String? {
        guard let site, let entry = previous[folder], entry.key == key, let sheet = previousSheets[key] else { return nil }
        var linked: [String] = []
        for (file, stamp) in zip(entry.files, entry.stamps) {
            let path = folder + "/" + file
            let existing = site.appendingPathComponent(path)
            guard previousOutputs[path] != nil, BuildCache.outputStamp(existing.path) == stamp, output.link(existing, to: path) else {
                linked.forEach { output.unlink($0) }
                return nil
            }
            linked.append(path)
        }
        for path in linked { output.ledger.record(previousOutputs[path]!) }
        store(folder: folder, key: key, files: entry.files, sheet: sheet)
        reusedCount.withLock { $0 += 1 }
        return sheet
    }

    /// Remembers a rendered (or reused) notice.
    func store(folder: String, key: String, files: [String], sheet: String) {
        entries.withLock { $0[folder] = (key, files) }
        sheets.withLock { $0[key] = sheet }
    }

    /// The pages as now written under `output`, with their files' stamps.
    func entries(in output: URL) -> [String: PageEntry] {
        let current = entries.withLock { $0 }
        let folders = Array(current.keys)
        let stamped = parallelMap(folders) { folder -> PageEntry in
            let entry = current[folder]!
            return PageEntry(
                key: entry.key, files: entry.files,
                stamps: entry.files.map { BuildCache.outputStamp(output.path + "/" + folder + "/" + $0) })
        }
        return Dictionary(uniqueKeysWithValues: zip(folders, stamped))
    }

    var renderedSheets: [String: String] { sheets.withLock { $0 } }
}
