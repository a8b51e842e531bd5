import Foundation
import GongkaiAccounts
import GongkaiKit
import Hummingbird

/// 提出 → 审核 → 发布 (spec §12) for the user at hand: where a notice stands, which steps this
/// user may take, and taking one. A secretary submits a draft; for finance kinds a supervisor
/// of the village signs it off (or sends it back with a reason); the town — or the secretary
/// once the sign-off is there, or at once for other kinds — publishes. Each step is a commit by
/// the user and, with accounts, a row in the audit table. Without accounts (one person on
/// loopback) there is no review under way: the local user publishes.
struct ReviewFlow: Sendable {
    typealias Step = ReviewPolicy.Step

    let accounts: AccountStore?
    let workspace: EditorWorkspace

    /// Where a document stands, read from the file on disk (never from a posted form).
    struct Situation {
        var isNew: Bool
        var isDraft: Bool
        /// Its kind needs the 村务监督委员会's sign-off before it is published.
        var needsSignOff: Bool
        var review: AccountStore.Review?
        var published: String?

        func standing(_ draft: EditorDraft) -> ReviewPolicy.Standing {
            ReviewPolicy.Standing(
                isProfile: draft.isProfile, isDraft: isDraft, needsSignOff: needsSignOff,
                state: review.map { review -> ReviewPolicy.State in
                    switch review.state {
                    case .submitted: return .submitted
                    case .returned: return .returned
                    case .approved: return .approved
                    }
                })
        }
    }

    func situation(_ draft: EditorDraft) -> Situation {
        situation(draft, onDisk: draft.isNew ? nil : try? workspace.open(village: draft.village, path: draft.path))
    }

    /// The same, from the file as already read (nil: there is none).
    func situation(_ draft: EditorDraft, onDisk: EditorDraft?) -> Situation {
        Situation(
            isNew: onDisk == nil, isDraft: onDisk.map { $0.value("draft") == "true" } ?? true,
            needsSignOff: draft.kind?.isFinance ?? false,
            review: onDisk == nil ? nil : accounts?.review(of: draft.path), published: onDisk?.value("published"))
    }

    /// The steps this actor may take on this document now (none without an actor).
    func steps(for actor: ReviewPolicy.Actor?, _ draft: EditorDraft, in known: Situation? = nil) -> [Step] {
        guard let actor else { return [] }
        return ReviewPolicy.steps(for: actor, on: (known ?? situation(draft)).standing(draft))
    }

    /// Whether this actor may change the document's values now (never without an actor).
    func mayChange(_ draft: EditorDraft, for actor: ReviewPolicy.Actor?, in known: Situation? = nil) -> Bool {
        guard let actor else { return false }
        return ReviewPolicy.mayChange(by: actor, on: (known ?? situation(draft)).standing(draft)).isAllowed
    }

    /// Who the document waits for, in words for the secretary: nil when it waits for no one.
    func waitingFor(_ s: Situation, village: String, words w: Localizer) -> String? {
        guard s.isDraft, !s.isNew else { return nil }
        switch s.review?.state {
        case .submitted?:
            let names = w.list(workspace.supervisors(of: village))
            return names.isEmpty ? w.t("等待村务监督委员会审核") : w.t("等待村务监督委员会审核（{names}）", names)
        case .approved?: return w.t("等待发布（镇里，或本村文书）")
        case .returned?: return w.t("等待文书改正后再次提交审核")
        case nil: return s.needsSignOff ? w.t("下一步：提交村务监督委员会审核") : w.t("下一步：发布")
        }
    }

