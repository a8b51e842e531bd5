/// What a value should have looked like, for GK-S004 messages.
public enum Expectation: Sendable, Hashable {
    case string
    case text(maxLength: Int)
    case date
    case month
    case period([Period.Granularity])
    case money
    case moneyDecimals
    case moneyNonNegative
    case moneyPositive
    case integer(minimum: Int, maximum: Int)
    case number
    case numberPositive
    case bool
    case choice([String])
    case list
    case nonEmptyList
    case listOfAtMost(Int)
    case monthFrom(String)
    case mapping
    case url
    case locale
    case villageFolder
    case historySource
}

/// Every message the tool prints, with the values it names. Worded by `Localizer.text`.
public enum Message: Sendable, Hashable {
    case yamlSyntax(reason: String)
    case yamlSeveralDocuments
    case yamlUnknownAnchor(name: String)
    case yamlComplexKey
    case aliasBomb(limit: Int)
    case nestingTooDeep(limit: Int)
    case tooManyKeys(limit: Int)
    case markdownBound(MarkdownLimit, found: Int)
    case duplicateKey(key: String, firstLine: Int)
    case frontMatterMissingOpening
    case frontMatterMissingClosing
    case notUTF8
    case fileTooLarge(bytes: Int, limit: Int)
    case unreadable(reason: String)
    case notAMapping
    case missingField(key: String, label: String)
    case unknownField(key: String, suggestion: String?)
    case badValue(key: String, label: String, value: String, expected: Expectation)
    case unknownKind(value: String, suggestion: String?)
    case noticeUntilBeforePublished(until: CalendarDate, published: CalendarDate)
    case duplicateSlug(slug: String, otherFile: String)
    case attachmentMissing(file: String)
    case attachmentOutside(file: String)
    case missingVillageFile(village: String)
    case badVillageFolder(name: String)
    case symbolicLink(path: String, target: String)
    case moreOfTheSame(count: Int)
    case noVillages
    case rule(AnyRuleMessage)
    case templateSyntax(reason: String)
    case templateUnknownName(name: String, pages: [String], model: String, suggestion: String?)
    case templateMissingPartial(name: String)
    case templateRenderLimit(operations: Int, bytes: Int, depth: Int)
}

