import GongkaiCore

/// Rules of 一事一议筹资筹劳 (affairs.levy): within the province's caps, the sum raised is what
/// each beneficiary pays less the exempted, and a settlement accounts for every 元.
package enum LevyRules {
    package static let all: [any DocumentRule] = [LevyCaps(), LevyRaised(), LevyBalance()]
}

/// GK-A501: per_person ≤ [levy_cash_cap] 元; days_per_laborer ≤ [levy_days_cap].
package struct LevyCaps: DocumentRule {
    package let code = RuleCode.a501
    package let severity = Severity.error
    package let summary = "affairs.levy: per_person ≤ [levy_cash_cap]; days_per_laborer ≤ [levy_days_cap]"
    package let kinds: Set<KindID>? = [.affairsLevy]
    package let examples: [RuleExample] = [
        .passes(files: MoneyAndLandSamples.withDecision(MoneyAndLandSamples.levyPlan)),
        .trips(
            files: MoneyAndLandSamples.withDecision(
                MoneyAndLandSamples.levyPlan.replacingOccurrences(
                    of: "per_person: \"15.00\"", with: "per_person: \"20.00\""
                )
                .replacingOccurrences(of: "raised: \"12,870.00\"", with: "raised: \"17,160.00\""))),
        .trips(
            files: MoneyAndLandSamples.withDecision(
                MoneyAndLandSamples.levyPlan.replacingOccurrences(
                    of: "days_per_laborer: 2", with: "days_per_laborer: 12"))),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        let cap = context.thresholds.levyCashCap
        if let per = d.data.money("per_person"), per > cap {
            report(d.data.mark("per_person"), .r(LevyCapMessage(value: per.formatted, cap: cap.formatted, unit: "元")))
        }
        let days = context.thresholds.levyDaysCap
        if let perLaborer = d.data.number("days_per_laborer"), perLaborer > DecimalNumber(units: Int64(days) * 10_000) {
            report(
                d.data.mark("days_per_laborer"),
                .r(LevyCapMessage(value: perLaborer.description, cap: "\(days)", unit: "天")))
        }
    }
}

/// GK-A502: raised = per_person × (beneficiaries − Σ exemptions.persons).
package struct LevyRaised: DocumentRule {
    package let code = RuleCode.a502
    package let severity = Severity.error
    package let summary = "affairs.levy: raised = per_person × (beneficiaries − Σ exemptions.persons)"
    package let kinds: Set<KindID>? = [.affairsLevy]
    package let examples: [RuleExample] = [
        .passes(files: MoneyAndLandSamples.withDecision(MoneyAndLandSamples.levyPlan)),
        .trips(
            files: MoneyAndLandSamples.withDecision(
                MoneyAndLandSamples.levyPlan.replacingOccurrences(
                    of: "raised: \"12,870.00\"", with: "raised: \"12,900.00\""))),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard let figures = LevyFigures(d), figures.expectedRaised != figures.raised else { return }
        report(
            d.data.mark("raised"),
            .r(
                SumMismatchMessage(
                    label: "筹资总额",
                    parts:
                        "每人 \(figures.perPerson.formatted) × (受益 \(figures.beneficiaries) − 减免 \(figures.exempted)) 人",
                    computed: figures.expectedRaised, stated: figures.raised)))
    }
}

/// GK-A503: a settlement's balance is what was raised and granted less what was spent.
package struct LevyBalance: DocumentRule {
    package let code = RuleCode.a503
    package let severity = Severity.error
    package let summary = "affairs.levy: stage 结算 has spending and balance, and balance = raised + subsidy − Σ spending"
    package let kinds: Set<KindID>? = [.affairsLevy]
    package let examples: [RuleExample] = [
        .passes(files: MoneyAndLandSamples.withDecision(MoneyAndLandSamples.levySettlement)),
        .trips(
            files: MoneyAndLandSamples.withDecision(
                MoneyAndLandSamples.levySettlement.replacingOccurrences(
                    of: "balance: \"2,870.00\"", with: "balance: \"3,870.00\""))),
        .trips(
            files: MoneyAndLandSamples.withDecision(
                MoneyAndLandSamples.levySettlement.replacingOccurrences(of: "balance: \"2,870.00\"\n", with: ""))),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard d.data.string("stage") == "结算" else { return }
        guard let balance = d.data.money("balance"), d.data["spending"] != nil else {
            report(d.data.mark("stage"), .r(SettlementIncompleteMessage()))
            return
        }
        guard let figures = LevyFigures(d), let spent = figures.spent else { return }
        let expected = figures.expectedBalance(spent: spent)
        guard expected != balance else { return }
        report(
            d.data.mark("balance"),
            .r(
                SumMismatchMessage(
                    label: "结余",
                    parts:
                        "筹资 \(figures.raised.formatted) + 奖补 \(figures.subsidy.formatted) − 支出 \(spent.formatted)",
                    computed: expected, stated: balance)))
    }
}

// MARK: - Messages of these rules, in every locale

package struct LevyCapMessage: RuleMessage {
    package var value: String
    var cap: String
    package var unit: String

    package func text(_ l: Localizer) -> String {
        l.t("一事一议每人筹资（筹劳）{amount} {unit}，超过上限 {cap} {unit}", value, l.t(unit), cap)
    }
}

package struct SettlementIncompleteMessage: RuleMessage {
    package func text(_ l: Localizer) -> String {
        l.t("结算公示须有支出明细（spending）和结余（balance）")
    }
}
