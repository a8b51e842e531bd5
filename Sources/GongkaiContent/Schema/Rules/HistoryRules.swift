import Foundation
import GongkaiCore

/// GK-R101: a notice changed after it was published says so in `revisions` (spec §7).
package enum HistoryRules {
    package static let all: [any SiteRule] = [ChangeNeedsRevision()]
}

package struct ChangeNeedsRevision: SiteRule {
    package let code = RuleCode.r101
    package let severity = Severity.error
    package let summary =
        "a change to a published document's data or body in a later commit needs a revisions entry dated on or after it"
    /// Needs a git repository with dated commits: tested in HistoryTests, not by file examples.
    package let examples: [RuleExample] = []

    package func check(_ village: CheckedVillage, site: LoadedSite, report: (String, Mark, Message) -> Void) {
        guard let history = site.history else { return }
        for document in village.documents {
            guard let commit = DocumentChanges.latestChange(document, root: site.root, history: history) else {
                continue
            }
            let revisions = document.data.records("revisions").compactMap { $0.date("date") }
            if revisions.contains(where: { $0 >= commit.date }) { continue }
            report(
                document.path, document.data.mark("revisions"),
                .r(
                    ChangedWithoutRevisionMessage(
                        commit: commit.shortHash, date: commit.date, author: commit.author, subject: commit.subject,
                        published: document.published)))
        }
    }
}

/// Which commits changed what a notice says, as opposed to its `revisions` notes or its layout.
package enum DocumentChanges {
    /// The newest commit after `published` that changed the data or body (not the one adding the
    /// file, nor the one that published a draft or any before it: a draft's changes were never public).
    static func latestChange(_ d: Document, root: URL, history: GitHistory) -> Commit? {
        guard let commits = history.commits[d.path], commits.count > 1 else { return nil }
        let markdown = d.path.hasSuffix(".md")
        for (index, commit) in commits.enumerated() where commit.date > d.published {
            let isAdding = index == commits.count - 1
            if isAdding { return nil }
            guard let new = history.contents(of: d.path, at: commit.hash),
                let old = history.contents(of: d.path, at: commit.hash + "^")
            else { continue }
            if isDraft(old, markdown: markdown) { return nil }
            if canonical(new, markdown: markdown) != canonical(old, markdown: markdown) {
                return commit
            }
        }
        return nil
    }

    /// Whether a version of a document says `draft: true`.
    package static func isDraft(_ text: String, markdown: Bool) -> Bool {
        var yaml = text.droppingBOM()
        if markdown, case .success(let fm) = FrontMatter.split(yaml) { yaml = fm.yaml }
        guard let root = try? YAMLLoader.load(yaml).get().root else { return false }
        return root.pairs?.first { $0.key.scalar?.text == "draft" }?.value.scalar?.text == "true"
    }

    /// The document's meaning as text: every field but `revisions`, then the body.
    package static func canonical(_ text: String, markdown: Bool) -> String {
        var yaml = text.droppingBOM()
        var body = ""
        if markdown, case .success(let fm) = FrontMatter.split(yaml) {
            yaml = fm.yaml
            body = fm.body.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        guard let root = try? YAMLLoader.load(yaml).get().root else { return text }
        var out = ""
        for pair in root.pairs ?? [] where pair.key.scalar?.text != "revisions" {
            out += (pair.key.scalar?.text ?? "") + "=" + describe(pair.value) + "\n"
        }
        return out + "\n" + body
    }

    private static func describe(_ node: YAMLNode) -> String {
        switch node.content {
        case .scalar(let text, _): return "'" + text + "'"
        case .sequence(let items): return "[" + items.map(describe).joined(separator: ",") + "]"
        case .mapping(let pairs):
            return "{" + pairs.map { ($0.key.scalar?.text ?? "") + ":" + describe($0.value) }.joined(separator: ",")
                + "}"
        }
    }
}

// MARK: - Messages of these rules, in every locale

package struct ChangedWithoutRevisionMessage: RuleMessage {
    package var commit: String
    package var date: CalendarDate
    package var author: String
    package var subject: String
    package var published: CalendarDate

    package func text(_ l: Localizer) -> String {
        return l.t(
            "公开（{published}）后，提交 {commit}（{date}，{by}：“{title}”）修改了内容，但没有日期不早于 {date} 的修订说明；请在 revisions 中写明改了什么、为什么改",
            published.iso, commit,
            date.iso, author, subject)
    }
}
