/// Messages of the domain rules (spec §5), each naming the values at fault and the fix.
public enum RuleMessage: Sendable, Hashable {
    case noticeTooShort(days: Int, minimum: Int)
    case activistTooRecent(name: String, activist: CalendarDate, latest: CalendarDate)
    case candidateUnder18(name: String, born: Month, published: CalendarDate)
    case appliedAfterActivist(name: String, applied: CalendarDate, activist: CalendarDate)
    case activistMissing(name: String, stage: String)
    case sumMismatch(label: String, parts: String, computed: Money, stated: Money)
    case duesArrears(name: String, paid: Money, due: Money, standard: Money, months: Int)
    case partyMeetingQuorum(present: Int, expected: Int)
    case meetingAfterPublished(date: CalendarDate, published: CalendarDate)
    case pointsTotal(name: String, parts: String, computed: DecimalNumber, stated: DecimalNumber)
    case unknownPointsCategory(name: String, category: String, categories: [String])
    case stepsOutOfOrder(earlier: String, earlierDate: CalendarDate, later: String, laterDate: CalendarDate)
    case reviewQuorum(present: Int, forVotes: Int, expected: Int)
    case resolutionQuorum(body: String, present: Int, expected: Int, needed: Int)
    case resolutionNotPassed(forVotes: Int, present: Int)
    case countPresentOverExpected(label: String, present: Int, expected: Int)
    case countVotesOverPresent(label: String, votes: Int, present: Int)
    case endBeforeStart(endLabel: String, end: CalendarDate, startLabel: String, start: CalendarDate)
    case overBudget(spent: Money, budget: Money)
    case acceptanceMissing
    case balanceMismatch(opening: Money, income: Money, expense: Money, computed: Money, stated: Money)
    case entryOutsidePeriod(date: CalendarDate, period: Period)
    case discontinuity(opening: Money, previousClosing: Money, previousFile: String, previousPeriod: Period)
    case duplicateVoucher(voucher: String, firstLine: Int)
    case reviewMissing
    case reviewAfterPublished(reviewed: CalendarDate, published: CalendarDate)
    case reviewerNotSupervisor(name: String, supervisors: [String])
    case leaseNeedsHolderAndIncome(item: String, status: String)
    case contractEndsSoon(resource: String, end: CalendarDate, days: Int)
    case supervisorCount(count: Int)
    case memberInBoth(name: String)
    case residentID(masked: String)
    case mobileNumber(masked: String)
    case bankCard(masked: String)
    case changedWithoutRevision(
        commit: String, date: CalendarDate, author: String, subject: String, published: CalendarDate)
}

