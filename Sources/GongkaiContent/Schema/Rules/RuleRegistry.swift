import GongkaiCore

/// Every rule of the contract, and running the document rules on one document.
public enum RuleRegistry {
    public static let documentRules: [any DocumentRule] =
        GeneralRules.all + PrivacyRules.all + PartyRules.all + AffairsRules.all + FinanceRules.all
        + ResourceAndWelfareRules.all + DebtRules.all + DistributionRules.all + CompensationRules.all
        + LevyRules.all + HomesteadRules.all + ObjectionRules.all

    public static let siteRules: [any SiteRule] =
        VillageRules.all + ContinuityRules.all + HistoryRules.all + DecisionLinkRules.all

    public static var all: [any Rule] { documentRules + siteRules }

    package static func run(on document: Document, context: RuleContext, reporter: FileReporter) {
        var context = context
        context.personalNumbers = PrivacyScan.findings(of: document)
        for rule in documentRules where rule.kinds?.contains(document.kind.id) ?? true {
            rule.check(document, context: context) { mark, message in
                reporter.report(rule.code, at: mark, message, severity: rule.severity)
            }
        }
    }
}

extension Message {
    package static func r(_ m: some RuleMessage) -> Message { .rule(AnyRuleMessage(m)) }
}