extension Localizer {
    public func text(_ message: Message) -> String {
        switch message {
        case .yamlSyntax(let reason):
            return pick(
                "YAML 格式有误：\(reason)；请检查缩进、冒号和引号",
                "YAML 格式有誤：\(reason)；請檢查縮排、冒號和引號",
                "YAML does not parse: \(reason); check indentation, colons and quotes")
        case .yamlSeveralDocuments:
            return pick(
                "一个文件只能有一份 YAML 文档，请删去多余的 `---`",
                "一個檔案只能有一份 YAML 文件，請刪去多餘的 `---`",
                "one file holds one YAML document; remove the extra `---`")
        case .yamlUnknownAnchor(let name):
            return pick(
                "引用了未定义的锚点 *\(name)；请先用 &\(name) 定义",
                "引用了未定義的錨點 *\(name)；請先用 &\(name) 定義",
                "alias *\(name) names no anchor; define it first with &\(name)")
        case .yamlComplexKey:
            return pick("键必须是简单文字", "鍵必須是簡單文字", "a key must be plain text")
        case .aliasBomb(let limit):
            return pick(
                "别名展开超过 \(limit) 个节点，已拒绝；请减少锚点和别名的嵌套引用",
                "別名展開超過 \(limit) 個節點，已拒絕；請減少錨點和別名的巢狀引用",
                "aliases expand past \(limit) nodes; rejected — reduce nested anchors and aliases")
        case .nestingTooDeep(let limit):
            return pick(
                "嵌套超过 \(limit) 层，已拒绝；公告数据用不到这么深的列表或映射，请检查是否多写了 [ { 或缩进",
                "巢狀超過 \(limit) 層，已拒絕；公告資料用不到這麼深的清單或映射，請檢查是否多寫了 [ { 或縮排",
                "nested deeper than \(limit) levels; rejected — no notice needs lists or mappings this deep: check for "
                    + "stray [ { or indentation"
            )
        case .tooManyKeys(let limit):
            return pick(
                "一个映射里写了超过 \(limit) 个字段，已拒绝；公告用不到这么多字段，请检查是否把列表写成了映射（每项前加 - ）",
                "一個映射裡寫了超過 \(limit) 個欄位，已拒絕；公告用不到這麼多欄位，請檢查是否把清單寫成了映射（每項前加 - ）",
                "a mapping with more than \(limit) keys; rejected — no notice needs so many fields: check whether a "
                    + "list was written as a mapping (start each item with - )"
            )
        case .markdownBound(let limit, let found):
            return markdownBound(limit, found: found, maximum: limit.maximum)
        case .duplicateKey(let key, let firstLine):
            return pick(
                "字段 \(key) 重复（第 \(firstLine) 行已写过）；请删去其中一个",
                "欄位 \(key) 重複（第 \(firstLine) 行已寫過）；請刪去其中一個",
                "duplicate key \(key) (first written on line \(firstLine)); remove one of them")
        case .frontMatterMissingOpening:
            return pick(
                "Markdown 文件须以 `---` 开头的 YAML 头部开始",
                "Markdown 檔案須以 `---` 開頭的 YAML 頭部開始",
                "a Markdown file must start with YAML front matter opened by `---`")
        case .frontMatterMissingClosing:
            return pick(
                "YAML 头部没有结束行；请在字段之后加一行 `---`",
                "YAML 頭部沒有結束行；請在欄位之後加一行 `---`",
                "front matter is not closed; add a `---` line after the fields")
        case .notUTF8:
            return pick(
                "文件不是 UTF-8 编码；请用 UTF-8 保存", "檔案不是 UTF-8 編碼；請用 UTF-8 儲存",
                "the file is not UTF-8; save it as UTF-8")
        case .fileTooLarge(let bytes, let limit):
            return pick(
                "文件 \(bytes) 字节，超过单篇上限 \(limit) 字节；请拆分为几篇",
                "檔案 \(bytes) 位元組，超過單篇上限 \(limit) 位元組；請拆分為幾篇",
                "the file has \(bytes) bytes, over the limit of \(limit) for one document; split it")
        case .unreadable(let reason):
            return pick("无法读取：\(reason)", "無法讀取：\(reason)", "cannot read: \(reason)")
        case .notAMapping:
            return pick(
                "内容应为“字段: 值”的映射", "內容應為「欄位: 值」的映射",
                "expected a mapping of `field: value`")
        case .missingField(let key, let label):
            // The field's label in the site's language: the schema's labels are in the catalogue.
            let label = t(label)
            return pick(
                "缺少必填字段 \(key)（\(label)）；请补上",
                "缺少必填欄位 \(key)（\(label)）；請補上",
                "required field \(key) (\(label)) is missing; add it")
        case .unknownField(let key, let suggestion):
            let hint =
                suggestion.map {
                    pick("；是否应为 \($0)？", "；是否應為 \($0)？", "; did you mean \($0)?")
                } ?? pick("；请删去或改正", "；請刪去或改正", "; remove or correct it")
            return pick("未知字段 \(key)", "未知欄位 \(key)", "unknown field \(key)") + hint
        case .badValue(let key, let label, let value, let expected):
            let label = t(label)
            let shown = value.isEmpty ? pick("（空）", "（空）", "(empty)") : quoted(value)
            return pick(
                "\(key)（\(label)）的值 \(shown) 不正确：", "\(key)（\(label)）的值 \(shown) 不正確：",
                "\(key) (\(label)) has the value \(shown), but ") + describe(expected)
        case .unknownKind(let value, let suggestion):
            let hint = suggestion.map { pick("；是否应为 \($0)？", "；是否應為 \($0)？", "; did you mean \($0)?") } ?? ""
            return pick(
                "未知的文档类型 kind: \(quoted(value))", "未知的文件類型 kind: \(quoted(value))",
                "unknown kind \(quoted(value))") + hint
        case .noticeUntilBeforePublished(let until, let published):
            return pick(
                "公示截止日期 \(until.iso) 早于公开日期 \(published.iso)；截止日期须不早于公开日期",
                "公示截止日期 \(until.iso) 早於公開日期 \(published.iso)；截止日期須不早於公開日期",
                "notice_until \(until.iso) is before published \(published.iso); it must be on or after it")
        case .duplicateSlug(let slug, let other):
            return pick(
                "同一村已有名为 \(slug) 的文档（\(other)）；请给其中一个改名",
                "同一村已有名為 \(slug) 的文件（\(other)）；請給其中一個改名",
                "the village already has a document named \(slug) (\(other)); rename one of them")
        case .attachmentMissing(let file):
            return pick(
                "附件 \(file) 不存在；请检查文件名，路径相对于村文件夹",
                "附件 \(file) 不存在；請檢查檔名，路徑相對於村資料夾",
                "attachment \(file) does not exist; check the name (paths are relative to the village folder)")
        case .attachmentOutside(let file):
            return pick(
                "附件 \(file) 不在本村文件夹内；请把文件放进村文件夹",
                "附件 \(file) 不在本村資料夾內；請把檔案放進村資料夾",
                "attachment \(file) leaves the village folder; put the file inside it")
        case .missingVillageFile(let village):
            return pick(
                "村文件夹 \(village) 缺少 village.yaml；请添加村情况",
                "村資料夾 \(village) 缺少 village.yaml；請添加村情況",
                "village folder \(village) has no village.yaml; add one")
        case .rule(let message):
            return text(message)
        case .templateSyntax(let reason):
            return pick("模板有误：\(reason)", "模板有誤：\(reason)", "template error: \(reason)")
        case .templateUnknownName(let name, let pages, let model, let suggestion):
            let page = list(pages)
            let hint =
                suggestion.map {
                    pick("；是否应为 {{\($0)}}？", "；是否應為 {{\($0)}}？", "; did you mean {{\($0)}}?")
                }
                ?? pick(
                    "；请对照 gongkai 的页面字段改正（写错的名称显示为空白）",
                    "；請對照 gongkai 的頁面欄位改正（寫錯的名稱顯示為空白）",
                    "; correct it against gongkai's page fields (a wrong name renders as nothing)")
            return pick(
                "模板用到的名称 \(name) 在 \(page) 页面此处的数据（\(model)）中不存在",
                "範本用到的名稱 \(name) 在 \(page) 頁面此處的資料（\(model)）中不存在",
                "the template uses \(name), which the data here on the \(page) page (\(model)) does not have") + hint
        case .templateMissingPartial(let name):
            return pick(
                "引用的局部模板 {{>\(name)}} 不存在；请添加 templates/\(name).mustache 或改正名称",
                "引用的局部範本 {{>\(name)}} 不存在；請新增 templates/\(name).mustache 或改正名稱",
                "the partial {{>\(name)}} does not exist; add templates/\(name).mustache or correct the name")
        case .templateRenderLimit(let operations, let bytes, let depth):
            return pick(
                "模板渲染超过上限（\(operations) 步或 \(bytes >> 20) MiB），已停止；多半是局部模板 {{>…}} 互相引用（最多 \(depth) 层）：请检查这个模板及其引用的局部模板",
                "模板渲染超過上限（\(operations) 步或 \(bytes >> 20) MiB），已停止；多半是局部範本 {{>…}} 互相引用（最多 \(depth) 層）：請檢查這個範本及其引用的局部範本",
                "rendering stopped past \(operations) steps or \(bytes >> 20) MiB; most likely partials {{>…}} include "
                    + "each other (at most \(depth) deep): check this template and its partials"
            )
        case .symbolicLink(let path, let target):
            return pick(
                "\(path) 是符号链接（指向 \(target)），不会读取也不会发布；请把文件本身放进村文件夹",
                "\(path) 是符號連結（指向 \(target)），不會讀取也不會發布；請把檔案本身放進村資料夾",
                "\(path) is a symbolic link (to \(target)): not read and not published; put the file itself in the "
                    + "village folder"
            )
        case .moreOfTheSame(let count):
            return pick(
                "本文件另有 \(count) 处同类问题未逐条列出（自此处起）；请先改正上面列出的",
                "本檔案另有 \(count) 處同類問題未逐條列出（自此處起）；請先改正上面列出的",
                "\(Localizer.count(count, "more problem", "more problems")) of this kind in this file, from here on, "
                    + "not listed one by one; fix the ones "
                    + "above first"
            )
        case .noVillages:
            return pick(
                "content/ 里没有村文件夹；请为每个村建一个文件夹（如 content/xuji/）并放入 village.yaml",
                "content/ 裡沒有村資料夾；請為每個村建一個資料夾（如 content/xuji/）並放入 village.yaml",
                "content/ holds no village folder; make one per village (e.g. content/xuji/) with a village.yaml")
        case .badVillageFolder(let name):
            return pick(
                "村文件夹名 \(quoted(name)) 不合规：只能用小写字母、数字和连字符，且以字母或数字开头",
                "村資料夾名 \(quoted(name)) 不合規：只能用小寫字母、數字和連字號，且以字母或數字開頭",
                "village folder name \(quoted(name)) is invalid: use lowercase letters, digits and hyphens, starting "
                    + "with a letter or digit"
            )
        }
    }

