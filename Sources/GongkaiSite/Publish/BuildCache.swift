import Foundation
import GongkaiContent
import GongkaiCore

/// What one village's last build left for the next: enough to skip parsing, checking and
/// rendering it when none of its inputs changed. (Its rendered pages and boards and its
/// entries in manifest.json and sitemap.xml are kept in files of their own.)
package struct CachedVillage: Sendable {
    /// Hash of everything the village's pages depend on (see `BuildCache.key`).
    package var key: String
    package var tally: NoticeTally
    /// The notices the town-level pages use (`VillageDigest.townNotices`).
    package var notices: [NoticeSummary]
    /// Warnings its documents raised: printed again by every build.
    package var diagnostics: [Diagnostic]

    /// The village as a build or a check that does not read it again reports it: its warnings
    /// into `collector`, its digest returned.
    func replay(_ village: VillageSource, into collector: DiagnosticCollector) -> VillageDigest {
        collector.replay(diagnostics)
        return VillageDigest(id: village.id, profile: village.profile, tally: tally, townNotices: notices)
    }
}

/// One rendered notice or month board: the key of its inputs, its files and their stamps as the
/// build left them.
package struct CachedPage: Sendable {
    package var key: String
    package var files: [String]
    /// Size, modification time and inode: a file changed or replaced on disk since is never
    /// linked again.
    var stamps: [String]
    /// Each file's hash and size, for manifest.json when it is linked again.
    package var hashes: [(sha256: String, bytes: Int)]
}

