import CArgon2
import Foundation
import GongkaiCore

/// Argon2id through libargon2, the reference implementation (Debian's libargon2-dev). The stored
/// form is the library's own encoded string (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`), so the
/// cost can be raised later and old hashes still verify.
public enum PasswordHash {
    /// OWASP's minimum for Argon2id: 19 MiB, two passes, one lane.
    static let memoryKiB: UInt32 = 19 * 1024
    static let passes: UInt32 = 2
    static let lanes: UInt32 = 1
    static let saltBytes = 16
    static let hashBytes = 32

    public static func hash(_ password: String) throws -> String {
        var salt = [UInt8](repeating: 0, count: saltBytes)
        var generator = SystemRandomNumberGenerator()
        for i in salt.indices { salt[i] = UInt8.random(in: 0...255, using: &generator) }
        let length = argon2_encodedlen(passes, memoryKiB, lanes, UInt32(saltBytes), UInt32(hashBytes), Argon2_id)
        var encoded = [CChar](repeating: 0, count: length)
        let bytes = Array(password.utf8)
        let status = argon2id_hash_encoded(
            passes, memoryKiB, lanes, bytes, bytes.count, salt, salt.count, hashBytes, &encoded, length)
        guard status == ARGON2_OK.rawValue else {
            throw AccountFailure(Wording("密码哈希失败：{reason}", String(cString: argon2_error_message(status))))
        }
        return String(decoding: encoded.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Whether the password matches an encoded hash (compared in constant time by the library).
    public static func verify(_ password: String, against encoded: String) -> Bool {
        let bytes = Array(password.utf8)
        return argon2id_verify(encoded, bytes, bytes.count) == ARGON2_OK.rawValue
    }

    /// A hash of nothing anyone knows, verified against when the user does not exist, so that a
    /// wrong name takes as long as a wrong password.
    static let decoy: String = (try? hash(UUID().uuidString)) ?? ""
}
