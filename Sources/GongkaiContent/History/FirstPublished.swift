import GongkaiCore

extension GitHistory {
    /// The file as first published, when a later commit changed it: its text in the last commit
    /// on or before the publishing day (China Standard Time), or in its first commit when it was
    /// committed only later. Nil when nothing was committed after that.
    package func firstPublished(_ path: String, published: CalendarDate) -> (commit: Commit, text: String)? {
        guard let commits = commits[path], let newest = commits.first else { return nil }
        let baseline = commits.first { $0.date <= published } ?? commits.last!
        guard baseline.hash != newest.hash, let text = contents(of: path, at: baseline.hash) else { return nil }
        return (baseline, text)
    }
}
