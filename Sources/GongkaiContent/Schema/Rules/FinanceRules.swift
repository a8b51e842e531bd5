import GongkaiCore

/// Rules of the 财务 kinds (spec §5, GK-F…).
package enum FinanceRules {
    package static let all: [any DocumentRule] = [
        StatementBalance(), EntryInPeriod(), VoucherUnique(), ReviewedBeforePublished(), ReviewersAreSupervisors(),
        AssetsTotal(), LeasedAssetsNamed(), ContractDates(), ContractEndingSoon(),
    ]

    static let financeKinds: Set<KindID> = Set(KindRegistry.all.filter(\.isFinance).map(\.id))

    package static let statement = """
        kind: finance.statement
        title: 2026年10月财务收支公开
        published: 2026-11-06
        period: 2026-10
        opening_balance: "152,300.00"
        income:
          - {date: 2026-10-06, voucher: 记-001, item: 厂房租金, amount: "36,000.00"}
        expense:
          - {date: 2026-10-08, voucher: 记-002, item: 道路修补, amount: "8,450.50"}
        closing_balance: "179,849.50"
        reviewed: {date: 2026-11-04, by: [许长林, 赵玉芬]}

        """

    package static let assets = """
        kind: finance.assets
        title: 集体资产公开
        published: 2026-07-08
        as_of: 2026-06-30
        items:
          - {name: 办公楼, category: 非经营性, quantity: 1, unit: 栋, value: "386,000.00", acquired: 2012, status: 自用}
          - {name: 厂房, category: 经营性, quantity: 1200, unit: 平方米, value: "960,000.00", acquired: 2021,
             status: 出租, holder: 顺达纸箱厂, income: "58,000.00"}
        total_value: "1,346,000.00"
        reviewed: {date: 2026-07-06, by: [许长林]}

        """

    package static let resources = """
        kind: finance.resources
        title: 集体资源公开
        published: 2026-04-10
        contracts:
          - {resource: 东洼机动地, type: 耕地, area_mu: 86.5, holder: 惠农合作社, start: 2024-10-01, end: 2029-09-30,
             annual_fee: "64,875.00", method: 公开竞价}
        reviewed: {date: 2026-04-08, by: [许长林, 刘德胜]}

        """
}

