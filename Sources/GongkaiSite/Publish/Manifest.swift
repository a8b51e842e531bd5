import Foundation
import GongkaiContent
import GongkaiCore

/// manifest.json (spec §8): every source and every output but itself, each list sorted by path.
///
/// Each list is written from blocks: one per village (every path under its folder, so its
/// entries are contiguous in the sorted list) and one per other file. A rebuild writes the
/// blocks of unchanged villages as the last build left them instead of hashing their files.
package enum Manifest {
    static let fileName = "manifest.json"

    /// Writes manifest.json last into `output`: each village's blocks as given (`villages`, in
    /// memory or in the build cache's files), and the other sources recorded and files written.
    /// A manifest already there (kept from an earlier build, see `Publisher.update`) whose stamp
    /// one of `layouts` names is written over only where a piece differs. Returns how this one
    /// was written.
    package static func write(
        into output: OutputFolder, buildDate: CalendarDate, sources: FileLedger,
        villages: [String: (sources: OutputPiece, outputs: OutputPiece)], over layouts: [ManifestLayout] = []
    ) throws -> ManifestLayout? {
        var sourceBlocks = blocks(sources.sorted, folders: Set(villages.keys.map { "content/\($0)/" }))
        var outputBlocks = blocks(output.ledger.sorted, folders: Set(villages.keys.map { "\($0)/" }))
        for (village, pieces) in villages {
            sourceBlocks["content/\(village)/"] = pieces.sources
            outputBlocks["\(village)/"] = pieces.outputs
        }
        let pieces = json(buildDate: buildDate, sources: sourceBlocks, outputs: outputBlocks)
        let file = try FileRewrite(fileName, in: output)
        let there = file.previous.flatMap { stamp in layouts.first { $0.stamp == stamp } }?.byOffset ?? [:]
        var written: [ManifestLayout.Piece] = []
        var described = true
        var offset = 0
        for piece in pieces {
            let layout = ManifestLayout.piece(piece)
            var length = layout?.length ?? 0
            if layout == nil || there[offset] != layout {
                length = try file.put(piece, at: offset)
            }
            if let layout, layout.length == length { written.append(layout) } else { described = false }
            offset += length
        }
        let stamp = try file.finish(length: offset)
        return described ? ManifestLayout(stamp: stamp, pieces: written) : nil
    }

    /// The entries of some records (sorted by path), as written in the list.
    package static func entries(_ records: [HashedFile]) -> String {
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
    package static func blocks(_ records: [HashedFile], folders: Set<String>) -> [String: OutputPiece] {
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
        return grouped.mapValues { .data(Data(entries($0).utf8)) }
    }

    /// The file's text in pieces, to be written one after another (a county's manifest is tens
    /// of megabytes: it is never joined into one string).
    package static func json(
        buildDate: CalendarDate, sources: [String: OutputPiece], outputs: [String: OutputPiece]
    ) -> [OutputPiece] {
        func list(_ blocks: [String: OutputPiece]) -> [OutputPiece] {
            let texts = blocks.sorted { $0.key < $1.key }.map(\.value).filter { !$0.isEmpty }
            guard !texts.isEmpty else { return [.text("[]")] }
            var pieces: [OutputPiece] = [.text("[\n")]
            for (index, text) in texts.enumerated() {
                if index > 0 { pieces.append(.text(",\n")) }
                pieces.append(text)
            }
            return pieces + [.text("\n  ]")]
        }
        return [.text("{\n  \"build_date\": \"\(buildDate.iso)\",\n  \"sources\": ")] + list(sources)
            + [.text(",\n  \"outputs\": ")] + list(outputs) + [.text("\n}\n")]
    }
}

/// A village's entries in manifest.json and sitemap.xml, kept by the build cache: its blocks
/// of manifest.json stay in the cache's files, read as the manifest is written.
package struct VillageEntries: Sendable {
    package var sources: OutputPiece
    var outputs: OutputPiece
    var sitemap: OutputPiece
    /// Its line in the town's search (`SearchIndex.VillageLine`).
    var search: Data
}
