import Foundation
import GongkaiAccounts
import GongkaiKit
import Hummingbird

/// The editor's routes (`serve --edit`, spec §11). Every action is a form post the server
/// answers with a page, so all of it works without JavaScript; every post must carry the
/// session's CSRF token.
struct EditorRoutes: Sendable {
    static let base = "/__gongkai/edit"
    let workspace: EditorWorkspace
    let tokens: SessionTokens
    /// With accounts: the audit trail every change is written to as well as git.
    var accounts: AccountStore? = nil

    var review: ReviewFlow { ReviewFlow(accounts: accounts, workspace: workspace) }

    static func villageURL(_ village: String) -> String { "\(base)/\(village)" }
    static func postURL(_ village: String) -> String { "\(base)/\(village)/doc" }
    static func documentURL(village: String, path: String) -> String {
        "\(base)/\(village)/doc?path=" + (path.addingPercentEncoding(withAllowedCharacters: .urlQueryValue) ?? "")
    }
    static func newURL(village: String, kind: KindID) -> String { "\(base)/\(village)/new/\(kind.rawValue)" }
    static func deleteURL(village: String, path: String) -> String {
        "\(base)/\(village)/delete?path=" + (path.addingPercentEncoding(withAllowedCharacters: .urlQueryValue) ?? "")
    }