/// GK-F101: closing = opening + Σ income − Σ expense; the message shows the whole sum.
package struct StatementBalance: DocumentRule {
    package let code = RuleCode.f101
    package let severity = Severity.error
    package let summary = "finance.statement: closing_balance = opening_balance + Σ income − Σ expense"
    package let kinds: Set<KindID>? = [.financeStatement]
    package let examples: [RuleExample] = [
        .passes(FinanceRules.statement),
        .trips(
            FinanceRules.statement.replacingOccurrences(
                of: "closing_balance: \"179,849.50\"", with: "closing_balance: \"179,894.50\"")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard let opening = d.data.money("opening_balance"), let closing = d.data.money("closing_balance") else {
            return
        }
        guard let income = Record.amounts(d.data.records("income"), "amount")?.sum(),
            let expense = Record.amounts(d.data.records("expense"), "amount")?.sum()
        else { return }
        let computed = opening + income - expense
        if computed != closing {
            report(
                d.data.mark("closing_balance"),
                .r(
                    BalanceMismatchMessage(
                        opening: opening, income: income, expense: expense, computed: computed, stated: closing)))
        }
    }
}

/// GK-F102: every entry is dated inside the statement's period.
package struct EntryInPeriod: DocumentRule {
    package let code = RuleCode.f102
    package let severity = Severity.error
    package let summary = "finance.statement: each entry's date lies inside period"
    package let kinds: Set<KindID>? = [.financeStatement]
    package let examples: [RuleExample] = [
        .passes(FinanceRules.statement),
        .trips(FinanceRules.statement.replacingOccurrences(of: "date: 2026-10-08", with: "date: 2026-11-01")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard let period = d.period else { return }
        for entry in d.data.records("income") + d.data.records("expense") {
            if let date = entry.date("date"), !period.contains(date) {
                report(entry.mark("date"), .r(EntryOutsidePeriodMessage(date: date, period: period)))
            }
        }
    }
}

/// GK-F104: a voucher number is used once in a statement.
package struct VoucherUnique: DocumentRule {
    package let code = RuleCode.f104
    package let severity = Severity.error
    package let summary = "finance.statement: no voucher number is used twice"
    package let kinds: Set<KindID>? = [.financeStatement]
    package let examples: [RuleExample] = [
        .passes(FinanceRules.statement),
        .trips(FinanceRules.statement.replacingOccurrences(of: "voucher: 记-002", with: "voucher: 记-001")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        var seen: [String: Mark] = [:]
        for entry in d.data.records("income") + d.data.records("expense") {
            guard let voucher = entry.string("voucher") else { continue }
            let mark = entry.mark("voucher")
            if let first = seen[voucher] {
                report(mark, .r(DuplicateVoucherMessage(voucher: voucher, firstLine: first.line)))
            } else {
                seen[voucher] = mark
            }
        }
    }
}

/// GK-F105: the supervisory committee reviewed it, before it was published.
package struct ReviewedBeforePublished: DocumentRule {
    package let code = RuleCode.f105
    package let severity = Severity.error
    package let summary =
        "finance.* and the categories review: lists: reviewed is present and reviewed.date ≤ published"
    package let kinds: Set<KindID>? = nil
    package let examples: [RuleExample] = [
        .passes(FinanceRules.statement),
        .trips(
            FinanceRules.statement.replacingOccurrences(of: "reviewed: {date: 2026-11-04, by: [许长林, 赵玉芬]}", with: "")),
        .passes(
            FinanceRules.statement.replacingOccurrences(
                of: "reviewed: {date: 2026-11-04, by: [许长林, 赵玉芬]}", with: "draft: true")),
        .trips(
            FinanceRules.statement.replacingOccurrences(
                of: "reviewed: {date: 2026-11-04", with: "reviewed: {date: 2026-11-07")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard context.config.needsSignOff(d.kind) else { return }
        guard let reviewed = d.data.record("reviewed") else {
            // A draft's sign-off is a step still to come (spec §3.1): the supervisor's 审核通过 fills it.
            if !d.draft { report(d.data.mark, .r(ReviewMissingMessage())) }
            return
        }
        if let date = reviewed.date("date"), date > d.published {
            report(reviewed.mark("date"), .r(ReviewAfterPublishedMessage(reviewed: date, published: d.published)))
        }
    }
}

/// GK-F106: reviewers sit on the village's supervisory committee.
package struct ReviewersAreSupervisors: DocumentRule {
    package let code = RuleCode.f106
    package let severity = Severity.error
    package let summary = "any reviewed notice: every name in reviewed.by is one of the village's supervisors"
    package let kinds: Set<KindID>? = nil
    package let examples: [RuleExample] = [
        .passes(FinanceRules.statement),
        .trips(FinanceRules.statement.replacingOccurrences(of: "by: [许长林, 赵玉芬]", with: "by: [许长林, 许建国]")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard let village = context.village else { return }
        let supervisors = village.supervisors.map(\.name)
        for reviewer in d.data.record("reviewed")?.list("by") ?? [] {
            if let name = reviewer.string, !supervisors.contains(name) {
                report(reviewer.mark, .r(ReviewerNotSupervisorMessage(name: name, supervisors: supervisors)))
            }
        }
    }
}

/// GK-F201: the assets' total value is the sum of their values.
package struct AssetsTotal: DocumentRule {
    package let code = RuleCode.f201
    package let severity = Severity.error
    package let summary = "finance.assets: total_value = Σ value"
    package let kinds: Set<KindID>? = [.financeAssets]
    package let examples: [RuleExample] = [
        .passes(FinanceRules.assets),
        .trips(
            FinanceRules.assets.replacingOccurrences(
                of: "total_value: \"1,346,000.00\"", with: "total_value: \"1,364,000.00\"")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard let total = d.data.money("total_value") else { return }
        guard let sum = Record.amounts(d.data.records("items"), "value")?.sum() else { return }
        if sum != total {
            report(
                d.data.mark("total_value"),
                .r(SumMismatchMessage(label: "资产总值", parts: "Σ 价值", computed: sum, stated: total))
            )
        }
    }
}

/// GK-F202: leased or contracted assets name who holds them and what they bring in.
package struct LeasedAssetsNamed: DocumentRule {
    package let code = RuleCode.f202
    package let severity = Severity.error
    package let summary = "finance.assets: status 出租 or 承包 needs holder and income"
    package let kinds: Set<KindID>? = [.financeAssets]
    package let examples: [RuleExample] = [
        .passes(FinanceRules.assets),
        .trips(FinanceRules.assets.replacingOccurrences(of: ", holder: 顺达纸箱厂", with: "")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        for item in d.data.records("items") {
            guard let status = item.string("status"), status == "出租" || status == "承包" else { continue }
            if item["holder"] == nil || item["income"] == nil {
                report(
                    item.mark("status"),
                    .r(LeaseNeedsHolderAndIncomeMessage(item: item.string("name") ?? "", status: status))
                )
            }
        }
    }
}

/// GK-F301: a contract ends after it starts.
package struct ContractDates: DocumentRule {
    package let code = RuleCode.f301
    package let severity = Severity.error
    package let summary = "finance.resources: end > start"
    package let kinds: Set<KindID>? = [.financeResources]
    package let examples: [RuleExample] = [
        .passes(FinanceRules.resources),
        .trips(FinanceRules.resources.replacingOccurrences(of: "end: 2029-09-30", with: "end: 2024-10-01")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        for c in d.data.records("contracts") {
            if let start = c.date("start"), let end = c.date("end"), end <= start {
                report(
                    c.mark("end"),
                    .r(EndBeforeStartMessage(endLabel: "终止日期", end: end, startLabel: "起始日期", start: start)))
            }
        }
    }
}

/// GK-F302 (warning): a contract ends within [contract_warn_days] days of the build date.
package struct ContractEndingSoon: DocumentRule {
    package let code = RuleCode.f302
    package let severity = Severity.warning
    package let summary = "finance.resources: a contract ends within contract_warn_days (90) of the build date"
    package let kinds: Set<KindID>? = [.financeResources]
    package let examples: [RuleExample] = [
        .passes(FinanceRules.resources),
        .trips(FinanceRules.resources.replacingOccurrences(of: "end: 2029-09-30", with: "end: 2027-01-31")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        for c in d.data.records("contracts") {
            guard let end = c.date("end") else { continue }
            let days = context.buildDate.days(until: end)
            if days >= 0 && days <= context.thresholds.contractWarnDays {
                report(
                    c.mark("end"),
                    .r(ContractEndsSoonMessage(resource: c.string("resource") ?? "", end: end, days: days)))
            }
        }
    }
}

// MARK: - Messages of these rules, in every locale

package struct BalanceMismatchMessage: RuleMessage {
    package var opening: Money
    package var income: Money
    package var expense: Money
    var computed: Money
    var stated: Money

    package func text(_ l: Localizer) -> String {
        return l.t(
            "期末余额不符: 期初 {opening} + 收入 {income} − 支出 {expense} = {computed}, 填写为 {stated}", opening.formatted,
            income.formatted, expense.formatted,
            computed.formatted, stated.formatted)
    }
}

package struct EntryOutsidePeriodMessage: RuleMessage {
    package var date: CalendarDate
    package var period: Period

    package func text(_ l: Localizer) -> String {
        return l.t("日期 {date} 不在所属期间 {period} 内；请核对日期或期间", date.iso, period.iso)
    }
}

package struct DuplicateVoucherMessage: RuleMessage {
    var voucher: String
    package var firstLine: Int

    package func text(_ l: Localizer) -> String {
        return l.t("凭证号 {voucher} 重复使用（第 {firstLine} 行已用过）", voucher, firstLine)
    }
}

package struct ReviewMissingMessage: RuleMessage {
    package func text(_ l: Localizer) -> String {
        return l.t("财务公开须经村务监督委员会审核：请填写 reviewed（审核日期和审核人）")
    }
}

package struct ReviewAfterPublishedMessage: RuleMessage {
    package var reviewed: CalendarDate
    package var published: CalendarDate

    package func text(_ l: Localizer) -> String {
        return l.t("审核日期 {reviewed} 晚于公开日期 {published}；须先审核后公开", reviewed.iso, published.iso)
    }
}

package struct ReviewerNotSupervisorMessage: RuleMessage {
    package var name: String
    package var supervisors: [String]

    package func text(_ l: Localizer) -> String {
        return l.t("审核人 {name} 不是本村村务监督委员会成员（{supervisors}）", name, l.list(supervisors))
    }
}

package struct LeaseNeedsHolderAndIncomeMessage: RuleMessage {
    package var item: String
    package var status: String

    package func text(_ l: Localizer) -> String {
        return l.t("资产“{item}”状态为{status}，须填写承租（包）方 holder 和年收益 income", item, status)
    }
}

package struct ContractEndsSoonMessage: RuleMessage {
    var resource: String
    package var end: CalendarDate
    package var days: Int

    package func text(_ l: Localizer) -> String {
        return l.t("“{resource}”合同将于 {end} 到期（还有 {days} 天）；请及时按程序重新发包", resource, end.iso, days)
    }
}
