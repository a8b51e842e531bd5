import GongkaiCore

/// A kind by name, as documents write it (`kind: finance.statement`): code names kinds with
/// these cases, never with string literals, so a typo is a compile error.
public enum KindID: String, Sendable, CaseIterable, Hashable, Comparable, CustomStringConvertible {
    case partyNotice = "party.notice"
    case partyDevelopment = "party.development"
    case partyDues = "party.dues"
    case partyMeeting = "party.meeting"
    case partyPoints = "party.points"
    case affairsNotice = "affairs.notice"
    case affairsDecision = "affairs.decision"
    case affairsWelfare = "affairs.welfare"
    case affairsProject = "affairs.project"
    case affairsLevy = "affairs.levy"
    case affairsHomestead = "affairs.homestead"
    case financeNotice = "finance.notice"
    case financeStatement = "finance.statement"
    case financeAssets = "finance.assets"
    case financeResources = "finance.resources"
    case financeDebts = "finance.debts"
    case financeDistribution = "finance.distribution"
    case financeCompensation = "finance.compensation"

    public static func < (a: KindID, b: KindID) -> Bool { a.rawValue < b.rawValue }

    /// Written as documents write it, wherever it is interpolated (scaffolds, schema file names).
    public var description: String { rawValue }

    /// The last part of the name (`statement`), used in file names.
    var shortName: String { String(rawValue.split(separator: ".").last!) }
}
