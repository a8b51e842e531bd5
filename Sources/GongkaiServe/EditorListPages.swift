import Foundation
import GongkaiAccounts
import GongkaiKit
import Hummingbird

/// The editor's pages around the form, as page models for the theme's templates: 我的待办, a
/// village's documents, and the pages that ask before 删除 and 发布.
extension EditorRoutes {
    typealias Listed = (path: String, title: String, kind: Kind, published: CalendarDate, draft: Bool)

    /// 我的待办: per village the user works on, what waits for this user — 待审核 for a
    /// supervisor and the town, 被退回, 草稿 and 待发布 for a secretary, 待发布 for the town —
    /// and the notices the catalog says are due, to start. Villages with something waiting
    /// come first; an empty list is left out.
    func home(_ session: Visit) -> Response {
        let may = session.may
        let reviews = accounts?.reviews() ?? [:]
        let sections = workspace.villages().filter { may.mayRead($0.id) }.map {
            homeVillage(id: $0.id, name: $0.name, may: may, reviews: reviews)
        }
        // Villages with something waiting first, the rest in their order.
        let ordered = sections.enumerated().sorted {
            ($0.element.waiting == 0 ? 1 : 0, $0.offset) < ($1.element.waiting == 0 ? 1 : 0, $1.offset)
        }
        let page = EditorHomePage.make(
            chrome: may.chrome(title: may.words.t("我的待办")), ui: may.editorWords,
            villages: ordered.map(\.element.village))
        return Pages.html(.ok, may.page(page, "editor-home"), cookie: session.newCookie)
    }

    /// One village on 我的待办, and how many of its documents wait for this user.
    private func homeVillage(
        id: String, name: String, may: Permissions, reviews: [String: AccountStore.Review]
    ) -> (waiting: Int, village: HomeVillage) {
        let w = may.words
        let documents = workspace.documents(of: id)
        let allDrafts = documents.filter(\.draft)
        var waiting = 0
        var lists: [HomeList] = []
        func list(_ title: String, _ chosen: [Listed], counts: Bool = true) {
            guard !chosen.isEmpty else { return }
            if counts { waiting += chosen.count }
            lists.append(
                HomeList.make(
                    heading: w.t("{label}（{every}）", title, chosen.count),
                    documents: chosen.map { listed($0, village: id, review: reviews[$0.path], words: w) }))
        }
        func drafts(_ state: AccountStore.Review.State?) -> [Listed] {
            allDrafts.filter { reviews[$0.path]?.state == state }
        }
        let publishable = allDrafts.filter {
            let s = reviews[$0.path]?.state
            return s == .approved || (s == nil && !$0.kind.isFinance)
        }
        switch may.account?.role {
        case .supervisor?:
            list(w.t("待审核"), drafts(.submitted))
        case .secretary?:
            list(w.t("被退回，请改正后再提交"), drafts(.returned))
            list(w.t("待发布"), publishable)
            list(w.t("草稿"), drafts(nil).filter { $0.kind.isFinance })
            list(w.t("已提交，等待审核"), drafts(.submitted), counts: false)
            list(w.t("已公开（最近）"), Array(documents.filter { !$0.draft }.prefix(5)), counts: false)
        default:
            list(w.t("待审核"), drafts(.submitted))
            list(w.t("待发布"), publishable)
            list(w.t("被退回"), drafts(.returned), counts: false)
            list(w.t("草稿"), drafts(nil).filter { $0.kind.isFinance }, counts: false)
        }
        // What is due is the secretary's to start (the town publishes; it opens 新建 from the village).
        let due =
            may.mayWrite(id) && may.account?.role != .town
            ? workspace.dueNotices(of: id).map { notice in
                EditorLink.make(
                    href: Self.newURL(village: id, kind: notice.kind),
                    text: w.t("新建{period}{label}", w.period(notice.period), w.t(KindRegistry.kind(notice.kind).label)),
                    note: "")
            } : []
        return (waiting, HomeVillage.make(name: name, due: due, lists: lists, allDocuments: Self.villageURL(id)))
    }

