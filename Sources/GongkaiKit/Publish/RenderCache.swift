import Foundation
import Synchronization

/// Reuses the pages of notices whose inputs did not change since the site being replaced.
///
/// A notice's key hashes everything its pages depend on: the binary, the theme, gongkai.yaml,
/// the build date, its village.yaml and attachments, its own source and its git history. A
/// page is reused only when the key matches and the cache belongs to exactly the site on disk
/// (the hash of its manifest.json), by hard-linking the old files into the new site; anything
/// else renders afresh, so the cache can make a build faster but never staler.
final class RenderCache: Sendable {
    struct Entry: Sendable {
        var key: String
        var files: [String]
        /// Size and modification time of each file as the build left it: a file changed on
        /// disk since is never linked into a new site.
        var stamps: [String] = []
    }

    private let previousSite: URL?
    private let previousOutputs: [String: FileRecord]
    private let previousEntries: [String: Entry]
    let folder: URL
    let fingerprint: String
    private let entries = Mutex<[String: Entry]>([:])
    private let reusedCount = Mutex(0)

    var reused: Int { reusedCount.withLock { $0 } }

    /// The cache beside the output folder `out`, e.g. `.site.gongkai-cache` for `site`.
    init(out: URL, fingerprint: String) {
        folder = out.deletingLastPathComponent().appendingPathComponent(".\(out.lastPathComponent).gongkai-cache")
        self.fingerprint = fingerprint
        let manifest = FileManager.default.contents(atPath: out.appendingPathComponent(Manifest.fileName).path)
        let index = FileManager.default.contents(atPath: folder.appendingPathComponent("index.tsv").path)
            .map { String(decoding: $0, as: UTF8.self) }
        guard let manifest, let index, let firstLine = index.split(separator: "\n", maxSplits: 1).first,
            firstLine == "manifest\t" + Hashing.sha256Hex(manifest)
        else {
            previousSite = nil
            previousOutputs = [:]
            previousEntries = [:]
            return
        }
        previousSite = out
        previousOutputs = RenderCache.outputs(ofManifest: String(decoding: manifest, as: UTF8.self))
        var entries: [String: Entry] = [:]
        // One line per notice: folder, key, then file=stamp pairs, tab-separated.
        for line in index.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3 else { continue }
            var entry = Entry(key: String(fields[1]), files: [])
            for pair in fields.dropFirst(2) {
                guard let eq = pair.firstIndex(of: "=") else { continue }
                entry.files.append(String(pair[..<eq]))
                entry.stamps.append(String(pair[pair.index(after: eq)...]))
            }
            entries[String(fields[0])] = entry
        }
        previousEntries = entries
    }

    /// The outputs of a manifest.json as this tool writes it (one field per line), read without
    /// building a JSON tree: a county's manifest lists half a million files.
    static func outputs(ofManifest text: String) -> [String: FileRecord] {
        var records: [String: FileRecord] = [:]
        var inOutputs = false
        var path: String?
        var sha: String?
        for raw in text.split(separator: "\n") {
            let line = raw.drop { $0 == " " }
            if line.hasPrefix("\"outputs\"") { inOutputs = true; continue }
            guard inOutputs else { continue }
            if line.hasPrefix("\"path\": ") {
                path = (try? JSONSerialization.jsonObject(with: Data(line.dropFirst(8).dropLast(line.hasSuffix(",") ? 1 : 0).utf8), options: .fragmentsAllowed)) as? String
            } else if line.hasPrefix("\"sha256\": \"") {
                sha = String(line.dropFirst(11).prefix(64))
            } else if line.hasPrefix("\"bytes\": "), let p = path, let s = sha, let bytes = Int(line.dropFirst(9)) {
                records[p] = FileRecord(path: p, sha256: s, bytes: bytes)
                path = nil
                sha = nil
            }
        }
        return records
    }

    static func key(_ parts: [String]) -> String {
        Hashing.sha256Hex(Data(parts.joined(separator: "\u{1F}").utf8))
    }

    private func sheetURL(_ key: String) -> URL {
        folder.appendingPathComponent("sheets/\(key).html")
    }

    /// Links a notice's previous files into `output` and returns its print sheet, or nil (and
    /// links nothing) when anything does not match.
    func reuse(folder noticeFolder: String, key: String, into output: OutputFolder) -> String? {
        guard let previousSite, let entry = previousEntries[noticeFolder], entry.key == key,
            let sheetData = FileManager.default.contents(atPath: sheetURL(key).path)
        else { return nil }
        var linked: [String] = []
        for (file, stamp) in zip(entry.files, entry.stamps) {
            let path = noticeFolder + "/" + file
            let existing = previousSite.appendingPathComponent(path)
            guard previousOutputs[path] != nil, RenderCache.stamp(existing) == stamp, output.link(existing, to: path) else {
                linked.forEach { output.unlink($0) }
                return nil
            }
            linked.append(path)
        }
        for path in linked { output.ledger.record(previousOutputs[path]!) }
        record(folder: noticeFolder, key: key, files: entry.files)
        reusedCount.withLock { $0 += 1 }
        return String(decoding: sheetData, as: UTF8.self)
    }

    /// Remembers a rendered notice for the next build.
    func store(folder noticeFolder: String, key: String, files: [String], sheet: String) {
        let url = sheetURL(key)
        if !FileManager.default.fileExists(atPath: url.path) {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(key).\(getpid()).tmp")
            if (try? Data(sheet.utf8).write(to: temporary)) != nil {
                _ = rename(temporary.path, url.path)
            }
        }
        record(folder: noticeFolder, key: key, files: files)
    }

    private func record(folder: String, key: String, files: [String]) {
        entries.withLock { $0[folder] = Entry(key: key, files: files) }
    }

    static func stamp(_ url: URL) -> String {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return "" }
        return "\(info.st_size)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }

    /// After the new site is in place at `site`: the index now describes it; sheets no notice
    /// uses go.
    func commit(manifest: String, site: URL) {
        let current = entries.withLock { $0 }
        let folders = current.keys.sorted()
        let lines = parallelMap(folders) { folder -> String in
            let entry = current[folder]!
            let pairs = entry.files.map { "\($0)=\(RenderCache.stamp(site.appendingPathComponent(folder + "/" + $0)))" }
            return ([folder, entry.key] + pairs).joined(separator: "\t")
        }
        let index = "manifest\t\(Hashing.sha256Hex(Data(manifest.utf8)))\n" + lines.joined(separator: "\n") + "\n"
        let temporary = folder.appendingPathComponent(".index.\(getpid()).tmp")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        guard (try? Data(index.utf8).write(to: temporary)) != nil else { return }
        _ = rename(temporary.path, folder.appendingPathComponent("index.tsv").path)
        let used = Set(current.values.map { "\($0.key).html" })
        let sheets = folder.appendingPathComponent("sheets")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: sheets.path)) ?? [] where !used.contains(name) {
            try? FileManager.default.removeItem(at: sheets.appendingPathComponent(name))
        }
    }
}
