import CSQLite
import Foundation
import GongkaiCore

/// The system libsqlite3, as little of it as the accounts need: one connection, statements with
/// bound parameters only (never text spliced into SQL), transactions, a busy timeout so that two
/// processes (the server and `gongkai user`) wait for each other instead of failing.
/// Opened in SQLite's serialized mode; `AccountStore` also uses it under its own lock.
final class SQLiteDatabase: @unchecked Sendable {

    enum Value: Equatable {
        case null
        case int(Int64)
        case text(String)
    }

    private var handle: OpaquePointer?

    init(path: String) throws {
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX
        guard sqlite3_open_v2(path, &handle, flags, nil) == SQLITE_OK else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(handle)
            throw AccountFailure(Wording("无法打开账户数据库 {path}：{reason}", path, message))
        }
        sqlite3_busy_timeout(handle, 5000)
        try execute("PRAGMA journal_mode = WAL")
        try execute("PRAGMA foreign_keys = ON")
        try execute("PRAGMA synchronous = NORMAL")
    }

    deinit { sqlite3_close_v2(handle) }

    private var reason: String { String(cString: sqlite3_errmsg(handle)) }

    /// Runs a statement; returns its rows, each as column values in order.
    @discardableResult
    func execute(_ sql: String, _ parameters: [Value] = []) throws -> [[Value]] {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else {
            throw AccountFailure(Wording("账户数据库的 SQL 有误：{reason}", reason))
        }
        defer { sqlite3_finalize(statement) }
        for (index, parameter) in parameters.enumerated() {
            let position = Int32(index + 1)
            switch parameter {
            case .null: sqlite3_bind_null(statement, position)
            case .int(let number): sqlite3_bind_int64(statement, position, number)
            case .text(let text):
                // SQLITE_TRANSIENT: SQLite copies the text before this call returns.
                sqlite3_bind_text(statement, position, text, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self))
            }
        }
        var rows: [[Value]] = []
        while true {
            let step = sqlite3_step(statement)
            if step == SQLITE_DONE { break }
            guard step == SQLITE_ROW else { throw AccountFailure(Wording("账户数据库操作失败：{reason}", reason)) }
            rows.append(
                (0..<sqlite3_column_count(statement)).map { column in
                    switch sqlite3_column_type(statement, column) {
                    case SQLITE_NULL: return .null
                    case SQLITE_INTEGER: return .int(sqlite3_column_int64(statement, column))
                    default: return .text(String(cString: sqlite3_column_text(statement, column)))
                    }
                })
        }
        return rows
    }

    /// Runs `body` in one transaction (BEGIN IMMEDIATE: writers queue at the start, not midway).
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            _ = try? execute("ROLLBACK")
            throw error
        }
    }

    var changes: Int { Int(sqlite3_changes(handle)) }
}

extension SQLiteDatabase.Value {
    var int: Int64? {
        if case .int(let number) = self { return number }
        return nil
    }

    var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }
}
