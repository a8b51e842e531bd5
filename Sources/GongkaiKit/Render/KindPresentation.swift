/// What presenting a notice may depend on besides the notice.
struct PresentationContext: Sendable {
    var buildDate: CalendarDate
    var thresholds: Thresholds
}

/// Shows each kind's data the way a board would: the balance line of a statement, the steps of
/// 四议两公开 with the threshold each met, points ranked, funding against budget, and so on.
enum KindPresentation {
    static func decorate(_ content: inout NoticeContent, _ d: Document, _ context: PresentationContext) {
        switch d.kind.id {
        case .financeStatement: statement(&content, d)
        case .affairsDecision: decision(&content, d)
        case .partyPoints: points(&content, d)
        case .partyDues: dues(&content, d)
        case .affairsWelfare: welfare(&content, d)
        case .affairsProject: project(&content, d)
        case .financeAssets: assets(&content, d)
        case .financeResources: resources(&content, d, context)
        case .partyMeeting: meeting(&content, d)
        default: break
        }
    }

    static func money(_ label: String, _ m: Money, good: Bool = false, bad: Bool = false) -> Highlight {
        Highlight(label: label, value: m.formatted + " 元", words: m.inWords, good: good, bad: bad)
    }

    static func line(_ label: String, _ value: String, good: Bool = false, bad: Bool = false) -> Highlight {
        Highlight(label: label, value: value, words: nil, good: good, bad: bad)
    }

    private static func statement(_ c: inout NoticeContent, _ d: Document) {
        guard let opening = d.data.money("opening_balance"), let closing = d.data.money("closing_balance") else {
            return
        }
        let income = Record.amounts(d.data.records("income"), "amount")?.sum() ?? .zero
        let expense = Record.amounts(d.data.records("expense"), "amount")?.sum() ?? .zero
        let balances = opening + income - expense == closing
        c.highlights = [
            money("期初余额", opening),
            money("本期收入 \(d.data.records("income").count) 笔", income),
            money("本期支出 \(d.data.records("expense").count) 笔", expense),
            money("期末余额", closing, good: balances, bad: !balances),
            line(
                "核对",
                "\(opening.formatted) + \(income.formatted) − \(expense.formatted) = "
                    + "\((opening + income - expense).formatted)"
                    + (balances ? "，账实相符" : "，与填写的期末余额不符"), good: balances, bad: !balances),
        ]
        c.facts.removeAll { $0.label.hasPrefix("期初余额") || $0.label.hasPrefix("期末余额") }
    }

    private static func decision(_ c: inout NoticeContent, _ d: Document) {
        func date(_ key: String) -> CalendarDate? { d.data.record(key)?.date("date") }
        func vote(_ r: Record) -> String {
            "应到 \(r.int("expected") ?? 0) 人，实到 \(r.int("present") ?? 0) 人；赞成 \(r.int("for") ?? 0)、反对 "
                + "\(r.int("against") ?? 0)、弃权 \(r.int("abstain") ?? 0)"
        }
        var steps: [DecisionStep] = []
        func add(_ number: String, _ label: String, _ date: CalendarDate?, _ detail: String?, _ threshold: String?) {
            guard let date else { return }
            steps.append(
                DecisionStep(
                    number: number, label: label, date: date.chinese, dateISO: date.iso, detail: detail,
                    threshold: threshold))
        }
        add("一", "村党组织提议", date("proposal"), d.data.record("proposal")?.string("by").map { "提议人：\($0)" }, nil)
        add("二", "村“两委”会议商议", date("consultation"), nil, nil)
        if let review = d.data.record("review") {
            let expected = review.int("expected") ?? 0
            add(
                "三", "党员大会审议", review.date("date"), vote(review),
                "到会须过半数（多于 \(expected / 2) 人），赞成须超过应到党员半数（多于 \(expected / 2) 票）")
        }
        if let r = d.data.record("resolution") {
            let body = r.string("body") ?? "村民代表会议"
            let expected = r.int("expected") ?? 0
            let quorum: String
            if body == "村民会议" && r.string("basis") == "村民" {
                quorum = "到会须超过本村 18 周岁以上村民的半数（至少 \(expected / 2 + 1) 人）"
            } else if body == "村民会议" {
                quorum = "到会须有本村三分之二以上的户代表（至少 \((expected * 2 + 2) / 3) 户）"
            } else {
                quorum = "到会须有三分之二以上的村民代表（至少 \((expected * 2 + 2) / 3) 人）"
            }
            add("四", "\(body)决议", r.date("date"), vote(r), quorum + "；赞成须超过到会人数半数")
        }
        add("五", "决议公开", d.published, d.noticeUntil.map { "公示至 \($0.chinese)" }, nil)
        add("六", "实施结果公开", date("result"), d.data.record("result")?.string("summary"), nil)
        c.steps = steps
        c.groups.removeAll { ["村党组织提议", "村“两委”会议商议", "党员大会审议", "村民会议或村民代表会议决议", "实施结果"].contains($0.label) }
    }

