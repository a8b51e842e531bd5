import GongkaiCore

// The editor's own pages that a town restyles as it restyles its site: each a model rendered by
// a template of the theme (`templates/editor-*.mustache`) and checked by ThemeCheck. Like the
// site's page models, this file holds only properties: the build generates their lookup.

/// Around every editor page: its title, and the account bar of the one signed in.
package struct EditorChrome: Sendable {
    package var title: String
    package var account: EditorAccountBar?
}

package struct EditorAccountBar: Sendable {
    /// For a town account while the public site is behind: the banner saying so (HTML).
    package var behind: String
    /// "Name (role)".
    package var who: String
    package var mayManageAccounts: Bool
    package var csrf: String
}

/// 登录.
package struct SignInPage: Sendable {
    package var chrome: EditorChrome
    package var ui: EditorWords
    /// The public site's address, for villagers who came here instead.
    package var publicSite: String?
    /// Why the last attempt failed.
    package var message: String?
    package var csrf: String
    /// Where to go once signed in.
    package var next: String?
    package var name: String
    /// A name is filled in already: the cursor goes to the password.
    package var focusPassword: Bool
}

/// 账户管理.
package struct AccountsPage: Sendable {
    package var chrome: EditorChrome
    package var ui: EditorWords
    package var done: String?
    package var problems: EditorProblems?
    package var caption: String
    package var accounts: [AccountRow]
    package var form: NewAccountForm
    package var csrf: String
    package var minimumPassword: Int
}

package struct EditorProblems: Sendable {
    package var heading: String
    package var items: [String]
}

package struct AccountRow: Sendable {
    /// Numbers the row's form fields.
    package var index: Int
    package var name: String
    package var displayName: String
    package var role: String
    /// Its villages, or 全部 for the town.
    package var scope: String
    package var email: String
    /// "Locked until …", while it is.
    package var locked: String?
    package var passwordLabel: String
    /// The account of the one looking: it cannot be removed here.
    package var isMe: Bool
}

/// 新增账户, filled with what was entered when it had problems (never the password).
package struct NewAccountForm: Sendable {
    package var name: String
    package var displayName: String
    package var email: String
    package var roles: [EditorOption]
    package var villages: [EditorChoice]
    package var passwordHint: String
}

package struct EditorOption: Sendable {
    package var value: String
    package var label: String
    package var selected: Bool
}

package struct EditorChoice: Sendable {
    package var index: Int
    package var value: String
    package var label: String
    package var checked: Bool
}

/// 操作记录.
package struct AuditPage: Sendable {
    package var chrome: EditorChrome
    package var ui: EditorWords
    /// The user it is filtered to; empty for everyone.
    package var user: String
    package var caption: String
    package var entries: [AuditRow]
}

package struct AuditRow: Sendable {
    package var iso: String
    package var time: String
    package var user: String
    package var action: String
    package var path: String
    package var commit: String
    package var detail: String
}

/// Why something a person clicked cannot be done, with the way back: never a bare status line.
package struct EditorProblemPage: Sendable {
    package var chrome: EditorChrome
    package var ui: EditorWords
    package var heading: String
    package var why: String
    /// Under the menu (a page the editor could not open has none).
    package var withMenu: Bool
    package var back: String?
}

/// 我的待办: per village, what waits for the one signed in.
package struct EditorHomePage: Sendable {
    package var chrome: EditorChrome
    package var ui: EditorWords
    package var villages: [HomeVillage]
}

package struct HomeVillage: Sendable {
    package var name: String
    /// The notices the catalog says are due: a button each, to start one.
    package var due: [EditorLink]
    package var lists: [HomeList]
    package var allDocuments: String
    package var hasDue: Bool { !due.isEmpty }
}

package struct HomeList: Sendable {
    /// "Waiting for review (2)".
    package var heading: String
    package var documents: [ListedDocument]
}

package struct ListedDocument: Sendable {
    package var href: String
    package var title: String
    /// Its kind, and its review state or date.
    package var detail: String
}

package struct EditorLink: Sendable {
    package var href: String
    package var text: String
    /// The category it is in, shown beside it.
    package var note: String
}

/// A village's documents: 新建 by kind, 村情, and every document.
package struct EditorVillagePage: Sendable {
    package var chrome: EditorChrome
    package var ui: EditorWords
    package var preview: EditorLink
    package var heading: String
    package var deleted: Bool
    /// Empty for one who may not write here.
    package var kinds: [EditorLink]
    package var profile: String?
    package var documents: [ListedDocument]
    package var mayWrite: Bool { !kinds.isEmpty }
}

/// 删除 asks first.
package struct EditorDeletePage: Sendable {
    package var chrome: EditorChrome
    package var ui: EditorWords
    package var heading: String
    package var action: String
    package var csrf: String
    package var path: String
    package var base: String
    package var message: String
    package var cancel: String
}

/// 发布 asks first: what becomes public, to whom, from when, and where.
package struct EditorPublishPage: Sendable {
    package var chrome: EditorChrome
    package var ui: EditorWords
    package var title: String
    package var village: String
    package var kind: String
    package var from: String
    /// Today, or the day it will appear.
    package var fromNote: String
    package var url: String?
    package var action: String
    package var csrf: String
    package var path: String
    package var back: String
}

