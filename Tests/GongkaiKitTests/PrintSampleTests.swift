import Foundation
import XCTest

/// Every kind printed in a short, a medium and a long sample (issue #13): the short and medium
/// ones on one A4 sheet; a long one (40–80 rows) with its table header on every page that has
/// rows, and its sign-off whole on the page that holds the notice's last row or paragraph. Every
/// sheet's QR code decodes to the notice's address.
final class PrintSampleTests: XCTestCase {
    /// A document, the mark of its last row or paragraph (rows are marked 第N行, paragraphs
    /// 第N段), and a column header its table repeats.
    typealias Sample = (slug: String, text: String, lastMark: String, header: String?)

    /// A short row mark that never wraps in its cell, so pdftotext finds it whole.
    func name(_ i: Int) -> String { "第\(i)行" }
    func day(_ i: Int) -> String { String(format: "%02d", i % 28 + 1) }

    func body(_ paragraphs: Int) -> String {
        (1...paragraphs).map { "第\($0)段：根据村务公开的有关规定，现将本事项的具体情况公开如下，请村民监督，如有意见请在公示期内反映。" }
            .joined(separator: "\n\n")
    }

    func samples(_ size: String, rows n: Int, paragraphs p: Int) -> [Sample] {
        let rows = 1...n
        let reviewed = "reviewed: {date: 2026-11-04, by: [许长林]}\n"
        var out: [Sample] = []
        func md(_ slug: String, _ yaml: String, header: String? = nil, last: String) {
            out.append(("\(slug)-\(size)", "---\n\(yaml)---\n\n\(body(p))\n", last, header))
        }
        func yaml(_ slug: String, _ yaml: String, header: String, last: String) {
            out.append(("\(slug)-\(size)", yaml, last, header))
        }
        md("party-notice", "kind: party.notice\ntitle: 党务公告\npublished: 2026-11-06\n", last: "第\(p)段")
        md("affairs-notice", "kind: affairs.notice\ntitle: 村务公告\npublished: 2026-11-06\n", last: "第\(p)段")
        md("finance-notice", "kind: finance.notice\ntitle: 财务专项公开\npublished: 2026-11-06\n" + reviewed, last: "第\(p)段")
        md(
            "development",
            "kind: party.development\ntitle: 发展党员公示\npublished: 2026-11-06\nnotice_until: 2026-11-13\nstage: 入党积极分子\n"
                + "candidates:\n"
                + rows.map {
                    "  - {name: \(name($0)), gender: 男, born: 1990-0\($0 % 9 + 1), education: 高中, applied: "
                        + "2026-03-\(day($0))}\n"
                }.joined(),
            header: "学历", last: "第\(p)段")
        yaml(
            "dues",
            "kind: party.dues\ntitle: 党费收缴公示\npublished: 2026-10-10\nperiod: 2026-Q3\nmembers:\n"
                + rows.map { "  - {name: \(name($0)), standard: 10, months: 3, paid: 30}\n" }.joined()
                + "total: \(30 * n)\n",
            header: "缴纳标准", last: name(n))
        md(
            "meeting",
            "kind: party.meeting\ntitle: 支部党员大会\npublished: 2026-11-06\ntype: 支部党员大会\ndate: 2026-11-01\nexpected: 30\n"
                + "present: 28\ntopic: 学习传达会议精神\ndecisions:\n"
                + rows.map { "  - 第\($0)行决定：同意实施村内道路维修\n" }.joined(), last: "第\(p)段")
        yaml(
            "points",
            "kind: party.points\ntitle: 党员积分公示\npublished: 2026-11-05\nperiod: 2026-10\ncategories: [学习, 服务]\n"
                + "members:\n"
                + rows.map { "  - {name: \(name($0)), scores: {学习: 5, 服务: \($0 % 5)}, total: \(5 + $0 % 5)}\n" }
                .joined(),
            header: "总分", last: name(n))
        md(
            "decision",
            "kind: affairs.decision\ntitle: 四议两公开\npublished: 2026-11-06\nnotice_until: 2026-11-13\nsubject: 修建村内道路\n"
                + "proposal: {date: 2026-10-01, by: 村党支部}\nconsultation: {date: 2026-10-03}\n"
                + "review: {date: 2026-10-05, expected: 40, present: 36, for: 35, against: 0, abstain: 1}\n"
                + "resolution: {date: 2026-10-08, body: 村民代表会议, expected: 30, present: 28, for: 27, against: 0, "
                + "abstain: 1}\n",
            last: "第\(p)段")
        yaml(
            "welfare",
            "kind: affairs.welfare\ntitle: 低保公示\npublished: 2026-11-06\nnotice_until: 2026-11-13\nprogram: 农村最低生活保障\n"
                + "recipients:\n"
                + rows.map { "  - {name: \(name($0)), household_size: 2, amount: 500, reason: 因病致贫}\n" }.joined()
                + "total: \(500 * n)\n",
            header: "家庭人口", last: name(n))
        // A project has a few sources of funds; the long sample has many.
        let sources = size == "long" ? n : min(n, 4)
        md(
            "project",
            "kind: affairs.project\ntitle: 道路项目\npublished: 2026-11-06\nname: 村内道路硬化\nbudget: \(1000 * sources)\n"
                + "funding:\n"
                + (1...sources).map { "  - {source: \(name($0))专项资金, amount: 1000}\n" }.joined()
                + "contractor: 某建筑公司\nprocurement: 公开招标\nstart: 2026-09-01\nend: 2026-12-31\nprogress: 在建\n",
            header: "来源", last: "第\(p)段")
        // Statements: half the entries income, half expense (the last rows are expenses).
        let month = size == "short" ? "04" : size == "medium" ? "06" : "08"
        let incomes = (n + 1) / 2
        func entry(_ i: Int) -> String {
            "  - {date: 2026-\(month)-\(day(i)), voucher: 记-\(i), item: \(name(i)), amount: 100}\n"
        }
        yaml(
            "statement",
            "kind: finance.statement\ntitle: 财务收支\npublished: 2026-11-06\nperiod: 2026-\(month)\nopening_balance: 0\n"
                + "income:\n"
                + (1...incomes).map(entry).joined() + "expense:\n" + ((incomes + 1)...n).map(entry).joined()
                + "closing_balance: \(100 * (2 * incomes - n))\n" + reviewed,
            header: "凭证号", last: name(n))
        yaml(
            "assets",
            "kind: finance.assets\ntitle: 集体资产\npublished: 2026-11-06\nas_of: 2026-10-31\nitems:\n"
                + rows.map {
                    "  - {name: \(name($0))资产, category: 非经营性, quantity: 1, unit: 处, value: 1000, acquired: 2020, "
                        + "status: 自用}\n"
                }.joined()
                + "total_value: \(1000 * n)\n" + reviewed,
            header: "购建期间", last: name(n))
        yaml(
            "resources",
            "kind: finance.resources\ntitle: 集体资源\npublished: 2026-11-06\ncontracts:\n"
                + rows.map {
                    "  - {resource: \(name($0))地块, type: 耕地, area_mu: 10, holder: 承包户\($0), start: 2026-01-01, end: "
                        + "2035-12-31, annual_fee: 800, method: 公开竞价}\n"
                }.joined()
                + reviewed,
            header: "承包方", last: name(n))
        return out + moneyAndLand(size, rows: n, paragraphs: p)
    }

