import GongkaiContent
import GongkaiCore

/// Every word the theme's templates show, in the site's locale, as `{{ui.name}}` on every page
/// model. Each is keyed by its zh-Hans wording in `ThemeTable`. Like the page models, this file
/// holds only properties: the build generates their template lookup from it.
package struct ThemeWords: Sendable {
    /// The page's language (`lang`) and the voice that reads a notice aloud.
    package var lang: String
    package var speechLang: String
    /// The language of what the villages wrote (titles, bodies), marked where it differs from
    /// the page's: Chinese text on an English page.
    package var contentLang: String? { lang == SiteLocale.en.rawValue ? SiteLocale.zhHans.rawValue : nil }

    // Punctuation that differs between Chinese and English.
    package var colon: String { t("：") }
    package var openParen: String { t("（") }
    package var closeParen: String { t("）") }
    package var comma: String { t("，") }
    /// Between items on one line of a print sheet (a full-width space in Chinese).
    package var gap: String { t("　") }

    // Every page
    package var search: String { t("搜索") }
    package var whereYouAre: String { t("当前位置") }
    package var legalBasis: String { t("本站信息依据《中华人民共和国村民委员会组织法》第三十条公开，接受群众监督。") }
    package var builtOn: String { t("生成日期") }
    package var madeWith: String { t("由 gongkai 生成") }
    package var largeText: String { t("大字") }
    package var readAloud: String { t("朗读") }
    package var objectionsOpen: String { t("有异议正在处理：") }
    package var stopReading: String { t("停止朗读") }

    // A notice
    package var published: String { t("公开日期") }
    package var period: String { t("所属期间") }
    package var noticeUntil: String { t("公示截止") }
    package var noticeUntilShort: String { t("公示至") }
    package var attachments: String { t("附件") }
    package var history: String { t("修订记录") }
    package var historyIncomplete: String { t("本站由浅克隆的仓库生成，更早的版本记录不完整。") }
    package var revisionNotes: String { t("修订说明") }
    package var changesSinceFirst: String { t("自首次公开以来的改动") }
    package var askHotline: String { t("对公开内容有疑问，请拨打监督举报电话") }
    package var sourceFile: String { t("源文件") }
    package var printNotice: String { t("打印公告（张贴版）") }
    package var downloadData: String { t("下载数据（JSON）") }
    package var highlights: String { t("公开要点") }
    package var inWords: String { t("大写") }
    package var decisionSteps: String { t("“四议两公开”程序") }
    package var requiredByLaw: String { t("法定要求") }
    package var downloadCSV: String { t("下载本表（CSV，可用 Excel 打开）") }
    package var yuan: String { t("元") }

    // What changed since first published
    package var comparedBefore: String { t("与") }
    package var comparedAfter: String { t(" 首次公开的版本相比：") }
    package var changePlace: String { t("位置") }
    package var changeOld: String { t("原为") }
    package var changeNew: String { t("现为") }
    package var changeNone: String { t("（无）") }
    package var changeRemoved: String { t("（已删除）") }

    // Lists, villages, the town
    package var empty: String { t("暂无公开内容") }
    package var onNotice: String { t("正在公示") }
    package var catalogTitle: String { t("公开目录执行情况") }
    package var catalogLegend: String { t("✓ 已公开　迟 逾期公开　✗ 未公开（已过期限）　… 待公开（未到期限）") }
    package var catalogVillage: String { t("村") }
    package var catalogNoPeriods: String { t("尚无已结束的期间。") }
    package var profile: String { t("村情概况") }
    package var address: String { t("村委会地址") }
    package var committee: String { t("村“两委”成员") }
    package var supervisors: String { t("村务监督委员会") }
    package var boards: String { t("公开栏张贴版（按月）") }
    package var hotline: String { t("监督举报电话") }

    // Search
    package var searchLabel: String { t("搜索全镇的公开内容") }
    package var searchHint: String { t("输入两个或更多汉字，或一个词（如 低保、北大坑、2026）；空格分开的几个词须同时出现。") }
    package var searchFound: String { t("找到 {n} 篇，新的在前") }
    package var searchAtLeast: String { t("已找到 {n} 篇，新的在前，还有待查") }
    package var searchNone: String { t("没有找到含有“{q}”的公开内容。") }
    package var searchShort: String { t("请输入两个或更多汉字，或一个词。") }
    package var searchMore: String { t("再显示 {n} 篇") }
    package var searchFailed: String { t("搜索数据读取失败，请刷新页面重试。") }
    package var searching: String { t("正在搜索…") }
    package var searchNeedsScript: String { t("搜索需要浏览器启用 JavaScript。也可以按村和类别查看全部公开内容：") }

    // Print sheets
    package var noticePeriod: String { t("公示期") }
    package var dateTo: String { t("至") }
    package var scanForWeb: String { t("扫码看网页版") }
    package var corrected: String { t("更正") }
    package var reviewedBy: String { t("村务监督委员会审核") }
    package var reviewDate: String { t("审核日期") }
    package var webVersion: String { t("网页版") }
    package var sourceHash: String { t("源文件 SHA-256") }
    package var printTools: String { t("打印") }
    package var printHint: String { t("用浏览器的“打印”即可打印，每张公告单独成页。") }
}
