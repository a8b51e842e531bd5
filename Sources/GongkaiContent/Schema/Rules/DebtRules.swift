import GongkaiCore

/// Rules of 债权债务公开 (finance.debts): its totals, a debt large enough to need a decision, a
/// cadre who owes the village, and claims left on the books for years.
package enum DebtRules {
    package static let all: [any DocumentRule] = [DebtTotals(), DebtNeedsDecision(), CadreOwes(), LongOutstanding()]
}

/// GK-F401: the totals are the sums of the claims.
package struct DebtTotals: DocumentRule {
    package let code = RuleCode.f401
    package let severity = Severity.error
    package let summary = "finance.debts: total_receivable = Σ receivables.amount; total_payable = Σ payables.amount"
    package let kinds: Set<KindID>? = [.financeDebts]
    package let examples: [RuleExample] = [
        .passes(files: MoneyAndLandSamples.withDecision(MoneyAndLandSamples.debts)),
        .trips(
            files: MoneyAndLandSamples.withDecision(
                MoneyAndLandSamples.debts.replacingOccurrences(
                    of: "total_payable: \"208,600.00\"", with: "total_payable: \"200,000.00\""))),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        for (list, total, label) in [
            ("receivables", "total_receivable", "债权合计"), ("payables", "total_payable", "债务合计"),
        ] {
            guard let stated = d.data.money(total), let sum = Record.amounts(d.data.records(list), "amount")?.sum(),
                sum != stated
            else { continue }
            report(
                d.data.mark(total), .r(SumMismatchMessage(label: label, parts: "Σ 金额", computed: sum, stated: stated)))
        }
    }
}

/// GK-F402: a debt the village took on in the period, of the threshold or more, names the
/// decision by which the villagers agreed to it (举债须经村民代表会议).
package struct DebtNeedsDecision: DocumentRule {
    package let code = RuleCode.f402
    package let severity = Severity.error
    package let summary =
        "finance.debts: a payable arising in the period of [debt_decision_amount] or more names its decision"
    package let kinds: Set<KindID>? = [.financeDebts]
    package let examples: [RuleExample] = [
        .passes(files: MoneyAndLandSamples.withDecision(MoneyAndLandSamples.debts)),
        .trips(
            files: MoneyAndLandSamples.withDecision(
                MoneyAndLandSamples.debts.replacingOccurrences(of: ",\n     decision: decision}", with: "}"))),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard let period = d.period else { return }
        let threshold = context.thresholds.debtDecisionAmount
        for payable in d.data.records("payables") {
            guard let arose = payable.date("arose"), period.contains(arose), let amount = payable.money("amount"),
                amount >= threshold, payable.string("decision") == nil
            else { continue }
            report(
                payable.mark("amount"),
                .r(
                    DebtWithoutDecisionMessage(
                        creditor: payable.string("creditor") ?? "", amount: amount, arose: arose, threshold: threshold))
            )
        }
    }
}

/// GK-F403: a member of the village committee owes the village (干部欠款): shown, not refused.
package struct CadreOwes: DocumentRule {
    package let code = RuleCode.f403
    package let severity = Severity.warning
    package let summary = "finance.debts: a receivable whose debtor sits on the village committee"
    package let kinds: Set<KindID>? = [.financeDebts]
    package let examples: [RuleExample] = [
        .passes(files: MoneyAndLandSamples.withDecision(MoneyAndLandSamples.debts)),
        .trips(
            files: MoneyAndLandSamples.withDecision(
                MoneyAndLandSamples.debts.replacingOccurrences(
                    of: "{debtor: 顺达纸箱厂, type: 单位", with: "{debtor: 许建国, type: 个人"))),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        let committee = context.village?.committee ?? []
        for receivable in d.data.records("receivables") {
            guard let debtor = receivable.string("debtor"), let member = committee.first(where: { $0.name == debtor })
            else { continue }
            report(
                receivable.mark("debtor"),
                .r(CadreOwesMessage(name: debtor, role: member.role, amount: receivable.money("amount") ?? .zero)))
        }
    }
}

/// GK-F404: a claim that arose more than [debt_age_years] years before the period's end (长期挂账).
package struct LongOutstanding: DocumentRule {
    package let code = RuleCode.f404
    package let severity = Severity.warning
    package let summary =
        "finance.debts: a claim that arose more than [debt_age_years] years before the end of the period"
    package let kinds: Set<KindID>? = [.financeDebts]
    package let examples: [RuleExample] = [
        .passes(files: MoneyAndLandSamples.withDecision(MoneyAndLandSamples.debts)),
        .trips(
            files: MoneyAndLandSamples.withDecision(
                MoneyAndLandSamples.debts.replacingOccurrences(of: "arose: 2025-11-20", with: "arose: 2021-11-20"))),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard let end = d.period?.last else { return }
        let years = context.thresholds.debtAgeYears
        let limit = end.adding(years: -years)
        for (list, party) in [("receivables", "debtor"), ("payables", "creditor")] {
            for claim in d.data.records(list) {
                guard let arose = claim.date("arose"), arose < limit else { continue }
                report(
                    claim.mark("arose"),
                    .r(LongOutstandingMessage(party: claim.string(party) ?? "", arose: arose, years: years, end: end)))
            }
        }
    }
}

// MARK: - Messages of these rules, in every locale

package struct DebtWithoutDecisionMessage: RuleMessage {
    var creditor: String
    package var amount: Money
    package var arose: CalendarDate
    package var threshold: Money

    package func text(_ l: Localizer) -> String {
        l.t(
            "向{creditor}的债务 {amount} 元（{arose} 发生）达到 {threshold} 元，举债须经村民代表会议决议：请在 decision 中写明该决议（四议两公开）的文件名",
            creditor, amount.formatted,
            arose.iso, threshold.formatted)
    }
}

package struct CadreOwesMessage: RuleMessage {
    package var name: String
    package var role: String
    package var amount: Money

    package func text(_ l: Localizer) -> String {
        l.t("债务人{name}是村“两委”成员（{role}），欠村集体 {amount} 元：请监委督促清收", name, role, amount.formatted)
    }
}

package struct LongOutstandingMessage: RuleMessage {
    var party: String
    package var arose: CalendarDate
    package var years: Int
    package var end: CalendarDate

    package func text(_ l: Localizer) -> String {
        l.t("与{party}的往来款 {arose} 发生，到 {end} 已挂账 {years} 年以上：请清理或说明原因", party, arose.iso, end.iso, years)
    }
}
