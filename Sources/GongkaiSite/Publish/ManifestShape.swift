import GongkaiContent
import GongkaiCore

/// The shape of a manifest.json as gongkai writes it, told from its first and last bytes:
/// `{ "build_date": "YYYY-MM-DD", "sources": [` … `] }` (whitespace free between tokens).
package enum ManifestShape {
    package static func opens(_ head: some Collection<UInt8>) -> Bool {
        var scanner = Scanner(bytes: Array(head))
        return scanner.take("{") && scanner.take("\"build_date\"") && scanner.take(":") && scanner.skipString()
            && scanner.take(",") && scanner.take("\"sources\"") && scanner.take(":") && scanner.take("[")
    }

    package static func closes(_ tail: some Collection<UInt8>) -> Bool {
        let end = Array(tail).reversed().filter { !Scanner.isSpace($0) }
        return end.count >= 2 && end[0] == UInt8(ascii: "}") && end[1] == UInt8(ascii: "]")
    }

    private struct Scanner {
        package let bytes: [UInt8]
        package var at = 0

        package init(bytes: [UInt8]) { self.bytes = bytes }

        package static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

        mutating func skipSpace() { while at < bytes.count && Scanner.isSpace(bytes[at]) { at += 1 } }

        package mutating func take(_ token: String) -> Bool {
            skipSpace()
            let expected = Array(token.utf8)
            guard at + expected.count <= bytes.count, Array(bytes[at..<at + expected.count]) == expected else {
                return false
            }
            at += expected.count
            return true
        }

        /// A string without escapes, as a date is written.
        mutating func skipString() -> Bool {
            skipSpace()
            guard at < bytes.count, bytes[at] == UInt8(ascii: "\"") else { return false }
            guard let close = bytes[(at + 1)...].firstIndex(of: UInt8(ascii: "\"")) else { return false }
            at = close + 1
            return true
        }
    }
}