    /// Where the document stands, in a few words.
    func stateText(_ s: Situation, words w: Localizer) -> String {
        if s.isNew { return w.t("新建，尚未保存") }
        guard s.isDraft else { return s.published.map { w.t("已公开（公开日期 {date}）", $0) } ?? w.t("已公开") }
        switch s.review?.state {
        case .submitted?:
            return s.review.map { w.t("草稿 · 待村务监督委员会审核（{actor} 已提交）", $0.actor) } ?? w.t("草稿 · 待村务监督委员会审核")
        case .returned?: return s.review.map { w.t("草稿 · 被退回（{actor}）", $0.actor) } ?? w.t("草稿 · 被退回")
        case .approved?:
            return s.review.map { w.t("草稿 · 审核通过（{actor}），待发布", $0.actor) } ?? w.t("草稿 · 审核通过，待发布")
        case nil: return s.needsSignOff ? w.t("草稿（未公开）· 待村务监督委员会审核") : w.t("草稿（未公开）")
        }
    }

    enum Outcome {
        case done(commit: String?)
        /// Not taken: why, in a sentence for the page (a person clicked: never a bare status).
        case refused(String)
        /// This user may not take it now.
        case forbidden(String)
        case failed(EditorCheck?, String)
    }

    /// Takes a step on the file as it is on disk; the form was saved first where the step
    /// saves it (`EditorRoutes`).
    func take(_ step: Step, village: String, path: String, reason: String, may: Permissions) -> Outcome {
        let w = may.words
        let draft: EditorDraft
        do { draft = try workspace.open(village: village, path: path) } catch {
            return .refused(error.message(w))
        }
        guard let actor = may.actor(in: village) else { return .forbidden(w.t("请先登录")) }
        if case .refused(let why) = ReviewPolicy.decide(step, by: actor, on: situation(draft).standing(draft)) {
            return .forbidden(w.t("现在不能对这篇文档“{label}”：{why}", w.t(step.label), w.t(why.words)))
        }
        let account = may.account
        let author = account?.gitAuthor
        let name = account?.displayName ?? ""
        let outcome: EditorSaveOutcome
        switch step {
        case .submit:
            let check = workspace.check(draft)
            guard !check.hasErrors else { return .failed(check, w.t("有 {errorCount} 个错误，改正后才能提交审核", check.errorCount)) }
            outcome = workspace.recordStep(
                village: village, path: path, message: "\(step.label)：\(draft.title)", author: author)
            if case .saved = outcome { accounts?.setReview(path, .submitted, actor: name) }
        case .approve:
            outcome = workspace.signOff(village: village, path: path, supervisor: name, author: author)
            if case .saved = outcome { accounts?.setReview(path, .approved, actor: name) }
        case .return:
            let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !why.isEmpty else { return .failed(nil, w.t("退回时请在“退回原因”中写明要改什么")) }
            outcome = workspace.recordStep(
                village: village, path: path, message: "\(step.label)：\(draft.title)：\(why)", author: author)
            if case .saved = outcome { accounts?.setReview(path, .returned, actor: name, reason: why) }
        case .publish:
            outcome = workspace.publish(village: village, path: path, author: author)
            if case .saved = outcome { accounts?.clearReview(path) }
        }
        switch outcome {
        case .saved(_, let commit, _):
            if let account {
                accounts?.record(
                    user: account.name, action: step.label, path: path, commit: commit ?? "", detail: reason)
            }
            return .done(commit: commit)
        case .refused(let check), .needsRevisionNote(let check):
            return .failed(
                check,
                step == .publish
                    ? w.t("有 {errorCount} 个错误，未发布", check.errorCount) : w.t("有 {errorCount} 个错误，未保存", check.errorCount))
        case .unchanged: return .done(commit: nil)
        case .conflict: return .refused(w.t("文件正在被别人修改，请刷新页面后重试"))
        case .failed(let why): return .failed(nil, why.message(w))
        }
    }
}

extension ReviewPolicy.Step {
    /// The button's words, and the audit table's.
    var label: String {
        switch self {
        case .submit: return "提交审核"
        case .approve: return "审核通过"
        case .return: return "退回"
        case .publish: return "发布"
        }
    }

    /// What the page says once it is taken.
    var done: String {
        switch self {
        case .submit: return "已提交村务监督委员会审核"
        case .approve: return "已审核通过"
        case .return: return "已退回"
        case .publish: return "已公开"
        }
    }
}
