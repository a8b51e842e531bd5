// The tool's own words outside the site in zh-Hant and English, keyed by their zh-Hans wording
// like ThemeTable (see ThemeText.swift): what a secretary, a supervisor and the town read in the
// editor and the account pages, what `serve` prints, and the command line's messages and --help.
// EditorTableTests holds it to every key the server's and the command line's code use.
// swift-format-ignore-file

package enum EditorTable {
    package static let entries: [String: (hant: String, en: String)] = [
        "400 路径不规范\n": ("400 路徑不規範\n", "400 bad path\\n"),
        "请先登录": ("請先登入", "Please sign in first"),
        "登录已过期或还没有登录，没有保存。请重新登录后再试。": (
            "登入已過期或還沒有登入，沒有保存。請重新登入後再試。",
            "Your session has expired or you have not signed in; nothing was saved. Sign in and try again."
        ),
        "不能访问": ("不能訪問", "No access"),
        "你的账户不能访问这个村的文档和页面。": ("你的帳戶不能訪問這個村的文檔和頁面。", "Your account cannot open this village's documents and pages."),
        "账户管理": ("帳戶管理", "Accounts"),
        "我的待办": ("我的待辦", "My tasks"),
        "操作记录": ("操作記錄", "Activity log"),
        "有 {count} 个问题，未保存：": ("有 {count} 個問題，未保存：", "{count} {count:problem|problems}, nothing saved:"),
        "账户（{count}）": ("帳戶（{count}）", "Accounts ({count})"),
        "用户名": ("用戶名", "User name"),
        "角色": ("角色", "Role"),
        "邮箱": ("郵箱", "Email"),
        "重设密码": ("重設密碼", "Reset password"),
        "删除": ("刪除", "Delete"),
        "全部": ("全部", "All"),
        "、": ("、", ", "),
        "已锁定到 {clock}": ("已鎖定到 {clock}", "Locked until {clock}"),
        "解除锁定": ("解除鎖定", "Unlock"),
        "正常": ("正常", "Active"),
        "{name} 的新密码": ("{name} 的新密碼", "New password for {name}"),
        "设置": ("設置", "Set"),
        "（当前账户）": ("（當前帳戶）", "(this account)"),
        "确认删除": ("確認刪除", "Confirm deletion"),
        "新增账户": ("新增帳戶", "New account"),
        "登录用，字母、数字和 . _ -": ("登入用，字母、數字和 . _ -", "For signing in: letters, digits and . _ -"),
        "提交和审核记录中显示；监委须与村情中的名单一致": (
            "提交和審核記錄中顯示；監委須與村情中的名單一致",
            "Shown in commits and sign-offs; a supervisor's must match the committee list in the village profile"
        ),
        "作 git 提交的作者邮箱": ("作 git 提交的作者郵箱", "Author email of git commits"),
        "请选择": ("請選擇", "Please choose"),
        "文书写本村的文档；监委审核本村财务公开（只属于一个村）；镇管理全部村": (
            "文書寫本村的文檔；監委審核本村財務公開（只屬於一個村）；鎮管理全部村",
            """
            Secretaries write their village's documents; supervisors sign off its finance notices (one village \
            only); the town manages every village
            """
        ),
        "所属村": ("所屬村", "Villages"),
        "镇账户不选": ("鎮帳戶不選", "Not for town accounts"),
        "初始密码": ("初始密碼", "Initial password"),
        "至少 {minimumPasswordCharacters} 个字符；请当面告诉本人": (
            "至少 {minimumPasswordCharacters} 個字符；請當面告訴本人",
            "At least {minimumPasswordCharacters} characters; tell the person face to face"
        ),
        "筛选": ("篩選", "Filter"),
        "最近 {count} 条": ("最近 {count} 條", "Latest {count}"),
        "（{text}）": ("（{text}）", " ({text})"),
        "时间": ("時間", "Time"),
        "用户": ("用戶", "User"),
        "操作": ("操作", "Action"),
        "提交": ("提交", "Commit"),
        "说明": ("說明", "Detail"),
        "管理账户": ("管理帳戶", "Manage accounts"),
        "表单无法读取": ("表單無法讀取", "The form cannot be read"),
        "表单无法读取，没有保存。请返回，刷新页面后再试。": (
            "表單無法讀取，沒有保存。請返回，刷新頁面後再試。",
            "The form could not be read; nothing was saved. Go back, reload the page and try again."
        ),
        "查看操作记录": ("查看操作記錄", "View the activity log"),
        "已新建账户 {user}": ("已新建帳戶 {user}", "Account {user} created"),
        "已为 {user} 设置新密码；其已登录的会话全部退出": (
            "已為 {user} 設置新密碼；其已登入的會話全部退出",
            "New password set for {user}; all their sessions were signed out"
        ),
        "已解除 {user} 的锁定": ("已解除 {user} 的鎖定", "{user} unlocked"),
        "已删除账户 {user}": ("已刪除帳戶 {user}", "Account {user} deleted"),
        "新建账户": ("新建帳戶", "Create account"),
        "{label}：{text}": ("{label}：{text}", "{label}: {text}"),
        "没有用户 {name}": ("沒有用戶 {name}", "No user {name}"),
        "修改密码": ("修改密碼", "Change password"),
        "不能删除自己正在使用的账户": ("不能刪除自己正在使用的帳戶", "You cannot delete the account you are using"),
        "删除 {name} 前请勾选“确认删除”": ("刪除 {name} 前請勾選“確認刪除”", "Tick \"Confirm deletion\" before deleting {name}"),
        "删除账户": ("刪除帳戶", "Delete account"),
        "未知的操作": ("未知的操作", "Unknown action"),
        "这个按钮无法识别，没有做任何改动。": ("這個按鈕無法識別，沒有做任何改動。", "This button was not recognised; nothing was changed."),
        "请选择角色：文书、监委或镇": ("請選擇角色：文書、監委或鎮", "Choose a role: secretary, supervisor or town"),
        "用户 {name} 已存在": ("用戶 {name} 已存在", "User {name} already exists"),
        "无法打开账户数据库 {path}：{reason}": (
            "無法開啟帳戶資料庫 {path}：{reason}", "cannot open the accounts database {path}: {reason}"
        ),
        "账户数据库的 SQL 有误：{reason}": (
            "帳戶資料庫的 SQL 有誤：{reason}", "the accounts database rejected a statement: {reason}"
        ),
        "账户数据库操作失败：{reason}": ("帳戶資料庫操作失敗：{reason}", "the accounts database failed: {reason}"),
        "密码哈希失败：{reason}": ("密碼雜湊失敗：{reason}", "hashing the password failed: {reason}"),
        "账户数据库 {path} 在站点的 git 仓库（{tree}）里，提交时会把密码哈希一起提交；请用 --accounts 放到仓库之外，如 /var/lib/gongkai/accounts.sqlite": (
            "帳戶資料庫 {path} 在站點的 git 倉庫（{tree}）裡，提交時會把密碼雜湊一起提交；請用 --accounts 放到倉庫之外，如 /var/lib/gongkai/accounts.sqlite",
            "the accounts database {path} is inside the site's git repository ({tree}), where a commit would "
                + "publish the password hashes; use --accounts to put it outside, e.g. /var/lib/gongkai/accounts.sqlite"
        ),
        "监委的姓名“{name}”不在{village}（content/{folder}/village.yaml）的村务监督委员会名单中（名单为空）；审核时要用这个姓名": (
            "監委的姓名“{name}”不在{village}（content/{folder}/village.yaml）的村務監督委員會名單中（名單為空）；審核時要用這個姓名",
            """
            The supervisor's name "{name}" is not on the supervisory committee of {village} \
            (content/{folder}/village.yaml), which is empty; sign-offs use this name
            """
        ),
        "监委的姓名“{name}”不在{village}（content/{folder}/village.yaml）的村务监督委员会名单中（{names}）；审核时要用这个姓名": (
            "監委的姓名“{name}”不在{village}（content/{folder}/village.yaml）的村務監督委員會名單中（{names}）；審核時要用這個姓名",
            """
            The supervisor's name "{name}" is not on the supervisory committee of {village} \
            (content/{folder}/village.yaml): {names}; sign-offs use this name
            """
        ),
        "村情 · 两委 · 监委": ("村情 · 兩委 · 監委", "Village profile · committees"),
        "（新建）": ("（新建）", " (new)"),
        "新建": ("新建", "New"),
        "编辑": ("編輯", "Edit"),
        "预览首页": ("預覽首頁", "Preview home"),
        "{villageName}的文档": ("{villageName}的文檔", "Documents of {villageName}"),
        "（有无法识别的金额）": ("（有無法識別的金額）", "(amounts that cannot be read)"),
        "检查": ("檢查", "Check"),
        "删除这篇文档…": ("刪除這篇文檔…", "Delete this document…"),
        "。": ("。", "."),
        "在预览中查看": ("在預覽中查看", "View in the preview"),
        "没有改动，文件未写入。": ("沒有改動，文件未寫入。", "No changes; the file was not written."),
        "检查通过：没有发现问题。": ("檢查通過：沒有發現問題。", "Check passed: no problems found."),
        "有 {errors} 个错误，未保存。这篇文档已经公开，公开的内容必须没有错误：请改正后再保存。": (
            "有 {errors} 個錯誤，未保存。這篇文檔已經公開，公開的內容必須沒有錯誤：請改正後再保存。",
            """
            {errors} {errors:error|errors}, not saved. This document is published, and what is published must have \
            no errors: correct them and save again.
            """
        ),
        "这篇文档已经公开，修改后需要填写“本次修订说明”": (
            "這篇文檔已經公開，修改後需要填寫“本次修訂說明”",
            "This document is published: a change needs a \"revision note\""
        ),
        "（会记入修订记录，村民可以看到）。请在下方填写后再保存。": (
            "（會記入修訂記錄，村民可以看到）。請在下方填寫後再保存。",
            " (it goes into the revision history, which villagers can read). Fill it in below and save again."
        ),
        "未保存：文件在你打开后被修改了": ("未保存：文件在你打開後被修改了", "Not saved: the file was changed after you opened it"),
        "磁盘上的文件已被删除。": ("磁盤上的文件已被刪除。", "The file on disk has been deleted."),
        "另一个人或另一个窗口改动了这篇文档。两个版本不同的地方如下；你的修改仍在下面的表单里，没有丢失。": (
            "另一個人或另一個窗口改動了這篇文檔。兩個版本不同的地方如下；你的修改仍在下面的表單裡，沒有丟失。",
            """
            Someone else, or another window, changed this document. The differences are below; your changes are \
            still in the form below and nothing is lost.
            """
        ),
        "不同的字段": ("不同的字段", "Fields that differ"),
        "字段": ("字段", "Field"),
        "磁盘上的版本": ("磁盤上的版本", "On disk"),
        "你的版本": ("你的版本", "Yours"),
        "放弃我的修改，打开磁盘上的版本": ("放棄我的修改，打開磁盤上的版本", "Discard my changes and open the version on disk"),
        "；或在下方按“用我的版本覆盖”。": ("；或在下方按“用我的版本覆蓋”。", "; or press \"Overwrite with my version\" below."),
        "这次修改会让本村其他文档出现 {count} 个问题": (
            "這次修改會讓本村其他文檔出現 {count} 個問題",
            "This change would give the village's other documents {count} {count:problem|problems}"
        ),
        "不影响保存；保存后请逐个打开修正。": ("不影響保存；保存後請逐個打開修正。", "Saving is not blocked; open each one after saving to correct it."),
        "检查发现 {errorCount} 个错误、{warningCount} 个警告": (
            "檢查發現 {errorCount} 個錯誤、{warningCount} 個警告",
            """
            The check found {errorCount} {errorCount:error|errors} and {warningCount} \
            {warningCount:warning|warnings}
            """
        ),
        "草稿可以先保存；改正这些错误后才能提交审核或发布。": (
            "草稿可以先保存；改正這些錯誤後才能提交審核或發布。",
            "A draft can be saved now; correct these errors before submitting it for sign-off or publishing."
        ),
        "尚未审核。": ("尚未審核。", "Not signed off yet."),
        "{date}，{by} 审核通过。": ("{date}，{by} 審核通過。", "Signed off on {date} by {by}."),
        "由本村村务监督委员会成员登录后在“审核与发布”中按“审核通过”填写，不能在此输入。": (
            "由本村村務監督委員會成員登入後在“審核與發布”中按“審核通過”填寫，不能在此輸入。",
            """
            Filled in when a member of the village supervisory committee signs in and presses "Sign off" under \
            "Sign-off and publishing"; it cannot be typed here.
            """
        ),
        "（必填）": ("（必填）", "(required)"),
        "（请选择）": ("（請選擇）", "(choose)"),
        "（未填）": ("（未填）", "(not filled in)"),
        "按明细计算：": ("按明細計算：", "From the rows: "),
        "元（期初余额 + 收入合计 − 支出合计）": ("元（期初餘額 + 收入合計 − 支出合計）", " yuan (opening balance + income − expenses)"),
        "每行一项；空行不会保存。": ("每行一項；空行不會保存。", "One item per row; empty rows are not saved."),
        "{label}（表格可左右滚动）": ("{label}（表格可左右滾動）", "{label} (the table scrolls sideways)"),
        "行": ("行", "Row"),
        "新增一行": ("新增一行", "Add a row"),
        "第": ("第", "Row"),
        "新": ("新", "new"),
        "{table} 第 {row} 行 {column}": ("{table} 第 {row} 行 {column}", "{table} row {row}: {column}"),
        "删除第 {position} 行": ("刪除第 {position} 行", "Delete row {position}"),
        "第 {position} 行上移": ("第 {position} 行上移", "Move row {position} up"),
        "上移": ("上移", "Up"),
        "第 {position} 行下移": ("第 {position} 行下移", "Move row {position} down"),
        "下移": ("下移", "Down"),
        "其他审核人": ("其他審核人", "Other reviewers"),
        "勾选村务监督委员会成员（村情中登记的成员）": (
            "勾選村務監督委員會成員（村情中登記的成員）",
            "Tick the members of the supervisory committee (as listed in the village profile)"
        ),
        "{label} 第 {index} 项": ("{label} 第 {index} 項", "{label} item {index}"),
        "{hint}；空项不会保存": ("{hint}；空項不會保存", "{hint}; empty items are not saved"),
        "新增一项：名称": ("新增一項：名稱", "New item: name"),
        "新增一项：数值": ("新增一項：數值", "New item: value"),
        "正文": ("正文", "Body"),
        "空一行分段；“- ”开头的行是列表；按“检查”更新下方预览。": (
            "空一行分段；“- ”開頭的行是列表；按“檢查”更新下方預覽。",
            """
            A blank line starts a paragraph; lines starting with "- " are a list; press "Check" to update the \
            preview below.
            """
        ),
        "正文预览": ("正文預覽", "Body preview"),
        "修改说明": ("修改說明", "About this change"),
        "本次修订说明": ("本次修訂說明", "Revision note"),
        "这篇文档已经公开；修改内容时必填，说明改了什么、为什么（村民能在修订记录里看到）。": (
            "這篇文檔已經公開；修改內容時必填，說明改了什麼、為什麼（村民能在修訂記錄裡看到）。",
            """
            This document is published: required when its content changes — say what changed and why (villagers can \
            read it in the revision history).
            """
        ),
        "这次修改做了什么": ("這次修改做了什麼", "What this change does"),
        "记在这篇文档的修改历史里": ("記在這篇文檔的修改歷史裡", "Kept in this document's history"),
        "保存": ("保存", "Save"),
        "发布…": ("發布…", "Publish…"),
        "用我的版本覆盖": ("用我的版本覆蓋", "Overwrite with my version"),
        "审核与发布": ("審核與發布", "Sign-off and publishing"),
        "状态：{state}": ("狀態：{state}", "Status: {state}"),
        "退回原因：{reason}": ("退回原因：{reason}", "Reason for return: {reason}"),
        "退回原因（退回时必填）": ("退回原因（退回時必填）", "Reason for return (required when returning)"),
        "竖版": ("豎版", "Portrait"),
        "横版": ("橫版", "Landscape"),
        "第 {row} 行": ("第 {row} 行", "Row {row}"),
        "新建文档": ("新建文檔", "New document"),
        "找不到": ("找不到", "Not found"),
        "没有这种文档类型": ("沒有這種文檔類型", "There is no such kind of document"),
        "已保存为草稿": ("已保存為草稿", "Saved as a draft"),
        "已保存": ("已保存", "Saved"),
        "删除文档": ("刪除文檔", "Delete document"),
        "未删除": ("未刪除", "Not deleted"),
        "文档在你打开后被别人修改了；请重新打开后再删除": (
            "文檔在你打開後被別人修改了；請重新打開後再刪除",
            "The document was changed by someone else after you opened it; open it again before deleting"
        ),
        "不能{what}": ("不能{what}", "Cannot {what}"),
        "你的账户{role}不能{what}。如需要，请联系镇里。": (
            "你的帳戶{role}不能{what}。如需要，請聯繫鎮裡。",
            "Your account{role} cannot {what}. If it needs to, ask the town."
        ),
        "页面已过期": ("頁面已過期", "Page expired"),
        "这个页面已过期（或没有表单令牌），没有保存。请返回，刷新页面后再试。": (
            "這個頁面已過期（或沒有表單令牌），沒有保存。請返回，刷新頁面後再試。",
            "This page has expired (or has no form token); nothing was saved. Go back, reload the page and try again."
        ),
        "· 审核通过": ("· 審核通過", " · signed off"),
        "· 退回原因：{reason}": ("· 退回原因：{reason}", " · reason for return: {reason}"),
        "待审核": ("待審核", "Awaiting sign-off"),
        "被退回，请改正后再提交": ("被退回，請改正後再提交", "Returned: correct it and submit again"),
        "待发布": ("待發布", "Ready to publish"),
        "已提交，等待审核": ("已提交，等待審核", "Submitted, awaiting sign-off"),
        "已公开（最近）": ("已公開（最近）", "Published (recently)"),
        "被退回": ("被退回", "Returned"),
        "没有待办。": ("沒有待辦。", "Nothing to do."),
        "本村全部文档": ("本村全部文檔", "All documents of the village"),
        "打开录入页面": ("打開錄入頁面", "open the editor"),
        "无法打开": ("無法打開", "Cannot open"),
        "没有这个村": ("沒有這個村", "No such village"),
        "{name}（预览）": ("{name}（預覽）", "{name} (preview)"),
        "{name}：录入与修改": ("{name}：錄入與修改", "{name}: writing and editing"),
        "已删除。": ("已刪除。", "Deleted."),
        "表单无法读成文档": ("表單無法讀成文檔", "The form cannot be read as a document"),
        "无法写入 {path}：{reason}": ("無法寫入 {path}：{reason}", "Cannot write {path}: {reason}"),
        "village.yaml 不能删除": ("village.yaml 不能刪除", "village.yaml cannot be deleted"),
        "{path} 在打开后已被修改；请重新打开后再删除": (
            "{path} 在打開後已被修改；請重新打開後再刪除",
            "{path} was changed after you opened it; open it again before deleting it"
        ),
        "删除 {path} 失败：{reason}": ("刪除 {path} 失敗：{reason}", "Deleting {path} failed: {reason}"),
        "已写入 {path}，但提交到 git 失败：{reason}": (
            "已寫入 {path}，但提交到 git 失敗：{reason}",
            "{path} was written, but committing it to git failed: {reason}"
        ),
        "{name} 不在 village.yaml 的村务监督委员会名单中，不能审核；请镇里核对账户姓名或村情": (
            "{name} 不在 village.yaml 的村務監督委員會名單中，不能審核；請鎮裡核對帳戶姓名或村情",
            """
            {name} is not on the supervisory committee in village.yaml and cannot sign off; ask the town to check \
            the account's name or the village profile
            """
        ),
        "只有财务公开需要村务监督委员会审核": ("只有財務公開需要村務監督委員會審核", "Only finance notices need the supervisory committee's sign-off"),
        "密码至少 {minimum} 个字符": ("密碼至少 {minimum} 個字符", "The password needs at least {minimum} characters"),
        "初始密码至少 {minimum} 个字符": ("初始密碼至少 {minimum} 個字符", "The initial password needs at least {minimum} characters"),
        "密码太长（最多 {maximum} 字节）": ("密碼太長（最多 {maximum} 位元組）", "The password is too long (at most {maximum} bytes)"),
        "初始密码太长（最多 {maximum} 字节）": (
            "初始密碼太長（最多 {maximum} 位元組）",
            "The initial password is too long (at most {maximum} bytes)"
        ),
        "请填写姓名：提交和审核记录中显示": ("請填寫姓名：提交和審核記錄中顯示", "Enter a name: it is shown in commits and sign-offs"),
        "姓名太长（最多 {maximum} 个字符）": ("姓名太長（最多 {maximum} 個字符）", "The name is too long (at most {maximum} characters)"),
        "姓名中不能有 < > 或控制字符": ("姓名中不能有 < > 或控制字元", "A name cannot contain < > or control characters"),
        "邮箱 {email} 不对：应形如 name@example.cn（作 git 提交的作者邮箱）": (
            "郵箱 {email} 不對：應形如 name@example.cn（作 git 提交的作者郵箱）",
            "The email {email} is not valid: it should look like name@example.cn (the author of git commits)"
        ),
        "用户名 {name} 只能用字母、数字和 . _ -（1 至 64 个字符）": (
            "用戶名 {name} 只能用字母、數字和 . _ -（1 至 64 個字符）",
            "The user name {name} may only use letters, digits and . _ - (1 to 64 characters)"
        ),
        "没有村文件夹 content/{village}": ("沒有村資料夾 content/{village}", "There is no village folder content/{village}"),
        "本村另一篇文档": ("本村另一篇文檔", "Another document of this village"),
        "（今天）": ("（今天）", " (today)"),
        "（到这一天才出现在公开栏网站上）": ("（到這一天才出現在公開欄網站上）", " (it appears on the public site on that day)"),
        "村情": ("村情", "Village profile"),
        "编辑村情、两委和监委成员": ("編輯村情、兩委和監委成員", "Edit the village profile, committees and supervisors"),
        "已有文档": ("已有文檔", "Documents"),
        "删除：{title}": ("刪除：{title}", "Delete: {title}"),
        "删除“{title}”？": ("刪除“{title}”？", "Delete \"{title}\"?"),
        "这篇文档将被删除；删除会记在修改历史里，需要时可以找回。": (
            "這篇文檔將被刪除；刪除會記在修改歷史裡，需要時可以找回。",
            "This document will be deleted; the deletion is kept in the history, so it can be recovered when needed."
        ),
        "取消": ("取消", "Cancel"),
        "确认发布：{title}": ("確認發布：{title}", "Confirm publishing: {title}"),
        "确认发布": ("確認發布", "Publish"),
        "发布后，这篇文档会向所有人公开：": ("發布後，這篇文檔會向所有人公開：", "Once published, this document is public to everyone:"),
        "网址": ("網址", "Address"),
        "村民在公开栏网站上、扫公开栏纸上的二维码都能看到它，也能打印。发布后再修改，需要写修订说明，村民能看到改了什么。": (
            "村民在公開欄網站上、掃公開欄紙上的二維碼都能看到它，也能打印。發布後再修改，需要寫修訂說明，村民能看到改了什麼。",
            """
            Villagers can read and print it on the notice board website and by scanning the QR code on the printed \
            notice. Changing it after publishing needs a revision note, and villagers can see what changed.
            """
        ),
        "返回修改": ("返回修改", "Back to editing"),
        "不能打开": ("不能打開", "Cannot open"),
        "这个文档不在这个村的文件夹里": ("這個文檔不在這個村的文件夾裡", "This document is not in this village's folder"),
        "保存或上传": ("保存或上傳", "save or upload"),
        "没有保存：这篇文档已提交审核，{village}，现在不能修改。下面是你填写的内容（未保存），可以先复制下来；需要修改请请监委或镇里先退回。": (
            "沒有保存：這篇文檔已提交審核，{village}，現在不能修改。下面是你填寫的內容（未保存），可以先複製下來；需要修改請請監委或鎮裡先退回。",
            """
            Not saved: this document was submitted for sign-off ({village}) and cannot be changed now. Below is \
            what you typed (not saved): copy it first if you need it; to change the document, ask a supervisor or \
            the town to return it.
            """
        ),
        "你现在不能对这篇文档“{label}”": ("你現在不能對這篇文檔“{label}”", "You cannot \"{label}\" this document now"),
        "保存草稿": ("保存草稿", "Save draft"),
        "文档已不在了": ("文檔已不在了", "The document no longer exists"),
        "已保存为草稿；有 {errorCount} 个错误，改正后才能发布": (
            "已保存為草稿；有 {errorCount} 個錯誤，改正後才能發布",
            "Saved as a draft; {errorCount} {errorCount:error|errors} to correct before it can be published"
        ),
        "没有完成": ("沒有完成", "Not done"),
        "表单应以 multipart/form-data 提交": ("表單應以 multipart/form-data 提交", "The form must be sent as multipart/form-data"),
        "表单数据无法读取": ("表單數據無法讀取", "The form data cannot be read"),
        "表单字段过多": ("表單字段過多", "Too many form fields"),
        "gongkai 录入": ("gongkai 錄入", "gongkai editor"),
        "跳到正文": ("跳到正文", "Skip to content"),
        "返回": ("返回", "Back"),
        "退出": ("退出", "Sign out"),
        "421 请用 http://127.0.0.1:端口/ 访问本预览（Host 不符）\n": (
            "421 請用 http://127.0.0.1:端口/ 訪問本預覽（Host 不符）\n",
            "421 open this preview at http://127.0.0.1:PORT/ (the Host does not match)\\n"
        ),
        "gongkai：草稿中有 {count} 个错误。草稿不公开，其他文档照常发布；改正后才能发布这些草稿。": (
            "gongkai：草稿中有 {count} 個錯誤。草稿不公開，其他文檔照常發布；改正後才能發布這些草稿。",
            """
            gongkai: {count} {count:error|errors} in drafts. Drafts are not published; other documents are \
            published as usual. Correct them before these drafts can be published.
            """
        ),
        "gongkai：{count} 个错误，下面显示的是上一次成功生成的网站。改正后保存，页面会自动刷新。": (
            "gongkai：{count} 個錯誤，下面顯示的是上一次成功生成的網站。改正後保存，頁面會自動刷新。",
            """
            gongkai: {count} {count:error|errors}; below is the last site that was built. Save a correction and the \
            page reloads by itself.
            """
        ),
        "gongkai：{count} 个错误，网站尚未生成。改正后保存，页面会自动刷新。": (
            "gongkai：{count} 個錯誤，網站尚未生成。改正後保存，頁面會自動刷新。",
            """
            gongkai: {count} {count:error|errors}; the site has not been built yet. Save a correction and the page \
            reloads by itself.
            """
        ),
        "（草稿）": ("（草稿）", "(draft) "),
        "gongkai 预览": ("gongkai 預覽", "gongkai preview"),
        "网站尚未生成。": ("網站尚未生成。", "The site has not been built yet."),
        "首次生成": ("首次生成", "first build"),
        "端口 {port} 已被占用；请关闭占用它的程序，或用 --port 换一个端口": (
            "端口 {port} 已被佔用；請關閉佔用它的程序，或用 --port 換一個端口",
            "Port {port} is in use: close the program using it, or choose another port with --port"
        ),
        "无法在 {host}:{port} 上启动：{error}": ("無法在 {host}:{port} 上啟動：{error}", "Cannot start on {host}:{port}: {error}"),
        "预览已停止": ("預覽已停止", "Preview stopped"),
        "正在提供录入：http://{host}:{bound}/  （需登录；按 Ctrl-C 停止）": (
            "正在提供錄入：http://{host}:{bound}/  （需登入；按 Ctrl-C 停止）",
            "Serving the editor at http://{host}:{bound}/  (sign-in required; Ctrl-C to stop)"
        ),
        "正在预览：http://127.0.0.1:{bound}/  （只在本机可访问；按 Ctrl-C 停止）": (
            "正在預覽：http://127.0.0.1:{bound}/  （只在本機可訪問；按 Ctrl-C 停止）",
            "Previewing at http://127.0.0.1:{bound}/  (this computer only; Ctrl-C to stop)"
        ),
        "文件已修改": ("文件已修改", "files changed"),
        "{reason}：已重新生成（{ms} ms）；{summary}": (
            "{reason}：已重新生成（{ms} ms）；{summary}",
            "{reason}: rebuilt ({ms} ms); {summary}"
        ),
        "{reason}：有 {errorCount} 个错误，继续显示上一次成功生成的网站": (
            "{reason}：有 {errorCount} 個錯誤，繼續顯示上一次成功生成的網站",
            "{reason}: {errorCount} {errorCount:error|errors}; still showing the last site that was built"
        ),
        "{reason}：生成失败：{error}": ("{reason}：生成失敗：{error}", "{reason}: build failed: {error}"),
        "公开栏网站没有更新": ("公開欄網站沒有更新", "The public notice board website is not up to date"),
        "自 {since} 起有 {count} 个错误，村民看到的仍是那以前发布的网站。改正后会自动发布。": (
            "自 {since} 起有 {count} 個錯誤，村民看到的仍是那以前發布的網站。改正後會自動發布。",
            """
            Since {since} there {count:is|are} {count} {count:error|errors}, and villagers still see the site \
            published before then. It is published by itself once they are corrected.
            """
        ),
        "……另有 {shown} 个": ("……另有 {shown} 個", "… and {shown} more"),
        "等待村务监督委员会审核": ("等待村務監督委員會審核", "Awaiting the supervisory committee's sign-off"),
        "等待村务监督委员会审核（{names}）": ("等待村務監督委員會審核（{names}）", "Awaiting the supervisory committee's sign-off ({names})"),
        "等待发布（镇里，或本村文书）": ("等待發布（鎮裡，或本村文書）", "Awaiting publishing (by the town, or the village secretary)"),
        "等待文书改正后再次提交审核": ("等待文書改正後再次提交審核", "Awaiting the secretary's correction and a new submission"),
        "下一步：提交村务监督委员会审核": ("下一步：提交村務監督委員會審核", "Next: submit to the supervisory committee for sign-off"),
        "下一步：发布": ("下一步：發布", "Next: publish"),
        "新建，尚未保存": ("新建，尚未保存", "New, not saved yet"),
        "已公开（公开日期 {date}）": ("已公開（公開日期 {date}）", "Published (on {date})"),
        "草稿 · 待村务监督委员会审核（{actor} 已提交）": (
            "草稿 · 待村務監督委員會審核（{actor} 已提交）",
            "Draft · awaiting the supervisory committee's sign-off (submitted by {actor})"
        ),
        "草稿 · 待村务监督委员会审核": ("草稿 · 待村務監督委員會審核", "Draft · awaiting the supervisory committee's sign-off"),
        "草稿 · 被退回（{actor}）": ("草稿 · 被退回（{actor}）", "Draft · returned ({actor})"),
        "草稿 · 被退回": ("草稿 · 被退回", "Draft · returned"),
        "草稿 · 审核通过（{actor}），待发布": ("草稿 · 審核通過（{actor}），待發布", "Draft · signed off ({actor}), ready to publish"),
        "草稿 · 审核通过，待发布": ("草稿 · 審核通過，待發布", "Draft · signed off, ready to publish"),
        "草稿（未公开）· 待村务监督委员会审核": (
            "草稿（未公開）· 待村務監督委員會審核",
            "Draft (not public) · needs the supervisory committee's sign-off"
        ),
        "草稿（未公开）": ("草稿（未公開）", "Draft (not public)"),
        "现在不能对这篇文档“{label}”：{why}": ("現在不能對這篇文檔“{label}”：{why}", "You cannot \"{label}\" this document now: {why}"),
        "有 {errorCount} 个错误，改正后才能提交审核": (
            "有 {errorCount} 個錯誤，改正後才能提交審核",
            "{errorCount} {errorCount:error|errors} to correct before it can be submitted for sign-off"
        ),
        "退回时请在“退回原因”中写明要改什么": (
            "退回時請在“退回原因”中寫明要改什麼",
            "When returning, write what to change under \"Reason for return\""
        ),
        "有 {errorCount} 个错误，未发布": ("有 {errorCount} 個錯誤，未發布", "{errorCount} {errorCount:error|errors}, not published"),
        "有 {errorCount} 个错误，未保存": ("有 {errorCount} 個錯誤，未保存", "{errorCount} {errorCount:error|errors}, not saved"),
        "文件正在被别人修改，请刷新页面后重试": (
            "文件正在被別人修改，請刷新頁面後重試",
            "Someone else is changing the file: reload the page and try again"
        ),
        "已提交村务监督委员会审核": ("已提交村務監督委員會審核", "Submitted to the supervisory committee for sign-off"),
        "已审核通过": ("已審核通過", "Signed off"),
        "已退回": ("已退回", "Returned"),
        "登录": ("登入", "Sign in"),
        "公开栏录入：登录": ("公開欄錄入：登入", "Notice board editor: sign in"),
        "这里是村文书、村务监督委员会和镇里录入、审核和发布公开内容的地方，需要账户。": (
            "這裡是村文書、村務監督委員會和鎮裡錄入、審核和發布公開內容的地方，需要帳戶。",
            """
            This is where village secretaries, the supervisory committee and the town write, sign off and publish \
            what goes on the notice board. It needs an account.
            """
        ),
        "村民请看公开栏网站：": ("村民請看公開欄網站：", "Villagers: read the notice board website at "),
        "，不用登录。": ("，不用登入。", ", no sign-in needed."),
        "密码": ("密碼", "Password"),
        "表单无法读取，请重试": ("表單無法讀取，請重試", "The form cannot be read; please try again"),
        "页面已过期，请重新登录": ("頁面已過期，請重新登入", "The page has expired; please sign in again"),
        "登录失败": ("登入失敗", "sign-in failed"),
        "用户名或密码不对": ("用戶名或密碼不對", "Wrong user name or password"),
        "登录被拒（已锁定）": ("登入被拒（已鎖定）", "sign-in refused (locked)"),
        "连续 5 次密码错误，账户已锁定到 {until}；请稍后再试或请镇里重设密码": (
            "連續 5 次密碼錯誤，帳戶已鎖定到 {until}；請稍後再試或請鎮裡重設密碼",
            """
            5 wrong passwords in a row: the account is locked until {until}. Try again later, or ask the town to \
            reset the password
            """
        ),
        "403 禁止访问\n": ("403 禁止訪問\n", "403 forbidden\\n"),
        "404 找不到页面": ("404 找不到頁面", "404 page not found"),
        "新建 / 编辑本村文档": ("新建 / 編輯本村文檔", "New / edit this village's documents"),
        "本村文档": ("本村文檔", "This village's documents"),
        "查看与审核": ("查看與審核", "View and sign off"),
        "村情没有审核和发布这一步，保存即生效": (
            "村情沒有審核和發布這一步，保存即生效",
            "The village profile has no sign-off or publishing step: saving makes it take effect"
        ),
        "这篇文档已经公开": ("這篇文檔已經公開", "This document is already published"),
        "你的账户不管这个村": ("你的帳戶不管這個村", "Your account does not cover this village"),
        "这类文档不需要村务监督委员会审核，可以直接发布": (
            "這類文檔不需要村務監督委員會審核，可以直接發布",
            "This kind of document needs no sign-off by the supervisory committee and can be published directly"
        ),
        "没有账户时没有审核这一步，由本机的使用者直接发布": (
            "沒有帳戶時沒有審核這一步，由本機的使用者直接發布",
            "Without accounts there is no sign-off step: the person at this computer publishes directly"
        ),
        "这篇文档没有待审核的提交": ("這篇文檔沒有待審核的提交", "This document has no submission awaiting sign-off"),
        "已提交审核，正在等待村务监督委员会": ("已提交審核，正在等待村務監督委員會", "Submitted for sign-off, awaiting the supervisory committee"),
        "已审核通过，可以发布": ("已審核通過，可以發布", "Signed off: ready to publish"),
        "财务公开须先经村务监督委员会审核通过才能发布": (
            "財務公開須先經村務監督委員會審核通過才能發布",
            "Finance notices must be signed off by the supervisory committee before they are published"
        ),
        "只有本村村务监督委员会成员能审核": ("只有本村村務監督委員會成員能審核", "Only members of the village's supervisory committee can sign off"),
        "村务监督委员会成员审核，不修改、不提交、不发布": (
            "村務監督委員會成員審核，不修改、不提交、不發布",
            "Supervisory committee members sign off; they do not change, submit or publish"
        ),
        "由文书提交，镇里或文书发布": ("由文書提交，鎮裡或文書發布", "Submitted by the secretary, published by the town or the secretary"),
        "已提交审核，现在不能修改；需要修改请监委或镇里先退回": (
            "已提交審核，現在不能修改；需要修改請監委或鎮裡先退回",
            """
            Submitted for sign-off and cannot be changed now; to change it, ask a supervisor or the town to return \
            it
            """
        ),
        "文书": ("文書", "secretary"),
        "监委": ("監委", "supervisor"),
        "镇": ("鎮", "town"),
        "文书账户至少要有一个所属村（--village）": (
            "文書帳戶至少要有一個所屬村（--village）",
            "A secretary account needs at least one village (--village)"
        ),
        "监委账户只属于一个村：所属村（--village）恰好一个": (
            "監委帳戶只屬於一個村：所屬村（--village）恰好一個",
            "A supervisor account belongs to exactly one village (--village)"
        ),
        "镇账户管理所有村，不设所属村（--village）": (
            "鎮帳戶管理所有村，不設所屬村（--village）",
            "A town account covers every village and has none of its own (--village)"
        ),
        "文字，不超过 {maximum} 字": ("文字，不超過 {maximum} 字", "text, at most {maximum} {maximum:character|characters}"),
        "文字": ("文字", "text"),
        "文字，可多行": ("文字，可多行", "text, may have several lines"),
        "公开电话（可为手机号）": ("公開電話（可為手機號）", "public phone number (may be a mobile)"),
        "整数，{minimum} 到 {maximum}": ("整數，{minimum} 到 {maximum}", "whole number, {minimum} to {maximum}"),
        "大于 0 的数": ("大於 0 的數", "number above 0"),
        "非负数": ("非負數", "number, not negative"),
        "true 或 false": ("true 或 false", "true or false"),
        "日期 YYYY-MM-DD": ("日期 YYYY-MM-DD", "date YYYY-MM-DD"),
        "月份 YYYY-MM": ("月份 YYYY-MM", "month YYYY-MM"),
        "期间 {period}": ("期間 {period}", "period {period}"),
        " 或 ": (" 或 ", " or "),
        "金额（元），最多两位小数，可为负数": ("金額（元），最多兩位小數，可為負數", "amount (yuan), at most two decimals, may be negative"),
        "金额（元），最多两位小数，大于 0": ("金額（元），最多兩位小數，大於 0", "amount (yuan), at most two decimals, above 0"),
        "金额（元），最多两位小数": ("金額（元），最多兩位小數", "amount (yuan), at most two decimals"),
        "可选：{options}": ("可選：{options}", "one of: {options}"),
        "至少一项的列表": ("至少一項的列表", "list of at least one item"),
        "列表": ("列表", "list"),
        "至少一项的列表，每项为{hint}": ("至少一項的列表，每項為{hint}", "list of at least one item, each {hint}"),
        "列表，每项为{hint}": ("列表，每項為{hint}", "list, each {hint}"),
        "映射": ("映射", "mapping"),
        "项目: {hint}": ("項目: {hint}", "item: {hint}"),
        "以 / 结尾的网址": ("以 / 結尾的網址", "web address ending in /"),
        "zh-Hans、zh-Hant 或 en": ("zh-Hans、zh-Hant 或 en", "zh-Hans, zh-Hant or en"),
        "文档类型，如 finance.statement": ("文檔類型，如 finance.statement", "kind of document, such as finance.statement"),
        "自由字段，不校验": ("自由字段，不校驗", "free field, not checked"),
        "新建：{title}": ("新建：{title}", "New: {title}"),
        "编辑：{title}": ("編輯：{title}", "Edit: {title}"),
        "上传附件": ("上傳附件", "Upload an attachment"),
        "PDF、JPEG 或 PNG，每个不超过 20 MiB；保存或检查时上传，并加入“附件”表。": (
            "PDF、JPEG 或 PNG，每個不超過 20 MiB；保存或檢查時上傳，並加入“附件”表。",
            """
            PDF, JPEG or PNG, at most 20 MiB each; uploaded when you save or check, and added to the "Attachments" \
            table.
            """
        ),
        "新建{period}{label}": ("新建{period}{label}", "New: {label}, {period}"),
        "村级党务、村务、财务公开栏的静态网站生成器": (
            "村級黨務、村務、財務公開欄的靜態網站生成器",
            "Static site generator for villages' public notice boards (party, village and financial affairs)"
        ),
        "读取 content/ 下各村的 Markdown 与 YAML 文件，校验后生成公开网站。": (
            "讀取 content/ 下各村的 Markdown 與 YAML 文件，校驗後生成公開網站。",
            "Reads each village's Markdown and YAML files under content/, checks them and builds the public site."
        ),
        "站点根目录（含 gongkai.yaml）；默认从当前目录向上查找": (
            "站點根目錄（含 gongkai.yaml）；默認從當前目錄向上查找",
            "Site root (holding gongkai.yaml); by default found upwards from the current folder"
        ),
        "构建日期 YYYY-MM-DD；默认取 SOURCE_DATE_EPOCH，否则为今天（北京时间）": (
            "構建日期 YYYY-MM-DD；默認取 SOURCE_DATE_EPOCH，否則為今天（北京時間）",
            "Build date YYYY-MM-DD; by default SOURCE_DATE_EPOCH, else today (Beijing time)"
        ),
        "--date {date} 不是有效日期；应为 YYYY-MM-DD，如 2026-11-05": (
            "--date {date} 不是有效日期；應為 YYYY-MM-DD，如 2026-11-05",
            "--date {date} is not a valid date; use YYYY-MM-DD, such as 2026-11-05"
        ),
        "校验并生成网站；有错误时不写入任何文件": ("校驗並生成網站；有錯誤時不寫入任何文件", "Check and build the site; with any error nothing is written"),
        "输出文件夹；默认为站点根目录下的 site/": ("輸出文件夾；默認為站點根目錄下的 site/", "Output folder; by default site/ in the site root"),
        "不沿用上次生成的结果，全部重新生成并整体替换输出文件夹": (
            "不沿用上次生成的結果，全部重新生成並整體替換輸出文件夾",
            "Reuse nothing from the last build: build everything and replace the output folder whole"
        ),
        "输出文件夹里已有不是 gongkai 生成的文件时，仍然整体替换它（这些文件会被删除）": (
            "輸出文件夾裡已有不是 gongkai 生成的文件時，仍然整體替換它（這些文件會被刪除）",
            "Replace the output folder even when it holds files gongkai did not write (they are deleted)"
        ),
        "只校验，不生成网站": ("只校驗，不生成網站", "Check only; build nothing"),
        "输出格式：text 或 json": ("輸出格式：text 或 json", "Output format: text or json"),
        "上次生成的网站文件夹（默认 ROOT/site）：自那以后未改动的村不再重新校验": (
            "上次生成的網站文件夾（默認 ROOT/site）：自那以後未改動的村不再重新校驗",
            "Folder of the last build (default ROOT/site): villages unchanged since then are not checked again"
        ),
        "输出文件夹 {out} 会覆盖站点源文件（站点根目录、content/ 或 templates/）；请换一个 --out，未改动任何文件": (
            "輸出文件夾 {out} 會覆蓋站點源文件（站點根目錄、content/ 或 templates/）；請換一個 --out，未改動任何文件",
            """
            The output folder {out} would overwrite the site's sources (the site root, content/ or templates/); \
            choose another --out. Nothing was changed
            """
        ),
        "等 {count} 项": ("等 {count} 項", "and others, {count} in all"),
        "输出文件夹 {out} 里已有不是 gongkai 生成的文件（{shown}），生成会删除它们；请换一个空文件夹作 --out，或确认后加 --force。未改动任何文件": (
            "輸出文件夾 {out} 裡已有不是 gongkai 生成的文件（{shown}），生成會刪除它們；請換一個空文件夾作 --out，或確認後加 --force。未改動任何文件",
            """
            The output folder {out} holds files gongkai did not write ({shown}), which a build would delete; use an \
            empty folder as --out, or add --force once you are sure. Nothing was changed
            """
        ),
        "输出路径 {out} 已存在且不是文件夹（文件或符号链接）；请换一个 --out，未改动任何文件": (
            "輸出路徑 {out} 已存在且不是文件夾（文件或符號鏈接）；請換一個 --out，未改動任何文件",
            """
            The output path {out} exists and is not a folder (a file or a symbolic link); choose another --out. \
            Nothing was changed
            """
        ),
        "git 钩子：提交前自动检查": ("git 鉤子：提交前自動檢查", "git hooks: check before every commit"),
        "写入 git pre-commit 钩子：每次提交前对暂存的文件运行 gongkai check，有错误就拒绝提交": (
            "寫入 git pre-commit 鉤子：每次提交前對暫存的文件運行 gongkai check，有錯誤就拒絕提交",
            """
            Write a git pre-commit hook: before every commit gongkai check runs on the staged files and refuses the \
            commit on errors
            """
        ),
        "确需跳过检查时用 git commit --no-verify。": (
            "確需跳過檢查時用 git commit --no-verify。",
            "To skip the check when you must, use git commit --no-verify."
        ),
        "替换已有的、不是 gongkai 写入的钩子": ("替換已有的、不是 gongkai 寫入的鉤子", "Replace a hook gongkai did not write"),
        "服务器上的仓库：接受 git push（receive.denyCurrentBranch updateInstead），推送的内容检查不通过就拒绝，通过则更新文件并发布": (
            "服務器上的倉庫：接受 git push（receive.denyCurrentBranch updateInstead），推送的內容檢查不通過就拒絕，通過則更新文件併發布",
            """
            A repository on the server: accept git push (receive.denyCurrentBranch updateInstead), refuse a push \
            that fails the check, else update the files and publish
            """
        ),
        "已写入 {path} 并设置 receive.denyCurrentBranch=updateInstead：推送前检查，通过才更新服务器上的文件": (
            "已寫入 {path} 並設置 receive.denyCurrentBranch=updateInstead：推送前檢查，通過才更新服務器上的文件",
            """
            Wrote {path} and set receive.denyCurrentBranch=updateInstead: pushes are checked, and update the \
            server's files only when they pass
            """
        ),
        "已写入 {path}：每次提交前检查暂存的文件": (
            "已寫入 {path}：每次提交前檢查暫存的文件",
            "Wrote {path}: the staged files are checked before every commit"
        ),
        "{folder} 不在 git 仓库中；请先 git init 或在仓库里运行": (
            "{folder} 不在 git 倉庫中；請先 git init 或在倉庫裡運行",
            "{folder} is not in a git repository; run git init first, or run this inside the repository"
        ),
        "{hook} 已有别的钩子，未改动；确认要替换请加 --force": (
            "{hook} 已有別的鉤子，未改動；確認要替換請加 --force",
            "{hook} already has another hook and was left as it is; add --force to replace it"
        ),
        "新建一篇文档：列出该类型的全部字段及中文说明；不会覆盖已有文件": (
            "新建一篇文檔：列出該類型的全部字段及中文說明；不會覆蓋已有文件",
            "Start a new document listing every field of its kind with its description; never overwrites a file"
        ),
        "例：gongkai new finance.statement --village xuji --period 2026-10": (
            "例：gongkai new finance.statement --village xuji --period 2026-10",
            "Example: gongkai new finance.statement --village xuji --period 2026-10"
        ),
        "文档类型，如 finance.statement（gongkai schema 列出全部类型）": (
            "文檔類型，如 finance.statement（gongkai schema 列出全部類型）",
            "Kind of document, such as finance.statement (gongkai schema lists them all)"
        ),
        "村文件夹名，如 xuji": ("村文件夾名，如 xuji", "Village folder name, such as xuji"),
        "所属期间 YYYY、YYYY-Qn 或 YYYY-MM": ("所屬期間 YYYY、YYYY-Qn 或 YYYY-MM", "Period YYYY, YYYY-Qn or YYYY-MM"),
        "站点根目录；默认从当前目录向上查找": ("站點根目錄；默認從當前目錄向上查找", "Site root; by default found upwards from the current folder"),
        "公开日期，默认今天": ("公開日期，默認今天", "Publishing date, by default today"),
        "未知的文档类型 {kind}；可用类型：{all}": (
            "未知的文檔類型 {kind}；可用類型：{all}",
            "Unknown kind of document {kind}; the kinds are: {all}"
        ),
        "找不到村文件夹 content/{village}/village.yaml；请先建立村文件夹": (
            "找不到村文件夾 content/{village}/village.yaml；請先建立村文件夾",
            "No village folder content/{village}/village.yaml; create the village's folder first"
        ),
        "--period {period} 不是有效期间；应为 YYYY、YYYY-Qn 或 YYYY-MM": (
            "--period {period} 不是有效期間；應為 YYYY、YYYY-Qn 或 YYYY-MM",
            "--period {period} is not a valid period; use YYYY, YYYY-Qn or YYYY-MM"
        ),
        "{kind} 的期间应为 {allowed}": ("{kind} 的期間應為 {allowed}", "The period of {kind} is {allowed}"),
        "{path} 已存在，不会覆盖；请换一个期间或手动改名": (
            "{path} 已存在，不會覆蓋；請換一個期間或手動改名",
            "{path} exists and is not overwritten; choose another period or rename it by hand"
        ),
        "按公开目录逐村逐项列出：已公开、逾期公开、未公开、待公开；有未公开时退出码为 1": (
            "按公開目錄逐村逐項列出：已公開、逾期公開、未公開、待公開；有未公開時退出碼為 1",
            """
            List, village by village, each item of the disclosure catalog: published, published late, missing, due; \
            exit status 1 when any is missing
            """
        ),
        "gongkai.yaml 没有配置公开目录 catalog；请添加 start、items": (
            "gongkai.yaml 沒有配置公開目錄 catalog；請添加 start、items",
            "gongkai.yaml has no disclosure catalog (catalog:); add start and items"
        ),
        "说明文档类型及字段；--json-schema 导出供编辑器使用的 JSON Schema": (
            "說明文檔類型及字段；--json-schema 導出供編輯器使用的 JSON Schema",
            "Describe the kinds of document and their fields; --json-schema exports JSON Schemas for editors"
        ),
        "列出全部类型": ("列出全部類型", "list every kind"),
        "列出该类型的字段": ("列出該類型的字段", "list the fields of that kind"),
        "把全部 JSON Schema 写入 schemas/ 文件夹": (
            "把全部 JSON Schema 寫入 schemas/ 文件夾",
            "write every JSON Schema into the schemas/ folder"
        ),
        "输出 JSON Schema（draft 2020-12）": ("輸出 JSON Schema（draft 2020-12）", "Print the JSON Schema (draft 2020-12)"),
        "--json-schema 写入的文件夹（不给 KIND 时），默认 ./schemas": (
            "--json-schema 寫入的文件夾（不給 KIND 時），默認 ./schemas",
            "Folder --json-schema writes to (without KIND), by default ./schemas"
        ),
        "在本机预览网站：修改文件后自动重新生成并刷新页面，错误直接显示在页面上": (
            "在本機預覽網站：修改文件後自動重新生成並刷新頁面，錯誤直接顯示在頁面上",
            "Preview the site on this computer: a changed file rebuilds and reloads the page, with errors shown on it"
        ),
        "端口，默认 8080；0 表示任选一个空闲端口": ("端口，默認 8080；0 表示任選一個空閒端口", "Port, by default 8080; 0 picks any free port"),
        "开启录入：在预览中编辑、新建和删除文档，保存时检查并提交到 git": (
            "開啟錄入：在預覽中編輯、新建和刪除文檔，保存時檢查並提交到 git",
            """
            Turn on the editor: edit, create and delete documents in the preview, checked and committed to git on \
            saving
            """
        ),
        "提交的作者，如 {exampleAuthor}；默认用 git 的设置": (
            "提交的作者，如 {exampleAuthor}；默認用 git 的設置",
            "Author of the commits, such as {exampleAuthor}; by default git's settings"
        ),
        "监听地址和端口，如 0.0.0.0:8080；不在本机（127.0.0.1）时必须有账户": (
            "監聽地址和端口，如 0.0.0.0:8080；不在本機（127.0.0.1）時必須有帳戶",
            """
            Address and port to listen on, such as 0.0.0.0:8080; anywhere but this computer (127.0.0.1) needs \
            accounts
            """
        ),
        "账户数据库；默认 $XDG_DATA_HOME/gongkai/accounts.sqlite；给出时即要求登录": (
            "帳戶數據庫；默認 $XDG_DATA_HOME/gongkai/accounts.sqlite；給出時即要求登入",
            "Accounts database; by default $XDG_DATA_HOME/gongkai/accounts.sqlite; given, sign-in is required"
        ),
        "前置反向代理（nginx）的地址：只相信它发来的 X-Forwarded-Proto/For": (
            "前置反向代理（nginx）的地址：只相信它發來的 X-Forwarded-Proto/For",
            "Address of the reverse proxy in front (nginx): X-Forwarded-Proto/For are believed from it only"
        ),
        "公开栏网站的文件夹：仓库每有改动（保存、发布、推送）就重新生成到这里，供 nginx 向村民提供": (
            "公開欄網站的文件夾：倉庫每有改動（保存、發布、推送）就重新生成到這裡，供 nginx 向村民提供",
            """
            Folder of the public notice board website: rebuilt here after every change to the repository (save, \
            publish, push), for nginx to serve to villagers
            """
        ),
        "--port 应在 0 到 65535 之间": ("--port 應在 0 到 65535 之間", "--port must be between 0 and 65535"),
        "--author 应为“姓名 <邮箱>”，如 {exampleAuthor}": (
            "--author 應為“姓名 <郵箱>”，如 {exampleAuthor}",
            "--author takes \"Name <email>\", such as {exampleAuthor}"
        ),
        "--public：": ("--public：", "--public: "),
        "，或确认后加 --force": ("，或確認後加 --force", ", or add --force once you are sure"),
        "--listen {listen} 应为 地址:端口，如 0.0.0.0:8080 或 127.0.0.1:8080": (
            "--listen {listen} 應為 地址:端口，如 0.0.0.0:8080 或 127.0.0.1:8080",
            "--listen {listen} takes address:port, such as 0.0.0.0:8080 or 127.0.0.1:8080"
        ),
        "账户只用于录入：在本机以外开放时请同时给出 --edit（只预览请用本机地址）": (
            "帳戶只用於錄入：在本機以外開放時請同時給出 --edit（只預覽請用本機地址）",
            """
            Accounts are for the editor: when serving beyond this computer give --edit too (a preview only uses \
            this computer's address)
            """
        ),
        "在 {host} 上开放录入需要账户，但 {path} 里没有账户；请先用 gongkai user add 用户名 --role town 建立（见 README“在镇里的服务器上运行”）": (
            "在 {host} 上開放錄入需要帳戶，但 {path} 裡沒有帳戶；請先用 gongkai user add 用戶名 --role town 建立（見 README“在鎮裡的服務器上運行”）",
            """
            Serving the editor on {host} needs accounts, but {path} has none; create one first with gongkai user \
            add NAME --role town (see the README, "Running on the town's server")
            """
        ),
        "管理录入账户（在局域网上开放录入时需要）": (
            "管理錄入帳戶（在局域網上開放錄入時需要）",
            "Manage the editor's accounts (needed to serve the editor on a network)"
        ),
        "账户数据库文件；默认 $XDG_DATA_HOME/gongkai/accounts.sqlite（不得放在站点的 git 仓库里）": (
            "帳戶數據庫文件；默認 $XDG_DATA_HOME/gongkai/accounts.sqlite（不得放在站點的 git 倉庫裡）",
            """
            Accounts database file; by default $XDG_DATA_HOME/gongkai/accounts.sqlite (never inside the site's git \
            repository)
            """
        ),
        "从标准输入读密码（一行），供脚本使用；密码从不写在命令行上": (
            "從標準輸入讀密碼（一行），供腳本使用；密碼從不寫在命令行上",
            """
            Read the password from standard input (one line), for scripts; a password is never written on the \
            command line
            """
        ),
        "密码：": ("密碼：", "Password: "),
        "再输入一次：": ("再輸入一次：", "Once more: "),
        "没有终端可以输入密码；请用 --password-stdin 从标准输入给出": (
            "沒有終端可以輸入密碼；請用 --password-stdin 從標準輸入給出",
            "No terminal to type the password in; give it on standard input with --password-stdin"
        ),
        "两次输入的密码不一致": ("兩次輸入的密碼不一致", "The two passwords differ"),
        "登录用的用户名（字母、数字、. _ -）": ("登入用的用戶名（字母、數字、. _ -）", "User name for signing in (letters, digits, . _ -)"),
        "角色：secretary（文书）、supervisor（监委）、town（镇）": (
            "角色：secretary（文書）、supervisor（監委）、town（鎮）",
            "Role: secretary, supervisor or town"
        ),
        "所属村（文件夹名），可重复；镇账户不带": ("所屬村（文件夾名），可重複；鎮帳戶不帶", "Village (folder name), may repeat; none for a town account"),
        "本人姓名，提交和审核记录中显示；监委须与 village.yaml 中一致": (
            "本人姓名，提交和審核記錄中顯示；監委須與 village.yaml 中一致",
            "The person's name, shown in commits and sign-offs; a supervisor's must match village.yaml"
        ),
        "邮箱，作 git 提交的作者邮箱": ("郵箱，作 git 提交的作者郵箱", "Email, the author email of git commits"),
        "站点根目录：核对村文件夹和监委姓名（与 village.yaml 的村务监督委员会名单）；默认从当前目录向上查找": (
            "站點根目錄：核對村文件夾和監委姓名（與 village.yaml 的村務監督委員會名單）；默認從當前目錄向上查找",
            """
            Site root, to check village folders and supervisors' names (against the committee in village.yaml); by \
            default found upwards from the current folder
            """
        ),
        "--village {village}：站点 {site} 里没有这个村（content/{village}/village.yaml）": (
            "--village {village}：站點 {site} 裡沒有這個村（content/{village}/village.yaml）",
            "--village {village}: the site {site} has no such village (content/{village}/village.yaml)"
        ),
        "监委的姓名“{name}”不在{village}（content/{folder}/village.yaml）的村务监督委员会名单中（名单为空）；请用 --name 给出名单上的姓名": (
            "監委的姓名“{name}”不在{village}（content/{folder}/village.yaml）的村務監督委員會名單中（名單為空）；請用 --name 給出名單上的姓名",
            """
            The supervisor's name "{name}" is not on the supervisory committee of {village} \
            (content/{folder}/village.yaml), which is empty; give a name on the list with --name
            """
        ),
        "监委的姓名“{name}”不在{village}（content/{folder}/village.yaml）的村务监督委员会名单中（{names}）；请用 --name 给出名单上的姓名": (
            "監委的姓名“{name}”不在{village}（content/{folder}/village.yaml）的村務監督委員會名單中（{names}）；請用 --name 給出名單上的姓名",
            """
            The supervisor's name "{name}" is not on the supervisory committee of {village} \
            (content/{folder}/village.yaml): {names}; give a name on the list with --name
            """
        ),
        "--role {role} 不是角色；应为 secretary、supervisor、town 或 文书、监委、镇": (
            "--role {role} 不是角色；應為 secretary、supervisor、town 或 文書、監委、鎮",
            "--role {role} is not a role; use secretary, supervisor or town"
        ),
        "--village {village} 不是村文件夹名（小写字母、数字和 -）": (
            "--village {village} 不是村文件夾名（小寫字母、數字和 -）",
            "--village {village} is not a village folder name (lower-case letters, digits and -)"
        ),
        "已新建 {name}（{displayName}，{role}{scope}）": (
            "已新建 {name}（{displayName}，{role}{scope}）",
            "Created {name} ({displayName}, {role}{scope})"
        ),
        "列出账户": ("列出帳戶", "List the accounts"),
        "用户名\t姓名\t角色\t村": ("用戶名\t姓名\t角色\t村", "User\tName\tRole\tVillages"),
        "（全部）": ("（全部）", "(all)"),
        "修改密码（该用户已登录的会话全部退出，锁定解除）": (
            "修改密碼（該用戶已登入的會話全部退出，鎖定解除）",
            "Change a password (the user's sessions are signed out and a lock is lifted)"
        ),
        "已修改 {name} 的密码": ("已修改 {name} 的密碼", "Changed the password of {name}"),
        "删除账户（其会话随之结束）": ("刪除帳戶（其會話隨之結束）", "Delete an account (its sessions end)"),
        "已删除 {name}": ("已刪除 {name}", "Deleted {name}"),
        "按 manifest.json 重新计算网站每个文件的 SHA-256，列出所有不一致的文件": (
            "按 manifest.json 重新計算網站每個文件的 SHA-256，列出所有不一致的文件",
            "Recompute the SHA-256 of every file of the site from manifest.json and list every file that differs"
        ),
        "网站文件夹（含 manifest.json），默认 ./site": (
            "網站文件夾（含 manifest.json），默認 ./site",
            "Site folder (holding manifest.json), by default ./site"
        ),
        "从电子表格粘贴": ("從電子表格粘貼", "Paste from a spreadsheet"),
        "在 Excel、WPS 或 LibreOffice 中选中单元格复制后粘贴到这里；带表头时按表头对应各列。也可以直接粘贴到表格的单元格里。": (
            "在 Excel、WPS 或 LibreOffice 中選中單元格複製後粘貼到這裡；帶表頭時按表頭對應各列。也可以直接粘貼到表格的單元格里。",
            """
            Select the cells in Excel, WPS or LibreOffice, copy them and paste here; with a header row, columns go \
            by their headers. You can also paste straight into a cell of the table.
            """
        ),
        "尚未保存：请核对下面的表格和检查结果，无误后按“保存”。": (
            "尚未保存：請核對下面的表格和檢查結果，無誤後按“保存”。",
            "Not saved yet: look over the table and the check below, then press \"Save\"."
        ),
        "已放入{table} {count} 行": ("已放入{table} {count} 行", "{count} {count:row|rows} put into {table}"),
        "按表头对应：{used}": ("按表頭對應：{used}", "Columns by their headers: {used}"),
        "放入表格": ("放入表格", "Put into the table"),
        "未用的列：{unused}": ("未用的列：{unused}", "Columns not used: {unused}"),
        "没有放入 {totalsLeftOut} 个合计、承前页等汇总行": (
            "沒有放入 {totalsLeftOut} 個合計、承前頁等彙總行",
            """
            {totalsLeftOut} {totalsLeftOut:total or carried-forward line was|total or carried-forward lines were} \
            left out
            """
        ),
        "没有放入 {outsidePeriod} 行不在本期（{period}）的记录": (
            "沒有放入 {outsidePeriod} 行不在本期（{period}）的記錄",
            "{outsidePeriod} {outsidePeriod:row|rows} outside the period ({period}) left out"
        ),
        "粘贴到{label}的单元格": ("粘貼到{label}的單元格", "Cells to put into {label}"),
        "粘贴的内容里没有可以放入表格的行。": ("粘貼的內容裡沒有可以放入表格的行。", "The pasted text has no rows to put into the table."),
        "{name} 不是 .xlsx 或 .csv 文件；请在 Excel、WPS 或 LibreOffice 中另存为这两种之一": (
            "{name} 不是 .xlsx 或 .csv 文件；請在 Excel、WPS 或 LibreOffice 中另存為這兩種之一",
            "{name} is not an .xlsx or .csv file; save it as one of them in Excel, WPS or LibreOffice"
        ),
        "{name} 无法读成电子表格；请用 Excel、WPS 或 LibreOffice 另存为 .xlsx 后再导入": (
            "{name} 無法讀成電子表格；請用 Excel、WPS 或 LibreOffice 另存為 .xlsx 後再導入",
            "{name} cannot be read as a spreadsheet; save it as .xlsx in Excel, WPS or LibreOffice and import that"
        ),
        "{name} 的文字无法识别（应为 UTF-8 或 GB18030 编码）": (
            "{name} 的文字無法識別（應為 UTF-8 或 GB18030 編碼）",
            "The text of {name} cannot be read (it should be UTF-8 or GB18030)"
        ),
        "{name} 超过 10 MiB；请只导入需要的工作表或月份": (
            "{name} 超過 10 MiB；請只導入需要的工作表或月份",
            "{name} is over 10 MiB; import only the sheet or the months needed"
        ),
        "{column}“{text}”不是日期": ("{column}“{text}”不是日期", "{column} \"{text}\" is not a date"),
        "{column}“{text}”不是金额": ("{column}“{text}”不是金額", "{column} \"{text}\" is not an amount"),
        "{column}“{text}”超过两位小数": ("{column}“{text}”超過兩位小數", "{column} \"{text}\" has more than two decimals"),
        "{column}里有未隐去的身份证号、手机号或银行卡号，会被公开": (
            "{column}裡有未隱去的身份證號、手機號或銀行卡號，會被公開",
            "{column} holds an ID, mobile or bank card number that is not masked and would be published"
        ),
        "下面是文件的各列将放入{tableLabel}的哪个字段，以及每一行；可以改某一列放入的字段。": (
            "下面是文件的各列將放入{tableLabel}的哪個字段，以及每一行；可以改某一列放入的字段。",
            """
            Below: which field of {tableLabel} each column of the file goes to, and every row; you can change where \
            a column goes. 
            """
        ),
        "不导入": ("不導入", "Not imported"),
        "不导入：不在本期": ("不導入：不在本期", "Not imported: outside the period"),
        "不导入：合计、承前页等汇总行": ("不導入：合計、承前頁等彙總行", "Not imported: a total or carried-forward line"),
        "从电子表格粘贴或导入": ("從電子表格粘貼或導入", "Paste or import from a spreadsheet"),
        "先显示预览：各列放入哪个字段、每一行和它的问题；确认后才放入表格。": (
            "先顯示預覽：各列放入哪個字段、每一行和它的問題；確認後才放入表格。",
            """
            A preview comes first: where each column goes, every row and its problems; rows go into the table only \
            when you confirm.
            """
        ),
        "另有 {shownRows} 行未列出": ("另有 {shownRows} 行未列出", "{shownRows} more {shownRows:row|rows} not listed"),
        "各列放入的字段": ("各列放入的字段", "Where each column goes"),
        "导入文件": ("導入文件", "Import the file"),
        "导入这些行": ("導入這些行", "Import these rows"),
        "导入预览：{filename}（{count} 行，可放入 {placed} 行）": (
            "導入預覽：{filename}（{count} 行，可放入 {placed} 行）",
            "Import preview: {filename} ({count} {count:row|rows}, {placed} to import)"
        ),
        "或导入 .xlsx、.csv 文件": ("或導入 .xlsx、.csv 文件", "Or import an .xlsx or .csv file"),
        "按“导入这些行”后放入表格，保存前不会写入。": (
            "按“導入這些行”後放入表格，保存前不會寫入。",
            "\"Import these rows\" puts them into the table; nothing is written before you save."
        ),
        "放入": ("放入", "Goes to"),
        "文件中的列": ("文件中的列", "Column of the file"),
        "文件中的行": ("文件中的行", "Rows of the file"),
        "文件没有表头行：各列按顺序放入。": ("文件沒有表頭行：各列按順序放入。", "The file has no header row: columns go in order."),
        "文件超过 {rowLimit} 行：其余 {beyondLimit} 行不导入": (
            "文件超過 {rowLimit} 行：其餘 {beyondLimit} 行不導入",
            "The file has more than {rowLimit} rows: the other {beyondLimit} are not imported"
        ),
        "第一行的值": ("第一行的值", "First value"),
        "问题": ("問題", "Problems"),
        "找不到 {path}": ("找不到 {path}", "{path} not found"),
        "{path} 不在这个村的文件夹里，不能编辑": (
            "{path} 不在這個村的文件夾裡，不能編輯",
            "{path} is not in this village's folder and cannot be edited"
        ),
        "无法读取 {path}": ("無法讀取 {path}", "{path} cannot be read"),
        "{path} 无法读成表单（第 {line} 行：{why}）；请先用文本编辑器修正，或运行 gongkai check 查看": (
            "{path} 無法讀成表單（第 {line} 行：{why}）；請先用文本編輯器修正，或運行 gongkai check 查看",
            """
            {path} cannot be read into the form (line {line}: {why}); correct it in a text editor first, or run \
            gongkai check to see why
            """
        ),
        "gongkai.yaml 有错误，请先运行 gongkai check 修正": (
            "gongkai.yaml 有錯誤，請先運行 gongkai check 修正",
            "gongkai.yaml has errors; run gongkai check and correct them first"
        ),
        "附件 {name} 有 {bytes} MiB，超过 20 MiB；请压缩或分开上传": (
            "附件 {name} 有 {bytes} MiB，超過 20 MiB；請壓縮或分開上傳",
            "The attachment {name} is {bytes} MiB, over 20 MiB; compress it or upload it in parts"
        ),
        "附件 {name} 不是 PDF、JPEG 或 PNG 文件（按文件内容判断，不看扩展名）；请另存为 PDF 或图片后再上传": (
            "附件 {name} 不是 PDF、JPEG 或 PNG 文件（按文件內容判斷，不看擴展名）；請另存為 PDF 或圖片後再上傳",
            """
            The attachment {name} is not a PDF, JPEG or PNG file (judged by its content, not its name); save it as \
            a PDF or an image and upload that
            """
        ),
        "附件 {name} 是空文件": ("附件 {name} 是空文件", "The attachment {name} is empty"),
    ]
}
