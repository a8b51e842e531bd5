/// Typed models the templates render. Every value a page shows is a property here; the
/// build generates their template lookup from this file (GenerateTemplateFields), and `check`
/// reports a name a template uses that its model does not have (GK-T002).

struct Link: Sendable {
    var href: String
    var text: String
}

/// What every page shares: language, site, where the root is, where we are.
struct PageChrome: Sendable {
    var lang: String
    var siteTitle: String
    var town: String
    var county: String?
    /// Relative prefix back to the output root, e.g. `../../`.
    var root: String
    var pageTitle: String
    var canonicalURL: String
    var breadcrumbs: [Link]
    var buildDate: String
    var buildDateISO: String
}

struct NoticeLink: Sendable {
    var title: String
    var href: String
    var published: String
    var publishedISO: String
    var kindLabel: String
    var categoryLabel: String
    var period: String?
    var noticeUntil: String?
    var noticeUntilISO: String?
}

struct Fact: Sendable {
    /// The field it shows, e.g. `opening_balance`.
    var key: String
    var label: String
    var value: String
    var isMoney: Bool
    /// 大写 for money.
    var words: String?
}

struct FactGroup: Sendable {
    /// The field it shows (`reviewed`), for styling: a print sheet shows the review in its sign-off.
    var key: String
    var label: String
    var facts: [Fact]
}

/// Notices a notice links to by name: the decision it cites, or those citing a decision.
struct LinkList: Sendable {
    var label: String
    var items: [Link]
}

struct TextList: Sendable {
    var key: String
    var label: String
    var items: [String]
}

struct TableColumn: Sendable {
    var label: String
    var numeric: Bool
}

struct TableCell: Sendable {
    var text: String
    var numeric: Bool
    /// The column's label, repeated on each cell for the narrow-screen card layout.
    var label: String
    /// Dates keep to one line.
    var nowrap: Bool = false
}

struct TableRow: Sendable {
    /// 1-based row number (or rank), shown in the first column.
    var index: Int
    var cells: [TableCell]
    /// A short mark beside the row, e.g. 即将到期.
    var flag: String?
}

struct TableFooter: Sendable {
    var cells: [TableCell]
}

struct TotalLine: Sendable {
    /// What is summed, e.g. 救助金额合计.
    var label: String
    var amount: String
    var words: String
}

struct DataTable: Sendable {
    /// The field it shows, e.g. `contracts`.
    var key: String
    var caption: String
    /// Heading of the first column: 序号, or 名次 for a ranking.
    var indexLabel: String
    /// The table's data as CSV, next to the page.
    var csvHref: String?
    var columns: [TableColumn]
    var rows: [TableRow]
    var rowCount: Int
    /// 共 N 项 beside the caption, and 以上共 N 项。 under the table.
    var countText: String
    var endText: String
    /// The 合计 row under the table: one cell per column, blank where nothing is summed.
    var footer: TableFooter?
    var totals: [TotalLine]
    /// False when the 序号 is a cell of its own, as in tables a print sheet lays side by side.
    var numbered: Bool = true
}

struct AttachmentLink: Sendable {
    var title: String
    var href: String
    var file: String
    var size: String
    var sha256: String
}

/// A commit that changed a notice, as its 修订记录 lists it.
struct HistoryEntry: Sendable {
    var label: String
    var date: String
    var dateISO: String
    var author: String
    var message: String
    var hash: String
}

struct RevisionNote: Sendable {
    var date: String
    var dateISO: String
    var note: String
}

/// The fields, groups, lists and tables of one notice, shared by its page and its print sheet.
/// One line of a notice's summary box, e.g. the balance equation of a statement.
struct Highlight: Sendable {
    var label: String
    var value: String
    var words: String?
    var good: Bool
    var bad: Bool
}

/// One step of 四议两公开, with its date and, where there was a vote, the count and threshold.
struct DecisionStep: Sendable {
    var number: String
    var label: String
    var date: String
    var dateISO: String
    var detail: String?
    var threshold: String?
}

struct NoticeContent: Sendable {
    var highlights: [Highlight] = []
    var steps: [DecisionStep] = []
    var facts: [Fact] = []
    var groups: [FactGroup] = []
    var lists: [TextList] = []
    var links: [LinkList] = []
    var tables: [DataTable] = []
    var bodyHTML: String?
    var hasHighlights: Bool { !highlights.isEmpty }
    var hasSteps: Bool { !steps.isEmpty }
    var hasFacts: Bool { !facts.isEmpty }
}

struct NoticePage: Sendable {
    var chrome: PageChrome
    var ui: ThemeWords
    var villageName: String
    var villageHref: String
    var categoryLabel: String
    var categoryHref: String
    /// 返回许集村财务公开
    var backText: String
    var kindLabel: String
    var title: String
    var published: String
    var publishedISO: String
    var period: String?
    var noticeUntil: String?
    var noticeUntilISO: String?
    var content: NoticeContent
    var attachments: [AttachmentLink]
    var revisions: [RevisionNote]
    var corrections: Corrections?
    var history: [HistoryEntry]
    var historyIncomplete: Bool
    var sourcePath: String
    var sourceSHA256: String
    var dataHref: String
    var printHref: String
    var hotline: String?
    var hasAttachments: Bool { !attachments.isEmpty }
    var hasRevisions: Bool { !revisions.isEmpty }
    /// The 修订记录 section shows revisions noted in the file as well as commits.
    var hasHistory: Bool { !history.isEmpty || !revisions.isEmpty || corrections != nil }
}

