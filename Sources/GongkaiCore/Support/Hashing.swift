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
        sha256Hex(Data(parts.joined(separator: "\u{1F}").utf8))
    }
}
