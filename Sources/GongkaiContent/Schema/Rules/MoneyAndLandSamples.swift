import GongkaiCore

/// Sample documents of the kinds where villagers' money and land change hands, each valid and
/// citing the decision `decision` (a file `decision.yaml` beside it): the rules' examples start
/// from these and change one value.
package enum MoneyAndLandSamples {
    /// The 四议两公开 record the samples cite: resolved on 2026-01-10.
    package static let decision = """
        kind: affairs.decision
        title: 关于集体经济重大事项的决议公开
        published: 2026-01-12
        notice_until: 2026-01-19
        subject: 借款修路、收益分配、征地补偿分配和一事一议筹资
        proposal: {date: 2025-12-20, by: 村党支部}
        consultation: {date: 2025-12-24}
        review: {date: 2025-12-28, expected: 56, present: 49, for: 47, against: 0, abstain: 2}
        resolution: {date: 2026-01-10, body: 村民代表会议, expected: 41, present: 36, for: 34, against: 1, abstain: 1}

        """

    package static let debts = """
        kind: finance.debts
        title: 2026年第一季度债权债务公开
        published: 2026-04-10
        period: 2026-Q1
        receivables:
          - {debtor: 顺达纸箱厂, type: 单位, arose: 2025-12-31, reason: 厂房租金欠款, amount: "12,000.00", due: 2026-06-30}
        payables:
          - {creditor: 县农商银行, type: 单位, arose: 2026-02-15, reason: 修路借款, amount: "200,000.00", due: 2028-02-15,
             decision: decision}
          - {creditor: 豫东路桥, type: 单位, arose: 2025-11-20, reason: 工程尾款, amount: "8,600.00"}
        total_receivable: "12,000.00"
        total_payable: "208,600.00"
        reviewed: {date: 2026-04-08, by: [许长林]}

        """

    package static let distribution = """
        kind: finance.distribution
        title: 2025年度收益分配公开
        published: 2026-01-20
        period: 2025
        notice_until: 2026-01-27
        income:
          - {item: 厂房租金, amount: "120,000.00"}
          - {item: 光伏收益, amount: "48,000.00"}
        expense:
          - {item: 管理费用, amount: "18,000.00"}
        net_income: "150,000.00"
        brought_forward: "10,000.00"
        distributable: "160,000.00"
        reserve: "16,000.00"
        welfare: "8,000.00"
        to_members: "126,000.00"
        carried_forward: "10,000.00"
        basis: 按人
        units: 1260
        per_unit: "100.00"
        decision: decision
        reviewed: {date: 2026-01-18, by: [许长林, 赵玉芬]}

        """

    package static let compensation = """
        kind: finance.compensation
        title: G342改线工程征地补偿费分配公示
        published: 2026-03-02
        notice_until: 2026-03-12
        approval: 豫政土〔2025〕318号
        parcels:
          - {location: 村南大田, area_mu: 36.5, type: 耕地}
        land_fee: "1,200,000.00"
        resettlement_fee: "600,000.00"
        crops_fee: "73,000.00"
        retained: "360,000.00"
        cutoff: 2026-01-05
        persons: 1200
        per_person: "1,200.00"
        crops:
          - {name: 侯长海, amount: "41,000.00"}
          - {name: 马秀云, amount: "32,000.00"}
        decision: decision
        reviewed: {date: 2026-02-28, by: [许长林, 赵玉芬]}

        """

    static let levyPlan = """
        kind: affairs.levy
        title: 东西大街硬化一事一议筹资方案公示
        published: 2026-03-01
        notice_until: 2026-03-08
        project: 东西大街硬化
        stage: 方案
        beneficiaries: 860
        per_person: "15.00"
        laborers: 420
        days_per_laborer: 2
        exemptions:
          - {name: 王老五, persons: 2, reason: 五保户}
        raised: "12,870.00"
        subsidy: "100,000.00"
        decision: decision

        """

    static let levySettlement =
        levyPlan
        .replacingOccurrences(of: "stage: 方案", with: "stage: 结算")
        .replacingOccurrences(of: "筹资方案公示", with: "筹资结算公示")
        .replacingOccurrences(
            of: "decision: decision\n",
            with: """
                spending:
                  - {item: 水泥和砂石, amount: "86,000.00"}
                  - {item: 机械和人工, amount: "24,000.00"}
                balance: "2,870.00"
                decision: decision

                """)

    package static let homestead = """
        kind: affairs.homestead
        title: 宅基地申请公示（王建军）
        published: 2026-05-06
        notice_until: 2026-05-16
        applicant: 王建军
        household_size: 4
        reason: 分户
        location: 村西二组
        area_m2: 167
        floors: 2
        floor_area_m2: 240
        group_meeting: {date: 2026-04-28, expected: 48, present: 40, for: 37}
        approval: {date: 2026-05-25, number: 侯镇宅批〔2026〕12号, area_m2: 160}

        """

    /// A document and the decision it cites, as an example's files.
    static func withDecision(_ yaml: String, decision: String = MoneyAndLandSamples.decision) -> [String:
        String]
    {
        ["example.yaml": yaml, "decision.yaml": decision]
    }
}