/// The cache beside an output folder (`.site.gongkai-cache` for `site`).
///
/// A build may update the site in place, village by village, only when the cache describes
/// exactly the site on disk: `state.tsv` names the fingerprint it was built with (binary, theme,
/// gongkai.yaml, build date, history depth) and the stamp of the manifest.json it wrote. It is
/// removed before an update starts and written after it ends, so a build killed half-way leaves
/// no state and the next build is a full one.
package final class BuildCache: Sendable {
    package let folder: URL
    package let site: URL
    let fingerprint: String
    /// Villages of the site on disk and their keys, when it can be updated in place; nil otherwise.
    package let villages: [String: String]?

    package static let format = "gongkai-cache-8"

    package init(out: URL, fingerprint: String) {
        site = out.standardizedFileURL
        folder = Self.folder(for: out)
        self.fingerprint = fingerprint
        let state = (try? String(contentsOf: folder.appendingPathComponent("state.tsv"), encoding: .utf8)) ?? ""
        let lines = state.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        guard lines.first == [Substring(BuildCache.format)],
            lines.contains([Substring("fingerprint"), Substring(fingerprint)]),
            lines.contains([
                Substring("manifest"), Substring(FileTree.stamp(site.appendingPathComponent(Manifest.fileName).path)),
            ])
        else {
            villages = nil
            return
        }
        villages = Dictionary(
            lines.filter { $0.count == 3 && $0[0] == "village" }.map { (String($0[1]), String($0[2])) },
            uniquingKeysWith: { a, _ in a })
    }

    /// `.site.gongkai-cache` for `site`.
    package static func folder(for out: URL) -> URL {
        let site = out.standardizedFileURL
        return site.deletingLastPathComponent().appendingPathComponent(".\(site.lastPathComponent).gongkai-cache")
    }

    /// The villages' folder names as the last build into `out` read them (`ListingFiles`);
    /// `check` only reads them.
    package static func listingFiles(for out: URL, writable: Bool) -> ListingFiles {
        ListingFiles(folder: folder(for: out).appendingPathComponent("listings"), writable: writable)
    }

    /// The site's history as of the last build into `out` (`HistoryFile`); `check` only reads it.
    package static func historyFile(for out: URL, writable: Bool) -> HistoryFile {
        HistoryFile(url: folder(for: out).appendingPathComponent("history.tsv"), writable: writable)
    }

    /// Everything a village's pages depend on besides the fingerprint: each file of its folder
    /// (path, size, times, inode) and the commits that touched them.
    package func key(_ village: VillageSource, history: GitHistory?) -> String {
        Hashing.key(bytes: [
            Array(fingerprint.utf8), Array(village.id.utf8), Array(village.listingDigest.utf8),
            Array((history?.commits.logDigest(ofVillage: village.id) ?? "").utf8),
        ])
    }

    /// A village's cache files are named by its key: a build that fails leaves files no state
    /// names, and they go when the next build commits.
    private func url(_ village: String, _ key: String, _ ext: String) -> URL {
        // Named a file: otherwise the URL asks the file system whether it is a folder.
        folder.appendingPathComponent("villages/\(village)-\(key).\(ext)", isDirectory: false)
    }

    /// Read, not mapped: a plan reads every village's record, and unmapping a few kilobytes
    /// costs every thread a flush. (A county's manifest and sitemap entries are not read at all:
    /// they are copied into the new files by the kernel.)
    private func read(_ village: String, _ ext: String) -> Data? {
        guard let key = villages?[village] else { return nil }
        return try? Data(contentsOf: url(village, key, ext))
    }

    /// The record of a village of the site on disk.
    package func record(_ village: String) -> CachedVillage? {
        read(village, "record").flatMap { CachedVillageRecord.decode([UInt8]($0)) }
    }

    /// The record of a village none of whose inputs changed since the site on disk was built
    /// (its key is `key`); nil when it changed or the cache does not describe it.
    package func unchanged(_ village: String, key: String) -> CachedVillage? {
        guard let villages, villages[village] == key else { return nil }
        return record(village)
    }

    /// Its entries in manifest.json and sitemap.xml (left in their files), and its search line.
    package func entries(_ village: String) -> VillageEntries? {
        guard let key = villages?[village], let search = read(village, "search") else { return nil }
        // An empty block stays in memory: the manifest's lists leave empty blocks out.
        var pieces: [OutputPiece] = []
        for ext in ["sources", "outputs", "sitemap"] {
            var info = stat()
            let file = url(village, key, ext)
            guard stat(file.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            pieces.append(info.st_size == 0 ? .data(Data()) : .file(file))
        }
        return VillageEntries(sources: pieces[0], outputs: pieces[1], sitemap: pieces[2], search: search)
    }

    /// Its pages as the last build left them, for reuse when it is rebuilt.
    package func pages(_ village: String) -> VillagePages.Previous? {
        guard let pages = read(village, "pages").flatMap({ CachedVillageRecord.decodePages([UInt8]($0)) }) else {
            return nil
        }
        let cuts = read(village, "cuts").flatMap { CachedVillageRecord.decodeCuts([UInt8]($0)) } ?? [:]
        return VillagePages.Previous(pages: pages, cuts: cuts)
    }

    /// Its documents as the last build checked them, for a rebuild to parse again only those
    /// whose files changed; nil when there is no such record or it is not whole.
    package func checkedDocuments(_ village: String) -> CheckedDocuments? {
        read(village, "checked").flatMap { CheckedDocuments(decoding: [UInt8]($0)) }
    }

    /// Stores a village's documents as checked now (`CheckedDocuments`), under its new key.
    package func store(checked: CheckedDocuments, of village: String, key: String) throws {
        try ScratchFile.replace(url(village, key, "checked"), with: Data(checked.encoded()))
    }

    /// Forgets the site on disk: called before it is changed in place.
    func invalidate() {
        _ = unlink(folder.appendingPathComponent("state.tsv").path)
    }

    /// Stores a village just rendered (its entries come later, with `store(entries:)`).
    package func store(
        _ record: CachedVillage, pages: [String: CachedPage], cuts: [String: SearchRecords.Cut], of village: String
    ) throws {
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("villages"), withIntermediateDirectories: true)
        try ScratchFile.replace(url(village, record.key, "pages"), with: Data(CachedVillageRecord.encode(pages)))
        try ScratchFile.replace(url(village, record.key, "cuts"), with: Data(CachedVillageRecord.encode(cuts: cuts)))
        try ScratchFile.replace(url(village, record.key, "record"), with: Data(CachedVillageRecord.encode(record)))
    }

    /// Stores a village's entries; returns them as now kept, in the cache's files.
    package func store(entries: VillageEntries, of village: String, key: String) throws -> VillageEntries {
        var stored = entries
        func keep(_ piece: OutputPiece, _ ext: String) throws -> OutputPiece {
            guard case .data(let data) = piece else { return piece }
            try ScratchFile.replace(url(village, key, ext), with: data)
            return data.isEmpty ? piece : .file(url(village, key, ext))
        }
        stored.sources = try keep(entries.sources, "sources")
        stored.outputs = try keep(entries.outputs, "outputs")
        stored.sitemap = try keep(entries.sitemap, "sitemap")
        try ScratchFile.replace(url(village, key, "search"), with: entries.search)
        return stored
    }

    /// How the last few manifest.json files were written (newest first): the one a build
    /// replaces is kept, and written over by the build after next.
    package func manifestLayouts() -> [ManifestLayout] {
        let url = folder.appendingPathComponent("manifest.layouts")
        return (try? Data(contentsOf: url)).flatMap { ManifestLayout.decode([UInt8]($0)) } ?? []
    }

    /// Keeps `layout` as the newest, with the two before it (the site being served, and one
    /// more should a build fail after writing its manifest).
    package func store(manifestLayout layout: ManifestLayout, after earlier: [ManifestLayout]) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let kept = [layout] + earlier.filter { $0.stamp != layout.stamp }.prefix(2)
        try ScratchFile.replace(
            folder.appendingPathComponent("manifest.layouts"), with: Data(ManifestLayout.encode(Array(kept))))
    }

    /// Marks the cache as describing the site now on disk, with these villages and keys, and
    /// removes the files of any other.
    package func commit(villages: [(id: String, key: String)]) throws {
        var state = BuildCache.format + "\nfingerprint\t\(fingerprint)\n"
        state += "manifest\t\(FileTree.stamp(site.appendingPathComponent(Manifest.fileName).path))\n"
        state += villages.map { "village\t\($0.id)\t\($0.key)\n" }.joined()
        try ScratchFile.replace(folder.appendingPathComponent("state.tsv"), with: Data(state.utf8))
        let wanted = Set(villages.map { "\($0.id)-\($0.key)" })
        // Read and moved by name, a name's stem (before its first dot) read without the rest: a
        // county's cache holds eight files a village. What goes is removed in the background,
        // as a replaced site is (`Publisher.discard`): freeing a file's blocks can wait on the disk.
        guard let directory = opendir(folder.appendingPathComponent("villages").path) else { return }
        defer { closedir(directory) }
        let parent = site.deletingLastPathComponent()
        let trash = parent.appendingPathComponent(
            Publisher.temporaryPrefix(site.lastPathComponent) + "\(getpid())-cache")
        var trashMade: Bool?
        while let entry = readdir(directory) {
            withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let name = raw.prefix { $0 != 0 }
                let stem = name.prefix { $0 != UInt8(ascii: ".") }
                // A hidden name is a temporary file a killed build left.
                let unwanted =
                    stem.isEmpty
                    ? !name.elementsEqual(".".utf8) && !name.elementsEqual("..".utf8)
                    : !wanted.contains(String(decoding: stem, as: UTF8.self))
                guard unwanted else { return }
                let cName = raw.baseAddress!.assumingMemoryBound(to: CChar.self)
                if trashMade == nil { trashMade = mkdir(trash.path, 0o700) == 0 }
                if trashMade == true,
                    renameat(
                        dirfd(directory), cName, AT_FDCWD, trash.path + "/" + String(decoding: name, as: UTF8.self))
                        == 0
                {
                    return
                }
                _ = unlinkat(dirfd(directory), cName, 0)
            }
        }
        if trashMade == true { Publisher.discard(trash) }
    }
}
