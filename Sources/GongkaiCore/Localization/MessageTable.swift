// The diagnostics' words in zh-Hant and English, keyed by their zh-Hans wording like ThemeTable
// and EditorTable (one catalogue in three files): what `check` and `build` say of a file, and the
// rules' messages. MessageTableTests holds every key the messages use to it.
// swift-format-ignore-file

package enum MessageTable {
    package static let entries: [String: (hant: String, en: String)] = [
        "一事一议每人筹资（筹劳）{1} {2}，超过上限 {3} {2}": (
            "一事一議每人籌資（籌勞）{1} {2}，超過上限 {3} {2}",
            "{1} {2} per person is over the cap of {3} {2}"
        ),
        "天": ("天", "days"),
        "所引决议（{1}）{2} 才表决，晚于公开日期 {3}：须先决议、后实施": (
            "所引決議（{1}）{2} 才表決，晚於公開日期 {3}：須先決議、後實施",
            "the decision cited ({1}) was resolved on {2}, after the publication ({3}): resolve first, then act"
        ),
        "所引决议（{1}）{2} 才表决，晚于债务发生日期 {3}：须先决议、后实施": (
            "所引決議（{1}）{2} 才表決，晚於債務發生日期 {3}：須先決議、後實施",
            "the decision cited ({1}) was resolved on {2}, after the debt arose ({3}): resolve first, then act"
        ),
        "本文件另有 {1} 处同类问题未逐条列出（自此处起）；请先改正上面列出的": (
            "本檔案另有 {1} 處同類問題未逐條列出（自此處起）；請先改正上面列出的",
            """
            {1} more {1:problem|problems} of this kind in this file, from here on, not listed one by one; fix the \
            ones above first
            """
        ),
        "最多 {1} 项": ("最多 {1} 項", "it may have at most {1} {1:item|items}"),
        "{1} 篇文档，{2} 个错误，{3} 个警告": (
            "{1} 篇文件，{2} 個錯誤，{3} 個警告",
            "{1} {1:document|documents}, {2} {2:error|errors}, {3} {3:warning|warnings}"
        ),
        "；{1} 篇草稿": ("；{1} 篇草稿", "; {1} {1:draft|drafts}"),
        "（草稿中有 {1} 个错误，只影响草稿本身，不影响其他文档发布）": (
            "（草稿中有 {1} 個錯誤，只影響草稿本身，不影響其他文件發佈）",
            " ({1} {1:error|errors} in drafts: they hold back only those drafts)"
        ),
        "；{1} 篇未改动，沿用上次生成的页面": ("；{1} 篇未改動，沿用上次生成的頁面", "; {1} unchanged {1:notice|notices} reused"),
        "；已生成 {1} 篇公开文档到 {2}": ("；已生成 {1} 篇公開文件到 {2}", "; {1} {1:notice|notices} published to {2}"),
        "{1} 确定为入党积极分子的日期 {2} 距公开不满一年（应不晚于 {3}）；培养考察须一年以上": (
            "{1} 確定為入黨積極分子的日期 {2} 距公開不滿一年（應不晚於 {3}）；培養考察須一年以上",
            "{1} became an activist on {2}, less than a year before publishing (at the latest {3})"
        ),
        "{1} 出生于 {2}，到 {3} 未满 18 周岁；请核对出生年月": (
            "{1} 出生於 {2}，到 {3} 未滿 18 週歲；請核對出生年月",
            "{1}, born {2}, is under 18 on {3}; check the birth month"
        ),
        "{1} 递交申请书 {2} 晚于确定为积极分子 {3}；请核对日期": (
            "{1} 遞交申請書 {2} 晚於確定為積極分子 {3}；請核對日期",
            "{1} applied on {2}, after becoming an activist on {3}; check the dates"
        ),
        "{1} 处于“{2}”阶段，须填写确定为入党积极分子日期 activist": (
            "{1} 處於「{2}」階段，須填寫確定為入黨積極分子日期 activist",
            "{1} is at stage {2}: activist (date) is required"
        ),
        "{1} 欠缴党费：应缴 {2} × {3} = {4}，实缴 {5}": (
            "{1} 欠繳黨費：應繳 {2} × {3} = {4}，實繳 {5}",
            "{1} is in arrears: due {2} × {3} = {4}, paid {5}"
        ),
        "支部党员大会作出决定须有半数以上党员到会：实到 {1}，应到 {2}": (
            "支部黨員大會作出決定須有半數以上黨員到會：實到 {1}，應到 {2}",
            "a branch meeting that decides needs more than half the members present: {1} of {2}"
        ),
        "会议日期 {1} 晚于公开日期 {2}；会议须在公开之前召开": (
            "會議日期 {1} 晚於公開日期 {2}；會議須在公開之前召開",
            "the meeting date {1} is after published {2}"
        ),
        "{1} 总分不符：{2} = {3}，填写为 {4}": (
            "{1} 總分不符：{2} = {3}，填寫為 {4}",
            "{1}'s total does not add up: {2} = {3}, written as {4}"
        ),
        "{1} 的积分项目“{2}”不在 categories 中（{3}）": (
            "{1} 的積分項目「{2}」不在 categories 中（{3}）",
            "{1} has a score for {2}, which is not in categories ({3})"
        ),
        "补偿分配不平：集体留存 + 每人 × 人数 = {1}，应等于土地补偿费 + 安置补助费 = {2}": (
            "補償分配不平：集體留存 + 每人 × 人數 = {1}，應等於土地補償費 + 安置補助費 = {2}",
            "the split does not add up: retained + per person × persons = {1}, but land fee + resettlement fee = {2}"
        ),
        "{1}不是本集体成员：发包给外来者须经村民会议三分之二以上成员或代表同意，请填写 approval": (
            "{1}不是本集體成員：發包給外來者須經村民會議三分之二以上成員或代表同意，請填寫 approval",
            "{1} is not a member: a contract with an outsider needs two thirds' approval; add approval"
        ),
        "发包给外来者{1}：同意 {2} 人，不足应到 {3} 人的三分之二": (
            "發包給外來者{1}：同意 {2} 人，不足應到 {3} 人的三分之二",
            "contract with outsider {1}: {2} for, less than two thirds of {3}"
        ),
        "{1}欠缴承包费：本年应收 {2}，实收 {3}，欠 {4}": (
            "{1}欠繳承包費：本年應收 {2}，實收 {3}，欠 {4}",
            "{1} is in arrears: {2} due, {3} received"
        ),
        "公开（{1}）后，提交 {2}（{3}，{4}：“{5}”）修改了内容，但没有日期不早于 {3} 的修订说明；请在 revisions 中写明改了什么、为什么改": (
            "公開（{1}）後，提交 {2}（{3}，{4}：「{5}」）修改了內容，但沒有日期不早於 {3} 的修訂說明；請在 revisions 中寫明改了什麼、為什麼改",
            """
            commit {2} ({3}, {4}: {5}) changed the notice after it was published on {1}, but no revisions entry is \
            dated on or after {3}; add one saying what changed and why
            """
        ),
        "结算公示须有支出明细（spending）和结余（balance）": (
            "結算公示須有支出明細（spending）和結餘（balance）",
            "a settlement needs its spending and balance"
        ),
        "decision 写的“{1}”是一篇{2}，不是四议两公开决议：请写决议文档的文件名": (
            "decision 寫的「{1}」是一篇{2}，不是四議兩公開決議：請寫決議文件的檔名",
            "decision names {1}, which is not an affairs.decision: name the resolution's file"
        ),
        "decision 写的“{1}”在本村找不到四议两公开决议：请写决议文档的文件名（不含 .md/.yaml）": (
            "decision 寫的「{1}」在本村找不到四議兩公開決議：請寫決議文件的檔名（不含 .md/.yaml）",
            "decision names {1}, but the village has no affairs.decision of that name (file name, no extension)"
        ),
        "分配人口认定截止日 {1} 晚于分配方案表决日 {2}：应在表决前确定谁参与分配": (
            "分配人口認定截止日 {1} 晚於分配方案表決日 {2}：應在表決前確定誰參與分配",
            "the cutoff {1} is after the vote on the split ({2}): fix who shares before the vote"
        ),
        "{1} 已于 {2} 获批宅基地（{3}）：一户只能拥有一处宅基地，请核实": (
            "{1} 已於 {2} 獲批宅基地（{3}）：一戶只能擁有一處宅基地，請核實",
            "{1} was granted a homestead on {2} ({3}): one household, one homestead"
        ),
        "向{1}的债务 {2} 元（{3} 发生）达到 {4} 元，举债须经村民代表会议决议：请在 decision 中写明该决议（四议两公开）的文件名": (
            "向{1}的債務 {2} 元（{3} 發生）達到 {4} 元，舉債須經村民代表會議決議：請在 decision 中寫明該決議（四議兩公開）的檔名",
            """
            the payable to {1} of {2} (arose {3}) is {4} or more: borrowing needs a villagers' resolution; name it \
            in decision
            """
        ),
        "债务人{1}是村“两委”成员（{2}），欠村集体 {3} 元：请监委督促清收": (
            "債務人{1}是村「兩委」成員（{2}），欠村集體 {3} 元：請監委督促清收",
            "the debtor {1} sits on the village committee ({2}) and owes the village {3}"
        ),
        "与{1}的往来款 {2} 发生，到 {3} 已挂账 {4} 年以上：请清理或说明原因": (
            "與{1}的往來款 {2} 發生，到 {3} 已掛賬 {4} 年以上：請清理或說明原因",
            "the claim with {1} arose {2}, over {4} years before {3}: settle it or explain"
        ),
        "期初余额 {1} 与上期（{2}，{3}）期末余额 {4} 不一致": (
            "期初餘額 {1} 與上期（{2}，{3}）期末餘額 {4} 不一致",
            "opening balance {1} differs from the closing balance {4} of {2} ({3})"
        ),
        "{1}不符：{2} = {3}，填写为 {4}": ("{1}不符：{2} = {3}，填寫為 {4}", "{1} does not add up: {2} = {3}, written as {4}"),
        "程序顺序不对：{1}（{2}）应不晚于{3}（{4}）": (
            "程序順序不對：{1}（{2}）應不晚於{3}（{4}）",
            "steps out of order: {1} ({2}) must not be after {3} ({4})"
        ),
        "党员大会审议须过半数党员到会并过半数同意：应到 {1}，实到 {2}，赞成 {3}": (
            "黨員大會審議須過半數黨員到會並過半數同意：應到 {1}，實到 {2}，贊成 {3}",
            """
            the party review needs a majority present and a majority of all members for: expected {1}, present {2}, \
            for {3}
            """
        ),
        "{1}到会人数不足：应到 {2}，实到 {3}，至少需要 {4}": (
            "{1}到會人數不足：應到 {2}，實到 {3}，至少需要 {4}",
            "{1} lacks a quorum: expected {2}, present {3}, at least {4} needed"
        ),
        "决议未获通过：赞成 {1} 票，未超过到会 {2} 人的半数": (
            "決議未獲通過：贊成 {1} 票，未超過到會 {2} 人的半數",
            "the resolution did not pass: {1} for is not more than half of {2} present"
        ),
        "{1}实到 {2} 人多于应到 {3} 人；请核对人数": ("{1}實到 {2} 人多於應到 {3} 人；請核對人數", "{1}: {2} present is more than {3} expected"),
        "{1}赞成、反对、弃权合计 {2} 票，多于实到 {3} 人": ("{1}贊成、反對、棄權合計 {2} 票，多於實到 {3} 人", "{1}: {2} votes cast by {3} present"),
        "{1} {2} 早于{3} {4}；请核对日期": ("{1} {2} 早於{3} {4}；請核對日期", "{1} {2} is before {3} {4}"),
        "已支出 {1} 元，超出预算 {2} 元 {3} 元": ("已支出 {1} 元，超出預算 {2} 元 {3} 元", "spent {1} is over the budget of {2} by {3}"),
        "进度为“已验收”，须填写验收 acceptance（日期和验收人）": (
            "進度為「已驗收」，須填寫驗收 acceptance（日期和驗收人）",
            "progress 已验收 requires acceptance (date and by)"
        ),
        "公示期只有 {1} 天，不少于 {2} 天；请把 notice_until 推后": (
            "公示期只有 {1} 天，不少於 {2} 天；請把 notice_until 延後",
            "the notice period is {1} days, at least {2} are required; move notice_until later"
        ),
        "期末余额不符: 期初 {1} + 收入 {2} − 支出 {3} = {4}, 填写为 {5}": (
            "期末餘額不符: 期初 {1} + 收入 {2} − 支出 {3} = {4}, 填寫為 {5}",
            "closing balance does not add up: opening {1} + income {2} − expense {3} = {4}, written as {5}"
        ),
        "日期 {1} 不在所属期间 {2} 内；请核对日期或期间": ("日期 {1} 不在所屬期間 {2} 內；請核對日期或期間", "the date {1} lies outside the period {2}"),
        "凭证号 {1} 重复使用（第 {2} 行已用过）": ("憑證號 {1} 重複使用（第 {2} 行已用過）", "voucher {1} is used twice (first on line {2})"),
        "财务公开须经村务监督委员会审核：请填写 reviewed（审核日期和审核人）": (
            "財務公開須經村務監督委員會審核：請填寫 reviewed（審核日期和審核人）",
            "finance notices need the supervisory committee's review: add reviewed (date and by)"
        ),
        "审核日期 {1} 晚于公开日期 {2}；须先审核后公开": (
            "審核日期 {1} 晚於公開日期 {2}；須先審核後公開",
            "reviewed on {1}, after published {2}; review comes first"
        ),
        "审核人 {1} 不是本村村务监督委员会成员（{2}）": (
            "審核人 {1} 不是本村村務監督委員會成員（{2}）",
            "reviewer {1} is not on the village's supervisory committee ({2})"
        ),
        "资产“{1}”状态为{2}，须填写承租（包）方 holder 和年收益 income": (
            "資產「{1}」狀態為{2}，須填寫承租（包）方 holder 和年收益 income",
            "asset {1} is {2}: holder and income are required"
        ),
        "“{1}”合同将于 {2} 到期（还有 {3} 天）；请及时按程序重新发包": (
            "「{1}」合同將於 {2} 到期（還有 {3} 天）；請及時按程序重新發包",
            "the contract for {1} ends on {2}, in {3} days"
        ),
        "村务监督委员会有 {1} 人，一般应为 3 至 5 人": (
            "村務監督委員會有 {1} 人，一般應為 3 至 5 人",
            "the supervisory committee has {1} members; 3 to 5 are expected"
        ),
        "{1} 同时是村“两委”成员和村务监督委员会成员；村委会成员及其近亲属不得担任监督委员": (
            "{1} 同時是村「兩委」成員和村務監督委員會成員；村委會成員及其近親屬不得擔任監督委員",
            "{1} sits on both the committee and the supervisory committee"
        ),
        "申请面积 {1} 平方米，超过本省每户宅基地上限 {2} 平方米": (
            "申請面積 {1} 平方米，超過本省每戶宅基地上限 {2} 平方米",
            "{1} m² applied for is over the limit of {2} m² a household"
        ),
        "批准面积 {1} 平方米大于申请面积 {2} 平方米": (
            "批准面積 {1} 平方米大於申請面積 {2} 平方米",
            "{1} m² approved is more than the {2} m² applied for"
        ),
        "批准日期 {1} 在公示截止 {2} 之前或当天：公示期满、异议处理完后才能审批": (
            "批准日期 {1} 在公示截止 {2} 之前或當天：公示期滿、異議處理完後才能審批",
            "approved on {1}, before the notice ended ({2}): approve only after it"
        ),
        "村民小组会议应到 {1} 人、实到 {2} 人、同意 {3} 人：须过半数到会、到会过半数同意": (
            "村民小組會議應到 {1} 人、實到 {2} 人、同意 {3} 人：須過半數到會、到會過半數同意",
            """
            the group meeting had {2} of {1} present and {3} for: more than half must attend and more than half of \
            them agree
            """
        ),
        "异议提出日期 {1} 应在公开日期 {2} 和今天 {3} 之间": (
            "異議提出日期 {1} 應在公開日期 {2} 和今天 {3} 之間",
            "the objection's date {1} must lie between publication ({2}) and today ({3})"
        ),
        "答复日期 {1} 早于异议提出日期 {2}": ("答覆日期 {1} 早於異議提出日期 {2}", "answered {1}, before it was raised ({2})"),
        "{1} 提出的异议已有处理结果，请填写答复日期（answered）": (
            "{1} 提出的異議已有處理結果，請填寫答覆日期（answered）",
            "the objection of {1} has a result: add the date it was answered"
        ),
        "{1} 提出的异议超过 {2} 天仍在处理中：请尽快答复村民并填写处理结果": (
            "{1} 提出的異議超過 {2} 天仍在處理中：請儘快答覆村民並填寫處理結果",
            "the objection of {1} is still open after {2} days: answer it and record the result"
        ),
        "还有异议在处理中，不能审批：请先答复异议": ("還有異議在處理中，不能審批：請先答覆異議", "an objection is still open: answer it before approving"),
        "分配不平：公积公益金 + 福利费 + 成员分配 + 年末未分配 = {1}，可分配收益填写为 {2}": (
            "分配不平：公積公益金 + 福利費 + 成員分配 + 年末未分配 = {1}，可分配收益填寫為 {2}",
            """
            the split does not add up: reserve + welfare + to members + carried forward = {1}, distributable \
            written as {2}
            """
        ),
        "每{1} {2} × {3} {1} = {4}，与成员分配 {5} 不符": (
            "每{1} {2} × {3} {1} = {4}，與成員分配 {5} 不符",
            "{2} per unit × {3} = {4}, but to members is {5}"
        ),
        "可分配收益为 {1}，没有收益不得向成员分配（填写了 {2}）": (
            "可分配收益為 {1}，沒有收益不得向成員分配（填寫了 {2}）",
            "distributable is {1}: nothing may go to members (written {2})"
        ),
        "发现未隐去的身份证号 {1}；请只保留前 6 位和后 4 位，中间用 * 代替": (
            "發現未隱去的身份證號 {1}；請只保留前 6 位和後 4 位，中間用 * 代替",
            "an unmasked resident ID number {1}; keep the first 6 and last 4 digits, replace the rest with *"
        ),
        "发现未隐去的手机号 {1}；请写成 138****5678，公开电话请写在 hotline 或 contact.phone 中": (
            "發現未隱去的手機號 {1}；請寫成 138****5678，公開電話請寫在 hotline 或 contact.phone 中",
            """
            an unmasked mobile number {1}; write it as 138****5678, or put a public number in hotline or \
            contact.phone
            """
        ),
        "发现未隐去的银行卡号 {1}；请只保留后 4 位": (
            "發現未隱去的銀行卡號 {1}；請只保留後 4 位",
            "an unmasked bank card number {1}; keep only the last 4 digits"
        ),
        "；{1} 篇未到公开日期，暂不发布": ("；{1} 篇未到公開日期，暫不發佈", "; {1} not published yet (future date)"),
        "；未写入任何文件": ("；未寫入任何檔案", "; nothing was written"),
        "gongkai.yaml 设置 history: off，页面不显示修订记录": (
            "gongkai.yaml 設定 history: off，頁面不顯示修訂記錄",
            "gongkai.yaml says history: off: pages show no history"
        ),
        "history 指定的 {1} 不是 git 仓库，页面不显示修订记录": (
            "history 指定的 {1} 不是 git 倉庫，頁面不顯示修訂記錄",
            "{1}, named by history:, is not a git repository: pages show no history"
        ),
        "不在 git 仓库中，页面不显示修订记录": ("不在 git 倉庫中，頁面不顯示修訂記錄", "not in a git repository: pages show no history"),
        "浅克隆仓库，修订记录不完整": ("淺克隆倉庫，修訂記錄不完整", "shallow clone: history is incomplete"),
        "YAML 格式有误：{1}；请检查缩进、冒号和引号": (
            "YAML 格式有誤：{1}；請檢查縮排、冒號和引號",
            "YAML does not parse: {1}; check indentation, colons and quotes"
        ),
        "一个文件只能有一份 YAML 文档，请删去多余的 `---`": (
            "一個檔案只能有一份 YAML 文件，請刪去多餘的 `---`",
            "one file holds one YAML document; remove the extra `---`"
        ),
        "引用了未定义的锚点 *{1}；请先用 &{1} 定义": (
            "引用了未定義的錨點 *{1}；請先用 &{1} 定義",
            "alias *{1} names no anchor; define it first with &{1}"
        ),
        "键必须是简单文字": ("鍵必須是簡單文字", "a key must be plain text"),
        "别名展开超过 {1} 个节点，已拒绝；请减少锚点和别名的嵌套引用": (
            "別名展開超過 {1} 個節點，已拒絕；請減少錨點和別名的巢狀引用",
            "aliases expand past {1} nodes; rejected — reduce nested anchors and aliases"
        ),
        "嵌套超过 {1} 层，已拒绝；公告数据用不到这么深的列表或映射，请检查是否多写了 [ { 或缩进": (
            "巢狀超過 {1} 層，已拒絕；公告資料用不到這麼深的清單或映射，請檢查是否多寫了 [ { 或縮排",
            """
            nested deeper than {1} levels; rejected — no notice needs lists or mappings this deep: check for stray \
            [ { or indentation
            """
        ),
        "一个映射里写了超过 {1} 个字段，已拒绝；公告用不到这么多字段，请检查是否把列表写成了映射（每项前加 - ）": (
            "一個映射裡寫了超過 {1} 個欄位，已拒絕；公告用不到這麼多欄位，請檢查是否把清單寫成了映射（每項前加 - ）",
            """
            a mapping with more than {1} keys; rejected — no notice needs so many fields: check whether a list was \
            written as a mapping (start each item with - )
            """
        ),
        "字段 {1} 重复（第 {2} 行已写过）；请删去其中一个": (
            "欄位 {1} 重複（第 {2} 行已寫過）；請刪去其中一個",
            "duplicate key {1} (first written on line {2}); remove one of them"
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
        "文件 {1} 字节，超过单篇上限 {2} 字节；请拆分为几篇": (
            "檔案 {1} 位元組，超過單篇上限 {2} 位元組；請拆分為幾篇",
            "the file has {1} bytes, over the limit of {2} for one document; split it"
        ),
        "无法读取：{1}": ("無法讀取：{1}", "cannot read: {1}"),
        "内容应为“字段: 值”的映射": ("內容應為「欄位: 值」的映射", "expected a mapping of `field: value`"),
        "缺少必填字段 {1}（{2}）；请补上": ("缺少必填欄位 {1}（{2}）；請補上", "required field {1} ({2}) is missing; add it"),
        "；是否应为 {1}？": ("；是否應為 {1}？", "; did you mean {1}?"),
        "；请删去或改正": ("；請刪去或改正", "; remove or correct it"),
        "未知字段 {1}": ("未知欄位 {1}", "unknown field {1}"),
        "（空）": ("（空）", "(empty)"),
        "{1}（{2}）的值 {3} 不正确：": ("{1}（{2}）的值 {3} 不正確：", "{1} ({2}) has the value {3}, but "),
        "未知的文档类型 kind: {1}": ("未知的文件類型 kind: {1}", "unknown kind {1}"),
        "公示截止日期 {1} 早于公开日期 {2}；截止日期须不早于公开日期": (
            "公示截止日期 {1} 早於公開日期 {2}；截止日期須不早於公開日期",
            "notice_until {1} is before published {2}; it must be on or after it"
        ),
        "同一村已有名为 {1} 的文档（{2}）；请给其中一个改名": (
            "同一村已有名為 {1} 的文件（{2}）；請給其中一個改名",
            "the village already has a document named {1} ({2}); rename one of them"
        ),
        "附件 {1} 不存在；请检查文件名，路径相对于村文件夹": (
            "附件 {1} 不存在；請檢查檔名，路徑相對於村資料夾",
            "attachment {1} does not exist; check the name (paths are relative to the village folder)"
        ),
        "附件 {1} 不在本村文件夹内；请把文件放进村文件夹": (
            "附件 {1} 不在本村資料夾內；請把檔案放進村資料夾",
            "attachment {1} leaves the village folder; put the file inside it"
        ),
        "村文件夹 {1} 缺少 village.yaml；请添加村情况": (
            "村資料夾 {1} 缺少 village.yaml；請添加村情況",
            "village folder {1} has no village.yaml; add one"
        ),
        "模板有误：{1}": ("模板有誤：{1}", "template error: {1}"),
        "；是否应为 {{{1}}}？": ("；是否應為 {{{1}}}？", "; did you mean {{{1}}}?"),
        "；请对照 gongkai 的页面字段改正（写错的名称显示为空白）": (
            "；請對照 gongkai 的頁面欄位改正（寫錯的名稱顯示為空白）",
            "; correct it against gongkai's page fields (a wrong name renders as nothing)"
        ),
        "模板用到的名称 {1} 在 {2} 页面此处的数据（{3}）中不存在": (
            "範本用到的名稱 {1} 在 {2} 頁面此處的資料（{3}）中不存在",
            "the template uses {1}, which the data here on the {2} page ({3}) does not have"
        ),
        "引用的局部模板 {{>{1}}} 不存在；请添加 templates/{1}.mustache 或改正名称": (
            "引用的局部範本 {{>{1}}} 不存在；請新增 templates/{1}.mustache 或改正名稱",
            "the partial {{>{1}}} does not exist; add templates/{1}.mustache or correct the name"
        ),
        "模板渲染超过上限（{1} 步或 {2} MiB），已停止；多半是局部模板 {{>…}} 互相引用（最多 {3} 层）：请检查这个模板及其引用的局部模板": (
            "模板渲染超過上限（{1} 步或 {2} MiB），已停止；多半是局部範本 {{>…}} 互相引用（最多 {3} 層）：請檢查這個範本及其引用的局部範本",
            """
            rendering stopped past {1} steps or {2} MiB; most likely partials {{>…}} include each other (at most \
            {3} deep): check this template and its partials
            """
        ),
        "{1} 是符号链接（指向 {2}），不会读取也不会发布；请把文件本身放进村文件夹": (
            "{1} 是符號連結（指向 {2}），不會讀取也不會發布；請把檔案本身放進村資料夾",
            "{1} is a symbolic link (to {2}): not read and not published; put the file itself in the village folder"
        ),
        "content/ 里没有村文件夹；请为每个村建一个文件夹（如 content/xuji/）并放入 village.yaml": (
            "content/ 裡沒有村資料夾；請為每個村建一個資料夾（如 content/xuji/）並放入 village.yaml",
            "content/ holds no village folder; make one per village (e.g. content/xuji/) with a village.yaml"
        ),
        "村文件夹名 {1} 不合规：只能用小写字母、数字和连字符，且以字母或数字开头": (
            "村資料夾名 {1} 不合規：只能用小寫字母、數字和連字號，且以字母或數字開頭",
            """
            village folder name {1} is invalid: use lowercase letters, digits and hyphens, starting with a letter \
            or digit
            """
        ),
        "正文 {1} 字节，超过上限 {2} 字节（约 4 万字）；长文请作为 PDF 附件上传": (
            "正文 {1} 位元組，超過上限 {2} 位元組（約 4 萬字）；長文請作為 PDF 附件上傳",
            "the body has {1} bytes, over the limit of {2}; attach long texts as a PDF"
        ),
        "引用（>）嵌套 {1} 层，超过上限 {2} 层；请删去多余的 >": (
            "引用（>）巢狀 {1} 層，超過上限 {2} 層；請刪去多餘的 >",
            "block quotes (>) nested {1} deep, over the limit of {2}; remove the extra >"
        ),
        "正文表格有 {1} 列，超过上限 {2} 列；请拆分表格": (
            "正文表格有 {1} 欄，超過上限 {2} 欄；請拆分表格",
            "a table in the body has {1} columns, over the limit of {2}; split it"
        ),
        "正文表格共 {1} 行，超过上限 {2} 行；大表请写入数据字段或作为附件": (
            "正文表格共 {1} 列，超過上限 {2} 列；大表請寫入資料欄位或作為附件",
            """
            tables in the body have {1} rows, over the limit of {2}; put large tables in data fields or an \
            attachment
            """
        ),
        "正文含 {1} 处 <![CDATA[，超过上限 {2} 处；公告正文不使用 HTML，请删去": (
            "正文含 {1} 處 <![CDATA[，超過上限 {2} 處；公告正文不使用 HTML，請刪去",
            "the body holds {1} <![CDATA[ openers, over the limit of {2}; notices use no HTML: remove them"
        ),
        "正文含 {1} 个 @，超过上限 {2} 个；请删去多余的 @": (
            "正文含 {1} 個 @，超過上限 {2} 個；請刪去多餘的 @",
            "the body holds {1} @ signs, over the limit of {2}; remove the extra ones"
        ),
        "应为文字": ("應為文字", "it must be text"),
        "应为 1 到 {1} 个字": ("應為 1 到 {1} 個字", "it must be 1 to {1} characters"),
        "应为日期 YYYY-MM-DD，如 2026-11-05": (
            "應為日期 YYYY-MM-DD，如 2026-11-05",
            "it must be a date YYYY-MM-DD, e.g. 2026-11-05"
        ),
        "应为月份 YYYY-MM，如 2026-10": ("應為月份 YYYY-MM，如 2026-10", "it must be a month YYYY-MM, e.g. 2026-10"),
        "应为期间 {1}": ("應為期間 {1}", "it must be a period {1}"),
        "应为金额（元），如 1200、1200.5 或 \"1,200.50\"": (
            "應為金額（元），如 1200、1200.5 或 \"1,200.50\"",
            "it must be an amount in yuan, e.g. 1200, 1200.5 or \"1,200.50\""
        ),
        "金额最多两位小数（角、分）": ("金額最多兩位小數（角、分）", "an amount has at most 2 decimals"),
        "金额不能为负": ("金額不能為負", "the amount cannot be negative"),
        "金额应大于 0": ("金額應大於 0", "the amount must be more than 0"),
        "应为 {1} 到 {2} 之间的整数": ("應為 {1} 到 {2} 之間的整數", "it must be a whole number from {1} to {2}"),
        "应为非负数，最多四位小数": ("應為非負數，最多四位小數", "it must be a non-negative number, at most 4 decimals"),
        "应为大于 0 的数": ("應為大於 0 的數", "it must be a number more than 0"),
        "应为 true 或 false": ("應為 true 或 false", "it must be true or false"),
        "应为以下之一：{1}": ("應為以下之一：{1}", "it must be one of: {1}"),
        "应为列表（每项以 - 开头）": ("應為列表（每項以 - 開頭）", "it must be a list (items start with -)"),
        "应为 {1} 或之后的月份": ("應為 {1} 或之後的月份", "it must be a month from {1} on"),
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
