import GongkaiContent
import GongkaiCore

/// What a check or build found and did.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// Whether a new site was swapped in.
    public var wrote: Bool
    public var documents: Int
    public var published: Int
    public var drafts: Int
    /// Documents whose `published` date is after the build date.
    public var scheduled: Int
    public var locale: SiteLocale
    /// Set when history is absent or incomplete.
    public var historyNote: String?
    /// Notices whose pages were reused unchanged from the site replaced.
    public var reused = 0

    /// Errors that stop a build: those outside every draft.
    public var errorCount: Int { diagnostics.filter(\.blocks).count }
    /// Errors in drafts: they keep only their own draft from being published (spec §3.1).
    public var draftErrorCount: Int { diagnostics.filter { $0.severity == .error && $0.draft }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }

    /// A closing line for people: counts, and what was left out.
    public var summary: String {
        let l = Localizer(locale: locale)
        var text = l.t("{documents} 篇文档，{errorCount} 个错误，{warningCount} 个警告", documents, errorCount, warningCount)
        if scheduled > 0 {
            text += l.t("；{scheduled} 篇未到公开日期，暂不发布", scheduled)
        }
        if drafts > 0 {
            text += l.t("；{drafts} 篇草稿", drafts)
        }
        if draftErrorCount > 0 {
            text += l.t("（草稿中有 {draftErrorCount} 个错误，只影响草稿本身，不影响其他文档发布）", draftErrorCount)
        }
        if reused > 0 {
            text += l.t("；{reused} 篇未改动，沿用上次生成的页面", reused)
        }
        if let historyNote { text += l.t("；") + historyNote }
        return text
    }

    /// The last line of a build: the summary and where the site went, or that nothing was written.
    public func closingLine(output: String) -> String {
        let l = Localizer(locale: locale)
        guard wrote else { return summary + l.t("；未写入任何文件") }
        return summary
            + l.t("；已生成 {published} 篇公开文档到 {output}", published, output)
    }
}
