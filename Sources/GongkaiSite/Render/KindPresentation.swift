import GongkaiContent
import GongkaiCore

/// What presenting a notice may depend on besides the notice.
package struct PresentationContext: Sendable {
    package var buildDate: CalendarDate
    package var thresholds: Thresholds
    package var words: Localizer
}

/// Shows each kind's data the way a board would: the balance line of a statement, the steps of
/// 四议两公开 with the threshold each met, points ranked, funding against budget, and so on.
package struct KindPresentation {
    static func decorate(_ content: inout NoticeContent, _ d: Document, _ context: PresentationContext) {
        let p = KindPresentation(words: context.words)
        switch d.kind.id {
        case .financeStatement: p.statement(&content, d)
        case .affairsDecision: p.decision(&content, d)
        case .partyPoints: p.points(&content, d)
        case .partyDues: p.dues(&content, d)
        case .affairsWelfare: p.welfare(&content, d)
        case .affairsProject: p.project(&content, d)
        case .financeAssets: p.assets(&content, d)
        case .financeResources: p.resources(&content, d, context)
        case .partyMeeting: p.meeting(&content, d)
        case .financeDistribution: p.distribution(&content, d)
        case .financeCompensation: p.compensation(&content, d)
        case .financeDebts: p.debts(&content, d, context)
        case .affairsLevy: p.levy(&content, d)
        case .affairsHomestead: p.homestead(&content, d, context)
        default: break
        }
        p.noticeRunning(&content, d, context)
    }

    package let words: Localizer

    package func money(_ label: String, _ m: Money, good: Bool = false, bad: Bool = false) -> Highlight {
        Highlight(label: label, value: words.money(m), words: m.inWords, good: good, bad: bad)
    }

    package func line(_ label: String, _ value: String, good: Bool = false, bad: Bool = false) -> Highlight {
        Highlight(label: label, value: value, words: nil, good: good, bad: bad)
    }

    private func statement(_ c: inout NoticeContent, _ d: Document) {
        guard let opening = d.data.money("opening_balance"), let closing = d.data.money("closing_balance") else {
            return
        }
        let income = Record.amounts(d.data.records("income"), "amount")?.sum() ?? .zero
        let expense = Record.amounts(d.data.records("expense"), "amount")?.sum() ?? .zero
        let balances = opening + income - expense == closing
        c.highlights = [
            money(words.t("期初余额"), opening),
            money(words.t("本期收入 {count} 笔", d.data.records("income").count), income),
            money(words.t("本期支出 {count} 笔", d.data.records("expense").count), expense),
            money(words.t("期末余额"), closing, good: balances, bad: !balances),
            line(
                words.t("核对"),
                "\(opening.formatted) + \(income.formatted) − \(expense.formatted) = "
                    + "\((opening + income - expense).formatted)"
                    + (balances ? words.t("，账实相符") : words.t("，与填写的期末余额不符")), good: balances,
                bad: !balances),
        ]
        c.facts.removeAll { $0.key == "opening_balance" || $0.key == "closing_balance" }
    }

    private func decision(_ c: inout NoticeContent, _ d: Document) {
        func date(_ key: String) -> CalendarDate? { d.data.record(key)?.date("date") }
        func vote(_ r: Record) -> String {
            words.t(
                "应到 {expected} 人，实到 {present} 人；赞成 {for}、反对 {against}、弃权 {abstained}", r.int("expected") ?? 0,
                r.int("present") ?? 0,
                r.int("for") ?? 0, r.int("against") ?? 0, r.int("abstain") ?? 0)
        }
        var steps: [DecisionStep] = []
        func add(_ number: String, _ label: String, _ date: CalendarDate?, _ detail: String?, _ threshold: String?) {
            guard let date else { return }
            steps.append(
                DecisionStep(
                    number: number, label: label, date: words.date(date), dateISO: date.iso, detail: detail,
                    threshold: threshold))
        }
        add(
            words.t("一"), words.t("村党组织提议"), date("proposal"),
            d.data.record("proposal")?.string("by").map { words.t("提议人：{names}", $0) }, nil)
        add(words.t("二"), words.t("村“两委”会议商议"), date("consultation"), nil, nil)
        if let review = d.data.record("review") {
            let expected = review.int("expected") ?? 0
            add(
                words.t("三"), words.t("党员大会审议"), review.date("date"), vote(review),
                words.t("到会须过半数（多于 {expected} 人），赞成须超过应到党员半数（多于 {expected} 票）", expected / 2))
        }
        if let r = d.data.record("resolution") {
            let body = r.string("body") ?? "村民代表会议"
            let expected = r.int("expected") ?? 0
            let quorum: String
            if body == "村民会议" && r.string("basis") == "村民" {
                quorum = words.t("到会须超过本村 18 周岁以上村民的半数（至少 {expected} 人）", expected / 2 + 1)
            } else if body == "村民会议" {
                quorum = words.t("到会须有本村三分之二以上的户代表（至少 {expected} 户）", (expected * 2 + 2) / 3)
            } else {
                quorum = words.t("到会须有三分之二以上的村民代表（至少 {expected} 人）", (expected * 2 + 2) / 3)
            }
            add(
                words.t("四"), words.t("{body}决议", words.t(body)), r.date("date"), vote(r),
                quorum + words.t("；赞成须超过到会人数半数")
            )
        }
        add(
            words.t("五"), words.t("决议公开"), d.published, d.noticeUntil.map { words.t("公示至 {date}", words.date($0)) }, nil
        )
        add(words.t("六"), words.t("实施结果公开"), date("result"), d.data.record("result")?.string("summary"), nil)
        c.steps = steps
        c.groups.removeAll { ["proposal", "consultation", "review", "resolution", "result"].contains($0.key) }
    }

    private func points(_ c: inout NoticeContent, _ d: Document) {
        let categories = d.data.list("categories").compactMap(\.string)
        let members = d.data.records("members").sorted {
            ($0.number("total") ?? DecimalNumber(units: 0)) > ($1.number("total") ?? DecimalNumber(units: 0))
        }
        var rows: [TableRow] = []
        var rank = 0
        var previous: DecimalNumber?
        for (i, m) in members.enumerated() {
            let total = m.number("total") ?? DecimalNumber(units: 0)
            if total != previous { rank = i + 1 }
            previous = total
            let scores = m.record("scores")
            var cells = [TableCell(text: m.string("name") ?? "", numeric: false, label: words.t("姓名"))]
            cells += categories.map {
                TableCell(text: scores?.number($0)?.description ?? "—", numeric: true, label: $0)
            }
            cells.append(TableCell(text: total.description, numeric: true, label: words.t("总分")))
            rows.append(TableRow(index: rank, cells: cells, flag: nil))
        }
        let columns =
            [TableColumn(label: words.t("姓名"), numeric: false)]
            + categories.map { TableColumn(label: $0, numeric: true) } + [
                TableColumn(label: words.t("总分"), numeric: true)
            ]
        c.tables = [
            DataTable(
                key: "members", caption: words.t("党员积分排名"), indexLabel: words.t("名次"), csvHref: "members.csv",
                columns: columns, rows: rows, footer: nil, totals: [], words: words)
        ]
        c.lists.removeAll { $0.key == "categories" }
    }

    private func dues(_ c: inout NoticeContent, _ d: Document) {
        let members = d.data.records("members")
        let arrears = members.filter { m in
            guard let s = m.money("standard"), let n = m.int("months"), let p = m.money("paid") else { return false }
            return p < s.times(n)
        }
        if let total = d.data.money("total") {
            c.highlights = [
                line(words.t("缴纳人数"), words.t("{count} 名党员", members.count)),
                money(words.t("党费合计"), total),
                line(
                    words.t("欠缴"),
                    arrears.isEmpty ? words.t("无") : words.list(arrears.compactMap { $0.string("name") }),
                    good: arrears.isEmpty, bad: !arrears.isEmpty),
            ]
        }
    }

    private func welfare(_ c: inout NoticeContent, _ d: Document) {
        let recipients = d.data.records("recipients")
        // Quantity × rate only where the list is paid by quantity (a subsidy per 亩); a rate is
        // never summed.
        if let index = c.tables.firstIndex(where: { $0.key == "recipients" }) {
            let byQuantity = recipients.contains { $0["quantity"] != nil || $0["rate"] != nil }
            c.tables[index].drop(
                labels: byQuantity ? [] : [words.t("数量"), words.t("标准（元/单位）")],
                totals: [words.t("{label}合计", words.t("标准（元/单位）"))])
        }
        let people = recipients.compactMap { $0.int("household_size") }.reduce(0, +)
        if let total = d.data.money("total") {
            c.highlights = [
                line(words.t("救助对象"), words.t("{count} 户 {people} 人", recipients.count, people)),
                money(words.t("金额合计"), total),
            ]
            if let until = d.noticeUntil {
                c.highlights.append(
                    line(words.t("公示期"), words.t("{published} 至 {until}", words.date(d.published), words.date(until))))
            }
        }
    }

    private func project(_ c: inout NoticeContent, _ d: Document) {
        guard let budget = d.data.money("budget") else { return }
        let funding = Record.amounts(d.data.records("funding"), "amount")?.sum() ?? .zero
        c.highlights = [
            money(words.t("预算"), budget),
            money(words.t("资金来源合计"), funding, good: funding == budget, bad: funding != budget),
        ]
        if let spent = d.data.money("spent") {
            let percent = budget.fen > 0 ? Double(spent.fen) / Double(budget.fen) * 100 : 0
            c.highlights.append(
                Highlight(
                    label: spent > budget ? words.t("已支出（超预算）") : words.t("已支出"),
                    value: words.t("{spent}，占预算 {percent}", words.money(spent), KindPresentation.percentText(percent)),
                    words: spent.inWords, good: false, bad: spent > budget))
        }
        if let progress = d.data.string("progress") { c.highlights.append(line(words.t("进度"), progress)) }
    }

    private func assets(_ c: inout NoticeContent, _ d: Document) {
        let items = d.data.records("items")
        var byCategory: [String: Money] = [:]
        for item in items {
            byCategory[item.string("category") ?? "", default: .zero] =
                byCategory[item.string("category") ?? "", default: .zero] + (item.money("value") ?? .zero)
        }
        let income = items.compactMap { $0.money("income") }.sum()
        c.highlights = [("经营性", words.t("经营性资产")), ("非经营性", words.t("非经营性资产"))].compactMap { k, label in
            byCategory[k].map { money(label, $0) }
        }
        if let total = d.data.money("total_value") { c.highlights.append(money(words.t("资产总值"), total)) }
        if income.fen > 0 { c.highlights.append(money(words.t("年收益合计"), income)) }
    }

    private func resources(_ c: inout NoticeContent, _ d: Document, _ context: PresentationContext) {
        let contracts = d.data.records("contracts")
        let area = contracts.compactMap { $0.number("area_mu") }.reduce(DecimalNumber(units: 0), +)
        c.highlights = [
            line(words.t("发包合同"), words.t("{count} 份，共 {area} 亩", contracts.count, area)),
            money(words.t("年承包费合计"), contracts.compactMap { $0.money("annual_fee") }.sum()),
        ]
        guard let index = c.tables.firstIndex(where: { $0.key == "contracts" }) else { return }
        // Membership, approval and this year's fees are shown as marks and a list, not as four
        // more columns a sheet would have to fit.
        let extensionColumns = ["本集体成员承包", "村民会议同意（外来承包）", "本年应收（元）", "本年实收（元）"].map { words.t($0) }
        c.tables[index].drop(
            labels: extensionColumns,
            totals: extensionColumns.map { words.t("{label}合计", $0.replacingOccurrences(of: words.t("（元）"), with: "")) }
        )
        var approvals: [String] = []
        for (i, contract) in contracts.enumerated() where i < c.tables[index].rows.count {
            var flags: [String] = []
            if let end = contract.date("end") {
                let days = context.buildDate.days(until: end)
                if days < 0 {
                    flags.append(words.t("已到期"))
                } else if days <= context.thresholds.contractWarnDays {
                    flags.append(words.t("{days} 天后到期", days))
                }
            }
            if let due = contract.money("fee_due"), let received = contract.money("fee_received"), received < due {
                flags.append(words.t("欠缴 {received}", words.money(due - received)))
            }
            if contract["member"]?.bool == false, let approval = contract.record("approval"),
                let expected = approval.int("expected"), let votes = approval.int("for")
            {
                let met = votes * 3 >= expected * 2
                approvals.append(
                    words.t(
                        "{holder}（{resource}）：{date} 村民会议应到 {expected} 人、实到 {present} 人、同意 {votes} 人{verdict}",
                        contract.string("holder") ?? "",
                        contract.string("resource") ?? "", approval.date("date").map(words.date) ?? "", expected,
                        approval.int("present") ?? 0, votes, met ? words.t("，达到三分之二 ✓") : words.t("，不足三分之二")))
            }
            if !flags.isEmpty { c.tables[index].rows[i].flag = flags.joined(separator: words.t("；")) }
        }
        if !approvals.isEmpty {
            c.lists.append(TextList(key: "approval", label: words.t("发包给本集体以外的承包方（须三分之二同意）"), items: approvals))
        }
    }

    private func meeting(_ c: inout NoticeContent, _ d: Document) {
        guard let expected = d.data.int("expected"), let present = d.data.int("present") else { return }
        let percent = expected > 0 ? Double(present) / Double(expected) * 100 : 0
        c.highlights = [
            line(
                words.t("出席"),
                words.t(
                    "应到 {expected} 人，实到 {present} 人，到会率 {percent}", expected, present,
                    KindPresentation.percentText(percent)))
        ]
    }

    static func percentText(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}

extension DataTable {
    /// The table without the columns of these labels (their cells and footer cells) and the
    /// total lines of these labels.
    mutating func drop(labels: [String], totals droppedTotals: [String]) {
        let dropped = Set(labels)
        let keep = columns.indices.filter { !dropped.contains(columns[$0].label) }
        guard keep.count < columns.count else { return }
        columns = keep.map { columns[$0] }
        for r in rows.indices { rows[r].cells = keep.compactMap { $0 < rows[r].cells.count ? rows[r].cells[$0] : nil } }
        if var f = footer {
            f.cells = keep.compactMap { $0 < f.cells.count ? f.cells[$0] : nil }
            footer = f
        }
        totals.removeAll { droppedTotals.contains($0.label) }
    }
}
