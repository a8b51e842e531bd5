/// Bytes a build writes for itself alone (its cache): integers as zigzag varints, texts as a
/// length and their UTF-8. Read back by `ByteReader`, which refuses anything out of shape.
package struct ByteWriter {
    package private(set) var bytes: [UInt8] = []

    package init() {}

    package mutating func int(_ value: Int) {
        var rest = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    package mutating func byte(_ value: UInt8) { bytes.append(value) }

    package mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    package mutating func string(_ text: String) {
        int(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }

    /// Bytes another writer wrote, as they are.
    package mutating func append(_ written: ArraySlice<UInt8>) {
        bytes.append(contentsOf: written)
    }

    package mutating func optionalString(_ text: String?) {
        bool(text != nil)
        if let text { string(text) }
    }
}

/// Reads what `ByteWriter` wrote; a length, count or tag out of place (a file cut short or of
/// another format) throws `Malformed`, never reads past the end. A record changed on disk is
/// refused before it is read, by its seal (`init(sealed:)`).
package struct ByteReader {
    package struct Malformed: Error {
        package init() {}
    }

    private let bytes: [UInt8]
    private var offset = 0

    package init(_ bytes: [UInt8]) { self.bytes = bytes }

    package var isAtEnd: Bool { offset == bytes.count }

    /// Where the next byte will be read.
    package var position: Int { offset }

    /// The bytes read since `start` (a `position`).
    package func bytes(from start: Int) -> ArraySlice<UInt8> { bytes[start..<offset] }

    package mutating func byte() throws(Malformed) -> UInt8 {
        guard offset < bytes.count else { throw Malformed() }
        defer { offset += 1 }
        return bytes[offset]
    }

    package mutating func bool() throws(Malformed) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw Malformed()
        }
    }

    package mutating func int() throws(Malformed) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64 else { throw Malformed() }
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1))
    }

    /// A count of things still to read, each at least one byte long.
    package mutating func count() throws(Malformed) -> Int {
        let count = try int()
        guard count >= 0, count <= bytes.count - offset else { throw Malformed() }
        return count
    }

    package mutating func string() throws(Malformed) -> String {
        let length = try count()
        defer { offset += length }
        // Not `String(validating:)`, which looks its encoding up at run time on every call (a
        // village's record is tens of thousands of texts): a sealed record's texts are those a
        // String wrote, so decoding them repairs nothing (and ill-formed bytes become U+FFFD).
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[offset..<offset + length]), as: UTF8.self)
        }
    }

    package mutating func optionalString() throws(Malformed) -> String? {
        try bool() ? try string() : nil
    }
}
