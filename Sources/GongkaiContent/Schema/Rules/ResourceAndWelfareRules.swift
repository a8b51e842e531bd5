import GongkaiCore

/// The rules the resources and welfare extensions brought (spec §4): a contract with an outside
/// holder needs two thirds of the members' agreement, fees in arrears are flagged, and a
/// subsidy paid by quantity is quantity × rate.
package enum ResourceAndWelfareRules {
    package static let all: [any DocumentRule] = [OutsideHolderApproved(), FeeInArrears(), SubsidyByRate()]

    static let outsideContract = FinanceRules.resources.replacingOccurrences(
        of: "annual_fee: \"64,875.00\", method: 公开竞价}",
        with: """
            annual_fee: "64,875.00", method: 公开竞价,
                 member: false, approval: {date: 2024-09-12, expected: 41, present: 36, for: 30},
                 fee_due: "64,875.00", fee_received: "64,875.00"}
            """)

    package static let subsidy = """
        kind: affairs.welfare
        title: 耕地地力保护补贴公示
        published: 2026-04-16
        notice_until: 2026-04-23
        program: 耕地地力保护补贴
        basis: 承包耕地面积（亩）
        recipients:
          - {name: 侯长海, household_size: 4, quantity: 6.5, rate: "85.30", amount: "554.45"}
          - {name: 马秀云, household_size: 1, quantity: 2.35, rate: "85.30", amount: "200.46"}
        total: "754.91"

        """
}

/// GK-F303: a contract with a holder from outside the collective has its members' two-thirds
/// agreement (农村土地承包法 Art. 52).
package struct OutsideHolderApproved: DocumentRule {
    package let code = RuleCode.f303
    package let severity = Severity.error
    package let summary = "finance.resources: member: false needs approval with for × 3 ≥ expected × 2"
    package let kinds: Set<KindID>? = [.financeResources]
    package let examples: [RuleExample] = [
        .passes(ResourceAndWelfareRules.outsideContract),
        .trips(
            ResourceAndWelfareRules.outsideContract.replacingOccurrences(
                of: "present: 36, for: 30", with: "present: 36, for: 25")),
        .trips(
            ResourceAndWelfareRules.outsideContract.replacingOccurrences(
                of: "approval: {date: 2024-09-12, expected: 41, present: 36, for: 30},\n     ", with: "")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        for contract in d.data.records("contracts") where contract["member"]?.bool == false {
            let holder = contract.string("holder") ?? ""
            guard let approval = contract.record("approval") else {
                report(contract.mark("member"), .r(OutsideHolderMessage(holder: holder, votes: nil, expected: nil)))
                continue
            }
            guard let expected = approval.int("expected"), let votes = approval.int("for"), votes * 3 < expected * 2
            else { continue }
            report(approval.mark("for"), .r(OutsideHolderMessage(holder: holder, votes: votes, expected: expected)))
        }
    }
}

/// GK-F304: a holder paid less than this year's fee (欠缴承包费): flagged, not refused.
package struct FeeInArrears: DocumentRule {
    package let code = RuleCode.f304
    package let severity = Severity.warning
    package let summary = "finance.resources: fee_received < fee_due, per contract"
    package let kinds: Set<KindID>? = [.financeResources]
    package let examples: [RuleExample] = [
        .passes(ResourceAndWelfareRules.outsideContract),
        .trips(
            ResourceAndWelfareRules.outsideContract.replacingOccurrences(
                of: "fee_received: \"64,875.00\"", with: "fee_received: \"30,000.00\"")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        for contract in d.data.records("contracts") {
            guard let due = contract.money("fee_due"), let received = contract.money("fee_received"), received < due
            else { continue }
            report(
                contract.mark("fee_received"),
                .r(FeeInArrearsMessage(holder: contract.string("holder") ?? "", due: due, received: received)))
        }
    }
}

/// GK-A203: a recipient paid by quantity and rate gets quantity × rate, rounded to the 分.
package struct SubsidyByRate: DocumentRule {
    package let code = RuleCode.a203
    package let severity = Severity.error
    package let summary = "affairs.welfare: with quantity and rate, amount = quantity × rate rounded to the 分"
    package let kinds: Set<KindID>? = [.affairsWelfare]
    package let examples: [RuleExample] = [
        .passes(ResourceAndWelfareRules.subsidy),
        .trips(
            ResourceAndWelfareRules.subsidy.replacingOccurrences(of: "amount: \"200.46\"", with: "amount: \"200.45\"")
                .replacingOccurrences(of: "total: \"754.91\"", with: "total: \"754.90\"")),
    ]

    /// quantity × rate in 分, half up (the quantity has four decimals at most).
    static func product(_ quantity: DecimalNumber, _ rate: Money) -> Money {
        let exact = quantity.units * rate.fen
        return Money(fen: (exact + DecimalNumber.scale / 2) / DecimalNumber.scale)
    }

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        for recipient in d.data.records("recipients") {
            guard let quantity = recipient.number("quantity"), let rate = recipient.money("rate"),
                let amount = recipient.money("amount")
            else { continue }
            let expected = Self.product(quantity, rate)
            guard expected != amount else { continue }
            report(
                recipient.mark("amount"),
                .r(
                    SumMismatchMessage(
                        label: "\(recipient.string("name") ?? "")的金额", parts: "\(quantity) × \(rate.formatted)",
                        computed: expected, stated: amount)))
        }
    }
}

// MARK: - Messages of these rules, in every locale

package struct OutsideHolderMessage: RuleMessage {
    var holder: String
    package var votes: Int?
    package var expected: Int?

    package func text(_ l: Localizer) -> String {
        guard let votes, let expected else {
            return l.t("{holder}不是本集体成员：发包给外来者须经村民会议三分之二以上成员或代表同意，请填写 approval", holder)
        }
        return l.t("发包给外来者{holder}：同意 {votes} 人，不足应到 {expected} 人的三分之二", holder, votes, expected)
    }
}

package struct FeeInArrearsMessage: RuleMessage {
    var holder: String
    package var due: Money
    package var received: Money

    package func text(_ l: Localizer) -> String {
        l.t(
            "{holder}欠缴承包费：本年应收 {due}，实收 {received}，欠 {owed}", holder, due.formatted, received.formatted,
            (due - received).formatted)
    }
}
