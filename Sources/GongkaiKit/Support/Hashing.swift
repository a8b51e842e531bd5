import Crypto
import Foundation

enum Hashing {
    static func sha256Hex<D: DataProtocol>(_ data: D) -> String {
        SHA256.hash(data: data).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// One hash of several strings.
    static func key(_ parts: [String]) -> String {
        sha256Hex(Data(parts.joined(separator: "\u{1F}").utf8))
    }
}