    func add(to router: Router<ServerContext>) {
        router.get("/__gongkai/editor.css") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: EditorAssets.css)))
        }
        router.get("/__gongkai/editor.js") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/javascript; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: EditorAssets.script)))
        }
        router.get("/__gongkai/home") { request, context in
            try await respond(request, may: context.may) { session in home(session) }
        }
        router.get(RouterPath("\(Self.base)/:village")) { request, context in
            let village = try context.parameters.require("village")
            return try await respond(request, may: context.may) { session in
                try index(request, village: village, session: session)
            }
        }
        router.get(RouterPath("\(Self.base)/:village/new/:kind")) { request, context in
            try await newDocument(request, village: context.parameters.require("village"), context: context)
        }
        router.get(RouterPath("\(Self.base)/:village/doc")) { request, context in
            let village = try context.parameters.require("village")
            return try await respond(request, may: context.may) { session in
                try document(request, village: village, session: session)
            }
        }
        router.post(RouterPath("\(Self.base)/:village/doc")) { request, context in
            try await post(request, village: context.parameters.require("village"), may: context.may)
        }
        router.get(RouterPath("\(Self.base)/:village/delete")) { request, context in
            let w = context.words
            let village = try context.parameters.require("village")
            let may = context.may
            guard may.mayWrite(village) else { return Self.forbidden(w.t("删除文档"), for: may) }
            let path = request.uri.queryParameters["path"].map(String.init) ?? ""
            return try await respond(request, may: may) { session in
                let draft = try workspace.open(village: village, path: path)
                return Pages.html(.ok, deletePage(draft, session: session), cookie: session.newCookie)
            }
        }
        router.post(RouterPath("\(Self.base)/:village/delete")) { request, context in
            try await delete(request, village: context.parameters.require("village"), may: context.may)
        }
    }

    /// 新建: an empty form of the kind, with the values the village's last one suggests.
    private func newDocument(_ request: Request, village: String, context: ServerContext) async throws -> Response {
        let w = context.words
        let may = context.may
        guard may.mayWrite(village) else { return Self.forbidden(w.t("新建文档"), for: may) }
        guard let kind = KindID(rawValue: try context.parameters.require("kind")) else {
            return Html.problem(
                .notFound, title: w.t("找不到"), w.t("没有这种文档类型"), back: Self.villageURL(village), for: may)
        }
        return try await respond(request, may: may) { session in
            let draft = try workspace.start(village: village, kind: kind)
            return page(draft, check: nil, notice: nil, session: session)
        }
    }

    /// A document's form; after a step was taken (`done`), with what it did and what the check found.
    private func document(_ request: Request, village: String, session: Visit) throws -> Response {
        let path = request.uri.queryParameters["path"].map(String.init) ?? ""
        let draft = try workspace.open(village: village, path: path)
        guard let done = request.uri.queryParameters["done"].map(String.init) else {
            return page(draft, check: nil, notice: nil, session: session)
        }
        let commit = request.uri.queryParameters["commit"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        let isDraft = draft.value("draft") == "true"
        let w = session.may.words
        let words = w.t(ReviewFlow.Step(rawValue: done)?.done ?? (isDraft ? "已保存为草稿" : "已保存"))
        // Every save shows what the check found, even when the draft is kept (spec §12).
        let check = workspace.check(draft)
        return page(
            draft, check: check, notice: .done(words, commit: commit, pageURL: isDraft ? nil : pageURL(draft)),
            session: session)
    }

    /// 确认删除: the file removed and the removal committed, if nobody changed it since it was opened.
    private func delete(_ request: Request, village: String, may: Permissions) async throws -> Response {
        let w = may.words
        let form = try await readPost(request, words: w)
        guard let form else { return Self.expired(for: may) }
        guard may.mayWrite(village) else { return Self.forbidden(w.t("删除文档"), for: may) }
        let path = form.value("_path") ?? ""
        let outcome = try await Offload.run {
            workspace.delete(
                village: village, path: path, baseHash: form.value("_base") ?? "",
                message: form.value("_message"), author: may.account?.gitAuthor)
        }
        switch outcome {
        case .saved(_, let commit, _):
            audit("删除", path: path, commit: commit, may: may)  // content
            return Pages.redirect(Self.villageURL(village) + "?deleted=1")
        case .failed(let why):
            return Html.problem(
                .conflict, title: w.t("未删除"), why.message(w), back: Self.documentURL(village: village, path: path),
                for: may)
        default:
            return Html.problem(
                .conflict, title: w.t("未删除"), w.t("文档在你打开后被别人修改了；请重新打开后再删除"),
                back: Self.documentURL(village: village, path: path), for: may)
        }
    }

    static func forbidden(_ what: String, for may: Permissions) -> Response {
        let w = may.words
        let role = may.account.map { w.t("（{text}）", w.t($0.role.chinese)) } ?? ""
        return Html.problem(
            .forbidden, title: w.t("不能{what}", what), w.t("你的账户{role}不能{what}。如需要，请联系镇里。", role, what), for: may)
    }

    /// A post whose CSRF token is missing or old: a page that says so, never a bare status.
    static func expired(for may: Permissions) -> Response {
        let w = may.words
        return Html.problem(
            .forbidden, title: w.t("页面已过期"), w.t("这个页面已过期（或没有表单令牌），没有保存。请返回，刷新页面后再试。"), for: may)
    }

    private func audit(_ action: String, path: String, commit: String?, may: Permissions) {
        guard let accounts, let account = may.account else { return }
        accounts.record(user: account.name, action: action, path: path, commit: commit ?? "")
    }

    // MARK: - Pages

    /// A page made off the cooperative pool (it reads and parses files), with the session's
    /// cookie, or the error that kept it from being made.
    /// Refused without an identity: every editor page is for someone.
    private func respond(
        _ request: Request, may: Permissions, _ make: @escaping @Sendable (Visit) throws -> Response
    ) async throws -> Response {
        guard may.identity != nil else { return Self.forbidden(may.words.t("打开录入页面"), for: may) }
        return try await Offload.run { respondNow(request, may: may, make) }
    }

    private func respondNow(_ request: Request, may: Permissions, _ make: (Visit) throws -> Response) -> Response {
        let w = may.words
        let session = Visit(tokens.session(of: request), may: may)
        do {
            var response = try make(session)
            if let cookie = session.newCookie { response.setCookie(cookie) }
            return response
        } catch let error as EditorError {
            let page = EditorProblemPage.make(
                chrome: may.chrome(title: w.t("找不到")), ui: may.editorWords, heading: w.t("无法打开"),
                why: error.message(w), withMenu: false, back: nil)
            return Pages.html(.notFound, may.page(page, "editor-problem"), cookie: session.newCookie)
        } catch {
            return Pages.text(.internalServerError, "\(error)\n")
        }
    }

    private func page(
        _ draft: EditorDraft, check: EditorCheck?, notice: EditorPage.Notice?,
        session: Visit, message: String? = nil, revisionNote: String = "",
        status: HTTPResponse.Status = .ok, reasonProblem: String? = nil, readOnly: Bool = false
    ) -> Response {
        let village = workspace.villages().first { $0.id == draft.village }
        let may = session.may
        let actor = may.actor(in: draft.village)
        let situation = review.situation(draft)
        let mayChange =
            !readOnly && review.mayChange(draft, for: actor, in: situation)
            && (!draft.isProfile || may.mayEditProfile)
        let box: EditorPage.ReviewBox? =
            draft.isProfile
            ? nil
            : EditorPage.ReviewBox(
                state: review.stateText(situation, words: may.words),
                waiting: review.waitingFor(situation, village: draft.village, words: may.words),
                returnedReason: situation.review?.state == .returned ? situation.review?.reason : nil,
                steps: readOnly && may.account?.role != .supervisor
                    ? [] : review.steps(for: actor, draft, in: situation),
                reasonProblem: reasonProblem)
        let html = EditorPage(
            draft: draft, check: check, notice: notice, csrf: tokens.token(for: session.id),
            villageName: village?.name ?? draft.village, supervisors: workspace.supervisors(of: draft.village),
            askRevision: workspace.isPublishedBeforeToday(draft), message: message ?? defaultMessage(draft),
            revisionNote: revisionNote, box: box,
            titles: check?.elsewhere.isEmpty ?? true
                ? [:] : Dictionary(workspace.documents(of: draft.village).map { ($0.path, $0.title) }) { a, _ in a },
            signOffReadOnly: !may.isLocalUser, mayWrite: mayChange, may: may
        ).html()
        return Pages.html(status, html, cookie: session.newCookie)
    }

    /// The commit message a save proposes: history is content, written in Chinese like the notices.
    private func defaultMessage(_ draft: EditorDraft) -> String {
        (draft.isNew ? "新建：" : "更新：") + draft.title  // content
    }

    private func pageURL(_ draft: EditorDraft) -> String? {
        guard let kind = draft.kind else { return "/\(draft.village)/" }
        let name = (draft.path as NSString).lastPathComponent
        let slug = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
        return "/\(draft.village)/\(kind.category.rawValue)/\(slug)/"
    }

    // MARK: - Posts

    /// The post's fields when its CSRF token is the session's; nil when it is not.
    private func readPost(_ request: Request, words: Localizer) async throws -> FormPost? {
        let form: FormPost
        do { form = try await FormPost.read(request) } catch let failure as FormPost.Failure {
            throw HTTPError(.badRequest, message: failure.message(words))
        }
        return tokens.accepts(request, token: form.value("_csrf")) ? form : nil
    }

    private func post(_ request: Request, village: String, may: Permissions) async throws -> Response {
        let w = may.words
        guard let form = try await readPost(request, words: w) else { return Self.expired(for: may) }
        guard may.identity != nil else { return Self.forbidden(w.t("保存"), for: may) }
        let session = Visit(tokens.session(of: request), may: may)
        return try await Offload.run { try handle(form, session: session, village: village) }
    }

    /// A read form post: checked, saved, a step taken, or the form shown again. Each button
    /// means one thing for every kind and role (spec §12): 保存 keeps the document's state;
    /// 提交审核 and 发布 save what is in the form first; 发布 asks before anything is public.
    /// Decoded once, then the policy, then the use case, then the page.
    private func handle(_ form: FormPost, session: Visit, village: String) throws -> Response {
        let w = session.may.words
        let may = session.may
        var post = EditorPost(form, village: village)
        let path = post.path
        guard workspace.mayEdit(path: path, village: village) else {
            return Html.problem(.forbidden, title: w.t("不能打开"), w.t("这个文档不在这个村的文件夹里"), for: may)
        }
        // 发布 once confirmed, 审核通过 and 退回 change no value: they are taken on the file as it is.
        if post.action == "publish-confirmed" {
            return stepTaken(.publish, village: village, path: path, form: form, session: session)
        }
        if let step = post.step, step == .approve || step == .return {
            return stepTaken(step, village: village, path: path, form: form, session: session)
        }
        // The file is read once: its state, its sign-off and the review under way come from it.
        let opened = post.draft.isNew ? nil : try? workspace.openFile(village: village, path: path)
        let onDisk = opened?.draft
        let situation = review.situation(post.draft, onDisk: onDisk)
        post.settle(isDraft: situation.isDraft, onDisk: onDisk, keepPostedSignOff: may.isLocalUser)

        let mayWrite = may.mayWrite(village) && (!post.draft.isProfile || may.mayEditProfile)
        let mayChange = mayWrite && review.mayChange(post.draft, for: may.actor(in: village), in: situation)
        if post.writes, !mayChange {
            guard mayWrite else { return Self.forbidden(w.t("保存或上传"), for: may) }
            // Locked while it waits for its sign-off: what was typed is shown, not thrown away.
            let why =
                w.t(
                    "没有保存：这篇文档已提交审核，{village}，现在不能修改。下面是你填写的内容（未保存），可以先复制下来；需要修改请请监委或镇里先退回。",
                    review.waitingFor(situation, village: village, words: w) ?? "")
            return shown(post, .failed(why), session: session, status: .conflict, readOnly: true)
        }

        let uploaded: [String]
        do { uploaded = try storeUploads(&post) } catch {
            let why = (error as? EditorUploads.Problem)?.message(w) ?? "\(error)"
            return shown(
                post, .failed(why), check: workspace.check(post.draft), session: session,
                status: .unprocessableContent)
        }
        post.draft.fields = FormRows.renumber(post.draft.fields, specs: post.draft.specs)
        if let edited = tableEdit(&post, session: session) { return edited }
        guard ["save", "draft", "overwrite", "submit", "publish"].contains(post.action) else {
            return shown(post, .checked, check: workspace.check(post.draft), session: session)
        }
        return save(post, opened: opened?.disk, uploaded: uploaded, situation: situation, form: form, session: session)
    }

    /// A row added or removed, a spreadsheet's preview, or cells pasted: the form shown again
    /// with the tables changed, nothing saved; nil for a post that is none of these.
    private func tableEdit(_ post: inout EditorPost, session: Visit) -> Response? {
        if let edit = FormRows.Edit(post.action) {
            post.draft.fields = FormRows.renumber(
                edit.apply(to: post.draft.fields, specs: post.draft.specs), specs: post.draft.specs)
            return shown(post, nil, session: session)
        }
        if let file = post.importFile {
            let rows: [[String]]
            do {
                rows = try SpreadsheetFile.rows(Data(file.bytes), filename: file.filename)
            } catch {
                return shown(
                    post, .failed(importFailure(error, file.filename, words: session.may.words)), session: session)
            }
            let plan = TablePaste.plan(
                rows, into: file.table, fields: post.draft.fields, specs: post.draft.specs)
            guard let plan else { return shown(post, nil, session: session) }
            let preview = EditorPage.ImportPreview(filename: file.filename, table: file.table, sheet: rows, plan: plan)
            return shown(post, .importPreview(preview), session: session)
        }
        if let paste = post.paste {
            let outcome = TablePaste.apply(
                paste.text, into: paste.table, atRow: paste.row, column: paste.column, columns: post.columnChoices,
                fields: post.draft.fields, specs: post.draft.specs)
            post.draft.fields = FormRows.renumber(outcome.fields, specs: post.draft.specs)
            return shown(post, .pasted(outcome), check: workspace.check(post.draft), session: session)
        }
        return nil
    }

    private func importFailure(_ failure: SpreadsheetFile.Failure, _ name: String, words w: Localizer) -> String {
        switch failure {
        case .unknownType: return w.t("{name} 不是 .xlsx 或 .csv 文件；请在 Excel、WPS 或 LibreOffice 中另存为这两种之一", name)
        case .unreadableWorkbook: return w.t("{name} 无法读成电子表格；请用 Excel、WPS 或 LibreOffice 另存为 .xlsx 后再导入", name)
        case .unreadableText: return w.t("{name} 的文字无法识别（应为 UTF-8 或 GB18030 编码）", name)
        case .tooLarge: return w.t("{name} 超过 10 MiB；请只导入需要的工作表或月份", name)
        }
    }

    /// The form shown again as posted, with what happened.
    private func shown(
        _ post: EditorPost, _ notice: EditorPage.Notice?, check: EditorCheck? = nil, session: Visit,
        status: HTTPResponse.Status = .ok, readOnly: Bool = false
    ) -> Response {
        page(
            post.draft, check: check, notice: notice, session: session, message: post.message,
            revisionNote: post.revisionNote, status: status, readOnly: readOnly)
    }

    /// Uploads land in the village folder at once and join the attachments table.
    private func storeUploads(_ post: inout EditorPost) throws -> [String] {
        var stored: [String] = []
        for upload in post.uploads {
            let name = try EditorUploads.store(
                upload.bytes, uploadedAs: upload.filename, village: post.draft.village, root: workspace.root,
                today: workspace.today)
            stored.append(name)
            let stem = (upload.filename as NSString).deletingPathExtension
            let title = stem.isEmpty ? "附件" : stem  // content: the document's own words, in Chinese
            post.draft.fields = FormRows.append(
                ["file": name, "title": title], to: "attachments", in: post.draft.fields)
        }
        return stored
    }

    /// 保存, 提交审核 and 发布: the form saved (the two steps keep it a draft while they save it;
    /// 保存 keeps its state — `draft`, the old 保存为草稿, is 保存 too: no button unpublishes a
    /// notice), then the step taken, or the page saying what kept it from being saved.
    private func save(
        _ post: EditorPost, opened: EditorWorkspace.DiskFile?, uploaded: [String], situation: ReviewFlow.Situation,
        form: FormPost, session: Visit
    ) -> Response {
        let may = session.may
        let w = may.words
        let village = post.draft.village
        var post = post
        if let disk = post.overwriting { post.draft.baseHash = disk }
        let draft = post.draft
        let step = post.step
        if let step, !review.steps(for: may.actor(in: village), draft, in: situation).contains(step) {
            return shown(
                post, .failed(w.t("你现在不能对这篇文档“{label}”", w.t(step.label))), session: session, status: .forbidden)
        }
        var request = EditorSaveRequest(
            draft: draft, mode: step != nil ? .draft : .keep, message: post.message,
            revisionNote: post.revisionNote, uploads: uploaded, author: may.account?.gitAuthor)
        request.opened = opened
        let outcome = workspace.save(request)
        switch outcome {
        case .saved(let path, let commit, let elsewhere):
            // The audit trail records in Chinese, like the commits; its page words it when shown.
            let action = situation.isDraft ? "保存草稿" : (draft.isNew ? "新建" : "保存")  // content
            audit(action, path: path, commit: commit, may: may)
            if let step { return stepAfterSave(step, village: village, path: path, form: form, session: session) }
            // The other files' new problems are known only now: shown at once, not after a redirect.
            if !elsewhere.isEmpty, let saved = try? workspace.open(village: village, path: path) {
                let isDraft = saved.value("draft") == "true"
                return page(
                    saved, check: EditorCheck(elsewhere: elsewhere),
                    notice: .done(
                        isDraft ? w.t("已保存为草稿") : w.t("已保存"), commit: commit, pageURL: isDraft ? nil : pageURL(saved)),
                    session: session)
            }
            return Pages.redirect(
                Self.documentURL(village: village, path: path) + "&done=saved&commit=" + (commit ?? ""))
        case .unchanged:
            if let step { return stepAfterSave(step, village: village, path: post.path, form: form, session: session) }
            return shown(post, .unchanged, check: workspace.check(draft), session: session)
        case .refused(let check):
            return shown(
                post, .refused(errors: check.errorCount), check: check, session: session, status: .unprocessableContent)
        case .needsRevisionNote(let check):
            return shown(post, .needsRevision, check: check, session: session, status: .unprocessableContent)
        case .conflict(let conflict):
            return shown(post, .conflict(conflict), session: session, status: .conflict)
        case .failed(let why):
            return shown(post, .failed(why.message(session.may.words)), session: session, status: .unprocessableContent)
        }
    }

    /// After the form is saved: 提交审核 is taken at once; 发布 first asks.
    private func stepAfterSave(
        _ step: ReviewFlow.Step, village: String, path: String, form: FormPost,
        session: Visit
    ) -> Response {
        let w = session.may.words
        guard step == .publish else {
            return stepTaken(step, village: village, path: path, form: form, session: session)
        }
        guard let saved = try? workspace.open(village: village, path: path) else {
            return Html.problem(.notFound, title: w.t("找不到"), w.t("文档已不在了"), for: session.may)
        }
        // Checked as it would be published: every rule, the sign-off included.
        let check = workspace.check(workspace.asPublished(saved))
        if check.hasErrors {
            return page(
                saved, check: check, notice: .failed(w.t("已保存为草稿；有 {errorCount} 个错误，改正后才能发布", check.errorCount)),
                session: session,
                status: .unprocessableContent)
        }
        return Pages.html(
            .ok, confirmPublishPage(saved, session: session), cookie: session.newCookie)
    }

    /// A step taken on the file as it is on disk; its page says what happened in words.
    private func stepTaken(
        _ step: ReviewFlow.Step, village: String, path: String, form: FormPost,
        session: Visit
    ) -> Response {
        let w = session.may.words
        let outcome = review.take(
            step, village: village, path: path, reason: form.value("_reason") ?? "", may: session.may)
        switch outcome {
        case .done(let commit):
            return Pages.redirect(
                Self.documentURL(village: village, path: path) + "&done=\(step.rawValue)&commit=" + (commit ?? ""))
        case .refused(let why), .forbidden(let why):
            guard let onDisk = try? workspace.open(village: village, path: path) else {
                return Html.problem(.notFound, title: w.t("找不到"), why, for: session.may)
            }
            let status: HTTPResponse.Status = if case .forbidden = outcome { .forbidden } else { .conflict }
            return page(onDisk, check: nil, notice: .failed(why), session: session, status: status)
        case .failed(let check, let why):
            guard let onDisk = try? workspace.open(village: village, path: path) else {
                return Html.problem(.unprocessableContent, title: w.t("没有完成"), why, for: session.may)
            }
            return page(
                onDisk, check: check, notice: .failed(why), session: session, status: .unprocessableContent,
                reasonProblem: step == .return && check == nil ? why : nil)
        }
    }
}

extension CharacterSet {
    static let urlQueryValue: CharacterSet = {
        var set = CharacterSet.urlQueryAllowed
        set.remove(charactersIn: "&=+?#")
        return set
    }()
}

/// One request's session (its id, and a cookie to set when it had none) and who it is for.
struct Visit: Sendable {
    var id: String
    var newCookie: Cookie?
    var may: Permissions

    init(_ session: (id: String, newCookie: Cookie?), may: Permissions) {
        id = session.id
        newCookie = session.newCookie
        self.may = may
    }
}
