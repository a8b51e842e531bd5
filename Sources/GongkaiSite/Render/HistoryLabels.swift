import GongkaiContent
import GongkaiCore

/// The tag each commit gets in a notice's 修订记录.
package enum HistoryLabels {
    /// The steps of spec §12, as the editor names its commits (`提交审核：标题`).
    static let reviewSteps = ["提交审核", "退回", "审核通过", "发布"]

    /// Oldest first: a review step by its name; the first commit 首次发布, or 起草 when a later
    /// step published it; any other 修改.
    static func labels(subjects: [String]) -> [String] {
        let steps = subjects.map { subject in reviewSteps.first { subject.hasPrefix($0 + "：") } }
        let publishedLater = steps.dropFirst().contains("发布")
        return steps.enumerated().map { index, step in
            step ?? (index == 0 ? (publishedLater ? "起草" : "首次发布") : "修改")
        }
    }
}
