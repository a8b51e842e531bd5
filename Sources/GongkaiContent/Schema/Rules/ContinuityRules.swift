import GongkaiCore

/// GK-F103: a statement opens with the balance the village's previous statement closed with.
package enum ContinuityRules {
    package static let all: [any SiteRule] = [StatementContinuity()]
}

package struct StatementContinuity: SiteRule {
    package let code = RuleCode.f103
    package let severity = Severity.error
    package let judgesDrafts = true
    package let summary =
        "finance.statement: opening_balance = closing_balance of the statement for the period just before"

    static let september = FinanceRules.statement
        .replacingOccurrences(of: "period: 2026-10", with: "period: 2026-09")
        .replacingOccurrences(of: "published: 2026-11-06", with: "published: 2026-10-09")
        .replacingOccurrences(of: "2026-10-06", with: "2026-09-06").replacingOccurrences(
            of: "2026-10-08", with: "2026-09-08"
        )
        .replacingOccurrences(of: "2026-11-04", with: "2026-10-08")
        .replacingOccurrences(of: "opening_balance: \"152,300.00\"", with: "opening_balance: \"124,750.50\"")
        .replacingOccurrences(of: "closing_balance: \"179,849.50\"", with: "closing_balance: \"152,300.00\"")

    package let examples: [RuleExample] = [
        .passes(files: ["2026-09.yaml": StatementContinuity.september, "2026-10.yaml": FinanceRules.statement]),
        .trips(files: [
            "2026-09.yaml": StatementContinuity.september.replacingOccurrences(of: "124,750.50", with: "124,750.60")
                .replacingOccurrences(of: "closing_balance: \"152,300.00\"", with: "closing_balance: \"152,300.10\""),
            "2026-10.yaml": FinanceRules.statement,
        ]),
        .passes(files: ["2026-10.yaml": FinanceRules.statement]),
    ]

    package func check(_ village: CheckedVillage, site: LoadedSite, report: (String, Mark, Message) -> Void) {
        let statements = village.documents.filter { $0.kind.id == .financeStatement && $0.period != nil }
        var byLastDay: [CalendarDate: [Document]] = [:]
        for s in statements { byLastDay[s.period!.last, default: []].append(s) }
        for s in statements {
            let period = s.period!
            let candidates = byLastDay[period.first.adding(days: -1)] ?? []
            let previous = candidates.first { $0.period!.granularity == period.granularity } ?? candidates.first
            guard let previous, let closing = previous.data.money("closing_balance"),
                let opening = s.data.money("opening_balance"), opening != closing
            else { continue }
            report(
                s.path, s.data.mark("opening_balance"),
                .r(
                    DiscontinuityMessage(
                        opening: opening, previousClosing: closing, previousFile: previous.path,
                        previousPeriod: previous.period!)))
        }
    }
}

// MARK: - Messages of these rules, in every locale

package struct DiscontinuityMessage: RuleMessage {
    package var opening: Money
    var previousClosing: Money
    var previousFile: String
    package var previousPeriod: Period

    package func text(_ l: Localizer) -> String {
        return l.t(
            "期初余额 {opening} 与上期（{previousPeriod}，{previousFile}）期末余额 {previousClosing} 不一致", opening.formatted,
            previousPeriod.iso, previousFile,
            previousClosing.formatted)
    }
}
