import GongkaiContent
import GongkaiCore
import GongkaiSite

/// Who may take which step of 提出 → 审核 → 发布 (spec §12), and who may change a document's
/// values: a pure table of the actor's role, the step, the document's kind and where it stands.
/// The server asks it for every button it shows and every step it takes; nothing else decides.
public enum ReviewPolicy {
    public enum Role: Sendable, CaseIterable {
        /// 文书: writes the notices of the villages on the account.
        case secretary
        /// 监委: signs off the finance documents of one village.
        case supervisor
        /// 镇: every village; publishes.
        case town
    }

    public enum Step: String, Sendable, CaseIterable {
        case submit, approve, `return`, publish
    }

    /// The review under way, if any.
    public enum State: Sendable, CaseIterable {
        case submitted, returned, approved
    }

    /// Who acts: the one person at a loopback server without accounts (who writes and publishes
    /// alone, with no review), or a signed-in account's role and whether it covers the village.
    public enum Actor: Sendable, Hashable {
        case localUser
        case account(Role, coversVillage: Bool)
    }

    /// Where the document stands, as read from disk and the review table.
    public struct Standing: Sendable, Equatable {
        public var isProfile: Bool
        public var isDraft: Bool
        /// Its kind needs the 村务监督委员会's sign-off before it is published (the finance kinds).
        public var needsSignOff: Bool
        public var state: State?

        public init(isProfile: Bool = false, isDraft: Bool, needsSignOff: Bool, state: State?) {
            self.isProfile = isProfile
            self.isDraft = isDraft
            self.needsSignOff = needsSignOff
            self.state = state
        }
    }

    /// Why a step or a change is not allowed.
    public enum Refusal: Sendable, Equatable {
        case profile, alreadyPublished, otherVillage, noReviewNeeded, noReviewWithoutAccounts
        case notSubmitted, alreadySubmitted, alreadyApproved, awaitingSignOff
        case supervisorsOnly, notForSupervisors, townOrSecretaryOnly, lockedInReview

        /// In a sentence for the page.
        public var words: String {
            switch self {
            case .profile: return "村情没有审核和发布这一步，保存即生效"
            case .alreadyPublished: return "这篇文档已经公开"
            case .otherVillage: return "你的账户不管这个村"
            case .noReviewNeeded: return "这类文档不需要村务监督委员会审核，可以直接发布"
            case .noReviewWithoutAccounts: return "没有账户时没有审核这一步，由本机的使用者直接发布"
            case .notSubmitted: return "这篇文档没有待审核的提交"
            case .alreadySubmitted: return "已提交审核，正在等待村务监督委员会"
            case .alreadyApproved: return "已审核通过，可以发布"
            case .awaitingSignOff: return "财务公开须先经村务监督委员会审核通过才能发布"
            case .supervisorsOnly: return "只有本村村务监督委员会成员能审核"
            case .notForSupervisors: return "村务监督委员会成员审核，不修改、不提交、不发布"
            case .townOrSecretaryOnly: return "由文书提交，镇里或文书发布"
            case .lockedInReview: return "已提交审核，现在不能修改；需要修改请监委或镇里先退回"
            }
        }
    }

    public enum Decision: Sendable, Equatable {
        case allowed
        case refused(Refusal)

        public var isAllowed: Bool { self == .allowed }
    }

    /// Whether `actor` may take `step` on the document now, and why not.
    public static func decide(_ step: Step, by actor: Actor, on document: Standing) -> Decision {
        if document.isProfile { return .refused(.profile) }
        if !document.isDraft { return .refused(.alreadyPublished) }
        guard case .account(let role, let covers) = actor else {
            return step == .publish ? .allowed : .refused(.noReviewWithoutAccounts)
        }
        guard covers else { return .refused(.otherVillage) }
        let state = document.state
        switch step {
        case .submit:
            if role == .supervisor { return .refused(.notForSupervisors) }
            if !document.needsSignOff { return .refused(.noReviewNeeded) }
            if state == .submitted { return .refused(.alreadySubmitted) }
            if state == .approved { return .refused(.alreadyApproved) }
            return .allowed
        case .approve:
            if role != .supervisor { return .refused(.supervisorsOnly) }
            if !document.needsSignOff { return .refused(.noReviewNeeded) }
            return state == .submitted ? .allowed : .refused(.notSubmitted)
        case .return:
            switch role {
            case .secretary: return .refused(.supervisorsOnly)
            case .supervisor:
                if !document.needsSignOff { return .refused(.noReviewNeeded) }
                return state == .submitted ? .allowed : .refused(.notSubmitted)
            case .town:
                return state == .submitted || state == .approved ? .allowed : .refused(.notSubmitted)
            }
        case .publish:
            switch role {
            case .supervisor: return .refused(.notForSupervisors)
            case .town: return .allowed
            case .secretary:
                return !document.needsSignOff || state == .approved ? .allowed : .refused(.awaitingSignOff)
            }
        }
    }

    /// The steps `actor` may take now, in the order the page shows them.
    public static func steps(for actor: Actor, on document: Standing) -> [Step] {
        Step.allCases.filter { decide($0, by: actor, on: document).isAllowed }
    }

    /// Whether `actor` may change the document's values now: a supervisor never; a secretary not
    /// while it waits for or has its sign-off (until it is sent back).
    public static func mayChange(by actor: Actor, on document: Standing) -> Decision {
        guard case .account(let role, let covers) = actor else { return .allowed }
        guard covers else { return .refused(.otherVillage) }
        switch role {
        case .supervisor: return .refused(.notForSupervisors)
        case .town: return .allowed
        case .secretary:
            return document.state == nil || document.state == .returned ? .allowed : .refused(.lockedInReview)
        }
    }
}