    private func markdownBound(_ limit: MarkdownLimit, found: Int, maximum: Int) -> String {
        switch limit {
        case .bodyBytes:
            return pick(
                "正文 \(found) 字节，超过上限 \(maximum) 字节（约 4 万字）；长文请作为 PDF 附件上传",
                "正文 \(found) 位元組，超過上限 \(maximum) 位元組（約 4 萬字）；長文請作為 PDF 附件上傳",
                "the body has \(found) bytes, over the limit of \(maximum); attach long texts as a PDF")
        case .quoteDepth:
            return pick(
                "引用（>）嵌套 \(found) 层，超过上限 \(maximum) 层；请删去多余的 >",
                "引用（>）巢狀 \(found) 層，超過上限 \(maximum) 層；請刪去多餘的 >",
                "block quotes (>) nested \(found) deep, over the limit of \(maximum); remove the extra >")
        case .tableColumns:
            return pick(
                "正文表格有 \(found) 列，超过上限 \(maximum) 列；请拆分表格",
                "正文表格有 \(found) 欄，超過上限 \(maximum) 欄；請拆分表格",
                "a table in the body has \(found) columns, over the limit of \(maximum); split it")
        case .tableRows:
            return pick(
                "正文表格共 \(found) 行，超过上限 \(maximum) 行；大表请写入数据字段或作为附件",
                "正文表格共 \(found) 列，超過上限 \(maximum) 列；大表請寫入資料欄位或作為附件",
                "tables in the body have \(found) rows, over the limit of \(maximum); put large tables in data fields "
                    + "or an attachment"
            )
        case .cdataOpeners:
            return pick(
                "正文含 \(found) 处 <![CDATA[，超过上限 \(maximum) 处；公告正文不使用 HTML，请删去",
                "正文含 \(found) 處 <![CDATA[，超過上限 \(maximum) 處；公告正文不使用 HTML，請刪去",
                "the body holds \(found) <![CDATA[ openers, over the limit of \(maximum); notices use no HTML: remove "
                    + "them"
            )
        case .atSigns:
            return pick(
                "正文含 \(found) 个 @，超过上限 \(maximum) 个；请删去多余的 @",
                "正文含 \(found) 個 @，超過上限 \(maximum) 個；請刪去多餘的 @",
                "the body holds \(found) @ signs, over the limit of \(maximum); remove the extra ones")
        }
    }