    /// A document in a list: its kind, and where its review stands.
    private func listed(_ document: Listed, village: String, review: AccountStore.Review?, words w: Localizer)
        -> ListedDocument
    {
        var detail = w.t(document.kind.label)
        if review?.state == .approved { detail += " " + w.t("· 审核通过") }
        if let reason = review?.reason, !reason.isEmpty, review?.state == .returned {
            detail += " " + w.t("· 退回原因：{reason}", reason)
        }
        return ListedDocument.make(
            href: Self.documentURL(village: village, path: document.path), title: document.title, detail: detail)
    }

    /// A village's documents: 新建 by kind, 村情 for the town, every document.
    func index(_ request: Request, village: String, session: Visit) throws -> Response {
        let may = session.may
        let w = may.words
        guard let entry = workspace.villages().first(where: { $0.id == village }) else {
            return Html.problem(.notFound, title: w.t("找不到"), w.t("没有这个村"), for: may)
        }
        let kinds =
            may.mayWrite(village)
            ? Category.allCases.flatMap { category in
                KindRegistry.all.filter { $0.category == category }.map {
                    EditorLink.make(
                        href: Self.newURL(village: village, kind: $0.id), text: w.t($0.label), note: w.t(category.label)
                    )
                }
            } : []
        let documents = workspace.documents(of: village).map { document in
            ListedDocument.make(
                href: Self.documentURL(village: village, path: document.path), title: document.title,
                detail: w.t(document.kind.label) + " · " + document.published.iso
                    + (document.draft ? " · " + w.t("草稿") : ""))
        }
        let page = EditorVillagePage.make(
            chrome: may.chrome(title: w.t("{villageName}的文档", entry.name)), ui: may.editorWords,
            preview: EditorLink.make(href: "/\(village)/", text: w.t("{name}（预览）", entry.name), note: ""),
            heading: w.t("{name}：录入与修改", entry.name), deleted: request.uri.queryParameters["deleted"] != nil,
            kinds: kinds,
            profile: may.mayWrite(village) && may.mayEditProfile
                ? Self.documentURL(village: village, path: "content/\(village)/village.yaml") : nil,
            documents: documents)
        return Pages.html(.ok, may.page(page, "editor-village"), cookie: session.newCookie)
    }

    func deletePage(_ draft: EditorDraft, session: Visit) -> String {
        let may = session.may
        let w = may.words
        let page = EditorDeletePage.make(
            chrome: may.chrome(title: w.t("删除：{title}", draft.title)), ui: may.editorWords,
            heading: w.t("删除“{title}”？", draft.title), action: "\(Self.base)/\(draft.village)/delete",
            csrf: tokens.token(for: session.id), path: draft.path, base: draft.baseHash,
            message: w.t("删除：{title}", draft.title), cancel: Self.documentURL(village: draft.village, path: draft.path))
        return may.page(page, "editor-delete")
    }

    /// 发布 asks first (spec §12): what becomes public, to whom, from when, and where.
    func confirmPublishPage(_ draft: EditorDraft, session: Visit) -> String {
        let may = session.may
        let w = may.words
        let published = draft.value("published").flatMap(CalendarDate.init(iso:))
        let from = published.map { $0 > workspace.today ? $0 : workspace.today } ?? workspace.today
        let page = EditorPublishPage.make(
            chrome: may.chrome(title: w.t("确认发布：{title}", draft.title)), ui: may.editorWords, title: draft.title,
            village: workspace.villages().first { $0.id == draft.village }?.name ?? draft.village,
            kind: draft.kind.map { w.t($0.label) } ?? "", from: from.iso,
            fromNote: from > workspace.today ? w.t("（到这一天才出现在公开栏网站上）") : w.t("（今天）"),
            url: workspace.publicURL(of: draft), action: Self.postURL(draft.village),
            csrf: tokens.token(for: session.id), path: draft.path,
            back: Self.documentURL(village: draft.village, path: draft.path))
        return may.page(page, "editor-publish")
    }
}
