import Foundation
import GongkaiCore

/// The three roles of spec §12.
public enum Role: String, Sendable, CaseIterable {
    /// 文书: writes and drafts the notices of the villages on the account.
    case secretary
    /// 监委: a supervisor of one village; signs off its finance documents.
    case supervisor
    /// 镇: every village; publishes; manages accounts.
    case town

    /// `secretary` or its Chinese name 文书 (likewise 监委, 镇).
    public init?(argument: String) {
        switch argument {
        case "secretary", "文书": self = .secretary
        case "supervisor", "监委": self = .supervisor
        case "town", "镇": self = .town
        default: return nil
        }
    }

    public var chinese: String {
        switch self {
        case .secretary: return "文书"
        case .supervisor: return "监委"
        case .town: return "镇"
        }
    }
}

/// A user as the server sees one.
public struct Account: Sendable, Equatable {
    /// The sign-in name (letters, digits, `.`, `_`, `-`).
    public var name: String
    /// The person's name as notices and commits show it (a supervisor's is the one `reviewed.by`
    /// takes, so it must be in the village's `supervisors`).
    public var displayName: String
    public var email: String
    public var role: Role
    /// The villages the account may work on; empty for the town (every village).
    public var villages: [String]

    public init(name: String, displayName: String, email: String, role: Role, villages: [String]) {
        self.name = name
        self.displayName = displayName
        self.email = email
        self.role = role
        self.villages = villages
    }

    /// Whether this account may see and work on a village's documents.
    public func covers(_ village: String) -> Bool { role == .town || villages.contains(village) }

    /// `Name <email>`, the commit author of this user's steps.
    public var gitAuthor: String { "\(displayName) <\(email)>" }

    /// A sign-in name is plain ASCII so it can be typed on any keyboard and logged safely.
    public static func isValidName(_ name: String) -> Bool {
        (1...64).contains(name.utf8.count)
            && name.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                    || "._-".unicodeScalars.contains($0)
            }
    }

    /// What is wrong with an account's role and villages, if anything.
    public static func problem(role: Role, villages: [String]) -> Wording? {
        switch role {
        case .secretary where villages.isEmpty: return Wording("文书账户至少要有一个所属村（--village）")
        case .supervisor where villages.count != 1: return Wording("监委账户只属于一个村：所属村（--village）恰好一个")
        case .town where !villages.isEmpty: return Wording("镇账户管理所有村，不设所属村（--village）")
        default: return nil
        }
    }
}
