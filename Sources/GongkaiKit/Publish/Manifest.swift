import Foundation

/// manifest.json (spec §8): every source and every output but itself, each list sorted by path.
///
/// Each list is written from blocks: one per village (every path under its folder, so its
/// entries are contiguous in the sorted list) and one per other file. A rebuild writes the
/// blocks of unchanged villages as the last build left them instead of hashing their files.
enum Manifest {
    static let fileName = "manifest.json"

    /// Writes manifest.json last into `output`: the sources recorded and every file written,
    /// with the blocks of villages taken from the cache (`cached`) as the last build left them.
    /// Returns the blocks of the other villages, for the cache; `sitemaps` holds their entries
    /// in sitemap.xml.
    static func write(
        into output: OutputFolder, buildDate: CalendarDate, sources: FileLedger, villages: [String],
        sitemaps: [String: Data], searches: [String: Data], cached: [String: VillageEntries]
    ) throws -> [String: VillageEntries] {
        var sourceBlocks = blocks(sources.sorted, folders: Set(villages.map { "content/\($0)/" }))
        var outputBlocks = blocks(output.ledger.sorted, folders: Set(villages.map { "\($0)/" }))
        var rendered: [String: VillageEntries] = [:]
        for village in villages {
            if let entries = cached[village] {
                sourceBlocks["content/\(village)/"] = entries.sources
                outputBlocks["\(village)/"] = entries.outputs
            } else {
                rendered[village] = VillageEntries(
                    sources: sourceBlocks["content/\(village)/"] ?? Data(),
                    outputs: outputBlocks["\(village)/"] ?? Data(),
                    sitemap: sitemaps[village] ?? Data(), search: searches[village] ?? Data())
            }
        }
        try output.write(
            pieces: json(buildDate: buildDate, sources: sourceBlocks, outputs: outputBlocks), to: fileName,
            recorded: false)
        return rendered
    }

    /// The entries of some records (sorted by path), as written in the list.
    static func entries(_ records: [HashedFile]) -> String {
        var out = ""
        for record in records.sorted(by: { $0.path < $1.path }) {
            if !out.isEmpty { out += ",\n" }
            out += "    {\n      \"path\": "
            JSONValue.writeString(record.path, into: &out)
            out += ",\n      \"sha256\": \"\(record.sha256)\",\n      \"bytes\": \(record.bytes)\n    }"
        }
        return out
    }

    /// Splits records into blocks of entries (UTF-8, joined by `,\n`), keyed by what sorts them
    /// among the others: those under one of `folders` (each ending in `/`) by folder, each other
    /// file alone by its path.
    static func blocks(_ records: [HashedFile], folders: Set<String>) -> [String: Data] {
        var grouped: [String: [HashedFile]] = [:]
        for record in records {
            var key = record.path
            var index = record.path.startIndex
            while let slash = record.path[index...].firstIndex(of: "/") {
                index = record.path.index(after: slash)
                if folders.contains(String(record.path[..<index])) {
                    key = String(record.path[..<index])
                    break
                }
            }
            grouped[key, default: []].append(record)
        }
        return grouped.mapValues { Data(entries($0).utf8) }
    }

    /// The file's text in pieces, to be written one after another (a county's manifest is tens
    /// of megabytes: it is never joined into one string).
    static func json(buildDate: CalendarDate, sources: [String: Data], outputs: [String: Data]) -> [Data] {
        func list(_ blocks: [String: Data]) -> [Data] {
            let texts = blocks.sorted { $0.key < $1.key }.map(\.value).filter { !$0.isEmpty }
            guard !texts.isEmpty else { return [Data("[]".utf8)] }
            var pieces = [Data("[\n".utf8)]
            for (index, text) in texts.enumerated() {
                if index > 0 { pieces.append(Data(",\n".utf8)) }
                pieces.append(text)
            }
            return pieces + [Data("\n  ]".utf8)]
        }
        return [Data("{\n  \"build_date\": \"\(buildDate.iso)\",\n  \"sources\": ".utf8)] + list(sources)
            + [Data(",\n  \"outputs\": ".utf8)] + list(outputs) + [Data("\n}\n".utf8)]
    }

    /// The records of entries as `entries` writes them (one field per line), read without
    /// building a JSON tree.
    static func records(inEntries text: String) -> [String: HashedFile] {
        var records: [String: HashedFile] = [:]
        var path: String?
        var sha: String?
        for raw in text.split(separator: "\n") {
            let line = raw.drop { $0 == " " }
            if line.hasPrefix("\"path\": ") {
                let literal = line.dropFirst(8).dropLast(line.hasSuffix(",") ? 1 : 0)
                if literal.count >= 2, literal.first == "\"", literal.last == "\"", !literal.contains("\\") {
                    path = String(literal.dropFirst().dropLast())
                } else {
                    path =
                        (try? JSONSerialization.jsonObject(with: Data(literal.utf8), options: .fragmentsAllowed))
                        as? String
                }
            } else if line.hasPrefix("\"sha256\": \"") {
                sha = String(line.dropFirst(11).prefix(64))
            } else if line.hasPrefix("\"bytes\": "), let p = path, let s = sha, let bytes = Int(line.dropFirst(9)) {
                records[p] = HashedFile(path: p, sha256: s, bytes: bytes)
                path = nil
                sha = nil
            }
        }
        return records
    }
}

/// A village's entries in manifest.json and sitemap.xml, kept by the build cache.
struct VillageEntries: Sendable {
    var sources: Data
    var outputs: Data
    var sitemap: Data
    /// Its notices' lines for the town's search (`SearchRecords`).
    var search: Data
}
