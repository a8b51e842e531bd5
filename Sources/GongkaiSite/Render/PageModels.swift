import GongkaiContent
import GongkaiCore

/// Typed models the templates render. Every value a page shows is a property here; the
/// build generates their template lookup from this file (GenerateTemplateFields), and `check`
/// reports a name a template uses that its model does not have (GK-T002).

package struct Link: Sendable {
    package var href: String
    package var text: String
}

/// What every page shares: language, site, where the root is, where we are.
package struct PageChrome: Sendable {
    package var lang: String
    package var siteTitle: String
    package var town: String
    package var county: String?
    /// Relative prefix back to the output root, e.g. `../../`.
    package var root: String
    package var pageTitle: String
    package var canonicalURL: String
    package var breadcrumbs: [Link]
    package var buildDate: String
    package var buildDateISO: String
}

package struct NoticeLink: Sendable {
    package var title: String
    package var href: String
    package var published: String
    package var publishedISO: String
    package var kindLabel: String
    package var categoryLabel: String
    package var period: String?
    package var noticeUntil: String?
    package var noticeUntilISO: String?
}

package struct Fact: Sendable {
    /// The field it shows, e.g. `opening_balance`.
    package var key: String
    package var label: String
    package var value: String
    package var isMoney: Bool
    /// 大写 for money.
    package var words: String?
}

package struct FactGroup: Sendable {
    /// The field it shows (`reviewed`), for styling: a print sheet shows the review in its sign-off.
    package var key: String
    package var label: String
    package var facts: [Fact]
}

/// Notices a notice links to by name: the decision it cites, or those citing a decision.
package struct LinkList: Sendable {
    package var label: String
    package var items: [Link]
}

package struct TextList: Sendable {
    package var key: String
    package var label: String
    package var items: [String]
}

package struct TableColumn: Sendable {
    package var label: String
    package var numeric: Bool
}

package struct TableCell: Sendable {
    package var text: String
    package var numeric: Bool
    /// The column's label, repeated on each cell for the narrow-screen card layout.
    package var label: String
    /// Dates keep to one line.
    package var nowrap: Bool = false
}

package struct TableRow: Sendable {
    /// 1-based row number (or rank), shown in the first column.
    package var index: Int
    package var cells: [TableCell]
    /// A short mark beside the row, e.g. 即将到期.
    package var flag: String?
}

package struct TableFooter: Sendable {
    package var cells: [TableCell]
}

package struct TotalLine: Sendable {
    /// What is summed, e.g. 救助金额合计.
    package var label: String
    package var amount: String
    package var words: String
}

package struct DataTable: Sendable {
    /// The field it shows, e.g. `contracts`.
    package var key: String
    package var caption: String
    /// Heading of the first column: 序号, or 名次 for a ranking.
    package var indexLabel: String
    /// The table's data as CSV, next to the page.
    package var csvHref: String?
    package var columns: [TableColumn]
    package var rows: [TableRow]
    package var rowCount: Int
    /// 共 N 项 beside the caption, and 以上共 N 项。 under the table.
    package var countText: String
    package var endText: String
    /// The 合计 row under the table: one cell per column, blank where nothing is summed.
    package var footer: TableFooter?
    package var totals: [TotalLine]
    /// False when the 序号 is a cell of its own, as in tables a print sheet lays side by side.
    package var numbered: Bool = true
}

package struct AttachmentLink: Sendable {
    package var title: String
    package var href: String
    package var file: String
    package var size: String
    package var sha256: String
}

/// A commit that changed a notice, as its 修订记录 lists it.
package struct HistoryEntry: Sendable {
    package var label: String
    package var date: String
    package var dateISO: String
    package var author: String
    package var message: String
    package var hash: String
}

package struct RevisionNote: Sendable {
    package var date: String
    package var dateISO: String
    package var note: String
}

/// The fields, groups, lists and tables of one notice, shared by its page and its print sheet.
/// One line of a notice's summary box, e.g. the balance equation of a statement.
package struct Highlight: Sendable {
    package var label: String
    package var value: String
    package var words: String?
    package var good: Bool
    package var bad: Bool
}

/// One step of 四议两公开, with its date and, where there was a vote, the count and threshold.
package struct DecisionStep: Sendable {
    package var number: String
    package var label: String
    package var date: String
    package var dateISO: String
    package var detail: String?
    package var threshold: String?
}

package struct NoticeContent: Sendable {
    package var highlights: [Highlight] = []
    package var steps: [DecisionStep] = []
    package var facts: [Fact] = []
    package var groups: [FactGroup] = []
    package var lists: [TextList] = []
    package var links: [LinkList] = []
    package var tables: [DataTable] = []
    package var bodyHTML: String?
    package var hasHighlights: Bool { !highlights.isEmpty }
    package var hasSteps: Bool { !steps.isEmpty }
    package var hasFacts: Bool { !facts.isEmpty }
}

package struct NoticePage: Sendable {
    package var chrome: PageChrome
    package var ui: ThemeWords
    package var villageName: String
    package var villageHref: String
    package var categoryLabel: String
    package var categoryHref: String
    /// 返回许集村财务公开
    package var backText: String
    package var kindLabel: String
    package var title: String
    package var published: String
    package var publishedISO: String
    package var period: String?
    package var noticeUntil: String?
    package var noticeUntilISO: String?
    package var content: NoticeContent
    package var attachments: [AttachmentLink]
    package var revisions: [RevisionNote]
    package var corrections: Corrections?
    package var history: [HistoryEntry]
    package var historyIncomplete: Bool
    package var sourcePath: String
    package var sourceSHA256: String
    package var dataHref: String
    package var printHref: String
    package var hotline: String?
    package var hasAttachments: Bool { !attachments.isEmpty }
    package var hasRevisions: Bool { !revisions.isEmpty }
    /// The 修订记录 section shows revisions noted in the file as well as commits.
    package var hasHistory: Bool { !history.isEmpty || !revisions.isEmpty || corrections != nil }
}