/// One change to a published notice: where, what it was, what it is (nil for added or removed).
struct ChangeRow: Sendable {
    var place: String
    var old: String?
    var new: String?
}

/// What changed since the notice was first published (spec §8).
struct Corrections: Sendable {
    /// The day of the version first published.
    var since: String
    var sinceISO: String
    var rows: [ChangeRow]
}

struct CategorySection: Sendable {
    var label: String
    var href: String
    var count: Int
    /// N 篇, and 查看全部… for a category with more than the page lists.
    var countText: String
    var moreText: String
    var notices: [NoticeLink]
    var more: Bool
    var isEmpty: Bool { count == 0 }
}

struct MemberRow: Sendable {
    var name: String
    var role: String
}

struct VillagePage: Sendable {
    var chrome: PageChrome
    var ui: ThemeWords
    var name: String
    var town: String
    var profile: [Fact]
    var committee: [MemberRow]
    var supervisors: [MemberRow]
    var hotline: String?
    var address: String?
    var current: [NoticeLink]
    var categories: [CategorySection]
    var noticeCount: Int
    var boards: [BoardLink]
    var catalog: [CatalogGrid]
    var hasCurrent: Bool { !current.isEmpty }
    var hasBoards: Bool { !boards.isEmpty }
    var hasCatalog: Bool { !catalog.isEmpty }
}

struct CategoryPage: Sendable {
    var chrome: PageChrome
    var ui: ThemeWords
    var villageName: String
    var label: String
    var notices: [NoticeLink]
    var count: Int
    /// 共 N 篇
    var countText: String
    var isEmpty: Bool { notices.isEmpty }
}

struct VillageSummary: Sendable {
    var name: String
    var href: String
    var noticeCount: Int
    /// N 篇公开
    var noticeCountText: String
    /// Notices in their 公示期 now (N 篇正在公示); nil when none.
    var current: String?
    /// 进入许集村 →
    var enterText: String
    var latest: [NoticeLink]
    /// Published notices with an objection still 处理中.
    var objected: [NoticeLink] = []
    var hotline: String?
    var hasObjected: Bool { !objected.isEmpty }
}

struct TownPage: Sendable {
    var chrome: PageChrome
    var ui: ThemeWords
    /// N 个村 · N 篇公开
    var subtitle: String
    var catalog: [CatalogGrid]
    var catalogSummary: String?
    var villages: [VillageSummary]
    var villageCount: Int
    var noticeCount: Int
    var hasCatalog: Bool { !catalog.isEmpty }
}

struct SearchVillage: Sendable {
    var name: String
    var categories: [Link]
}

/// `search/`: the form, what its script needs to read the index, and the category lists for a
/// browser without JavaScript.
struct SearchPage: Sendable {
    var chrome: PageChrome
    var ui: ThemeWords
    var villages: [SearchVillage]
    var documentCount: Int
    var chunkSize: Int
    var version: String
}

struct SignatureLine: Sendable {
    var label: String
}

/// One notice laid out for paper: what the physical board shows.
struct PrintSheet: Sendable {
    var ui: ThemeWords
    var villageName: String
    var town: String
    var categoryLabel: String
    var kindLabel: String
    var title: String
    var published: String
    var publishedISO: String
    var period: String?
    var noticeUntil: String?
    /// Named CSS page, e.g. `a4-landscape`.
    var pageName: String
    var content: NoticeContent
    var attachments: [AttachmentLink]
    var revisions: [RevisionNote]
    var corrections: Corrections?
    var signatures: [SignatureLine]
    var signDate: String
    var reviewers: String?
    var reviewDate: String?
    var hotline: String?
    var shortHash: String
    var canonicalURL: String
    var qrSVG: String
    var hasAttachments: Bool { !attachments.isEmpty }
    var hasRevisions: Bool { !revisions.isEmpty }
    /// A corrected notice says so on the board: its revision notes and what changed.
    var isCorrected: Bool { !revisions.isEmpty || corrections != nil }
}

/// A page of print sheets: one notice's `print.html`, or a month's board.
struct PrintPage: Sendable {
    var ui: ThemeWords
    var pageTitle: String
    var root: String
    var canonicalURL: String
    var backHref: String
    var backText: String
    var heading: String?
    /// The sheets, already rendered: a notice's sheet is rendered once and reused by its board.
    var sheetsHTML: String
}

struct BoardLink: Sendable {
    var month: String
    var href: String
    var count: Int
    /// N 张
    var countText: String
}

/// One cell of the catalog grid: a status with its text label, linked to the notice.
struct CatalogCell: Sendable {
    var status: String
    var label: String
    var mark: String
    var href: String?
    var period: String
}

struct CatalogGridRow: Sendable {
    var villageName: String
    var villageHref: String
    var cells: [CatalogCell]
}

/// One catalog item as a grid: villages down, periods across.
struct CatalogGrid: Sendable {
    var label: String
    var periods: [String]
    var rows: [CatalogGridRow]
    var hasPeriods: Bool { !periods.isEmpty }
}
