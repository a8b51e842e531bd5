import GongkaiCore

/// Rules of 征地补偿费收支与分配公示 (finance.compensation): the compensation split adds up, the
/// crops money reaches the households it names, the 公示 is long enough, and who counts as a
/// member for the split was fixed before the vote (土地管理法 Art. 49).
package enum CompensationRules {
    package static let all: [any DocumentRule] = [CompensationSplit(), CropsPaid(), CompensationNoticePeriod()]

    static func sample(_ change: (String) -> String = { $0 }) -> [String: String] {
        MoneyAndLandSamples.withDecision(change(MoneyAndLandSamples.compensation))
    }
}

/// GK-F601: what the collective keeps and what each person gets is the land and resettlement money.
package struct CompensationSplit: DocumentRule {
    package let code = RuleCode.f601
    package let severity = Severity.error
    package let summary =
        "finance.compensation: retained + per_person × persons = land_fee + resettlement_fee, within persons 分"
    package let kinds: Set<KindID>? = [.financeCompensation]
    package let examples: [RuleExample] = [
        .passes(files: CompensationRules.sample()),
        .trips(
            files: CompensationRules.sample {
                $0.replacingOccurrences(of: "retained: \"360,000.00\"", with: "retained: \"380,000.00\"")
            }),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard let f = CompensationFigures(d), !f.addsUp else { return }
        report(
            d.data.mark("retained"),
            .r(
                CompensationSplitMessage(
                    retained: f.retained, per: f.perPerson, persons: f.persons, split: f.split, land: f.land,
                    resettlement: f.resettlement)))
    }
}

/// GK-F602: the crops and fixtures money is paid to the households listed, all of it.
package struct CropsPaid: DocumentRule {
    package let code = RuleCode.f602
    package let severity = Severity.error
    package let summary = "finance.compensation: Σ crops.amount = crops_fee"
    package let kinds: Set<KindID>? = [.financeCompensation]
    package let examples: [RuleExample] = [
        .passes(files: CompensationRules.sample()),
        .trips(
            files: CompensationRules.sample {
                $0.replacingOccurrences(
                    of: "{name: 马秀云, amount: \"32,000.00\"}", with: "{name: 马秀云, amount: \"30,000.00\"}")
            }),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard let stated = d.data.money("crops_fee"),
            let sum = Record.amounts(d.data.records("crops"), "amount")?.sum(),
            sum != stated
        else { return }
        report(
            d.data.mark("crops_fee"),
            .r(SumMismatchMessage(label: "地上附着物和青苗补偿费", parts: "Σ 到户金额", computed: sum, stated: stated)))
    }
}

/// GK-F603: the compensation plan is posted for at least [compensation_notice_days] days.
package struct CompensationNoticePeriod: DocumentRule {
    package let code = RuleCode.f603
    package let severity = Severity.error
    package let summary = "finance.compensation: notice_until − published ≥ [compensation_notice_days] days"
    package let kinds: Set<KindID>? = [.financeCompensation]
    package let examples: [RuleExample] = [
        .passes(files: CompensationRules.sample()),
        .trips(
            files: CompensationRules.sample {
                $0.replacingOccurrences(of: "notice_until: 2026-03-12", with: "notice_until: 2026-03-05")
            }),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        NoticePeriod.check(d, minimum: context.thresholds.compensationNoticeDays, report: report)
    }
}

// MARK: - Messages of these rules, in every locale

package struct CompensationSplitMessage: RuleMessage {
    package var retained: Money
    package var per: Money
    package var persons: Int
    package var split: Money
    var land: Money
    var resettlement: Money

    package func text(_ l: Localizer) -> String {
        let sum = "\(retained.formatted) + \(per.formatted) × \(persons) = \(split.formatted)"
        let received = "\(land.formatted) + \(resettlement.formatted) = \((land + resettlement).formatted)"
        return l.t("补偿分配不平：集体留存 + 每人 × 人数 = {sum}，应等于土地补偿费 + 安置补助费 = {received}", sum, received)
    }
}