/// The form for one document: the page around the fields, which the editor builds (each widget
/// by its field's type, recursive for objects and tables: clearer in Swift than in a template).
package struct EditorDocumentPage: Sendable {
    package var chrome: EditorChrome
    package var ui: EditorWords
    package var heading: String
    package var villageDocuments: EditorLink
    package var notice: EditorNotice?
    /// What differs, when a save met a file changed since the form was opened.
    package var conflict: EditorConflictBox?
    /// What a paste did.
    package var pasted: EditorPastedBox?
    /// An uploaded spreadsheet, before it lands.
    package var importPreview: EditorImportPreview?
    package var review: EditorReviewBox?
    package var problems: EditorCheckSummary?
    package var elsewhere: EditorCheckSummary?
    package var action: String
    package var editable: Bool
    package var hidden: [EditorHidden]
    package var fields: String
    package var body: EditorBody?
    /// The body as a read-only sheet shows it.
    package var readOnlyBody: String
    package var upload: Bool
    package var commit: EditorCommit?
    package var buttons: [EditorButton]
    package var delete: String?
    package var hasButtons: Bool { !buttons.isEmpty }
}

/// A line above the form: what was just done, or why not.
package struct EditorNotice: Sendable {
    /// ok, bad, or nil for neither.
    package var tone: String?
    /// status, or alert for what needs acting on.
    package var role: String
    package var id: String?
    package var commit: String?
    package var text: String
    package var link: EditorLink?
}

/// 审核与发布: where the document stands, who it waits for, the last 退回 reason, and the
/// reason field for one who may send it back.
package struct EditorReviewBox: Sendable {
    package var state: String
    package var waiting: String?
    package var reason: String?
    package var mayReturn: Bool
    package var reasonProblem: String?
}

/// What the check found: in this document (linked to its fields), or in the village's others.
package struct EditorCheckSummary: Sendable {
    package var heading: String
    /// A draft may be saved with errors: said when there are.
    package var draftHint: Bool
    package var items: [EditorCheckItem]
}

package struct EditorCheckItem: Sendable {
    package var severity: String
    /// `#field` in this document, or the other document's page.
    package var href: String?
    package var place: String?
    package var message: String
    package var code: String
}

package struct EditorHidden: Sendable {
    package var name: String
    package var value: String
}

package struct EditorBody: Sendable {
    package var text: String
    package var invalid: Bool
    package var problems: String
    /// The body as the site renders it.
    package var preview: String
}

/// 修改说明, for one who may change the document.
package struct EditorCommit: Sendable {
    package var askRevision: Bool
    package var revisionInvalid: Bool
    package var revisionNote: String
    package var message: String
}

package struct EditorButton: Sendable {
    package var action: String
    package var label: String
    package var primary: Bool
}

/// What a town account reads at the top of every page while the public site is behind the
/// repository: since when, and the problems that keep it from being published.
package struct EditorBehindBanner: Sendable {
    package var ui: EditorWords
    package var summary: String
    package var problems: [EditorCheckItem]
    /// "… and 3 more", past the first ten.
    package var more: String?
}

/// What the preview (`serve`) adds at the end of every page of the site it serves: the
/// editor's link (`serve --edit`) and, after a failed build, its problems over the last good
/// page, as `zola serve` shows them.
package struct PreviewOverlay: Sendable {
    package var ui: EditorWords
    /// 编辑 on a notice page, 新建 on a village's home page; nil elsewhere and without `--edit`.
    package var editor: PreviewEditorLink?
    /// nil when the last build had no error.
    package var problems: PreviewProblems?
}

package struct PreviewEditorLink: Sendable {
    package var label: String
    package var href: String
}

/// Those that stopped the build first, then the drafts' (which stop only their own draft).
package struct PreviewProblems: Sendable {
    package var heading: String
    /// Only drafts have errors: the site was built, the overlay is in the drafts' colour.
    package var draftsOnly: Bool
    package var items: [PreviewProblem]
}

package struct PreviewProblem: Sendable {
    package var draft: Bool
    /// `file:line:column`.
    package var place: String
    package var code: String
    package var message: String
}

/// The preview's own page: before any build succeeded, or for a path the site does not have.
package struct PreviewPage: Sendable {
    package var ui: EditorWords
    package var title: String
    package var heading: String
    package var text: String?
    package var overlay: PreviewOverlay
}

/// A save refused because the file changed after the form was opened: the fields that differ.
package struct EditorConflictBox: Sendable {
    /// The file is gone from disk.
    package var deleted: Bool
    package var differences: [EditorDifference]
    /// The document opened again as it is on disk.
    package var discard: String
}

package struct EditorDifference: Sendable {
    package var field: String
    package var onDisk: String
    package var inForm: String
}

/// What a paste from a spreadsheet did, one line each (rows placed, headers matched, lines
/// left out); nothing is saved yet.
package struct EditorPastedBox: Sendable {
    package var lines: [String]
}

/// An uploaded spreadsheet's preview, above the form: which column goes to which field, then
/// every row with where it goes and its problems. 导入这些行 posts the cells again with the
/// columns chosen; nothing lands before.
package struct EditorImportPreview: Sendable {
    package var heading: String
    package var about: String
    package var hasHeaders: Bool
    package var columns: [EditorImportColumn]
    /// The table's columns any row fills, as headings.
    package var shownColumns: [String]
    package var rows: [EditorImportRow]
    /// "… and 12 more rows", past those shown.
    package var more: String?
    /// Rows past the import's limit, left out.
    package var beyond: String?
    package var cellsName: String
    package var cells: String
    package var action: String
}

package struct EditorImportColumn: Sendable {
    package var id: String
    package var name: String
    package var header: String
    package var options: [EditorOption]
    /// Its value in the first row that is imported.
    package var sample: String
}

package struct EditorImportRow: Sendable {
    package var line: Int
    package var invalid: Bool
    package var cells: [String]
    package var destination: String
    package var problems: String
}

/// Under each table of the form: paste cells from a spreadsheet, or import a file.
package struct EditorPasteBox: Sendable {
    package var ui: EditorWords
    /// The table's field name (`income`, or a nested table's full name).
    package var table: String
    package var label: String
}
