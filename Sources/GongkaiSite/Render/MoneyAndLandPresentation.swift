import GongkaiContent
import GongkaiCore

/// How the kinds where villagers' money and land change hands read on a page and a sheet: the
/// path of the money, every sum with its check (✓ as the statement's 核对 line), claims with
/// their age, the levy plan beside its settlement, the homestead's dates and vote.
extension KindPresentation {
    package func check(_ label: String, _ sum: String, _ matches: Bool) -> Highlight {
        line(label, sum + (matches ? words.t("，相符") : words.t("，不相符")), good: matches, bad: !matches)
    }

    package func distribution(_ c: inout NoticeContent, _ d: Document) {
        guard let net = d.data.money("net_income"), let forward = d.data.money("brought_forward"),
            let distributable = d.data.money("distributable"), let reserve = d.data.money("reserve"),
            let welfare = d.data.money("welfare"), let members = d.data.money("to_members"),
            let carried = d.data.money("carried_forward")
        else { return }
        let income = Record.amounts(d.data.records("income"), "amount")?.sum() ?? .zero
        let expense = Record.amounts(d.data.records("expense"), "amount")?.sum() ?? .zero
        let split = reserve + welfare + members + carried
        let units = d.data.int("units") ?? 0
        let per = d.data.money("per_unit") ?? .zero
        let unit = d.data.string("basis") == "按股" ? words.t("股") : words.t("人")
        c.highlights = [
            money(words.t("本年收益"), net, good: income - expense == net, bad: income - expense != net),
            money(words.t("年初未分配"), forward),
            money(
                words.t("可分配收益"), distributable, good: net + forward == distributable,
                bad: net + forward != distributable),
            money(words.t("公积公益金"), reserve),
            money(words.t("福利费"), welfare),
            money(words.t("成员分配"), members),
            line(words.t("每{unit}", unit), words.t("{per} × {units} {unit}", words.money(per), units, unit)),
            money(words.t("年末未分配"), carried),
            check(
                words.t("核对"),
                "\(reserve.formatted) + \(welfare.formatted) + \(members.formatted) + \(carried.formatted) = "
                    + "\(split.formatted)", split == distributable),
        ]
        let shown: Set<String> = [
            "net_income", "brought_forward", "distributable", "reserve", "welfare", "to_members", "carried_forward",
            "per_unit", "units", "basis",
        ]
        c.facts.removeAll { shown.contains($0.key) }
    }

    package func compensation(_ c: inout NoticeContent, _ d: Document) {
        guard let f = CompensationFigures(d) else { return }
        let crops = d.data.money("crops_fee") ?? .zero
        let cropsPaid = Record.amounts(d.data.records("crops"), "amount")?.sum() ?? .zero
        c.highlights = [
            money(words.t("征地补偿收入"), f.received),
            money(words.t("集体留存"), f.retained),
            line(
                words.t("分配到人"),
                words.t(
                    "每人 {perPerson} × {persons} 人 = {paid}", words.money(f.perPerson), f.persons, words.money(f.paid))),
            check(
                words.t("核对"), "\(f.retained.formatted) + \(f.paid.formatted) = \(f.split.formatted)", f.addsUp),
            money(words.t("青苗附着物补偿"), crops, good: cropsPaid == crops, bad: cropsPaid != crops),
        ]
        c.facts.removeAll {
            ["land_fee", "resettlement_fee", "crops_fee", "retained", "per_person", "persons"].contains($0.key)
        }
    }

