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

    var review: ReviewFlow? { accounts.map { ReviewFlow(accounts: $0, workspace: workspace) } }

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
        router.get(RouterPath("\(Self.base)/:village")) { request, context in
            let village = try context.parameters.require("village")
            return try await Offload.run { try index(request, village: village) }
        }
        router.get("/__gongkai/home") { request, _ in try await Offload.run { home(request) } }
        router.get(RouterPath("\(Self.base)/:village/new/:kind")) { request, context in
            let village = try context.parameters.require("village")
            guard SignedIn.mayWrite(village) else { return Self.forbidden("新建文档") }
            guard let kind = KindID(rawValue: try context.parameters.require("kind")) else {
                return Pages.text(.notFound, "未知的文档类型\n")
            }
            return try await respond(request) { session in
                let draft = try workspace.start(village: village, kind: kind)
                return page(draft, check: nil, notice: nil, session: session)
            }
        }
        router.get(RouterPath("\(Self.base)/:village/doc")) { request, context in
            let village = try context.parameters.require("village")
            let path = request.uri.queryParameters["path"].map(String.init) ?? ""
            return try await respond(request) { session in
                let draft = try workspace.open(village: village, path: path)
                var notice: EditorPage.Notice?
                if let commit = request.uri.queryParameters["saved"].map(String.init) {
                    notice = .saved(commit: commit.isEmpty ? nil : commit, pageURL: pageURL(draft))
                }
                return page(draft, check: nil, notice: notice, session: session)
            }
        }
        router.post(RouterPath("\(Self.base)/:village/doc")) { request, context in
            try await post(request, village: context.parameters.require("village"))
        }
        router.get(RouterPath("\(Self.base)/:village/delete")) { request, context in
            let village = try context.parameters.require("village")
            guard SignedIn.mayWrite(village) else { return Self.forbidden("删除文档") }
            let path = request.uri.queryParameters["path"].map(String.init) ?? ""
            return try await respond(request) { session in
                let draft = try workspace.open(village: village, path: path)
                return Pages.html(
                    .ok, deletePage(draft, csrf: tokens.token(for: session.id)), cookie: session.newCookie)
            }
        }
        router.post(RouterPath("\(Self.base)/:village/delete")) { request, context in
            let village = try context.parameters.require("village")
            let form = try await readPost(request)
            guard let form else { return Pages.text(.forbidden, "403 缺少或错误的表单令牌（CSRF）；请刷新页面后重试\n") }
            guard SignedIn.mayWrite(village) else { return Self.forbidden("删除文档") }
            let path = form.value("_path") ?? ""
            let outcome = try await Offload.run {
                workspace.delete(
                    village: village, path: path, baseHash: form.value("_base") ?? "",
                    message: form.value("_message"), author: SignedIn.account?.gitAuthor)
            }
            switch outcome {
            case .saved(_, let commit, _):
                audit("删除", path: path, commit: commit)
                return Pages.redirect(Self.villageURL(village) + "?deleted=1")
            case .failed(let why): return Pages.text(.conflict, why + "\n")
            default: return Pages.text(.conflict, "未删除\n")
            }
        }
    }

    static func forbidden(_ what: String) -> Response {
        let role = SignedIn.account.map { "（\($0.role.chinese)）" } ?? ""
        return Pages.text(.forbidden, "403 你的账户\(role)不能\(what)\n")
    }

    private func audit(_ action: String, path: String, commit: String?) {
        guard let accounts, let account = SignedIn.account else { return }
        accounts.record(user: account.name, action: action, path: path, commit: commit ?? "")
    }

    /// 我的待办: per village the user works on, what waits for this user — 待审核 for a
    /// supervisor and the town, 被退回 and 草稿 for a secretary, 待发布 for the town.
    private func home(_ request: Request) -> Response {
        let session = tokens.session(of: request)
        let account = SignedIn.account
        let reviews = accounts?.reviews() ?? [:]
        var out = Html.head(title: "我的待办")
        out += "<header class=\"top\"><nav aria-label=\"位置\"><a href=\"/\">预览首页</a></nav></header>"
        out += "<main id=\"main\"><h1>我的待办</h1>"
        for village in workspace.villages() where account?.covers(village.id) ?? true {
            let drafts = workspace.documents(of: village.id).filter(\.draft)
            func list(_ title: String, _ state: AccountStore.Review.State?) -> String {
                let chosen = drafts.filter { reviews[$0.path]?.state == state }
                var html = "<h3>\(title)（\(chosen.count)）</h3><ul class=\"documents\">"
                for document in chosen {
                    html += "<li><a href=\"\(Html.attr(Self.documentURL(village: village.id, path: document.path)))\">"
                    html += "\(Html.text(document.title))</a> <span class=\"muted\">\(Html.text(document.kind.label))"
                    if let reason = reviews[document.path]?.reason, !reason.isEmpty { html += "：\(Html.text(reason))" }
                    html += "</span></li>"
                }
                return html + "</ul>"
            }
            out +=
                "<section><h2>\(Html.text(village.name))</h2><p><a href=\"\(Html.attr(Self.villageURL(village.id)))\">"
            out += "本村文档</a></p>"
            switch account?.role {
            case .supervisor?: out += list("待审核", .submitted)
            case .secretary?: out += list("被退回", .returned) + list("草稿", nil) + list("已提交，等待审核", .submitted)
            default:
                out += list("待审核", .submitted) + list("审核通过，待发布", .approved) + list("被退回", .returned)
                out += list("草稿", nil)
            }
            out += "</section>"
        }
        out += "</main></body></html>"
        return Pages.html(.ok, out, cookie: session.newCookie)
    }

    // MARK: - Pages

    /// A page made off the cooperative pool (it reads and parses files), with the session's
    /// cookie, or the error that kept it from being made.
    private func respond(
        _ request: Request, _ make: @escaping @Sendable ((id: String, newCookie: Cookie?)) throws -> Response
    ) async throws -> Response {
        try await Offload.run { respondNow(request, make) }
    }

    private func respondNow(_ request: Request, _ make: ((id: String, newCookie: Cookie?)) throws -> Response)
        -> Response
    {
        let session = tokens.session(of: request)
        do {
            var response = try make(session)
            if let cookie = session.newCookie { response.setCookie(cookie) }
            return response
        } catch let error as EditorError {
            return Pages.html(
                .notFound,
                Html.head(title: "找不到")
                    + "<main id=\"main\"><h1>无法打开</h1><p>\(Html.text(error.description))</p></main></body></html>",
                cookie: session.newCookie)
        } catch {
            return Pages.text(.internalServerError, "\(error)\n")
        }
    }

    private func index(_ request: Request, village: String) throws -> Response {
        guard let entry = workspace.villages().first(where: { $0.id == village }) else {
            return Pages.text(.notFound, "找不到村文件夹 content/\(village)\n")
        }
        let session = tokens.session(of: request)
        var out = Html.head(title: "\(entry.name)的文档")
        out += "<header class=\"top\"><nav aria-label=\"位置\"><a href=\"/\">预览首页</a> › "
        out += "<a href=\"/\(Html.attr(village))/\">\(Html.text(entry.name))</a></nav></header><main id=\"main\">"
        out += "<h1>\(Html.text(entry.name))：录入与修改</h1>"
        if request.uri.queryParameters["deleted"] != nil {
            out += "<div class=\"notice ok\" role=\"status\">已删除并提交。</div>"
        }
        out += "<section aria-labelledby=\"new-title\"><h2 id=\"new-title\">新建</h2><ul class=\"kinds\">"
        for category in Category.allCases {
            for kind in KindRegistry.all where kind.category == category {
                out +=
                    "<li><a href=\"\(Html.attr(Self.newURL(village: village, kind: kind.id)))\""
                    + ">\(Html.text(kind.label))</a>"
                out += " <span class=\"muted\">\(Html.text(category.label))</span></li>"
            }
        }
        out += "</ul></section><section aria-labelledby=\"profile-title\"><h2 id=\"profile-title\">村情</h2>"
        out +=
            "<p><a href=\"\(Html.attr(Self.documentURL(village: village, path: "content/\(village)/village.yaml")))\">"
        out += "编辑村情、两委和监委成员（village.yaml）</a></p></section>"
        out += "<section aria-labelledby=\"docs-title\"><h2 id=\"docs-title\">已有文档</h2><ul class=\"documents\">"
        for document in workspace.documents(of: village) {
            out += "<li><a href=\"\(Html.attr(Self.documentURL(village: village, path: document.path)))\">"
            out += "\(Html.text(document.title))</a> <span class=\"muted\">\(Html.text(document.kind.label)) · "
            out += "\(document.published.iso)\(document.draft ? " · 草稿" : "")</span></li>"
        }
        out += "</ul></section></main></body></html>"
        return Pages.html(.ok, out, cookie: session.newCookie)
    }

    private func deletePage(_ draft: EditorDraft, csrf: String) -> String {
        var out = Html.head(title: "删除：\(draft.title)")
        out += "<main id=\"main\"><h1>删除“\(Html.text(draft.title))”？</h1>"
        out += "<p>文件 <code>\(Html.text(draft.path))</code> 将被删除，并作为一次提交记入 git 历史（可以从历史中找回）。</p>"
        out +=
            "<form method=\"post\" enctype=\"multipart/form-data\" action=\"\(Html.attr(Self.base))"
            + "/\(Html.attr(draft.village))/delete\">"
        out += "<input type=\"hidden\" name=\"_csrf\" value=\"\(Html.attr(csrf))\">"
        out += "<input type=\"hidden\" name=\"_path\" value=\"\(Html.attr(draft.path))\">"
        out += "<input type=\"hidden\" name=\"_base\" value=\"\(Html.attr(draft.baseHash))\">"
        out += "<div class=\"field\"><label for=\"f-_message\">提交说明</label><input type=\"text\" id=\"f-_message\" "
        out += "name=\"_message\" value=\"删除：\(Html.attr(draft.title))\"></div><div class=\"actions\">"
        out += "<button type=\"submit\" class=\"danger\">确认删除</button> "
        out +=
            "<a href=\"\(Html.attr(Self.documentURL(village: draft.village, path: draft.path)))\">取消</a></div></form></"
            + "main></body></html>"
        return out
    }

    private func page(
        _ draft: EditorDraft, check: EditorCheck?, notice: EditorPage.Notice?,
        session: (id: String, newCookie: Cookie?), message: String? = nil, revisionNote: String = "",
        status: HTTPResponse.Status = .ok
    ) -> Response {
        let village = workspace.villages().first { $0.id == draft.village }
        let html = EditorPage(
            draft: draft, check: check, notice: notice, csrf: tokens.token(for: session.id),
            villageName: village?.name ?? draft.village, supervisors: workspace.supervisors(of: draft.village),
            askRevision: workspace.isPublishedBeforeToday(draft), message: message ?? defaultMessage(draft),
            revisionNote: revisionNote,
            workflow: SignedIn.account.flatMap { account in review?.panel(draft, for: account) } ?? "",
            signOffReadOnly: SignedIn.account != nil,
            mayWrite: SignedIn.mayWrite(draft.village) && (!draft.isProfile || SignedIn.mayEditProfile())
        ).html()
        return Pages.html(status, html, cookie: session.newCookie)
    }

    private func defaultMessage(_ draft: EditorDraft) -> String {
        (draft.isNew ? "新建：" : "更新：") + draft.title
    }

    private func pageURL(_ draft: EditorDraft) -> String? {
        guard let kind = draft.kind else { return "/\(draft.village)/" }
        let name = (draft.path as NSString).lastPathComponent
        let slug = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
        return "/\(draft.village)/\(kind.category.rawValue)/\(slug)/"
    }

    // MARK: - Posts

    /// The post's fields when its CSRF token is the session's; nil when it is not.
    private func readPost(_ request: Request) async throws -> FormPost? {
        let form: FormPost
        do { form = try await FormPost.read(request) } catch let failure as FormPost.Failure {
            throw HTTPError(.badRequest, message: failure.description)
        }
        return tokens.accepts(request, token: form.value("_csrf")) ? form : nil
    }

    private func post(_ request: Request, village: String) async throws -> Response {
        guard let form = try await readPost(request) else {
            return Pages.text(.forbidden, "403 缺少或错误的表单令牌（CSRF）；请刷新页面后重试\n")
        }
        return try await Offload.run { try handle(form, request: request, village: village) }
    }

    /// A read form post: checked, saved, a step taken, or the form shown again.
    private func handle(_ form: FormPost, request: Request, village: String) throws -> Response {
        let session = tokens.session(of: request)
        let path = form.value("_path") ?? ""
        guard workspace.mayEdit(path: path, village: village) else {
            return Pages.text(.forbidden, "403 \(path) 不在这个村的文件夹里\n")
        }
        let kind = form.value("_kind").flatMap { KindRegistry.kind($0) }
        var fields: [FormField] = kind.map { [FormField("kind", $0.id.rawValue)] } ?? []
        for (name, value) in form.fields where !name.hasPrefix("_") && name != "body" && name != "kind" {
            fields.append(FormField(name, value))
        }
        fields = FormRows.mergeMapEntries(form.fields, into: fields)
        let action = form.value("_action") ?? "check"
        let writes = ["save", "draft", "overwrite"].contains(action) || form.uploads.contains { !$0.bytes.isEmpty }
        if writes {
            guard SignedIn.mayWrite(village) else { return Self.forbidden("保存或上传") }
            if path.hasSuffix("/village.yaml"), !SignedIn.mayEditProfile() { return Self.forbidden("修改村情和监委名单") }
        }
        // The sign-off is the supervisor's act (spec §12): whatever a secretary posts for it, the
        // file's own `reviewed` stands.
        if let role = SignedIn.account?.role, role != .town {
            fields.removeAll { $0.name == "reviewed" || $0.name.hasPrefix("reviewed.") }
            if let onDisk = try? workspace.open(village: village, path: path) {
                fields += onDisk.fields.filter { $0.name.hasPrefix("reviewed.") }
            }
        }
        var draft = EditorDraft(
            village: village, path: path, kind: kind, isNew: form.value("_new") == "1", fields: fields,
            body: path.hasSuffix(".md") ? (form.value("body") ?? "") : nil, baseHash: form.value("_base") ?? "")
        let message = form.value("_message")
        let note = form.value("_revision") ?? ""

        // Uploads land in the village folder at once and join the attachments table.
        var uploaded: [String] = []
        for upload in form.uploads where upload.field == "_upload" && !(upload.bytes.isEmpty && upload.filename.isEmpty)
        {
            do {
                let stored = try EditorUploads.store(
                    upload.bytes, uploadedAs: upload.filename, village: village, root: workspace.root,
                    today: workspace.today)
                uploaded.append(stored)
                let stem = (upload.filename as NSString).deletingPathExtension
                draft.fields = FormRows.append(
                    ["file": stored, "title": stem.isEmpty ? "附件" : stem], to: "attachments", in: draft.fields)
            } catch {
                let check = workspace.check(draft)
                return page(
                    draft, check: check, notice: .failed("\(error)"), session: session, message: message,
                    revisionNote: note, status: .unprocessableContent)
            }
        }
        draft.fields = FormRows.renumber(draft.fields, specs: draft.specs)

        if let step = ReviewFlow.Step(rawValue: action) {
            guard let review, let account = SignedIn.account else {
                return Pages.text(.notFound, "404 没有审核流程（未启用账户）\n")
            }
            switch review.take(
                step, village: village, path: path, reason: form.value("_reason") ?? "", account: account)
            {
            case .done(let commit):
                return Pages.redirect(Self.documentURL(village: village, path: path) + "&saved=" + (commit ?? ""))
            case .refused(let status, let why):
                return Pages.text(status, "\(status.code) \(why)\n")
            case .failed(let check, let why):
                let shown = (try? workspace.open(village: village, path: path)) ?? draft
                return page(
                    shown, check: check, notice: .failed(why), session: session, message: message, revisionNote: note,
                    status: .unprocessableContent)
            }
        }
        if let edit = FormRows.Edit(action) {
            draft.fields = FormRows.renumber(edit.apply(to: draft.fields, specs: draft.specs), specs: draft.specs)
            return page(draft, check: nil, notice: nil, session: session, message: message, revisionNote: note)
        }
        switch action {
        case "save", "draft", "overwrite":
            if action == "overwrite", let disk = form.value("_disk") { draft.baseHash = disk }
            var mode: EditorSaveRequest.Mode = action == "draft" ? .draft : .publish
            if let review, let account = SignedIn.account {
                if review.isLocked(draft, for: account) {
                    return Pages.text(.conflict, "409 这篇文档已提交审核；如需修改，请监委或镇里先退回\n")
                }
                if review.mustStayDraft(draft, for: account) { mode = .draft }
            }
            let outcome = workspace.save(
                EditorSaveRequest(
                    draft: draft, mode: mode, message: message, revisionNote: note,
                    uploads: uploaded, author: SignedIn.account?.gitAuthor))
            switch outcome {
            case .saved(let path, let commit, let elsewhere):
                audit(action == "draft" ? "保存草稿" : (draft.isNew ? "新建" : "保存"), path: path, commit: commit)
                // Published by a plain 保存 (the town, or a kind without sign-off): no review under way.
                if mode == .publish { accounts?.clearReview(path) }
                // The other files' new problems are known only now: shown at once, not after a redirect.
                if !elsewhere.isEmpty, let saved = try? workspace.open(village: village, path: path) {
                    return page(
                        saved, check: EditorCheck(elsewhere: elsewhere),
                        notice: .saved(commit: commit, pageURL: pageURL(saved)), session: session)
                }
                return Pages.redirect(Self.documentURL(village: village, path: path) + "&saved=" + (commit ?? ""))
            case .unchanged:
                return page(
                    draft, check: workspace.check(draft), notice: .unchanged, session: session, message: message,
                    revisionNote: note)
            case .refused(let check):
                return page(
                    draft, check: check, notice: .refused(errors: check.errorCount), session: session, message: message,
                    revisionNote: note, status: .unprocessableContent)
            case .needsRevisionNote(let check):
                return page(
                    draft, check: check, notice: .needsRevision, session: session, message: message, revisionNote: note,
                    status: .unprocessableContent)
            case .conflict(let conflict):
                return page(
                    draft, check: nil, notice: .conflict(conflict), session: session, message: message,
                    revisionNote: note, status: .conflict)
            case .failed(let why):
                return page(
                    draft, check: nil, notice: .failed(why), session: session, message: message, revisionNote: note,
                    status: .unprocessableContent)
            }
        default:
            return page(
                draft, check: workspace.check(draft), notice: .checked, session: session, message: message,
                revisionNote: note)
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
