import Foundation
import GongkaiCore

/// What a manifest.json was written from: each piece's identity and length, in order, and the
/// file's output stamp once written. The manifest a build replaces is kept in the spare folder;
/// the next build but one writes over it only the pieces that are not already at their offsets
/// (a one-edit rebuild of a county writes a few blocks of its tens of megabytes).
package struct ManifestLayout: Sendable, Equatable {
    package struct Piece: Sendable, Equatable {
        /// SHA-256 of the bytes (in memory), or of the path and output stamp (a cache file,
        /// which is replaced, never changed in place).
        var identity: String
        var length: Int
    }

    package var stamp: String
    package var pieces: [Piece]

    static let magic = "gongkai-manifest-layouts-1"

    /// A piece's identity and length; nil for a file that is not there (writing it says why).
    static func piece(_ piece: OutputPiece) -> Piece? {
        switch piece {
        case .data(let data):
            return Piece(identity: "d" + Hashing.sha256Hex(data), length: data.count)
        case .file(let url):
            var info = stat()
            guard lstat(url.path, &info) == 0, FileTree.kind(info) == .file else { return nil }
            let identity = "f" + Hashing.sha256Hex(Data((url.path + "\t" + FileTree.outputStamp(info)).utf8))
            return Piece(identity: identity, length: Int(info.st_size))
        }
    }

    /// The identity of the piece that begins at each offset.
    var byOffset: [Int: Piece] {
        var offset = 0
        var found: [Int: Piece] = [:]
        for piece in pieces {
            found[offset] = piece
            offset += piece.length
        }
        return found
    }

    package static func encode(_ layouts: [ManifestLayout]) -> [UInt8] {
        ByteWriter.record(magic) { w in
            w.int(layouts.count)
            for layout in layouts {
                w.string(layout.stamp)
                w.int(layout.pieces.count)
                for piece in layout.pieces {
                    w.string(piece.identity)
                    w.int(piece.length)
                }
            }
        }
    }

    package static func decode(_ bytes: [UInt8]) -> [ManifestLayout]? {
        ByteReader.record(bytes, magic) { r throws(ByteReader.Malformed) in
            var layouts: [ManifestLayout] = []
            for _ in 0..<(try r.count()) {
                let stamp = try r.string()
                var pieces: [Piece] = []
                for _ in 0..<(try r.count()) {
                    pieces.append(Piece(identity: try r.string(), length: try r.int()))
                }
                layouts.append(ManifestLayout(stamp: stamp, pieces: pieces))
            }
            return layouts
        }
    }
}
