import GongkaiCore

/// Rules of 收益分配公开 (finance.distribution): the path of the money from the year's income to
/// what each member receives, every step adding up, and nothing shared out of a loss.
package enum DistributionRules {
    package static let all: [any DocumentRule] = [
        NetIncome(), Distributable(), DistributionSplit(), PerUnit(), NoDistributionWithoutIncome(),
    ]

    static func sample(_ change: (String) -> String = { $0 }) -> [String: String] {
        MoneyAndLandSamples.withDecision(change(MoneyAndLandSamples.distribution))
    }
}

/// GK-F501: net_income = Σ income − Σ expense.
package struct NetIncome: DocumentRule {
    package let code = RuleCode.f501
    package let severity = Severity.error
    package let summary = "finance.distribution: net_income = Σ income − Σ expense"
    package let kinds: Set<KindID>? = [.financeDistribution]
    package let examples: [RuleExample] = [
        .passes(files: DistributionRules.sample()),
        .trips(files: DistributionRules.sample { $0.replacingOccurrences(of: "\"18,000.00\"", with: "\"8,000.00\"") }),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard let stated = d.data.money("net_income"),
            let income = Record.amounts(d.data.records("income"), "amount")?.sum(),
            let expense = Record.amounts(d.data.records("expense"), "amount")?.sum(), income - expense != stated
        else { return }
        report(
            d.data.mark("net_income"),
            .r(
                SumMismatchMessage(
                    label: "本年收益", parts: "收入 \(income.formatted) − 支出 \(expense.formatted)",
                    computed: income - expense, stated: stated)))
    }
}

/// GK-F502: distributable = net_income + brought_forward.
package struct Distributable: DocumentRule {
    package let code = RuleCode.f502
    package let severity = Severity.error
    package let summary = "finance.distribution: distributable = net_income + brought_forward"
    package let kinds: Set<KindID>? = [.financeDistribution]
    package let examples: [RuleExample] = [
        .passes(files: DistributionRules.sample()),
        .trips(
            files: DistributionRules.sample {
                $0.replacingOccurrences(of: "brought_forward: \"10,000.00\"", with: "brought_forward: \"12,000.00\"")
            }),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard let net = d.data.money("net_income"), let forward = d.data.money("brought_forward"),
            let stated = d.data.money("distributable"), net + forward != stated
        else { return }
        report(
            d.data.mark("distributable"),
            .r(
                SumMismatchMessage(
                    label: "可分配收益", parts: "本年收益 \(net.formatted) + 年初未分配 \(forward.formatted)",
                    computed: net + forward, stated: stated)))
    }
}

/// GK-F503: what is set aside, paid out and carried forward is all that was distributable.
package struct DistributionSplit: DocumentRule {
    package let code = RuleCode.f503
    package let severity = Severity.error
    package let summary = "finance.distribution: reserve + welfare + to_members + carried_forward = distributable"
    package let kinds: Set<KindID>? = [.financeDistribution]
    package let examples: [RuleExample] = [
        .passes(files: DistributionRules.sample()),
        .trips(
            files: DistributionRules.sample {
                $0.replacingOccurrences(of: "welfare: \"8,000.00\"", with: "welfare: \"9,000.00\"")
            }),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard let reserve = d.data.money("reserve"), let welfare = d.data.money("welfare"),
            let members = d.data.money("to_members"), let carried = d.data.money("carried_forward"),
            let distributable = d.data.money("distributable")
        else { return }
        let sum = reserve + welfare + members + carried
        guard sum != distributable else { return }
        report(
            d.data.mark("distributable"),
            .r(
                DistributionSplitMessage(
                    reserve: reserve, welfare: welfare, members: members, carried: carried, sum: sum,
                    distributable: distributable)))
    }
}

/// GK-F504: per share (or per person) times the units is what the members get, each unit
/// rounding by less than one 分.
package struct PerUnit: DocumentRule {
    package let code = RuleCode.f504
    package let severity = Severity.error
    package let summary = "finance.distribution: per_unit × units is within units 分 of to_members"
    package let kinds: Set<KindID>? = [.financeDistribution]
    package let examples: [RuleExample] = [
        .passes(files: DistributionRules.sample()),
        .trips(files: DistributionRules.sample { $0.replacingOccurrences(of: "units: 1260", with: "units: 1280") }),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard let per = d.data.money("per_unit"), let units = d.data.int("units"), units > 0,
            let members = d.data.money("to_members")
        else { return }
        let product = per.times(units)
        guard abs(product.fen - members.fen) >= Int64(units) else { return }
        report(
            d.data.mark("per_unit"),
            .r(
                PerUnitMessage(
                    per: per, units: units, product: product, members: members,
                    unit: d.data.string("basis") == "按股" ? "股" : "人")))
    }
}

/// GK-F505: nothing is shared out when there is nothing to share (无收益不得分配).
package struct NoDistributionWithoutIncome: DocumentRule {
    package let code = RuleCode.f505
    package let severity = Severity.error
    package let summary = "finance.distribution: to_members > 0 while distributable ≤ 0"
    package let kinds: Set<KindID>? = [.financeDistribution]
    package let examples: [RuleExample] = [
        .passes(files: DistributionRules.sample()),
        .trips(
            files: DistributionRules.sample {
                $0.replacingOccurrences(
                    of: "- {item: 管理费用, amount: \"18,000.00\"}", with: "- {item: 管理费用, amount: \"178,000.00\"}"
                )
                .replacingOccurrences(of: "net_income: \"150,000.00\"", with: "net_income: \"-10,000.00\"")
                .replacingOccurrences(of: "distributable: \"160,000.00\"", with: "distributable: \"0.00\"")
                .replacingOccurrences(of: "reserve: \"16,000.00\"", with: "reserve: \"0.00\"")
                .replacingOccurrences(of: "welfare: \"8,000.00\"", with: "welfare: \"0.00\"")
                .replacingOccurrences(of: "carried_forward: \"10,000.00\"", with: "carried_forward: \"-126,000.00\"")
            }),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard let members = d.data.money("to_members"), members > .zero,
            let distributable = d.data.money("distributable"), distributable <= .zero
        else { return }
        report(
            d.data.mark("to_members"), .r(NothingToShareMessage(members: members, distributable: distributable)))
    }
}

// MARK: - Messages of these rules, in every locale

package struct DistributionSplitMessage: RuleMessage {
    package var reserve: Money
    package var welfare: Money
    package var members: Money
    package var carried: Money
    package var sum: Money
    package var distributable: Money

    package func text(_ l: Localizer) -> String {
        let parts =
            "\(reserve.formatted) + \(welfare.formatted) + \(members.formatted) + \(carried.formatted) "
            + "= \(sum.formatted)"
        return l.t("分配不平：公积公益金 + 福利费 + 成员分配 + 年末未分配 = {parts}，可分配收益填写为 {distributable}", parts, distributable.formatted)
    }
}

package struct PerUnitMessage: RuleMessage {
    package var per: Money
    package var units: Int
    var product: Money
    package var members: Money
    package var unit: String

    package func text(_ l: Localizer) -> String {
        l.t(
            "每{unit} {per} × {units} {unit} = {product}，与成员分配 {members} 不符", unit, per.formatted, units,
            product.formatted, members.formatted)
    }
}

package struct NothingToShareMessage: RuleMessage {
    package var members: Money
    package var distributable: Money

    package func text(_ l: Localizer) -> String {
        l.t("可分配收益为 {distributable}，没有收益不得向成员分配（填写了 {members}）", distributable.formatted, members.formatted)
    }
}