/// One change to a published notice: where, what it was, what it is (nil for added or removed).
package struct ChangeRow: Sendable {
    package var place: String
    package var old: String?
    package var new: String?
}

/// What changed since the notice was first published (spec §8).
package struct Corrections: Sendable {
    /// The day of the version first published.
    package var since: String
    package var sinceISO: String
    package var rows: [ChangeRow]
}

package struct CategorySection: Sendable {
    package var label: String
    package var href: String
    package var count: Int
    /// N 篇, and 查看全部… for a category with more than the page lists.
    package var countText: String
    package var moreText: String
    package var notices: [NoticeLink]
    package var more: Bool
    package var isEmpty: Bool { count == 0 }
}

package struct MemberRow: Sendable {
    package var name: String
    package var role: String
}

package struct VillagePage: Sendable {
    package var chrome: PageChrome
    package var ui: ThemeWords
    package var name: String
    package var town: String
    package var profile: [Fact]
    package var committee: [MemberRow]
    package var supervisors: [MemberRow]
    package var hotline: String?
    package var address: String?
    package var current: [NoticeLink]
    package var categories: [CategorySection]
    package var noticeCount: Int
    package var boards: [BoardLink]
    package var catalog: [CatalogGrid]
    package var hasCurrent: Bool { !current.isEmpty }
    package var hasBoards: Bool { !boards.isEmpty }
    package var hasCatalog: Bool { !catalog.isEmpty }
}

package struct CategoryPage: Sendable {
    package var chrome: PageChrome
    package var ui: ThemeWords
    package var villageName: String
    package var label: String
    package var notices: [NoticeLink]
    package var count: Int
    /// 共 N 篇
    package var countText: String
    package var isEmpty: Bool { notices.isEmpty }
}

package struct VillageSummary: Sendable {
    package var name: String
    package var href: String
    package var noticeCount: Int
    /// N 篇公开
    package var noticeCountText: String
    /// Notices in their 公示期 now (N 篇正在公示); nil when none.
    package var current: String?
    /// 进入许集村 →
    package var enterText: String
    package var latest: [NoticeLink]
    /// Published notices with an objection still 处理中.
    package var objected: [NoticeLink] = []
    package var hotline: String?
    package var hasObjected: Bool { !objected.isEmpty }
}

package struct TownPage: Sendable {
    package var chrome: PageChrome
    package var ui: ThemeWords
    /// N 个村 · N 篇公开
    package var subtitle: String
    package var catalog: [CatalogGrid]
    package var catalogSummary: String?
    package var villages: [VillageSummary]
    package var villageCount: Int
    package var noticeCount: Int
    package var hasCatalog: Bool { !catalog.isEmpty }
}

package struct SearchVillage: Sendable {
    package var name: String
    package var categories: [Link]
}

/// `search/`: the form, what its script needs to read the index, and the category lists for a
/// browser without JavaScript.
package struct SearchPage: Sendable {
    package var chrome: PageChrome
    package var ui: ThemeWords
    package var villages: [SearchVillage]
    package var documentCount: Int
    package var chunkSize: Int
    package var version: String
}

package struct SignatureLine: Sendable {
    package var label: String
}

/// One notice laid out for paper: what the physical board shows.
package struct PrintSheet: Sendable {
    package var ui: ThemeWords
    package var villageName: String
    package var town: String
    package var categoryLabel: String
    package var kindLabel: String
    package var title: String
    package var published: String
    package var publishedISO: String
    package var period: String?
    package var noticeUntil: String?
    /// Named CSS page, e.g. `a4-landscape`.
    package var pageName: String
    package var content: NoticeContent
    package var attachments: [AttachmentLink]
    package var revisions: [RevisionNote]
    package var corrections: Corrections?
    package var signatures: [SignatureLine]
    package var signDate: String
    package var reviewers: String?
    package var reviewDate: String?
    package var hotline: String?
    package var shortHash: String
    package var canonicalURL: String
    package var qrSVG: String
    package var hasAttachments: Bool { !attachments.isEmpty }
    package var hasRevisions: Bool { !revisions.isEmpty }
    /// A corrected notice says so on the board: its revision notes and what changed.
    package var isCorrected: Bool { !revisions.isEmpty || corrections != nil }
}

/// A page of print sheets: one notice's `print.html`, or a month's board.
package struct PrintPage: Sendable {
    package var ui: ThemeWords
    package var pageTitle: String
    package var root: String
    package var canonicalURL: String
    package var backHref: String
    package var backText: String
    package var heading: String?
    /// The sheets, already rendered: a notice's sheet is rendered once and reused by its board.
    package var sheetsHTML: String
}

package struct BoardLink: Sendable {
    package var month: String
    package var href: String
    package var count: Int
    /// N 张
    package var countText: String
}

/// One cell of the catalog grid: a status with its text label, linked to the notice.
package struct CatalogCell: Sendable {
    package var status: String
    package var label: String
    package var mark: String
    package var href: String?
    package var period: String
}

package struct CatalogGridRow: Sendable {
    package var villageName: String
    package var villageHref: String
    package var cells: [CatalogCell]
}

/// One catalog item as a grid: villages down, periods across.
package struct CatalogGrid: Sendable {
    package var label: String
    package var periods: [String]
    package var rows: [CatalogGridRow]
    package var hasPeriods: Bool { !periods.isEmpty }
}
