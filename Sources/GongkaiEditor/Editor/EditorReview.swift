import Foundation
import GongkaiContent
import GongkaiCore
import GongkaiSite

/// The steps of a notice's way to publication (spec §12) that the workspace carries out; who may
/// take which is the server's to decide. Each step is one commit by the user who took it.
extension EditorWorkspace {
    /// 提交审核 or 退回: nothing in the file changes, the step is a commit of its own.
    public func recordStep(village: String, path: String, message: String, author: String?) -> EditorSaveOutcome {
        let queued: Queued = saveLock.withLock { _ in
            do throws(EditorError) { _ = try EditorPaths.existing(path, village: village, root: root) } catch {
                return .done(.failed(error.wording))
            }
            return .queued(
                commits.enqueue(
                    .init(changes: [], message: message, author: author ?? self.author, allowEmpty: true, paths: [path])
                ))
        }
        return finish(queued, path: path) { Wording("{text}", "\($0)") }
    }

    /// 审核通过: today's date and the supervisor's name in `reviewed` (added to any already
    /// there), written to the draft and committed by the supervisor. The name must be one of the
    /// village's supervisors in village.yaml.
    public func signOff(village: String, path: String, supervisor name: String, author: String?) -> EditorSaveOutcome {
        guard supervisors(of: village).contains(name) else {
            return .failed(Wording("{name} 不在 village.yaml 的村务监督委员会名单中，不能审核；请镇里核对账户姓名或村情", name))
        }
        let draft: EditorDraft
        do { draft = try open(village: village, path: path) } catch { return .failed(error.wording) }
        guard draft.kind?.isFinance == true else { return .failed(Wording("只有财务公开需要村务监督委员会审核")) }
        var signed = draft
        let reviewers = draft.fields.filter { $0.name == "reviewed.by" }.map(\.value)
        signed.fields.removeAll { $0.name == "reviewed" || $0.name.hasPrefix("reviewed.") }
        signed.fields.append(FormField("reviewed.date", today.iso))
        for reviewer in reviewers + (reviewers.contains(name) ? [] : [name]) {
            signed.fields.append(FormField("reviewed.by", reviewer))
        }
        let message = "审核通过：\(draft.title)（\(name)）"  // content
        return save(EditorSaveRequest(draft: signed, mode: .draft, message: message, author: author))
    }

    /// 发布: the draft flag removed, every rule passed, committed by whoever published. A
    /// `published` date already past becomes today: the notice goes up the day it is published
    /// (after its sign-off), not the day the draft was begun.
    public func publish(village: String, path: String, author: String?) -> EditorSaveOutcome {
        let draft: EditorDraft
        do { draft = try open(village: village, path: path) } catch { return .failed(error.wording) }
        let message = "发布：\(draft.title)"  // content
        return save(EditorSaveRequest(draft: asPublished(draft), mode: .publish, message: message, author: author))
    }

    /// The draft as 发布 would write it: no `draft` flag, and `published` no earlier than today.
    public func asPublished(_ draft: EditorDraft) -> EditorDraft {
        var published = draft
        published.fields.removeAll { $0.name == "draft" }
        if let date = draft.value("published").flatMap(CalendarDate.init(iso:)), date < today {
            published.fields.removeAll { $0.name == "published" }
            published.fields.append(FormField("published", today.iso))
        }
        return published
    }
}
