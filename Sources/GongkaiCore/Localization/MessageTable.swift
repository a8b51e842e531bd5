// The diagnostics' words in zh-Hant and English, keyed by their zh-Hans wording like ThemeTable
// and EditorTable (one catalogue in three files): what `check` and `build` say of a file, and the
// rules' messages. MessageTableTests holds every key the messages use to it.
// swift-format-ignore-file

package enum MessageTable {
    package static let entries: [String: (hant: String, en: String)] = [
        "一事一议每人筹资（筹劳）{amount} {unit}，超过上限 {cap} {unit}": (
            "一事一議每人籌資（籌勞）{amount} {unit}，超過上限 {cap} {unit}",
            "{amount} {unit} per person is over the cap of {cap} {unit}"
        ),
        "天": ("天", "days"),
        "所引决议（{file}）{resolved} 才表决，晚于公开日期 {before}：须先决议、后实施": (
            "所引決議（{file}）{resolved} 才表決，晚於公開日期 {before}：須先決議、後實施",
            """
            the decision cited ({file}) was resolved on {resolved}, after the publication ({before}): resolve \
            first, then act
            """
        ),
        "所引决议（{file}）{resolved} 才表决，晚于债务发生日期 {before}：须先决议、后实施": (
            "所引決議（{file}）{resolved} 才表決，晚於債務發生日期 {before}：須先決議、後實施",
            """
            the decision cited ({file}) was resolved on {resolved}, after the debt arose ({before}): resolve first, \
            then act
            """
        ),
        "本文件另有 {count} 处同类问题未逐条列出（自此处起）；请先改正上面列出的": (
            "本檔案另有 {count} 處同類問題未逐條列出（自此處起）；請先改正上面列出的",
            """
            {count} more {count:problem|problems} of this kind in this file, from here on, not listed one by one; \
            fix the ones above first
            """
        ),
        "最多 {count} 项": ("最多 {count} 項", "it may have at most {count} {count:item|items}"),
        "{documents} 篇文档，{errorCount} 个错误，{warningCount} 个警告": (
            "{documents} 篇文件，{errorCount} 個錯誤，{warningCount} 個警告",
            """
            {documents} {documents:document|documents}, {errorCount} {errorCount:error|errors}, {warningCount} \
            {warningCount:warning|warnings}
            """
        ),
        "；{drafts} 篇草稿": ("；{drafts} 篇草稿", "; {drafts} {drafts:draft|drafts}"),
        "（草稿中有 {draftErrorCount} 个错误，只影响草稿本身，不影响其他文档发布）": (
            "（草稿中有 {draftErrorCount} 個錯誤，只影響草稿本身，不影響其他文件發佈）",
            " ({draftErrorCount} {draftErrorCount:error|errors} in drafts: they hold back only those drafts)"
        ),
        "；{reused} 篇未改动，沿用上次生成的页面": ("；{reused} 篇未改動，沿用上次生成的頁面", "; {reused} unchanged {reused:notice|notices} reused"),
        "；已生成 {published} 篇公开文档到 {output}": (
            "；已生成 {published} 篇公開文件到 {output}",
            "; {published} {published:notice|notices} published to {output}"
        ),
        "{name} 确定为入党积极分子的日期 {activist} 距公开不满一年（应不晚于 {latest}）；培养考察须一年以上": (
            "{name} 確定為入黨積極分子的日期 {activist} 距公開不滿一年（應不晚於 {latest}）；培養考察須一年以上",
            "{name} became an activist on {activist}, less than a year before publishing (at the latest {latest})"
        ),
        "{name} 出生于 {born}，到 {published} 未满 18 周岁；请核对出生年月": (
            "{name} 出生於 {born}，到 {published} 未滿 18 週歲；請核對出生年月",
            "{name}, born {born}, is under 18 on {published}; check the birth month"
        ),
        "{name} 递交申请书 {applied} 晚于确定为积极分子 {activist}；请核对日期": (
            "{name} 遞交申請書 {applied} 晚於確定為積極分子 {activist}；請核對日期",
            "{name} applied on {applied}, after becoming an activist on {activist}; check the dates"
        ),
        "{name} 处于“{stage}”阶段，须填写确定为入党积极分子日期 activist": (
            "{name} 處於「{stage}」階段，須填寫確定為入黨積極分子日期 activist",
            "{name} is at stage {stage}: activist (date) is required"
        ),
        "{name} 欠缴党费：应缴 {standard} × {months} = {due}，实缴 {paid}": (
            "{name} 欠繳黨費：應繳 {standard} × {months} = {due}，實繳 {paid}",
            "{name} is in arrears: due {standard} × {months} = {due}, paid {paid}"
        ),
        "支部党员大会作出决定须有半数以上党员到会：实到 {present}，应到 {expected}": (
            "支部黨員大會作出決定須有半數以上黨員到會：實到 {present}，應到 {expected}",
            "a branch meeting that decides needs more than half the members present: {present} of {expected}"
        ),
        "会议日期 {date} 晚于公开日期 {published}；会议须在公开之前召开": (
            "會議日期 {date} 晚於公開日期 {published}；會議須在公開之前召開",
            "the meeting date {date} is after published {published}"
        ),
        "{name} 总分不符：{parts} = {computed}，填写为 {stated}": (
            "{name} 總分不符：{parts} = {computed}，填寫為 {stated}",
            "{name}'s total does not add up: {parts} = {computed}, written as {stated}"
        ),
        "{name} 的积分项目“{category}”不在 categories 中（{categories}）": (
            "{name} 的積分項目「{category}」不在 categories 中（{categories}）",
            "{name} has a score for {category}, which is not in categories ({categories})"
        ),
        "补偿分配不平：集体留存 + 每人 × 人数 = {sum}，应等于土地补偿费 + 安置补助费 = {received}": (
            "補償分配不平：集體留存 + 每人 × 人數 = {sum}，應等於土地補償費 + 安置補助費 = {received}",
            """
            the split does not add up: retained + per person × persons = {sum}, but land fee + resettlement fee = \
            {received}
            """
        ),
        "{holder}不是本集体成员：发包给外来者须经村民会议三分之二以上成员或代表同意，请填写 approval": (
            "{holder}不是本集體成員：發包給外來者須經村民會議三分之二以上成員或代表同意，請填寫 approval",
            "{holder} is not a member: a contract with an outsider needs two thirds' approval; add approval"
        ),
        "发包给外来者{holder}：同意 {votes} 人，不足应到 {expected} 人的三分之二": (
            "發包給外來者{holder}：同意 {votes} 人，不足應到 {expected} 人的三分之二",
            "contract with outsider {holder}: {votes} for, less than two thirds of {expected}"
        ),
        "{holder}欠缴承包费：本年应收 {due}，实收 {received}，欠 {owed}": (
            "{holder}欠繳承包費：本年應收 {due}，實收 {received}，欠 {owed}",
            "{holder} is in arrears: {due} due, {received} received"
        ),
        """
            公开（{published}）后，提交 {commit}（{date}，{by}：“{title}”）修改了内容，但没有日期不早于 {date} 的修订说明；请在 revisions \
            中写明改了什么、为什么改
            """: (
            """
            公開（{published}）後，提交 {commit}（{date}，{by}：「{title}」）修改了內容，但沒有日期不早於 {date} 的修訂說明；請在 revisions \
            中寫明改了什麼、為什麼改
            """,
            """
            commit {commit} ({date}, {by}: {title}) changed the notice after it was published on {published}, \
            but no revisions entry is dated on or after {date}; add one saying what changed and why
            """
        ),
        "结算公示须有支出明细（spending）和结余（balance）": (
            "結算公示須有支出明細（spending）和結餘（balance）",
            "a settlement needs its spending and balance"
        ),
        "decision 写的“{slug}”是一篇{otherKind}，不是四议两公开决议：请写决议文档的文件名": (
            "decision 寫的「{slug}」是一篇{otherKind}，不是四議兩公開決議：請寫決議文件的檔名",
            "decision names {slug}, which is not an affairs.decision: name the resolution's file"
        ),
        "decision 写的“{slug}”在本村找不到四议两公开决议：请写决议文档的文件名（不含 .md/.yaml）": (
            "decision 寫的「{slug}」在本村找不到四議兩公開決議：請寫決議文件的檔名（不含 .md/.yaml）",
            "decision names {slug}, but the village has no affairs.decision of that name (file name, no extension)"
        ),
        "分配人口认定截止日 {cutoff} 晚于分配方案表决日 {resolved}：应在表决前确定谁参与分配": (
            "分配人口認定截止日 {cutoff} 晚於分配方案表決日 {resolved}：應在表決前確定誰參與分配",
            "the cutoff {cutoff} is after the vote on the split ({resolved}): fix who shares before the vote"
        ),
        "{applicant} 已于 {approved} 获批宅基地（{file}）：一户只能拥有一处宅基地，请核实": (
            "{applicant} 已於 {approved} 獲批宅基地（{file}）：一戶只能擁有一處宅基地，請核實",
            "{applicant} was granted a homestead on {approved} ({file}): one household, one homestead"
        ),
        "向{creditor}的债务 {amount} 元（{arose} 发生）达到 {threshold} 元，举债须经村民代表会议决议：请在 decision 中写明该决议（四议两公开）的文件名": (
            "向{creditor}的債務 {amount} 元（{arose} 發生）達到 {threshold} 元，舉債須經村民代表會議決議：請在 decision 中寫明該決議（四議兩公開）的檔名",
            """
            the payable to {creditor} of {amount} (arose {arose}) is {threshold} or more: borrowing needs a \
            villagers' resolution; name it in decision
            """
        ),
        "债务人{name}是村“两委”成员（{role}），欠村集体 {amount} 元：请监委督促清收": (
            "債務人{name}是村「兩委」成員（{role}），欠村集體 {amount} 元：請監委督促清收",
            "the debtor {name} sits on the village committee ({role}) and owes the village {amount}"
        ),
        "与{party}的往来款 {arose} 发生，到 {end} 已挂账 {years} 年以上：请清理或说明原因": (
            "與{party}的往來款 {arose} 發生，到 {end} 已掛賬 {years} 年以上：請清理或說明原因",
            "the claim with {party} arose {arose}, over {years} years before {end}: settle it or explain"
        ),
        "期初余额 {opening} 与上期（{previousPeriod}，{previousFile}）期末余额 {previousClosing} 不一致": (
            "期初餘額 {opening} 與上期（{previousPeriod}，{previousFile}）期末餘額 {previousClosing} 不一致",
            """
            opening balance {opening} differs from the closing balance {previousClosing} of {previousPeriod} \
            ({previousFile})
            """
        ),
        "{label}不符：{parts} = {computed}，填写为 {stated}": (
            "{label}不符：{parts} = {computed}，填寫為 {stated}",
            "{label} does not add up: {parts} = {computed}, written as {stated}"
        ),
        "程序顺序不对：{earlier}（{earlierDate}）应不晚于{later}（{laterDate}）": (
            "程序順序不對：{earlier}（{earlierDate}）應不晚於{later}（{laterDate}）",
            "steps out of order: {earlier} ({earlierDate}) must not be after {later} ({laterDate})"
        ),
        "党员大会审议须过半数党员到会并过半数同意：应到 {expected}，实到 {present}，赞成 {forVotes}": (
            "黨員大會審議須過半數黨員到會並過半數同意：應到 {expected}，實到 {present}，贊成 {forVotes}",
            """
            the party review needs a majority present and a majority of all members for: expected {expected}, \
            present {present}, for {forVotes}
            """
        ),
        "{body}到会人数不足：应到 {expected}，实到 {present}，至少需要 {needed}": (
            "{body}到會人數不足：應到 {expected}，實到 {present}，至少需要 {needed}",
            "{body} lacks a quorum: expected {expected}, present {present}, at least {needed} needed"
        ),
        "决议未获通过：赞成 {forVotes} 票，未超过到会 {present} 人的半数": (
            "決議未獲通過：贊成 {forVotes} 票，未超過到會 {present} 人的半數",
            "the resolution did not pass: {forVotes} for is not more than half of {present} present"
        ),
        "{label}实到 {present} 人多于应到 {expected} 人；请核对人数": (
            "{label}實到 {present} 人多於應到 {expected} 人；請核對人數",
            "{label}: {present} present is more than {expected} expected"
        ),
        "{label}赞成、反对、弃权合计 {votes} 票，多于实到 {present} 人": (
            "{label}贊成、反對、棄權合計 {votes} 票，多於實到 {present} 人",
            "{label}: {votes} votes cast by {present} present"
        ),
        "{endLabel} {end} 早于{startLabel} {start}；请核对日期": (
            "{endLabel} {end} 早於{startLabel} {start}；請核對日期",
            "{endLabel} {end} is before {startLabel} {start}"
        ),
        "已支出 {spent} 元，超出预算 {budget} 元 {over} 元": (
            "已支出 {spent} 元，超出預算 {budget} 元 {over} 元",
            "spent {spent} is over the budget of {budget} by {over}"
        ),
        "进度为“已验收”，须填写验收 acceptance（日期和验收人）": (
            "進度為「已驗收」，須填寫驗收 acceptance（日期和驗收人）",
            "progress 已验收 requires acceptance (date and by)"
        ),
        "公示期只有 {days} 天，不少于 {minimum} 天；请把 notice_until 推后": (
            "公示期只有 {days} 天，不少於 {minimum} 天；請把 notice_until 延後",
            "the notice period is {days} days, at least {minimum} are required; move notice_until later"
        ),
        "期末余额不符: 期初 {opening} + 收入 {income} − 支出 {expense} = {computed}, 填写为 {stated}": (
            "期末餘額不符: 期初 {opening} + 收入 {income} − 支出 {expense} = {computed}, 填寫為 {stated}",
            """
            closing balance does not add up: opening {opening} + income {income} − expense {expense} = {computed}, \
            written as {stated}
            """
        ),
        "日期 {date} 不在所属期间 {period} 内；请核对日期或期间": (
            "日期 {date} 不在所屬期間 {period} 內；請核對日期或期間",
            "the date {date} lies outside the period {period}"
        ),
        "凭证号 {voucher} 重复使用（第 {firstLine} 行已用过）": (
            "憑證號 {voucher} 重複使用（第 {firstLine} 行已用過）",
            "voucher {voucher} is used twice (first on line {firstLine})"
        ),
        "财务公开须经村务监督委员会审核：请填写 reviewed（审核日期和审核人）": (
            "財務公開須經村務監督委員會審核：請填寫 reviewed（審核日期和審核人）",
            "finance notices need the supervisory committee's review: add reviewed (date and by)"
        ),
        "审核日期 {reviewed} 晚于公开日期 {published}；须先审核后公开": (
            "審核日期 {reviewed} 晚於公開日期 {published}；須先審核後公開",
            "reviewed on {reviewed}, after published {published}; review comes first"
        ),
        "审核人 {name} 不是本村村务监督委员会成员（{supervisors}）": (
            "審核人 {name} 不是本村村務監督委員會成員（{supervisors}）",
            "reviewer {name} is not on the village's supervisory committee ({supervisors})"
        ),
        "资产“{item}”状态为{status}，须填写承租（包）方 holder 和年收益 income": (
            "資產「{item}」狀態為{status}，須填寫承租（包）方 holder 和年收益 income",
            "asset {item} is {status}: holder and income are required"
        ),
        "“{resource}”合同将于 {end} 到期（还有 {days} 天）；请及时按程序重新发包": (
            "「{resource}」合同將於 {end} 到期（還有 {days} 天）；請及時按程序重新發包",
            "the contract for {resource} ends on {end}, in {days} days"
        ),
        "村务监督委员会有 {count} 人，一般应为 3 至 5 人": (
            "村務監督委員會有 {count} 人，一般應為 3 至 5 人",
            "the supervisory committee has {count} members; 3 to 5 are expected"
        ),
        "{name} 同时是村“两委”成员和村务监督委员会成员；村委会成员及其近亲属不得担任监督委员": (
            "{name} 同時是村「兩委」成員和村務監督委員會成員；村委會成員及其近親屬不得擔任監督委員",
            "{name} sits on both the committee and the supervisory committee"
        ),
        "申请面积 {area} 平方米，超过本省每户宅基地上限 {limit} 平方米": (
            "申請面積 {area} 平方米，超過本省每戶宅基地上限 {limit} 平方米",
            "{area} m² applied for is over the limit of {limit} m² a household"
        ),
        "批准面积 {approved} 平方米大于申请面积 {applied} 平方米": (
            "批准面積 {approved} 平方米大於申請面積 {applied} 平方米",
            "{approved} m² approved is more than the {applied} m² applied for"
        ),
        "批准日期 {approved} 在公示截止 {until} 之前或当天：公示期满、异议处理完后才能审批": (
            "批准日期 {approved} 在公示截止 {until} 之前或當天：公示期滿、異議處理完後才能審批",
            "approved on {approved}, before the notice ended ({until}): approve only after it"
        ),
        "村民小组会议应到 {expected} 人、实到 {present} 人、同意 {forVotes} 人：须过半数到会、到会过半数同意": (
            "村民小組會議應到 {expected} 人、實到 {present} 人、同意 {forVotes} 人：須過半數到會、到會過半數同意",
            """
            the group meeting had {present} of {expected} present and {forVotes} for: more than half must attend \
            and more than half of them agree
            """
        ),
        "异议提出日期 {raised} 应在公开日期 {published} 和今天 {today} 之间": (
            "異議提出日期 {raised} 應在公開日期 {published} 和今天 {today} 之間",
            "the objection's date {raised} must lie between publication ({published}) and today ({today})"
        ),
        "答复日期 {answered} 早于异议提出日期 {raised}": (
            "答覆日期 {answered} 早於異議提出日期 {raised}",
            "answered {answered}, before it was raised ({raised})"
        ),
        "{raised} 提出的异议已有处理结果，请填写答复日期（answered）": (
            "{raised} 提出的異議已有處理結果，請填寫答覆日期（answered）",
            "the objection of {raised} has a result: add the date it was answered"
        ),
        "{raised} 提出的异议超过 {days} 天仍在处理中：请尽快答复村民并填写处理结果": (
            "{raised} 提出的異議超過 {days} 天仍在處理中：請儘快答覆村民並填寫處理結果",
            "the objection of {raised} is still open after {days} days: answer it and record the result"
        ),
        "还有异议在处理中，不能审批：请先答复异议": ("還有異議在處理中，不能審批：請先答覆異議", "an objection is still open: answer it before approving"),
        "分配不平：公积公益金 + 福利费 + 成员分配 + 年末未分配 = {parts}，可分配收益填写为 {distributable}": (
            "分配不平：公積公益金 + 福利費 + 成員分配 + 年末未分配 = {parts}，可分配收益填寫為 {distributable}",
            """
            the split does not add up: reserve + welfare + to members + carried forward = {parts}, distributable \
            written as {distributable}
            """
        ),
        "每{unit} {per} × {units} {unit} = {product}，与成员分配 {members} 不符": (
            "每{unit} {per} × {units} {unit} = {product}，與成員分配 {members} 不符",
            "{per} per unit × {units} = {product}, but to members is {members}"
        ),
        "可分配收益为 {distributable}，没有收益不得向成员分配（填写了 {members}）": (
            "可分配收益為 {distributable}，沒有收益不得向成員分配（填寫了 {members}）",
            "distributable is {distributable}: nothing may go to members (written {members})"
        ),
        "发现未隐去的身份证号 {masked}；请只保留前 6 位和后 4 位，中间用 * 代替": (
            "發現未隱去的身份證號 {masked}；請只保留前 6 位和後 4 位，中間用 * 代替",
            "an unmasked resident ID number {masked}; keep the first 6 and last 4 digits, replace the rest with *"
        ),
        "发现未隐去的手机号 {masked}；请写成 138****5678，公开电话请写在 hotline 或 contact.phone 中": (
            "發現未隱去的手機號 {masked}；請寫成 138****5678，公開電話請寫在 hotline 或 contact.phone 中",
            """
            an unmasked mobile number {masked}; write it as 138****5678, or put a public number in hotline or \
            contact.phone
            """
        ),
        "发现未隐去的银行卡号 {masked}；请只保留后 4 位": (
            "發現未隱去的銀行卡號 {masked}；請只保留後 4 位",
            "an unmasked bank card number {masked}; keep only the last 4 digits"
        ),
        "；{scheduled} 篇未到公开日期，暂不发布": ("；{scheduled} 篇未到公開日期，暫不發佈", "; {scheduled} not published yet (future date)"),
        "；未写入任何文件": ("；未寫入任何檔案", "; nothing was written"),
        "gongkai.yaml 设置 history: off，页面不显示修订记录": (
            "gongkai.yaml 設定 history: off，頁面不顯示修訂記錄",
            "gongkai.yaml says history: off: pages show no history"
        ),
        "history 指定的 {path} 不是 git 仓库，页面不显示修订记录": (
            "history 指定的 {path} 不是 git 倉庫，頁面不顯示修訂記錄",
            "{path}, named by history:, is not a git repository: pages show no history"
        ),
        "不在 git 仓库中，页面不显示修订记录": ("不在 git 倉庫中，頁面不顯示修訂記錄", "not in a git repository: pages show no history"),
        "浅克隆仓库，修订记录不完整": ("淺克隆倉庫，修訂記錄不完整", "shallow clone: history is incomplete"),
        "YAML 格式有误：{reason}；请检查缩进、冒号和引号": (
            "YAML 格式有誤：{reason}；請檢查縮排、冒號和引號",
            "YAML does not parse: {reason}; check indentation, colons and quotes"
        ),
        "一个文件只能有一份 YAML 文档，请删去多余的 `---`": (
            "一個檔案只能有一份 YAML 文件，請刪去多餘的 `---`",
            "one file holds one YAML document; remove the extra `---`"
        ),
        "引用了未定义的锚点 *{name}；请先用 &{name} 定义": (
            "引用了未定義的錨點 *{name}；請先用 &{name} 定義",
            "alias *{name} names no anchor; define it first with &{name}"
        ),
        "键必须是简单文字": ("鍵必須是簡單文字", "a key must be plain text"),
        "别名展开超过 {limit} 个节点，已拒绝；请减少锚点和别名的嵌套引用": (
            "別名展開超過 {limit} 個節點，已拒絕；請減少錨點和別名的巢狀引用",
            "aliases expand past {limit} nodes; rejected — reduce nested anchors and aliases"
        ),
        "嵌套超过 {limit} 层，已拒绝；公告数据用不到这么深的列表或映射，请检查是否多写了 [ { 或缩进": (
            "巢狀超過 {limit} 層，已拒絕；公告資料用不到這麼深的清單或映射，請檢查是否多寫了 [ { 或縮排",
            """
            nested deeper than {limit} levels; rejected — no notice needs lists or mappings this deep: check for \
            stray [ { or indentation
            """
        ),
        "一个映射里写了超过 {limit} 个字段，已拒绝；公告用不到这么多字段，请检查是否把列表写成了映射（每项前加 - ）": (
            "一個映射裡寫了超過 {limit} 個欄位，已拒絕；公告用不到這麼多欄位，請檢查是否把清單寫成了映射（每項前加 - ）",
            """
            a mapping with more than {limit} keys; rejected — no notice needs so many fields: check whether a list \
            was written as a mapping (start each item with - )
            """
        ),
        "字段 {key} 重复（第 {firstLine} 行已写过）；请删去其中一个": (
            "欄位 {key} 重複（第 {firstLine} 行已寫過）；請刪去其中一個",
            "duplicate key {key} (first written on line {firstLine}); remove one of them"
        ),
        "Markdown 文件须以 `---` 开头的 YAML 头部开始": (
            "Markdown 檔案須以 `---` 開頭的 YAML 頭部開始",
            "a Markdown file must start with YAML front matter opened by `---`"
        ),
        "YAML 头部没有结束行；请在字段之后加一行 `---`": (
            "YAML 頭部沒有結束行；請在欄位之後加一行 `---`",
            "front matter is not closed; add a `---` line after the fields"
        ),
        "文件不是 UTF-8 编码；请用 UTF-8 保存": ("檔案不是 UTF-8 編碼；請用 UTF-8 儲存", "the file is not UTF-8; save it as UTF-8"),
        "文件 {bytes} 字节，超过单篇上限 {limit} 字节；请拆分为几篇": (
            "檔案 {bytes} 位元組，超過單篇上限 {limit} 位元組；請拆分為幾篇",
            "the file has {bytes} bytes, over the limit of {limit} for one document; split it"
        ),
        "无法读取：{reason}": ("無法讀取：{reason}", "cannot read: {reason}"),
        "内容应为“字段: 值”的映射": ("內容應為「欄位: 值」的映射", "expected a mapping of `field: value`"),
        "缺少必填字段 {key}（{label}）；请补上": ("缺少必填欄位 {key}（{label}）；請補上", "required field {key} ({label}) is missing; add it"),
        "；是否应为 {suggestion}？": ("；是否應為 {suggestion}？", "; did you mean {suggestion}?"),
        "；请删去或改正": ("；請刪去或改正", "; remove or correct it"),
        "未知字段 {key}": ("未知欄位 {key}", "unknown field {key}"),
        "（空）": ("（空）", "(empty)"),
        "{key}（{label}）的值 {shown} 不正确：": (
            "{key}（{label}）的值 {shown} 不正確：",
            "{key} ({label}) has the value {shown}, but "
        ),
        "未知的文档类型 kind: {kind}": ("未知的文件類型 kind: {kind}", "unknown kind {kind}"),
        "公示截止日期 {until} 早于公开日期 {published}；截止日期须不早于公开日期": (
            "公示截止日期 {until} 早於公開日期 {published}；截止日期須不早於公開日期",
            "notice_until {until} is before published {published}; it must be on or after it"
        ),
        "同一村已有名为 {slug} 的文档（{other}）；请给其中一个改名": (
            "同一村已有名為 {slug} 的文件（{other}）；請給其中一個改名",
            "the village already has a document named {slug} ({other}); rename one of them"
        ),
        "附件 {file} 不存在；请检查文件名，路径相对于村文件夹": (
            "附件 {file} 不存在；請檢查檔名，路徑相對於村資料夾",
            "attachment {file} does not exist; check the name (paths are relative to the village folder)"
        ),
        "附件 {file} 不在本村文件夹内；请把文件放进村文件夹": (
            "附件 {file} 不在本村資料夾內；請把檔案放進村資料夾",
            "attachment {file} leaves the village folder; put the file inside it"
        ),
        "村文件夹 {village} 缺少 village.yaml；请添加村情况": (
            "村資料夾 {village} 缺少 village.yaml；請添加村情況",
            "village folder {village} has no village.yaml; add one"
        ),
        "模板有误：{reason}": ("模板有誤：{reason}", "template error: {reason}"),
        "；是否应为 {{{suggestion}}}？": ("；是否應為 {{{suggestion}}}？", "; did you mean {{{suggestion}}}?"),
        "；请对照 gongkai 的页面字段改正（写错的名称显示为空白）": (
            "；請對照 gongkai 的頁面欄位改正（寫錯的名稱顯示為空白）",
            "; correct it against gongkai's page fields (a wrong name renders as nothing)"
        ),
        "模板用到的名称 {name} 在 {page} 页面此处的数据（{model}）中不存在": (
            "範本用到的名稱 {name} 在 {page} 頁面此處的資料（{model}）中不存在",
            "the template uses {name}, which the data here on the {page} page ({model}) does not have"
        ),
        "找不到 gongkai.yaml（从 {path} 向上查找）；请在站点根目录运行，或给出 ROOT 路径": (
            "找不到 gongkai.yaml（從 {path} 向上查找）；請在站點根目錄執行，或給出 ROOT 路徑",
            "no gongkai.yaml found (looking upwards from {path}); run in the site's root folder or give ROOT"
        ),
        "无法读取 {path}：{reason}": ("無法讀取 {path}：{reason}", "cannot read {path}: {reason}"),
        "无法替换 {path}：{reason}": ("無法替換 {path}：{reason}", "cannot replace {path}: {reason}"),
        "无法移动 {from} 到 {to}：{reason}": ("無法移動 {from} 到 {to}：{reason}", "cannot move {from} to {to}: {reason}"),
        "输出路径 {path} 已存在且不是文件夹": ("輸出路徑 {path} 已存在且不是資料夾", "the output path {path} exists and is not a folder"),
        "{path} 不存在或无法读取；请指向 gongkai build 生成的网站文件夹": (
            "{path} 不存在或無法讀取；請指向 gongkai build 生成的網站資料夾",
            "{path} is missing or unreadable; point to a site folder made by gongkai build"
        ),
        "无法设置 receive.denyCurrentBranch：{reason}": (
            "無法設定 receive.denyCurrentBranch：{reason}", "cannot set receive.denyCurrentBranch: {reason}"
        ),
        "无法设置 {path} 为可执行": ("無法將 {path} 設為可執行", "cannot make {path} executable"),
        "标签没有闭合，缺少 {closer}": ("標籤沒有閉合，缺少 {closer}", "a tag is not closed: {closer} is missing"),
        "标签缺少名称": ("標籤缺少名稱", "a tag has no name"),
        "分隔符标签应写作 {{=<% %>=}}：两个不含 = 的记号，以空格隔开": (
            "分隔符標籤應寫作 {{=<% %>=}}：兩個不含 = 的記號，以空格隔開",
            "a delimiter tag is written {{=<% %>=}}: two markers without =, separated by a space"
        ),
        "区段嵌套超过 {limit} 层": ("區段巢狀超過 {limit} 層", "sections are nested more than {limit} deep"),
        "{{/{name}}} 与打开的 {{#{open}}} 不匹配": (
            "{{/{name}}} 與開啟的 {{#{open}}} 不相符", "{{/{name}}} does not close the open {{#{open}}}"
        ),
        "{{/{name}}} 前面没有打开的 {{#{name}}}": (
            "{{/{name}}} 前面沒有開啟的 {{#{name}}}", "{{/{name}}} closes no open {{#{name}}}"
        ),
        "{{#{name}}} 没有对应的 {{/{name}}}": (
            "{{#{name}}} 沒有對應的 {{/{name}}}", "{{#{name}}} is never closed by {{/{name}}}"
        ),
        "局部模板无条件地包含自己（{chain}），渲染永远不会结束；请把这个 {{>…}} 放进一个节 {{#…}}…{{/…}} 里，让数据用完时停止，或去掉它": (
            "局部範本無條件地包含自己（{chain}），渲染永遠不會結束；"
                + "請把這個 {{>…}} 放進一個節 {{#…}}…{{/…}} 裡，讓資料用完時停止，或去掉它",
            "a partial includes itself unconditionally ({chain}): rendering would never end; "
                + "put this {{>…}} inside a section {{#…}}…{{/…}} so that it stops when the data runs out, or remove it"
        ),
        "引用的局部模板 {{>{name}}} 不存在；请添加 templates/{name}.mustache 或改正名称": (
            "引用的局部範本 {{>{name}}} 不存在；請新增 templates/{name}.mustache 或改正名稱",
            "the partial {{>{name}}} does not exist; add templates/{name}.mustache or correct the name"
        ),
        "模板渲染超过上限（{operations} 步或 {bytes} MiB），已停止；多半是局部模板 {{>…}} 互相引用（最多 {depth} 层）：请检查这个模板及其引用的局部模板": (
            "模板渲染超過上限（{operations} 步或 {bytes} MiB），已停止；多半是局部範本 {{>…}} 互相引用（最多 {depth} 層）：請檢查這個範本及其引用的局部範本",
            """
            rendering stopped past {operations} steps or {bytes} MiB; most likely partials {{>…}} include each \
            other (at most {depth} deep): check this template and its partials
            """
        ),
        "{path} 是符号链接（指向 {target}），不会读取也不会发布；请把文件本身放进村文件夹": (
            "{path} 是符號連結（指向 {target}），不會讀取也不會發布；請把檔案本身放進村資料夾",
            """
            {path} is a symbolic link (to {target}): not read and not published; put the file itself in the village \
            folder
            """
        ),
        "content/ 里没有村文件夹；请为每个村建一个文件夹（如 content/xuji/）并放入 village.yaml": (
            "content/ 裡沒有村資料夾；請為每個村建一個資料夾（如 content/xuji/）並放入 village.yaml",
            "content/ holds no village folder; make one per village (e.g. content/xuji/) with a village.yaml"
        ),
        "村文件夹名 {name} 不合规：只能用小写字母、数字和连字符，且以字母或数字开头": (
            "村資料夾名 {name} 不合規：只能用小寫字母、數字和連字號，且以字母或數字開頭",
            """
            village folder name {name} is invalid: use lowercase letters, digits and hyphens, starting with a \
            letter or digit
            """
        ),
        "正文 {found} 字节，超过上限 {maximum} 字节（约 4 万字）；长文请作为 PDF 附件上传": (
            "正文 {found} 位元組，超過上限 {maximum} 位元組（約 4 萬字）；長文請作為 PDF 附件上傳",
            "the body has {found} bytes, over the limit of {maximum}; attach long texts as a PDF"
        ),
        "引用（>）嵌套 {found} 层，超过上限 {maximum} 层；请删去多余的 >": (
            "引用（>）巢狀 {found} 層，超過上限 {maximum} 層；請刪去多餘的 >",
            "block quotes (>) nested {found} deep, over the limit of {maximum}; remove the extra >"
        ),
        "正文表格有 {found} 列，超过上限 {maximum} 列；请拆分表格": (
            "正文表格有 {found} 欄，超過上限 {maximum} 欄；請拆分表格",
            "a table in the body has {found} columns, over the limit of {maximum}; split it"
        ),
        "正文表格共 {found} 行，超过上限 {maximum} 行；大表请写入数据字段或作为附件": (
            "正文表格共 {found} 列，超過上限 {maximum} 列；大表請寫入資料欄位或作為附件",
            """
            tables in the body have {found} rows, over the limit of {maximum}; put large tables in data fields or \
            an attachment
            """
        ),
        "正文含 {found} 处 <![CDATA[，超过上限 {maximum} 处；公告正文不使用 HTML，请删去": (
            "正文含 {found} 處 <![CDATA[，超過上限 {maximum} 處；公告正文不使用 HTML，請刪去",
            "the body holds {found} <![CDATA[ openers, over the limit of {maximum}; notices use no HTML: remove them"
        ),
        "正文含 {found} 个 @，超过上限 {maximum} 个；请删去多余的 @": (
            "正文含 {found} 個 @，超過上限 {maximum} 個；請刪去多餘的 @",
            "the body holds {found} @ signs, over the limit of {maximum}; remove the extra ones"
        ),
        "应为文字": ("應為文字", "it must be text"),
        "应为 1 到 {max} 个字": ("應為 1 到 {max} 個字", "it must be 1 to {max} characters"),
        "应为日期 YYYY-MM-DD，如 2026-11-05": (
            "應為日期 YYYY-MM-DD，如 2026-11-05",
            "it must be a date YYYY-MM-DD, e.g. 2026-11-05"
        ),
        "应为月份 YYYY-MM，如 2026-10": ("應為月份 YYYY-MM，如 2026-10", "it must be a month YYYY-MM, e.g. 2026-10"),
        "应为期间 {forms}": ("應為期間 {forms}", "it must be a period {forms}"),
        "应为金额（元），如 1200、1200.5 或 \"1,200.50\"": (
            "應為金額（元），如 1200、1200.5 或 \"1,200.50\"",
            "it must be an amount in yuan, e.g. 1200, 1200.5 or \"1,200.50\""
        ),
        "金额最多两位小数（角、分）": ("金額最多兩位小數（角、分）", "an amount has at most 2 decimals"),
        "金额不能为负": ("金額不能為負", "the amount cannot be negative"),
        "金额应大于 0": ("金額應大於 0", "the amount must be more than 0"),
        "应为 {minimum} 到 {maximum} 之间的整数": (
            "應為 {minimum} 到 {maximum} 之間的整數",
            "it must be a whole number from {minimum} to {maximum}"
        ),
        "应为非负数，最多四位小数": ("應為非負數，最多四位小數", "it must be a non-negative number, at most 4 decimals"),
        "应为大于 0 的数": ("應為大於 0 的數", "it must be a number more than 0"),
        "应为 true 或 false": ("應為 true 或 false", "it must be true or false"),
        "应为以下之一：{options}": ("應為以下之一：{options}", "it must be one of: {options}"),
        "应为列表（每项以 - 开头）": ("應為列表（每項以 - 開頭）", "it must be a list (items start with -)"),
        "应为 {first} 或之后的月份": ("應為 {first} 或之後的月份", "it must be a month from {first} on"),
        "应为至少一项的列表": ("應為至少一項的列表", "it must be a list of at least one item"),
        "应为“字段: 值”的映射": ("應為「欄位: 值」的映射", "it must be a mapping of `field: value`"),
        "应为以 / 结尾的 http(s) 网址，如 https://gk.example.cn/": (
            "應為以 / 結尾的 http(s) 網址",
            "it must be an absolute http(s) URL ending in /"
        ),
        "应为 zh-Hans、zh-Hant 或 en": ("應為 zh-Hans、zh-Hant 或 en", "it must be zh-Hans, zh-Hant or en"),
        "只能用小写字母、数字和连字符": ("只能用小寫字母、數字和連字號", "use lowercase letters, digits and hyphens"),
        "应为 git（站点目录的仓库）、off（不显示修订记录）或站点目录内另一个 git 仓库的相对路径": (
            "應為 git（站點目錄的倉庫）、off（不顯示修訂記錄）或站點目錄內另一個 git 倉庫的相對路徑",
            """
            it must be git (the site root's repository), off (no history) or the relative path of another git \
            repository inside the site root
            """
        ),
        "字": ("字", "characters"),
    ]
}
