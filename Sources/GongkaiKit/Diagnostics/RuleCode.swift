/// Every rule code of the contract (spec §5).
public enum RuleCode: String, Sendable, CaseIterable {
    case s001 = "GK-S001"
    case s002 = "GK-S002"
    case s003 = "GK-S003"
    case s004 = "GK-S004"
    case s005 = "GK-S005"
    case s006 = "GK-S006"
    case s007 = "GK-S007"
    case s008 = "GK-S008"
    case s009 = "GK-S009"
    case s010 = "GK-S010"
    case s011 = "GK-S011"
    case s012 = "GK-S012"
    case s013 = "GK-S013"
    case x001 = "GK-X001"
    case x002 = "GK-X002"
    case x003 = "GK-X003"
    case v101 = "GK-V101"
    case v102 = "GK-V102"
    case p101 = "GK-P101"
    case p102 = "GK-P102"
    case p103 = "GK-P103"
    case p104 = "GK-P104"
    case p201 = "GK-P201"
    case p202 = "GK-P202"
    case p301 = "GK-P301"
    case p302 = "GK-P302"
    case p401 = "GK-P401"
    case p402 = "GK-P402"
    case a101 = "GK-A101"
    case a102 = "GK-A102"
    case a103 = "GK-A103"
    case a104 = "GK-A104"
    case a201 = "GK-A201"
    case a202 = "GK-A202"
    case a301 = "GK-A301"
    case a302 = "GK-A302"
    case a303 = "GK-A303"
    case f101 = "GK-F101"
    case f102 = "GK-F102"
    case f103 = "GK-F103"
    case f104 = "GK-F104"
    case f105 = "GK-F105"
    case f106 = "GK-F106"
    case f201 = "GK-F201"
    case f202 = "GK-F202"
    case f301 = "GK-F301"
    case f302 = "GK-F302"
    case r101 = "GK-R101"
    case t001 = "GK-T001"
    case t002 = "GK-T002"
    case t003 = "GK-T003"

    /// The level of a problem found while reading files or the theme; a domain rule states its
    /// own (`Rule.severity`), and its report carries it.
    public var defaultSeverity: Severity {
        switch self {
        case .s012, .s013, .t002: return .warning
        default: return .error
        }
    }
}
