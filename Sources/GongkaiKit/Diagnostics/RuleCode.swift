/// Every rule code of the contract (spec §5), with its level.
public enum RuleCode: String, Sendable, CaseIterable {
    case s001 = "GK-S001", s002 = "GK-S002", s003 = "GK-S003", s004 = "GK-S004"
    case s005 = "GK-S005", s006 = "GK-S006", s007 = "GK-S007", s008 = "GK-S008"
    case s009 = "GK-S009", s010 = "GK-S010", s011 = "GK-S011", s012 = "GK-S012", s013 = "GK-S013"
    case x001 = "GK-X001", x002 = "GK-X002", x003 = "GK-X003"
    case v101 = "GK-V101", v102 = "GK-V102"
    case p101 = "GK-P101", p102 = "GK-P102", p103 = "GK-P103", p104 = "GK-P104"
    case p201 = "GK-P201", p202 = "GK-P202", p301 = "GK-P301", p302 = "GK-P302"
    case p401 = "GK-P401", p402 = "GK-P402"
    case a101 = "GK-A101", a102 = "GK-A102", a103 = "GK-A103", a104 = "GK-A104"
    case a201 = "GK-A201", a202 = "GK-A202"
    case a301 = "GK-A301", a302 = "GK-A302", a303 = "GK-A303"
    case f101 = "GK-F101", f102 = "GK-F102", f103 = "GK-F103", f104 = "GK-F104"
    case f105 = "GK-F105", f106 = "GK-F106", f201 = "GK-F201", f202 = "GK-F202"
    case f301 = "GK-F301", f302 = "GK-F302"
    case r101 = "GK-R101"
    case t001 = "GK-T001", t002 = "GK-T002", t003 = "GK-T003"

    public var defaultSeverity: Severity {
        switch self {
        case .s012, .s013, .v101, .p202, .a303, .f302, .t002: return .warning
        default: return .error
        }
    }
}
