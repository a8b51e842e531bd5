/// Every word the theme's templates show, in the site's locale, as `{{ui.name}}` on every page
/// model. Each is keyed by its zh-Hans wording in `ThemeTable`. Like the page models, this file
/// holds only properties: the build generates their template lookup from it.
struct ThemeWords: Sendable {
    /// The page's language (`lang`) and the voice that reads a notice aloud.
    var lang: String
    var speechLang: String
    /// The language of what the villages wrote (titles, bodies), marked where it differs from
    /// the page's: Chinese text on an English page.
    var contentLang: String? { lang == SiteLocale.en.rawValue ? SiteLocale.zhHans.rawValue : nil }

    // Punctuation that differs between Chinese and English.
    var colon: String { t("：") }
    var openParen: String { t("（") }
    var closeParen: String { t("）") }
    var comma: String { t("，") }
    /// Between items on one line of a print sheet (a full-width space in Chinese).
    var gap: String { t("　") }

    // Every page
    var search: String { t("搜索") }
    var whereYouAre: String { t("当前位置") }
    var legalBasis: String { t("本站信息依据《中华人民共和国村民委员会组织法》第三十条公开，接受群众监督。") }
    var builtOn: String { t("生成日期") }
    var madeWith: String { t("由 gongkai 生成") }
    var largeText: String { t("大字") }
    var readAloud: String { t("朗读") }
    var objectionsOpen: String { t("有异议正在处理：") }
    var stopReading: String { t("停止朗读") }

    // A notice
    var published: String { t("公开日期") }
    var period: String { t("所属期间") }
    var noticeUntil: String { t("公示截止") }
    var noticeUntilShort: String { t("公示至") }
    var attachments: String { t("附件") }
    var history: String { t("修订记录") }
    var historyIncomplete: String { t("本站由浅克隆的仓库生成，更早的版本记录不完整。") }
    var revisionNotes: String { t("修订说明") }
    var changesSinceFirst: String { t("自首次公开以来的改动") }
    var askHotline: String { t("对公开内容有疑问，请拨打监督举报电话") }
    var sourceFile: String { t("源文件") }
    var printNotice: String { t("打印公告（张贴版）") }
    var downloadData: String { t("下载数据（JSON）") }
    var highlights: String { t("公开要点") }
    var inWords: String { t("大写") }
    var decisionSteps: String { t("“四议两公开”程序") }
    var requiredByLaw: String { t("法定要求") }
    var downloadCSV: String { t("下载本表（CSV，可用 Excel 打开）") }
    var yuan: String { t("元") }

    // What changed since first published
    var comparedBefore: String { t("与") }
    var comparedAfter: String { t(" 首次公开的版本相比：") }
    var changePlace: String { t("位置") }
    var changeOld: String { t("原为") }
    var changeNew: String { t("现为") }
    var changeNone: String { t("（无）") }
    var changeRemoved: String { t("（已删除）") }

    // Lists, villages, the town
    var empty: String { t("暂无公开内容") }
    var onNotice: String { t("正在公示") }
    var catalogTitle: String { t("公开目录执行情况") }
    var catalogLegend: String { t("✓ 已公开　迟 逾期公开　✗ 未公开（已过期限）　… 待公开（未到期限）") }
    var catalogVillage: String { t("村") }
    var catalogNoPeriods: String { t("尚无已结束的期间。") }
    var profile: String { t("村情概况") }
    var address: String { t("村委会地址") }
    var committee: String { t("村“两委”成员") }
    var supervisors: String { t("村务监督委员会") }
    var boards: String { t("公开栏张贴版（按月）") }
    var hotline: String { t("监督举报电话") }

    // Search
    var searchLabel: String { t("搜索全镇的公开内容") }
    var searchHint: String { t("输入两个或更多汉字，或一个词（如 低保、北大坑、2026）；空格分开的几个词须同时出现。") }
    var searchFound: String { t("找到 {n} 篇，新的在前") }
    var searchAtLeast: String { t("已找到 {n} 篇，新的在前，还有待查") }
    var searchNone: String { t("没有找到含有“{q}”的公开内容。") }
    var searchShort: String { t("请输入两个或更多汉字，或一个词。") }
    var searchMore: String { t("再显示 {n} 篇") }
    var searchFailed: String { t("搜索数据读取失败，请刷新页面重试。") }
    var searching: String { t("正在搜索…") }
    var searchNeedsScript: String { t("搜索需要浏览器启用 JavaScript。也可以按村和类别查看全部公开内容：") }

    // Print sheets
    var noticePeriod: String { t("公示期") }
    var dateTo: String { t("至") }
    var scanForWeb: String { t("扫码看网页版") }
    var corrected: String { t("更正") }
    var reviewedBy: String { t("村务监督委员会审核") }
    var reviewDate: String { t("审核日期") }
    var webVersion: String { t("网页版") }
    var sourceHash: String { t("源文件 SHA-256") }
    var printTools: String { t("打印") }
    var printHint: String { t("用浏览器的“打印”即可打印，每张公告单独成页。") }
}
