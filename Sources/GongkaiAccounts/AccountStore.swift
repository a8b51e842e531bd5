import Crypto
import Foundation
import GongkaiCore
import Synchronization

/// Accounts, sessions, failed sign-ins and the audit trail in one SQLite file (spec §12).
/// Thread-safe: one connection, used under a lock; other processes wait on SQLite's busy timeout.
public final class AccountStore: Sendable {
    public enum SignIn: Sendable, Equatable {
        case success(Account)
        case wrong
        /// Five failures in a row: no sign-in until then, right password or not.
        case locked(until: Date)
    }

    public static let failuresBeforeLock = 5
    public static let lockSeconds: TimeInterval = 15 * 60
    public static let idleSeconds: TimeInterval = 30 * 60

    public let path: String
    private let database: SQLiteDatabase
    private let lock = Mutex(())

    public init(path: String) throws {
        self.path = path
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if let failed = FileTree.makeFolders(folder, mode: 0o700) {
            throw AccountFailure(Wording("无法打开账户数据库 {path}：{reason}", path, String(cString: strerror(failed))))
        }
        let created = !FileManager.default.fileExists(atPath: path)
        let db = try SQLiteDatabase(path: path)
        // Password hashes and session ids: readable by the server's user only.
        if created { chmod(path, 0o600) }
        try Self.migrate(db)
        database = db
    }

    private static func migrate(_ db: SQLiteDatabase) throws {
        let version = try db.execute("PRAGMA user_version").first?.first?.int ?? 0
        guard version < 1 else { return }
        try db.transaction {
            for sql in [
                """
                CREATE TABLE users(name TEXT PRIMARY KEY, display TEXT NOT NULL, email TEXT NOT NULL,
                  role TEXT NOT NULL CHECK (role IN ('secretary', 'supervisor', 'town')), password TEXT NOT NULL,
                  failed INTEGER NOT NULL DEFAULT 0, locked_until INTEGER NOT NULL DEFAULT 0, created INTEGER NOT NULL)
                """,
                """
                CREATE TABLE user_villages(user TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE,
                  village TEXT NOT NULL, PRIMARY KEY (user, village))
                """,
                """
                CREATE TABLE sessions(id TEXT PRIMARY KEY, user TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE,
                  created INTEGER NOT NULL, seen INTEGER NOT NULL)
                """,
                """
                CREATE TABLE address_failures(address TEXT PRIMARY KEY, failed INTEGER NOT NULL,
                  last INTEGER NOT NULL)
                """,
                """
                CREATE TABLE audit(id INTEGER PRIMARY KEY, at INTEGER NOT NULL, user TEXT NOT NULL,
                  action TEXT NOT NULL,
                  path TEXT NOT NULL DEFAULT '', commit_id TEXT NOT NULL DEFAULT '', detail TEXT NOT NULL DEFAULT '')
                """,
                """
                CREATE TABLE reviews(path TEXT PRIMARY KEY, state TEXT NOT NULL
                  CHECK (state IN ('submitted', 'returned', 'approved')), actor TEXT NOT NULL, at INTEGER NOT NULL,
                  reason TEXT NOT NULL DEFAULT '')
                """,
                "PRAGMA user_version = 1",
            ] {
                try db.execute(sql)
            }
        }
    }

    private func withDatabase<T>(_ body: (SQLiteDatabase) throws -> T) rethrows -> T {
        try lock.withLock { _ in try body(database) }
    }

    // MARK: - Accounts

