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
    case templateSyntax(reason: Wording)
    case templateUnknownName(name: String, pages: [String], model: String, suggestion: String?)
    case templateMissingPartial(name: String)
    case templateEndlessPartial(chain: String)
    case templateRenderLimit(operations: Int, bytes: Int, depth: Int)
}

extension Localizer {
    public func text(_ message: Message) -> String {
        switch message {
        case .yamlSyntax(let reason):
            return t("YAML 格式有误：{reason}；请检查缩进、冒号和引号", reason)
        case .yamlSeveralDocuments:
            return t("一个文件只能有一份 YAML 文档，请删去多余的 `---`")
        case .yamlUnknownAnchor(let name):
            return t("引用了未定义的锚点 *{name}；请先用 &{name} 定义", name)
        case .yamlComplexKey:
            return t("键必须是简单文字")
        case .aliasBomb(let limit):
            return t("别名展开超过 {limit} 个节点，已拒绝；请减少锚点和别名的嵌套引用", limit)
        case .nestingTooDeep(let limit):
            return t("嵌套超过 {limit} 层，已拒绝；公告数据用不到这么深的列表或映射，请检查是否多写了 [ { 或缩进", limit)
        case .tooManyKeys(let limit):
            return t("一个映射里写了超过 {limit} 个字段，已拒绝；公告用不到这么多字段，请检查是否把列表写成了映射（每项前加 - ）", limit)
        case .markdownBound(let limit, let found):
            return markdownBound(limit, found: found, maximum: limit.maximum)
        case .duplicateKey(let key, let firstLine):
            return t("字段 {key} 重复（第 {firstLine} 行已写过）；请删去其中一个", key, firstLine)
        case .frontMatterMissingOpening:
            return t("Markdown 文件须以 `---` 开头的 YAML 头部开始")
        case .frontMatterMissingClosing:
            return t("YAML 头部没有结束行；请在字段之后加一行 `---`")
        case .notUTF8:
            return t("文件不是 UTF-8 编码；请用 UTF-8 保存")
        case .fileTooLarge(let bytes, let limit):
            return t("文件 {bytes} 字节，超过单篇上限 {limit} 字节；请拆分为几篇", bytes, limit)
        case .unreadable(let reason):
            return t("无法读取：{reason}", reason)
        case .notAMapping:
            return t("内容应为“字段: 值”的映射")
        case .missingField(let key, let label):
            // The field's label in the site's language: the schema's labels are in the catalogue.
            let label = t(label)
            return t("缺少必填字段 {key}（{label}）；请补上", key, label)
        case .unknownField(let key, let suggestion):
            let hint =
                suggestion.map {
                    t("；是否应为 {suggestion}？", $0)
                } ?? t("；请删去或改正")
            return t("未知字段 {key}", key) + hint
        case .badValue(let key, let label, let value, let expected):
            let label = t(label)
            let shown = value.isEmpty ? t("（空）") : quoted(value)
            return t("{key}（{label}）的值 {shown} 不正确：", key, label, shown) + describe(expected)
        case .unknownKind(let value, let suggestion):
            let hint = suggestion.map { t("；是否应为 {suggestion}？", $0) } ?? ""
            return t("未知的文档类型 kind: {kind}", quoted(value)) + hint
        case .noticeUntilBeforePublished(let until, let published):
            return t("公示截止日期 {until} 早于公开日期 {published}；截止日期须不早于公开日期", until.iso, published.iso)
        case .duplicateSlug(let slug, let other):
            return t("同一村已有名为 {slug} 的文档（{other}）；请给其中一个改名", slug, other)
        case .attachmentMissing(let file):
            return t("附件 {file} 不存在；请检查文件名，路径相对于村文件夹", file)
        case .attachmentOutside(let file):
            return t("附件 {file} 不在本村文件夹内；请把文件放进村文件夹", file)
        case .missingVillageFile(let village):
            return t("村文件夹 {village} 缺少 village.yaml；请添加村情况", village)
        case .rule(let message):
            return text(message)
        case .templateSyntax(let reason):
            return t("模板有误：{reason}", reason.message(self))
        case .templateUnknownName(let name, let pages, let model, let suggestion):
            let page = list(pages)
            let hint =
                suggestion.map {
                    t("；是否应为 {{{suggestion}}}？", $0)
                }
                ?? t("；请对照 gongkai 的页面字段改正（写错的名称显示为空白）")
            return t("模板用到的名称 {name} 在 {page} 页面此处的数据（{model}）中不存在", name, page, model) + hint
        case .templateMissingPartial(let name):
            return t("引用的局部模板 {{>{name}}} 不存在；请添加 templates/{name}.mustache 或改正名称", name)
        case .templateEndlessPartial(let chain):
            return t("局部模板无条件地包含自己（{chain}），渲染永远不会结束；请把这个 {{>…}} 放进一个节 {{#…}}…{{/…}} 里，让数据用完时停止，或去掉它", chain)
        case .templateRenderLimit(let operations, let bytes, let depth):
            return t(
                "模板渲染超过上限（{operations} 步或 {bytes} MiB），已停止；多半是局部模板 {{>…}} 互相引用（最多 {depth} 层）：请检查这个模板及其引用的局部模板",
                operations, bytes >> 20,
                depth)
        case .symbolicLink(let path, let target):
            return t("{path} 是符号链接（指向 {target}），不会读取也不会发布；请把文件本身放进村文件夹", path, target)
        case .moreOfTheSame(let count):
            return t("本文件另有 {count} 处同类问题未逐条列出（自此处起）；请先改正上面列出的", count)
        case .noVillages:
            return t("content/ 里没有村文件夹；请为每个村建一个文件夹（如 content/xuji/）并放入 village.yaml")
        case .badVillageFolder(let name):
            return t("村文件夹名 {name} 不合规：只能用小写字母、数字和连字符，且以字母或数字开头", quoted(name))
        }
    }