    private static func points(_ c: inout NoticeContent, _ d: Document) {
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
            var cells = [TableCell(text: m.string("name") ?? "", numeric: false, label: "姓名")]
            cells += categories.map {
                TableCell(text: scores?.number($0)?.description ?? "—", numeric: true, label: $0)
            }
            cells.append(TableCell(text: total.description, numeric: true, label: "总分"))
            rows.append(TableRow(index: rank, cells: cells, flag: nil))
        }
        let columns =
            [TableColumn(label: "姓名", numeric: false)] + categories.map { TableColumn(label: $0, numeric: true) }
            + [TableColumn(label: "总分", numeric: true)]
        c.tables = [
            DataTable(
                caption: "党员积分排名", indexLabel: "名次", csvHref: "members.csv", columns: columns, rows: rows,
                rowCount: rows.count, footer: nil, totals: [])
        ]
        c.lists.removeAll { $0.label == "积分项目" }
    }

    private static func dues(_ c: inout NoticeContent, _ d: Document) {
        let members = d.data.records("members")
        let arrears = members.filter { m in
            guard let s = m.money("standard"), let n = m.int("months"), let p = m.money("paid") else { return false }
            return p < s.times(n)
        }
        if let total = d.data.money("total") {
            c.highlights = [
                line("缴纳人数", "\(members.count) 名党员"),
                money("党费合计", total),
                line(
                    "欠缴", arrears.isEmpty ? "无" : arrears.compactMap { $0.string("name") }.joined(separator: "、"),
                    good: arrears.isEmpty, bad: !arrears.isEmpty),
            ]
        }
    }

    private static func welfare(_ c: inout NoticeContent, _ d: Document) {
        let recipients = d.data.records("recipients")
        let people = recipients.compactMap { $0.int("household_size") }.reduce(0, +)
        if let total = d.data.money("total") {
            c.highlights = [line("救助对象", "\(recipients.count) 户 \(people) 人"), money("金额合计", total)]
            if let until = d.noticeUntil {
                c.highlights.append(line("公示期", "\(d.published.chinese) 至 \(until.chinese)"))
            }
        }
    }

    private static func project(_ c: inout NoticeContent, _ d: Document) {
        guard let budget = d.data.money("budget") else { return }
        let funding = Record.amounts(d.data.records("funding"), "amount")?.sum() ?? .zero
        c.highlights = [money("预算", budget), money("资金来源合计", funding, good: funding == budget, bad: funding != budget)]
        if let spent = d.data.money("spent") {
            let percent = budget.fen > 0 ? Double(spent.fen) / Double(budget.fen) * 100 : 0
            c.highlights.append(
                Highlight(
                    label: spent > budget ? "已支出（超预算）" : "已支出",
                    value: spent.formatted + " 元，占预算 " + percentText(percent),
                    words: spent.inWords, good: false, bad: spent > budget))
        }
        if let progress = d.data.string("progress") { c.highlights.append(line("进度", progress)) }
    }

    private static func assets(_ c: inout NoticeContent, _ d: Document) {
        let items = d.data.records("items")
        var byCategory: [String: Money] = [:]
        for item in items {
            byCategory[item.string("category") ?? "", default: .zero] =
                byCategory[item.string("category") ?? "", default: .zero] + (item.money("value") ?? .zero)
        }
        let income = items.compactMap { $0.money("income") }.sum()
        c.highlights = ["经营性", "非经营性"].compactMap { k in byCategory[k].map { money("\(k)资产", $0) } }
        if let total = d.data.money("total_value") { c.highlights.append(money("资产总值", total)) }
        if income.fen > 0 { c.highlights.append(money("年收益合计", income)) }
    }

    private static func resources(_ c: inout NoticeContent, _ d: Document, _ context: PresentationContext) {
        let contracts = d.data.records("contracts")
        let area = contracts.compactMap { $0.number("area_mu") }.reduce(DecimalNumber(units: 0), +)
        c.highlights = [
            line("发包合同", "\(contracts.count) 份，共 \(area) 亩"),
            money("年承包费合计", contracts.compactMap { $0.money("annual_fee") }.sum()),
        ]
        guard let index = c.tables.firstIndex(where: { $0.caption == "资源发包合同" }) else { return }
        for (i, contract) in contracts.enumerated() where i < c.tables[index].rows.count {
            guard let end = contract.date("end") else { continue }
            let days = context.buildDate.days(until: end)
            if days < 0 {
                c.tables[index].rows[i].flag = "已到期"
            } else if days <= context.thresholds.contractWarnDays {
                c.tables[index].rows[i].flag = "\(days) 天后到期"
            }
        }
    }

    private static func meeting(_ c: inout NoticeContent, _ d: Document) {
        guard let expected = d.data.int("expected"), let present = d.data.int("present") else { return }
        let percent = expected > 0 ? Double(present) / Double(expected) * 100 : 0
        c.highlights = [line("出席", "应到 \(expected) 人，实到 \(present) 人，到会率 " + percentText(percent))]
    }

    static func percentText(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