    package func debts(_ c: inout NoticeContent, _ d: Document, _ context: PresentationContext) {
        let receivable = d.data.money("total_receivable") ?? .zero
        let payable = d.data.money("total_payable") ?? .zero
        let receivables = Record.amounts(d.data.records("receivables"), "amount")?.sum() ?? .zero
        let payables = Record.amounts(d.data.records("payables"), "amount")?.sum() ?? .zero
        c.highlights = [
            money(words.t("债权合计"), receivable, good: receivables == receivable, bad: receivables != receivable),
            money(words.t("债务合计"), payable, good: payables == payable, bad: payables != payable),
        ]
        c.facts.removeAll { ["total_receivable", "total_payable"].contains($0.key) }
        // A payable's decision is linked by its title above the tables and marked on its row.
        if let index = c.tables.firstIndex(where: { $0.key == "payables" }) {
            c.tables[index].drop(labels: [words.t("举债决议")], totals: [])
        }
        guard let end = d.period?.last else { return }
        for (key, records) in [
            ("receivables", d.data.records("receivables")), ("payables", d.data.records("payables")),
        ] {
            guard let index = c.tables.firstIndex(where: { $0.key == key }) else { continue }
            for (i, claim) in records.enumerated() where i < c.tables[index].rows.count {
                var flags: [String] = []
                if let arose = claim.date("arose") {
                    if d.period?.contains(arose) == true {
                        flags.append(claim.string("decision") == nil ? words.t("本期新增") : words.t("本期新增，经决议"))
                    } else if arose < end.adding(years: -context.thresholds.debtAgeYears) {
                        flags.append(words.t("挂账 {debtAgeYears} 年以上", context.thresholds.debtAgeYears))
                    }
                }
                if let due = claim.date("due"), due < context.buildDate { flags.append(words.t("已逾期")) }
                if !flags.isEmpty { c.tables[index].rows[i].flag = flags.joined(separator: words.t("；")) }
            }
        }
    }

    package func levy(_ c: inout NoticeContent, _ d: Document) {
        guard let f = LevyFigures(d) else { return }
        c.highlights = [
            check(
                words.t("筹资总额"),
                words.t(
                    "每人 {perPerson} × ({beneficiaries} − 减免 {exempted}) 人 = {raised}", words.money(f.perPerson),
                    f.beneficiaries, f.exempted,
                    words.money(f.raised)),
                f.expectedRaised == f.raised)
        ]
        if let subsidy = d.data.money("subsidy") { c.highlights.append(money(words.t("财政奖补"), subsidy)) }
        if d.data.string("stage") == "结算", let balance = d.data.money("balance") {
            let spent = f.spent ?? .zero
            c.highlights.append(money(words.t("支出合计"), spent))
            c.highlights.append(
                check(
                    words.t("结余"),
                    "\(f.raised.formatted) + \(f.subsidy.formatted) − \(spent.formatted) = \(balance.formatted)",
                    f.expectedBalance(spent: spent) == balance))
        }
    }

    package func homestead(_ c: inout NoticeContent, _ d: Document, _ context: PresentationContext) {
        guard let area = d.data.number("area_m2") else { return }
        c.highlights = [line(words.t("申请面积"), words.t("{area} 平方米", area))]
        // The box says the area, the vote and the approval whole; the fields below do not repeat them.
        var shown: Set<String> = ["area_m2"]
        if let meeting = d.data.record("group_meeting"), let expected = meeting.int("expected"),
            let present = meeting.int("present"), let votes = meeting.int("for")
        {
            let passed = present * 2 > expected && votes * 2 > present
            let held = meeting.date("date").map { words.date($0) + words.t("，") } ?? ""
            c.highlights.append(
                line(
                    words.t("村民小组会议"),
                    held + words.t("应到 {expected} 人，实到 {present} 人，同意 {votes} 人", expected, present, votes)
                        + (passed ? words.t("，通过") : words.t("，未通过")), good: passed, bad: !passed))
            shown.insert("group_meeting")
        }
        if let approval = d.data.record("approval"), let date = approval.date("date") {
            c.highlights.append(
                line(
                    words.t("乡镇审批"),
                    words.t(
                        "{date} 批准 {area} 平方米（{approval}）", words.date(date), approval.number("area_m2") ?? area,
                        approval.string("number") ?? ""), good: true))
            shown.insert("approval")
        } else {
            c.highlights.append(line(words.t("乡镇审批"), words.t("公示期满后报乡镇审批")))
        }
        c.facts.removeAll { shown.contains($0.key) }
        c.groups.removeAll { shown.contains($0.key) }
    }

    /// A notice whose 公示 is still running says how many days are left.
    func noticeRunning(_ c: inout NoticeContent, _ d: Document, _ context: PresentationContext) {
        guard let until = d.noticeUntil, until >= context.buildDate, d.published <= context.buildDate else { return }
        let left = context.buildDate.days(until: until)
        c.highlights.insert(
            line(
                words.t("公示中"),
                left == 0
                    ? words.t("今天截止（{until}）", words.date(until))
                    : words.t("还有 {left} 天（至 {until}）", left, words.date(until))),
            at: 0)
    }
}