extension Localizer {
    func text(_ m: RuleMessage) -> String {
        switch m {
        case .noticeTooShort(let days, let minimum):
            return pick(
                "公示期只有 \(days) 天，不少于 \(minimum) 天；请把 notice_until 推后",
                "公示期只有 \(days) 天，不少於 \(minimum) 天；請把 notice_until 延後",
                "the notice period is \(days) days, at least \(minimum) are required; move notice_until later")
        case .activistTooRecent(let name, let activist, let latest):
            return pick(
                "\(name) 确定为入党积极分子的日期 \(activist.iso) 距公开不满一年（应不晚于 \(latest.iso)）；培养考察须一年以上",
                "\(name) 確定為入黨積極分子的日期 \(activist.iso) 距公開不滿一年（應不晚於 \(latest.iso)）；培養考察須一年以上",
                "\(name) became an activist on \(activist.iso), less than a year before publishing (at the latest "
                    + "\(latest.iso))"
            )
        case .candidateUnder18(let name, let born, let published):
            return pick(
                "\(name) 出生于 \(born.iso)，到 \(published.iso) 未满 18 周岁；请核对出生年月",
                "\(name) 出生於 \(born.iso)，到 \(published.iso) 未滿 18 週歲；請核對出生年月",
                "\(name), born \(born.iso), is under 18 on \(published.iso); check the birth month")
        case .appliedAfterActivist(let name, let applied, let activist):
            return pick(
                "\(name) 递交申请书 \(applied.iso) 晚于确定为积极分子 \(activist.iso)；请核对日期",
                "\(name) 遞交申請書 \(applied.iso) 晚於確定為積極分子 \(activist.iso)；請核對日期",
                "\(name) applied on \(applied.iso), after becoming an activist on \(activist.iso); check the dates")
        case .activistMissing(let name, let stage):
            return pick(
                "\(name) 处于“\(stage)”阶段，须填写确定为入党积极分子日期 activist",
                "\(name) 處於「\(stage)」階段，須填寫確定為入黨積極分子日期 activist",
                "\(name) is at stage \(stage): activist (date) is required")
        case .sumMismatch(let label, let parts, let computed, let stated):
            return pick(
                "\(label)不符：\(parts) = \(computed.formatted)，填写为 \(stated.formatted)",
                "\(label)不符：\(parts) = \(computed.formatted)，填寫為 \(stated.formatted)",
                "\(label) does not add up: \(parts) = \(computed.formatted), written as \(stated.formatted)")
        case .duesArrears(let name, let paid, let due, let standard, let months):
            return pick(
                "\(name) 欠缴党费：应缴 \(standard.formatted) × \(months) = \(due.formatted)，实缴 \(paid.formatted)",
                "\(name) 欠繳黨費：應繳 \(standard.formatted) × \(months) = \(due.formatted)，實繳 \(paid.formatted)",
                "\(name) is in arrears: due \(standard.formatted) × \(months) = \(due.formatted), paid "
                    + "\(paid.formatted)"
            )
        case .partyMeetingQuorum(let present, let expected):
            return pick(
                "支部党员大会作出决定须有半数以上党员到会：实到 \(present)，应到 \(expected)",
                "支部黨員大會作出決定須有半數以上黨員到會：實到 \(present)，應到 \(expected)",
                "a branch meeting that decides needs more than half the members present: \(present) of \(expected)")
        case .meetingAfterPublished(let date, let published):
            return pick(
                "会议日期 \(date.iso) 晚于公开日期 \(published.iso)；会议须在公开之前召开",
                "會議日期 \(date.iso) 晚於公開日期 \(published.iso)；會議須在公開之前召開",
                "the meeting date \(date.iso) is after published \(published.iso)")
        case .pointsTotal(let name, let parts, let computed, let stated):
            return pick(
                "\(name) 总分不符：\(parts) = \(computed)，填写为 \(stated)",
                "\(name) 總分不符：\(parts) = \(computed)，填寫為 \(stated)",
                "\(name)'s total does not add up: \(parts) = \(computed), written as \(stated)")
        case .unknownPointsCategory(let name, let category, let categories):
            return pick(
                "\(name) 的积分项目“\(category)”不在 categories 中（\(list(categories))）",
                "\(name) 的積分項目「\(category)」不在 categories 中（\(list(categories))）",
                "\(name) has a score for \(category), which is not in categories (\(list(categories)))")
        case .stepsOutOfOrder(let earlier, let earlierDate, let later, let laterDate):
            return pick(
                "程序顺序不对：\(earlier)（\(earlierDate.iso)）应不晚于\(later)（\(laterDate.iso)）",
                "程序順序不對：\(earlier)（\(earlierDate.iso)）應不晚於\(later)（\(laterDate.iso)）",
                "steps out of order: \(earlier) (\(earlierDate.iso)) must not be after \(later) (\(laterDate.iso))")
        case .reviewQuorum(let present, let forVotes, let expected):
            return pick(
                "党员大会审议须过半数党员到会并过半数同意：应到 \(expected)，实到 \(present)，赞成 \(forVotes)",
                "黨員大會審議須過半數黨員到會並過半數同意：應到 \(expected)，實到 \(present)，贊成 \(forVotes)",
                "the party review needs a majority present and a majority of all members for: expected \(expected), "
                    + "present \(present), for \(forVotes)"
            )
        case .resolutionQuorum(let body, let present, let expected, let needed):
            return pick(
                "\(body)到会人数不足：应到 \(expected)，实到 \(present)，至少需要 \(needed)",
                "\(body)到會人數不足：應到 \(expected)，實到 \(present)，至少需要 \(needed)",
                "\(body) lacks a quorum: expected \(expected), present \(present), at least \(needed) needed")
        case .resolutionNotPassed(let forVotes, let present):
            return pick(
                "决议未获通过：赞成 \(forVotes) 票，未超过到会 \(present) 人的半数",
                "決議未獲通過：贊成 \(forVotes) 票，未超過到會 \(present) 人的半數",
                "the resolution did not pass: \(forVotes) for is not more than half of \(present) present")
        case .countPresentOverExpected(let label, let present, let expected):
            return pick(
                "\(label)实到 \(present) 人多于应到 \(expected) 人；请核对人数",
                "\(label)實到 \(present) 人多於應到 \(expected) 人；請核對人數",
                "\(label): \(present) present is more than \(expected) expected")
        case .countVotesOverPresent(let label, let votes, let present):
            return pick(
                "\(label)赞成、反对、弃权合计 \(votes) 票，多于实到 \(present) 人",
                "\(label)贊成、反對、棄權合計 \(votes) 票，多於實到 \(present) 人",
                "\(label): \(votes) votes cast by \(present) present")
        case .endBeforeStart(let endLabel, let end, let startLabel, let start):
            return pick(
                "\(endLabel) \(end.iso) 早于\(startLabel) \(start.iso)；请核对日期",
                "\(endLabel) \(end.iso) 早於\(startLabel) \(start.iso)；請核對日期",
                "\(endLabel) \(end.iso) is before \(startLabel) \(start.iso)")
        case .overBudget(let spent, let budget):
            return pick(
                "已支出 \(spent.formatted) 元，超出预算 \(budget.formatted) 元 \((spent - budget).formatted) 元",
                "已支出 \(spent.formatted) 元，超出預算 \(budget.formatted) 元 \((spent - budget).formatted) 元",
                "spent \(spent.formatted) is over the budget of \(budget.formatted) by \((spent - budget).formatted)")
        case .acceptanceMissing:
            return pick(
                "进度为“已验收”，须填写验收 acceptance（日期和验收人）", "進度為「已驗收」，須填寫驗收 acceptance（日期和驗收人）",
                "progress 已验收 requires acceptance (date and by)")
        case .balanceMismatch(let opening, let income, let expense, let computed, let stated):
            return pick(
                "期末余额不符: 期初 \(opening.formatted) + 收入 \(income.formatted) − 支出 \(expense.formatted) = "
                    + "\(computed.formatted), 填写为 \(stated.formatted)",
                "期末餘額不符: 期初 \(opening.formatted) + 收入 \(income.formatted) − 支出 \(expense.formatted) = "
                    + "\(computed.formatted), 填寫為 \(stated.formatted)",
                "closing balance does not add up: opening \(opening.formatted) + income \(income.formatted) − expense "
                    + "\(expense.formatted) = \(computed.formatted), written as \(stated.formatted)"
            )
        case .entryOutsidePeriod(let date, let period):
            return pick(
                "日期 \(date.iso) 不在所属期间 \(period.iso) 内；请核对日期或期间",
                "日期 \(date.iso) 不在所屬期間 \(period.iso) 內；請核對日期或期間",
                "the date \(date.iso) lies outside the period \(period.iso)")
        case .discontinuity(let opening, let previousClosing, let previousFile, let previousPeriod):
            return pick(
                "期初余额 \(opening.formatted) 与上期（\(previousPeriod.iso)，\(previousFile)）期末余额 \(previousClosing.formatted) "
                    + "不一致",
                "期初餘額 \(opening.formatted) 與上期（\(previousPeriod.iso)，\(previousFile)）期末餘額 \(previousClosing.formatted) "
                    + "不一致",
                "opening balance \(opening.formatted) differs from the closing balance \(previousClosing.formatted) of "
                    + "\(previousPeriod.iso) (\(previousFile))"
            )
        case .duplicateVoucher(let voucher, let firstLine):
            return pick(
                "凭证号 \(voucher) 重复使用（第 \(firstLine) 行已用过）", "憑證號 \(voucher) 重複使用（第 \(firstLine) 行已用過）",
                "voucher \(voucher) is used twice (first on line \(firstLine))")
        case .reviewMissing:
            return pick(
                "财务公开须经村务监督委员会审核：请填写 reviewed（审核日期和审核人）",
                "財務公開須經村務監督委員會審核：請填寫 reviewed（審核日期和審核人）",
                "finance notices need the supervisory committee's review: add reviewed (date and by)")
        case .reviewAfterPublished(let reviewed, let published):
            return pick(
                "审核日期 \(reviewed.iso) 晚于公开日期 \(published.iso)；须先审核后公开",
                "審核日期 \(reviewed.iso) 晚於公開日期 \(published.iso)；須先審核後公開",
                "reviewed on \(reviewed.iso), after published \(published.iso); review comes first")
        case .reviewerNotSupervisor(let name, let supervisors):
            return pick(
                "审核人 \(name) 不是本村村务监督委员会成员（\(list(supervisors))）",
                "審核人 \(name) 不是本村村務監督委員會成員（\(list(supervisors))）",
                "reviewer \(name) is not on the village's supervisory committee (\(list(supervisors)))")
        case .leaseNeedsHolderAndIncome(let item, let status):
            return pick(
                "资产“\(item)”状态为\(status)，须填写承租（包）方 holder 和年收益 income",
                "資產「\(item)」狀態為\(status)，須填寫承租（包）方 holder 和年收益 income",
                "asset \(item) is \(status): holder and income are required")
        case .contractEndsSoon(let resource, let end, let days):
            return pick(
                "“\(resource)”合同将于 \(end.iso) 到期（还有 \(days) 天）；请及时按程序重新发包",
                "「\(resource)」合同將於 \(end.iso) 到期（還有 \(days) 天）；請及時按程序重新發包",
                "the contract for \(resource) ends on \(end.iso), in \(days) days")
        case .supervisorCount(let count):
            return pick(
                "村务监督委员会有 \(count) 人，一般应为 3 至 5 人", "村務監督委員會有 \(count) 人，一般應為 3 至 5 人",
                "the supervisory committee has \(count) members; 3 to 5 are expected")
        case .memberInBoth(let name):
            return pick(
                "\(name) 同时是村“两委”成员和村务监督委员会成员；村委会成员及其近亲属不得担任监督委员",
                "\(name) 同時是村「兩委」成員和村務監督委員會成員；村委會成員及其近親屬不得擔任監督委員",
                "\(name) sits on both the committee and the supervisory committee")
        case .residentID(let masked):
            return pick(
                "发现未隐去的身份证号 \(masked)；请只保留前 6 位和后 4 位，中间用 * 代替",
                "發現未隱去的身份證號 \(masked)；請只保留前 6 位和後 4 位，中間用 * 代替",
                "an unmasked resident ID number \(masked); keep the first 6 and last 4 digits, replace the rest with *")
        case .mobileNumber(let masked):
            return pick(
                "发现未隐去的手机号 \(masked)；请写成 138****5678，公开电话请写在 hotline 或 contact.phone 中",
                "發現未隱去的手機號 \(masked)；請寫成 138****5678，公開電話請寫在 hotline 或 contact.phone 中",
                "an unmasked mobile number \(masked); write it as 138****5678, or put a public number in hotline or "
                    + "contact.phone"
            )
        case .changedWithoutRevision(let commit, let date, let author, let subject, let published):
            return pick(
                "公开（\(published.iso)）后，提交 \(commit)（\(date.iso)，\(author)：“\(subject)”）修改了内容，但没有日期不早于 \(date.iso) "
                    + "的修订说明；请在 revisions 中写明改了什么、为什么改",
                "公開（\(published.iso)）後，提交 \(commit)（\(date.iso)，\(author)：「\(subject)」）修改了內容，但沒有日期不早於 \(date.iso) "
                    + "的修訂說明；請在 revisions 中寫明改了什麼、為什麼改",
                "commit \(commit) (\(date.iso), \(author): \(subject)) changed the notice after it was published on "
                    + "\(published.iso), but no revisions entry is dated on or after \(date.iso); add one saying what "
                    + "changed and why"
            )
        case .bankCard(let masked):
            return pick(
                "发现未隐去的银行卡号 \(masked)；请只保留后 4 位", "發現未隱去的銀行卡號 \(masked)；請只保留後 4 位",
                "an unmasked bank card number \(masked); keep only the last 4 digits")
        }
    }
}
