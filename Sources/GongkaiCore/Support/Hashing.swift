import Crypto
import Foundation

package enum Hashing {
    @inlinable package static func sha256Hex<D: DataProtocol>(_ data: D) -> String {
        hex(SHA256.hash(data: data))
    }

    private static let digits = Array("0123456789abcdef".utf8)

    @inlinable package static func hex<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// One hash of several strings.
    package static func key(_ parts: [String]) -> String {
        key(bytes: parts.map { Array($0.utf8) })
    }

    /// One hash of several parts, separated by U+001F, hashed one after another (a village's
    /// listing is tens of kilobytes: not joined into a copy first).
    package static func key(bytes parts: [[UInt8]]) -> String {
        var hasher = SHA256()
        for (index, part) in parts.enumerated() {
            if index > 0 { hasher.update(data: [0x1F]) }
            part.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        }
        return hex(hasher.finalize())
    }
}