    /// Yuan with thousands separators, as secretaries write them: "12,000.00".
    func yuan(_ amount: Int) -> String {
        let digits = String(amount)
        var grouped = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { grouped += "," }
            grouped.append(c)
        }
        return "\"\(grouped).00\""
    }

    /// The kinds where money and land change hands, citing this size's 四议两公开 record.
    func moneyAndLand(_ size: String, rows n: Int, paragraphs p: Int) -> [Sample] {
        let decision = "decision: decision-\(size)\n"
        let reviewed = "reviewed: {date: 2026-11-04, by: [许长林]}\n"
        var out: [Sample] = []
        // Debts: the first half receivables, the rest payables.
        let receivables = (n + 1) / 2
        func claim(_ party: String, _ i: Int) -> String {
            "  - {\(party): \(name(i)), type: 单位, arose: 2026-07-\(day(i)), reason: 租金, amount: \(yuan(1000))}\n"
        }
        out.append(
            (
                "debts-\(size)",
                "kind: finance.debts\ntitle: 债权债务\npublished: 2026-11-06\nperiod: 2026-Q3\nreceivables:\n"
                    + (1...receivables).map { claim("debtor", $0) }.joined() + "payables:\n"
                    + (receivables < n ? ((receivables + 1)...n).map { claim("creditor", $0) }.joined() : "")
                    + "total_receivable: \(yuan(1000 * receivables))\n"
                    + "total_payable: \(yuan(1000 * (n - receivables)))\n"
                    + reviewed, name(n), "金额（元）"
            ))
        // Distribution: income of 10,000 a line, expense of 1,000; 10% reserve, 5% welfare,
        // 80% to 100 members, 5% carried forward.
        let incomes = (n + 1) / 2
        let net = 1000 * (10 * incomes - (n - incomes))
        func line(_ i: Int, _ amount: Int) -> String { "  - {item: \(name(i)), amount: \(yuan(amount))}\n" }
        out.append(
            (
                "distribution-\(size)",
                "---\nkind: finance.distribution\ntitle: 收益分配\npublished: 2026-11-06\nperiod: 2026\n"
                    + "notice_until: 2026-11-13\nincome:\n" + (1...incomes).map { line($0, 10000) }.joined()
                    + "expense:\n" + (incomes < n ? ((incomes + 1)...n).map { line($0, 1000) }.joined() : "")
                    + "net_income: \(yuan(net))\nbrought_forward: \"0.00\"\ndistributable: \(yuan(net))\n"
                    + "reserve: \(yuan(net / 10))\nwelfare: \(yuan(net / 20))\nto_members: \(yuan(net * 8 / 10))\n"
                    + "carried_forward: \(yuan(net / 20))\nbasis: 按人\nunits: 100\nper_unit: \(yuan(net * 8 / 1000))\n"
                    + decision + reviewed + "---\n\n\(body(min(p, 2)))\n", name(n), "金额（元）"
            ))
        // Compensation: a few parcels, one crops line per household.
        out.append(
            (
                "compensation-\(size)",
                "kind: finance.compensation\ntitle: 征地补偿\npublished: 2026-11-06\nnotice_until: 2026-11-16\n"
                    + "approval: 豫政土〔2026〕211号\nparcels:\n"
                    + (1...min(n, 3)).map { "  - {location: 村北\($0)号地块, area_mu: 12.5, type: 耕地}\n" }.joined()
                    + "land_fee: \(yuan(1_200_000))\nresettlement_fee: \(yuan(600_000))\ncrops_fee: \(yuan(1000 * n))\n"
                    + "retained: \(yuan(360_000))\ncutoff: 2026-09-01\npersons: 1200\nper_person: \(yuan(1200))\n"
                    + "crops:\n" + (1...n).map { "  - {name: \(name($0)), amount: \(yuan(1000))}\n" }.joined()
                    + decision + reviewed, name(n), "金额（元）"
            ))
        // Levy settlement: a few exemptions, one spending line per row.
        let exempted = min(n, 3)
        out.append(
            (
                "levy-\(size)",
                "kind: affairs.levy\ntitle: 一事一议\npublished: 2026-11-06\nnotice_until: 2026-11-13\n"
                    + "project: 村内道路硬化\nstage: 结算\nbeneficiaries: 1000\nper_person: \"10.00\"\nexemptions:\n"
                    + (1...exempted).map { "  - {name: 减免户\($0), persons: 1, reason: 五保户}\n" }.joined()
                    + "raised: \(yuan(10 * (1000 - exempted)))\nsubsidy: \(yuan(1000 * n))\nspending:\n"
                    + (1...n).map { line($0, 1000) }.joined() + "balance: \(yuan(10 * (1000 - exempted)))\n" + decision,
                name(n), "金额（元）"
            ))
        // Homestead: an answered objection or three, the rest in the body.
        out.append(
            (
                "homestead-\(size)",
                "---\nkind: affairs.homestead\ntitle: 宅基地申请\npublished: 2026-11-06\nnotice_until: 2026-11-16\n"
                    + "applicant: 赵建军\nhousehold_size: 5\nreason: 分户\nlocation: 四组村西\narea_m2: 158\nfloors: 2\n"
                    + "group_meeting: {date: 2026-11-01, expected: 52, present: 44, for: 41}\nobjections:\n"
                    + (1...min(n, 3)).map {
                        "  - {date: 2026-11-08, summary: 第\($0)项异议：东界占用排水沟, result: 不成立, answered: 2026-11-10, "
                            + "answer: 实地丈量，东界距排水沟1.2米，未占用}\n"
                    }.joined() + "---\n\n\(body(p))\n", "第\(p)段", nil
            ))
        return out
    }

    func testEveryKindFitsOneSheetOrRunsOverWithItsSignOff() throws {
        let site = try TestSite()
        let all =
            samples("short", rows: 3, paragraphs: 1) + samples("medium", rows: 10, paragraphs: 5)
            + samples("long", rows: 60, paragraphs: 45)
        // The sizes for one sheet: 15 statement entries, 20 dues members, 15 welfare and points rows.
        let sized = [("dues-medium", 20), ("welfare-medium", 15), ("points-medium", 15), ("statement-medium", 15)]
        var documents = all
        for (slug, n) in sized {
            let kind = String(slug.split(separator: "-")[0])
            documents.removeAll { $0.slug == slug }
            documents += samples("medium", rows: n, paragraphs: 5).filter { $0.slug.hasPrefix(kind + "-") }
        }
        for sample in documents {
            let ext = sample.text.hasPrefix("---") ? "md" : "yaml"
            try site.write("content/xuji/samples/\(sample.slug).\(ext)", sample.text)
        }
        let build = try Binary.run(["build", site.root.path, "--date", "2026-11-22"])
        XCTAssertEqual(build.status, 0, build.stderr)
        XCTAssertFalse(build.stderr.contains("error["), build.stderr)

        for sample in documents.sorted(by: { $0.slug < $1.slug }) {
            let category =
                sample.text.contains("kind: party")
                ? "party" : sample.text.contains("kind: finance") ? "finance" : "affairs"
            let folder = "xuji/\(category)/\(sample.slug)"
            let pdf = try Printing.pdf(site.root.appendingPathComponent("site/\(folder)/print.html"))
            let (pages, size) = try Printing.info(pdf)
            XCTAssertTrue(size.hasSuffix("(A4)"), "\(sample.slug): \(size)")
            if !sample.slug.hasSuffix("-long") {
                XCTAssertEqual(pages, 1, "\(sample.slug) fits one sheet")
            } else {
                XCTAssertGreaterThan(pages, 1, sample.slug)
            }
            // The sign-off is whole on one page, and that page holds the last row or paragraph.
            var signOffPages: [Int] = []
            for page in 1...pages {
                let text = try Printing.text(pdf, page: page)
                if text.contains("盖章") || text.contains("网页版：") || text.contains("监督举报电话") { signOffPages.append(page) }
                if let header = sample.header, sample.slug.hasSuffix("-long"), text.contains("第"),
                    text.range(of: "第[0-9]+行", options: .regularExpression) != nil
                {
                    XCTAssertTrue(
                        text.contains(header), "\(sample.slug) page \(page) repeats the table header \(header)")
                }
            }
            XCTAssertEqual(signOffPages, [pages], "\(sample.slug): the sign-off is whole, on the last page")
            // With it: the last paragraph, or the last table's rows or its closing line (以上共 N 项).
            let last = try Printing.text(pdf, page: pages)
            let closing = sample.header == nil ? nil : "以上共"
            XCTAssertTrue(
                last.contains(sample.lastMark) || closing.map(last.contains) == true,
                "\(sample.slug): the sign-off shares its page with \(sample.lastMark) or the table's closing line")
            XCTAssertEqual(try Printing.qrCodes(pdf), ["https://gk.example.cn/\(folder)/"], sample.slug)
        }
    }
}