    public func add(_ account: Account, password: String) throws {
        let hash = try PasswordHash.hash(password)
        try withDatabase { db in
            try db.transaction {
                guard try db.execute("SELECT 1 FROM users WHERE name = ?", [.text(account.name)]).isEmpty else {
                    throw AccountFailure(Wording("用户 {name} 已存在", account.name))
                }
                try db.execute(
                    "INSERT INTO users(name, display, email, role, password, created) VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        .text(account.name), .text(account.displayName), .text(account.email),
                        .text(account.role.rawValue), .text(hash), .int(Int64(Date().timeIntervalSince1970)),
                    ])
                for village in account.villages {
                    try db.execute(
                        "INSERT INTO user_villages(user, village) VALUES (?, ?)", [.text(account.name), .text(village)])
                }
            }
        }
    }

    public func accounts() throws -> [Account] {
        try withDatabase { db in
            try db.execute("SELECT name FROM users ORDER BY name").compactMap { row in
                try row.first?.text.flatMap { try Self.account($0, in: db) }
            }
        }
    }

    public func account(_ name: String) throws -> Account? {
        try withDatabase { try Self.account(name, in: $0) }
    }

    private static func account(_ name: String, in db: SQLiteDatabase) throws -> Account? {
        guard
            let row = try db.execute("SELECT display, email, role FROM users WHERE name = ?", [.text(name)]).first,
            let display = row[0].text, let email = row[1].text, let role = row[2].text.flatMap(Role.init(rawValue:))
        else { return nil }
        let villages = try db.execute(
            "SELECT village FROM user_villages WHERE user = ? ORDER BY village", [.text(name)]
        ).compactMap { $0.first?.text }
        return Account(name: name, displayName: display, email: email, role: role, villages: villages)
    }

    /// Sets a new password; the user's sessions end and any lock is lifted.
    public func setPassword(_ name: String, to password: String) throws -> Bool {
        let hash = try PasswordHash.hash(password)
        return try withDatabase { db in
            try db.transaction {
                try db.execute(
                    "UPDATE users SET password = ?, failed = 0, locked_until = 0 WHERE name = ?",
                    [.text(hash), .text(name)])
                let changed = db.changes > 0
                try db.execute("DELETE FROM sessions WHERE user = ?", [.text(name)])
                return changed
            }
        }
    }

    public func remove(_ name: String) throws -> Bool {
        try withDatabase { db in
            try db.execute("DELETE FROM users WHERE name = ?", [.text(name)])
            return db.changes > 0
        }
    }

    /// The accounts locked now, and until when.
    public func locks(now: Date = Date()) -> [String: Date] {
        let rows =
            (try? withDatabase { db in
                try db.execute(
                    "SELECT name, locked_until FROM users WHERE locked_until > ?",
                    [.int(Int64(now.timeIntervalSince1970))])
            }) ?? []
        var out: [String: Date] = [:]
        for row in rows {
            if let name = row[0].text, let until = row[1].int {
                out[name] = Date(timeIntervalSince1970: TimeInterval(until))
            }
        }
        return out
    }

    /// Lifts a lock before its 15 minutes are up (the town, having spoken to the person).
    public func unlock(_ name: String) throws -> Bool {
        try withDatabase { db in
            try db.execute("UPDATE users SET failed = 0, locked_until = 0 WHERE name = ?", [.text(name)])
            return db.changes > 0
        }
    }

    public var isEmpty: Bool { ((try? withDatabase { try $0.execute("SELECT 1 FROM users LIMIT 1") }) ?? []).isEmpty }

    // MARK: - Signing in

    /// Checks a password. Five wrong ones in a row lock the account for 15 minutes; a locked
    /// account is refused without looking at the password.
    public func signIn(name: String, password: String, address: String, now: Date = Date()) throws -> SignIn {
        let row = try withDatabase { db in
            try db.execute("SELECT password, failed, locked_until FROM users WHERE name = ?", [.text(name)]).first
        }
        let seconds = Int64(now.timeIntervalSince1970)
        if let lockedUntil = row?[2].int, lockedUntil > seconds {
            return .locked(until: Date(timeIntervalSince1970: TimeInterval(lockedUntil)))
        }
        // The hash is verified outside the lock: it takes tens of milliseconds on purpose.
        let matches = PasswordHash.verify(password, against: row?[0].text ?? PasswordHash.decoy) && row != nil
        return try withDatabase { db in
            try db.transaction {
                if matches, let account = try Self.account(name, in: db) {
                    try db.execute("UPDATE users SET failed = 0, locked_until = 0 WHERE name = ?", [.text(name)])
                    try db.execute("DELETE FROM address_failures WHERE address = ?", [.text(address)])
                    return .success(account)
                }
                try db.execute(
                    """
                    INSERT INTO address_failures(address, failed, last) VALUES (?, 1, ?)
                    ON CONFLICT(address) DO UPDATE SET failed = failed + 1, last = excluded.last
                    """, [.text(address), .int(seconds)])
                guard row != nil else { return .wrong }
                let failed =
                    (try db.execute("SELECT failed FROM users WHERE name = ?", [.text(name)]).first?[0].int
                        ?? 0) + 1
                if failed >= Int64(Self.failuresBeforeLock) {
                    let until = seconds + Int64(Self.lockSeconds)
                    try db.execute(
                        "UPDATE users SET failed = 0, locked_until = ? WHERE name = ?", [.int(until), .text(name)])
                    return .locked(until: Date(timeIntervalSince1970: TimeInterval(until)))
                }
                try db.execute("UPDATE users SET failed = ? WHERE name = ?", [.int(failed), .text(name)])
                return .wrong
            }
        }
    }

    /// How long to hold an answer to this address's next sign-in: a quarter second per recent
    /// failure, up to five seconds, forgotten after 15 minutes.
    public func delay(for address: String, now: Date = Date()) -> TimeInterval {
        let seconds = Int64(now.timeIntervalSince1970)
        let failed =
            (try? withDatabase { db in
                try db.execute(
                    "SELECT failed FROM address_failures WHERE address = ? AND last > ?",
                    [.text(address), .int(seconds - Int64(Self.lockSeconds))]
                ).first?[0].int
            }) ?? nil
        return min(5, 0.25 * Double(failed ?? 0))
    }

    // MARK: - Sessions

    /// A new session for a user: the token the cookie carries (only its hash is stored).
    public func startSession(for name: String, now: Date = Date()) throws -> String {
        var bytes = [UInt8](repeating: 0, count: 32)
        var generator = SystemRandomNumberGenerator()
        for i in bytes.indices { bytes[i] = UInt8.random(in: 0...255, using: &generator) }
        let token = bytes.map { String(format: "%02x", $0) }.joined()
        let seconds = Int64(now.timeIntervalSince1970)
        try withDatabase { db -> Void in
            try db.execute(
                "INSERT INTO sessions(id, user, created, seen) VALUES (?, ?, ?, ?)",
                [.text(Self.digest(token)), .text(name), .int(seconds), .int(seconds)])
        }
        return token
    }

    /// The account a session token belongs to, if the session is live; touching it keeps it so.
    public func session(_ token: String, now: Date = Date()) -> Account? {
        guard token.utf8.count == 64 else { return nil }
        let seconds = Int64(now.timeIntervalSince1970)
        return try? withDatabase { db in
            let id = Self.digest(token)
            guard let row = try db.execute("SELECT user, seen FROM sessions WHERE id = ?", [.text(id)]).first,
                let user = row[0].text, let seen = row[1].int
            else { return nil }
            guard seen > seconds - Int64(Self.idleSeconds) else {
                try db.execute("DELETE FROM sessions WHERE id = ?", [.text(id)])
                return nil
            }
            // Touched at most once a minute: every request of a page would otherwise be a write.
            if seen < seconds - 60 {
                try db.execute("UPDATE sessions SET seen = ? WHERE id = ?", [.int(seconds), .text(id)])
            }
            return try Self.account(user, in: db)
        }
    }

    public func endSession(_ token: String) {
        _ = try? withDatabase { try $0.execute("DELETE FROM sessions WHERE id = ?", [.text(Self.digest(token))]) }
    }

    private static func digest(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    // MARK: - Audit

    public struct AuditEntry: Sendable, Equatable {
        public var at: Date
        public var user: String
        public var action: String
        public var path: String
        public var commit: String
        public var detail: String
    }

    public func record(user: String, action: String, path: String = "", commit: String = "", detail: String = "") {
        _ = try? withDatabase { db -> Void in
            try db.execute(
                "INSERT INTO audit(at, user, action, path, commit_id, detail) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    .int(Int64(Date().timeIntervalSince1970)), .text(user), .text(action), .text(path), .text(commit),
                    .text(detail),
                ])
        }
    }

    /// The newest entries first; only one user's when `user` is given.
    public func audit(limit: Int = 1000, user: String? = nil) throws -> [AuditEntry] {
        try withDatabase { db in
            try db.execute(
                "SELECT at, user, action, path, commit_id, detail FROM audit WHERE ?1 IS NULL OR user = ?1 "
                    + "ORDER BY id DESC LIMIT ?2",
                [user.map { .text($0) } ?? .null, .int(Int64(limit))]
            ).map { row in
                AuditEntry(
                    at: Date(timeIntervalSince1970: TimeInterval(row[0].int ?? 0)), user: row[1].text ?? "",
                    action: row[2].text ?? "", path: row[3].text ?? "", commit: row[4].text ?? "",
                    detail: row[5].text ?? "")
            }
        }
    }

    // MARK: - Review (提出 → 审核 → 发布)

    /// Where a draft stands on its way to publication; no row: a plain draft, or published.
    public struct Review: Sendable, Equatable {
        public enum State: String, Sendable { case submitted, returned, approved }
        public var state: State
        /// The user who took the last step.
        public var actor: String
        public var at: Date
        /// Why it was sent back.
        public var reason: String
    }

    public func review(of path: String) -> Review? { reviews(where: path)[path] }

    /// Every review under way, by path.
    public func reviews() -> [String: Review] { reviews(where: nil) }

    private func reviews(where path: String?) -> [String: Review] {
        let rows =
            (try? withDatabase { db in
                try db.execute(
                    "SELECT path, state, actor, at, reason FROM reviews WHERE ?1 IS NULL OR path = ?1",
                    [path.map { .text($0) } ?? .null])
            }) ?? []
        var out: [String: Review] = [:]
        for row in rows {
            guard let path = row[0].text, let state = row[1].text.flatMap(Review.State.init(rawValue:)) else {
                continue
            }
            out[path] = Review(
                state: state, actor: row[2].text ?? "", at: Date(timeIntervalSince1970: TimeInterval(row[3].int ?? 0)),
                reason: row[4].text ?? "")
        }
        return out
    }

    public func setReview(_ path: String, _ state: Review.State, actor: String, reason: String = "") {
        _ = try? withDatabase { db -> Void in
            try db.execute(
                """
                INSERT INTO reviews(path, state, actor, at, reason) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(path) DO UPDATE SET state = excluded.state, actor = excluded.actor, at = excluded.at,
                  reason = excluded.reason
                """,
                [
                    .text(path), .text(state.rawValue), .text(actor), .int(Int64(Date().timeIntervalSince1970)),
                    .text(reason),
                ])
        }
    }

    public func clearReview(_ path: String) {
        _ = try? withDatabase { db -> Void in try db.execute("DELETE FROM reviews WHERE path = ?", [.text(path)]) }
    }
}