    package func describe(_ expected: Expectation) -> String {
        switch expected {
        case .string:
            return pick("应为文字", "應為文字", "it must be text")
        case .text(let max):
            return pick("应为 1 到 \(max) 个字", "應為 1 到 \(max) 個字", "it must be 1 to \(max) characters")
        case .date:
            return pick(
                "应为日期 YYYY-MM-DD，如 2026-11-05", "應為日期 YYYY-MM-DD，如 2026-11-05",
                "it must be a date YYYY-MM-DD, e.g. 2026-11-05")
        case .month:
            return pick(
                "应为月份 YYYY-MM，如 2026-10", "應為月份 YYYY-MM，如 2026-10",
                "it must be a month YYYY-MM, e.g. 2026-10")
        case .period(let allowed):
            let forms = allowed.map { g -> String in
                switch g {
                case .year: return "YYYY"
                case .quarter: return "YYYY-Qn"
                case .month: return "YYYY-MM"
                }
            }
            return pick("应为期间 \(list(forms))", "應為期間 \(list(forms))", "it must be a period \(list(forms))")
        case .money:
            return pick(
                "应为金额（元），如 1200、1200.5 或 \"1,200.50\"", "應為金額（元），如 1200、1200.5 或 \"1,200.50\"",
                "it must be an amount in yuan, e.g. 1200, 1200.5 or \"1,200.50\"")
        case .moneyDecimals:
            return pick("金额最多两位小数（角、分）", "金額最多兩位小數（角、分）", "an amount has at most 2 decimals")
        case .moneyNonNegative:
            return pick("金额不能为负", "金額不能為負", "the amount cannot be negative")
        case .moneyPositive:
            return pick("金额应大于 0", "金額應大於 0", "the amount must be more than 0")
        case .integer(let minimum, let maximum):
            return pick(
                "应为 \(minimum) 到 \(maximum) 之间的整数", "應為 \(minimum) 到 \(maximum) 之間的整數",
                "it must be a whole number from \(minimum) to \(maximum)")
        case .number:
            return pick("应为非负数，最多四位小数", "應為非負數，最多四位小數", "it must be a non-negative number, at most 4 decimals")
        case .numberPositive:
            return pick("应为大于 0 的数", "應為大於 0 的數", "it must be a number more than 0")
        case .bool:
            return pick("应为 true 或 false", "應為 true 或 false", "it must be true or false")
        case .choice(let options):
            return pick("应为以下之一：\(list(options))", "應為以下之一：\(list(options))", "it must be one of: \(list(options))")
        case .list:
            return pick("应为列表（每项以 - 开头）", "應為列表（每項以 - 開頭）", "it must be a list (items start with -)")
        case .listOfAtMost(let count):
            return pick(
                "最多 \(count) 项", "最多 \(count) 項", "it may have at most \(Localizer.count(count, "item", "items"))")
        case .monthFrom(let first):
            return pick("应为 \(first) 或之后的月份", "應為 \(first) 或之後的月份", "it must be a month from \(first) on")
        case .nonEmptyList:
            return pick("应为至少一项的列表", "應為至少一項的列表", "it must be a list of at least one item")
        case .mapping:
            return pick("应为“字段: 值”的映射", "應為「欄位: 值」的映射", "it must be a mapping of `field: value`")
        case .url:
            return pick(
                "应为以 / 结尾的 http(s) 网址，如 https://gk.example.cn/", "應為以 / 結尾的 http(s) 網址",
                "it must be an absolute http(s) URL ending in /")
        case .locale:
            return pick("应为 zh-Hans、zh-Hant 或 en", "應為 zh-Hans、zh-Hant 或 en", "it must be zh-Hans, zh-Hant or en")
        case .villageFolder:
            return pick("只能用小写字母、数字和连字符", "只能用小寫字母、數字和連字號", "use lowercase letters, digits and hyphens")
        case .historySource:
            return pick(
                "应为 git（站点目录的仓库）、off（不显示修订记录）或站点目录内另一个 git 仓库的相对路径",
                "應為 git（站點目錄的倉庫）、off（不顯示修訂記錄）或站點目錄內另一個 git 倉庫的相對路徑",
                "it must be git (the site root's repository), off (no history) or the relative path of another git "
                    + "repository inside the site root")
        }
    }
}
