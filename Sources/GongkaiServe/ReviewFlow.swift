import Foundation
import GongkaiAccounts
import GongkaiKit
import Hummingbird

/// 提出 → 审核 → 发布 (spec §12) for the signed-in user: which steps a notice's page offers, and
/// taking one. A secretary submits a draft; for finance kinds a supervisor of the village signs
/// it off (or sends it back with a reason); the town — or the secretary once the sign-off is
/// there, or at once for other kinds — publishes. Each step is a commit by the user and a row
/// in the audit table.
struct ReviewFlow: Sendable {
    enum Step: String {
        case submit, approve, `return`, publish

        /// The button's words, and the audit table's.
        var label: String {
            switch self {
            case .submit: return "提交审核"
            case .approve: return "审核通过"
            case .return: return "退回"
            case .publish: return "发布"
            }
        }
    }

    let accounts: AccountStore
    let workspace: EditorWorkspace

    /// Review codes a draft cannot yet satisfy: the sign-off is what 审核 adds.
    static let signOffCodes: Set<String> = ["GK-F105", "GK-F106"]

    struct Situation {
        var isDraft: Bool
        var isFinance: Bool
        var review: AccountStore.Review?
    }

    func situation(_ draft: EditorDraft) -> Situation {
        Situation(
            isDraft: draft.value("draft") == "true", isFinance: draft.kind?.isFinance ?? false,
            review: accounts.review(of: draft.path))
    }

    /// The steps this user may take on this document now.
    func steps(for account: Account, _ draft: EditorDraft, in known: Situation? = nil) -> [Step] {
        guard !draft.isNew, !draft.isProfile, account.covers(draft.village) else { return [] }
        let s = known ?? situation(draft)
        guard s.isDraft else { return [] }
        let state = s.review?.state
        var steps: [Step] = []
        switch account.role {
        case .secretary:
            if state == nil || state == .returned { steps.append(.submit) }
            if !s.isFinance || state == .approved { steps.append(.publish) }
        case .supervisor:
            if s.isFinance, state == .submitted { steps += [.approve, .return] }
        case .town:
            if state == nil || state == .returned { steps.append(.submit) }
            if state == .submitted || state == .approved { steps.append(.return) }
            steps.append(.publish)
        }
        return steps
    }

    /// Whether a secretary's 保存 must wait: the notice is with the supervisors.
    func isLocked(_ draft: EditorDraft, for account: Account) -> Bool {
        guard account.role == .secretary, let state = accounts.review(of: draft.path)?.state else { return false }
        return state == .submitted || state == .approved
    }

    /// Whether a secretary's 保存 of this document may only keep it a draft: a finance notice
    /// not yet published goes out through 审核, never straight from the form.
    func mustStayDraft(_ draft: EditorDraft, for account: Account) -> Bool {
        guard account.role == .secretary, draft.kind?.isFinance == true else { return false }
        if draft.isNew { return true }
        return (try? workspace.open(village: draft.village, path: draft.path))?.value("draft") == "true"
    }

    /// The panel on a document's page: where it stands and the buttons of the steps allowed.
    func panel(_ draft: EditorDraft, for account: Account) -> String {
        guard !draft.isNew, !draft.isProfile else { return "" }
        let s = situation(draft)
        var state = s.isDraft ? "草稿（未公开）" : "已公开"
        if s.isDraft, let review = s.review {
            switch review.state {
            case .submitted: state = "待审核（\(review.actor) 已提交）"
            case .returned: state = "被退回（\(review.actor)）：\(review.reason)"
            case .approved: state = "审核通过（\(review.actor)），待发布"
            }
        }
        var out = "<fieldset class=\"commit review\"><legend>审核与发布</legend>"
        out += "<p id=\"review-state\">状态：\(Html.text(state))</p>"
        let steps = steps(for: account, draft, in: s)
        if steps.contains(.return) {
            out += "<div class=\"field\"><label for=\"f-_reason\">退回原因</label>"
            out += "<input type=\"text\" id=\"f-_reason\" name=\"_reason\"></div>"
        }
        if !steps.isEmpty { out += "<div class=\"actions\">" }
        for step in steps {
            out += "<button type=\"submit\" name=\"_action\" value=\"\(step.rawValue)\">\(step.label)</button>"
        }
        if !steps.isEmpty { out += "</div>" }
        return out + "</fieldset>"
    }

    enum Outcome {
        case done(commit: String?)
        case refused(HTTPResponse.Status, String)
        case failed(EditorCheck?, String)
    }

    /// Takes a step on the file as it is on disk (the form's unsaved edits are not part of it).
    func take(_ step: Step, village: String, path: String, reason: String, account: Account) -> Outcome {
        let draft: EditorDraft
        do { draft = try workspace.open(village: village, path: path) } catch {
            return .refused(.notFound, error.description)
        }
        guard steps(for: account, draft).contains(step) else {
            return .refused(.forbidden, "你的账户（\(account.role.chinese)）现在不能对这篇文档“\(step.rawValue)”")
        }
        let author = account.gitAuthor
        let outcome: EditorSaveOutcome
        switch step {
        case .submit:
            let check = workspace.check(draft)
            let blocking = check.problems.filter {
                $0.diagnostic.severity == .error && !Self.signOffCodes.contains($0.diagnostic.code)
            }
            guard blocking.isEmpty else { return .failed(check, "有 \(blocking.count) 个错误，改正后才能提交审核") }
            outcome = workspace.recordStep(
                village: village, path: path, message: "\(step.label)：\(draft.title)", author: author)
            if case .saved = outcome { accounts.setReview(path, .submitted, actor: account.displayName) }
        case .approve:
            outcome = workspace.signOff(village: village, path: path, supervisor: account.displayName, author: author)
            if case .saved = outcome { accounts.setReview(path, .approved, actor: account.displayName) }
        case .return:
            let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !why.isEmpty else { return .refused(.unprocessableContent, "退回时请写明原因") }
            outcome = workspace.recordStep(
                village: village, path: path, message: "\(step.label)：\(draft.title)：\(why)", author: author)
            if case .saved = outcome { accounts.setReview(path, .returned, actor: account.displayName, reason: why) }
        case .publish:
            outcome = workspace.publish(village: village, path: path, author: author)
            if case .saved = outcome { accounts.clearReview(path) }
        }
        switch outcome {
        case .saved(_, let commit, _):
            accounts.record(user: account.name, action: step.label, path: path, commit: commit ?? "", detail: reason)
            return .done(commit: commit)
        case .refused(let check), .needsRevisionNote(let check):
            return .failed(check, "有 \(check.errorCount) 个错误，未\(step == .publish ? "发布" : "保存")")
        case .unchanged: return .done(commit: nil)
        case .conflict: return .refused(.conflict, "文件正在被修改，请重试")
        case .failed(let why): return .failed(nil, why)
        }
    }
}