    private func markdownBound(_ limit: MarkdownLimit, found: Int, maximum: Int) -> String {
        switch limit {
        case .bodyBytes:
            return t("正文 {found} 字节，超过上限 {maximum} 字节（约 4 万字）；长文请作为 PDF 附件上传", found, maximum)
        case .quoteDepth:
            return t("引用（>）嵌套 {found} 层，超过上限 {maximum} 层；请删去多余的 >", found, maximum)
        case .tableColumns:
            return t("正文表格有 {found} 列，超过上限 {maximum} 列；请拆分表格", found, maximum)
        case .tableRows:
            return t("正文表格共 {found} 行，超过上限 {maximum} 行；大表请写入数据字段或作为附件", found, maximum)
        case .cdataOpeners:
            return t("正文含 {found} 处 <![CDATA[，超过上限 {maximum} 处；公告正文不使用 HTML，请删去", found, maximum)
        case .atSigns:
            return t("正文含 {found} 个 @，超过上限 {maximum} 个；请删去多余的 @", found, maximum)
        }
    }

    package func describe(_ expected: Expectation) -> String {
        switch expected {
        case .string:
            return t("应为文字")
        case .text(let max):
            return t("应为 1 到 {max} 个字", max)
        case .date:
            return t("应为日期 YYYY-MM-DD，如 2026-11-05")
        case .month:
            return t("应为月份 YYYY-MM，如 2026-10")
        case .period(let allowed):
            let forms = allowed.map { g -> String in
                switch g {
                case .year: return "YYYY"
                case .quarter: return "YYYY-Qn"
                case .month: return "YYYY-MM"
                }
            }
            return t("应为期间 {forms}", list(forms))
        case .money:
            return t("应为金额（元），如 1200、1200.5 或 \"1,200.50\"")
        case .moneyDecimals:
            return t("金额最多两位小数（角、分）")
        case .moneyNonNegative:
            return t("金额不能为负")
        case .moneyPositive:
            return t("金额应大于 0")
        case .integer(let minimum, let maximum):
            return t("应为 {minimum} 到 {maximum} 之间的整数", minimum, maximum)
        case .number:
            return t("应为非负数，最多四位小数")
        case .numberPositive:
            return t("应为大于 0 的数")
        case .bool:
            return t("应为 true 或 false")
        case .choice(let options):
            return t("应为以下之一：{options}", list(options))
        case .list:
            return t("应为列表（每项以 - 开头）")
        case .listOfAtMost(let count):
            return t("最多 {count} 项", count)
        case .monthFrom(let first):
            return t("应为 {first} 或之后的月份", first)
        case .nonEmptyList:
            return t("应为至少一项的列表")
        case .mapping:
            return t("应为“字段: 值”的映射")
        case .url:
            return t("应为以 / 结尾的 http(s) 网址，如 https://gk.example.cn/")
        case .locale:
            return t("应为 zh-Hans、zh-Hant 或 en")
        case .villageFolder:
            return t("只能用小写字母、数字和连字符")
        case .historySource:
            return t("应为 git（站点目录的仓库）、off（不显示修订记录）或站点目录内另一个 git 仓库的相对路径")
        }
    }
}
