import Synchronization

/// Collects problems from every stage and every thread; nothing stops at the first one.
/// One file's problems of one code are listed up to `listedPerFileAndCode`; the rest are counted
/// in one line after them, so a file of 100,000 duplicate keys reads as a hundred and a count.
public final class DiagnosticCollector: Sendable {
    public static let listedPerFileAndCode = 100

    private struct Key: Hashable {
        package var file: String
        package var code: RuleCode
    }

    /// One file's problems of one code: how many were listed, how many only counted, and where
    /// the first counted one is.
    private struct Tally {
        package var listed = 0
        var unlisted = 0
        var firstUnlisted: (location: SourceLocation, severity: Severity)?
    }

    private struct State {
        package var diagnostics: [Diagnostic] = []
        var tallies: [Tally] = []
        /// Files that are drafts: their problems block nothing else (spec §3.1).
        package var drafts: Set<String> = []
        var tallyIndex: [Key: Int] = [:]
        /// The key reported last and its tally: a flood repeats one file and code, and comparing
        /// two equal strings is cheaper than hashing one.
        var lastKey: Key?
        package var lastIndex = 0

        func marked(_ d: Diagnostic) -> Diagnostic {
            guard !d.draft, drafts.contains(d.location.file) else { return d }
            var d = d
            d.draft = true
            return d
        }

        package mutating func index(of key: Key) -> Int {
            if key == lastKey { return lastIndex }
            let index: Int
            if let found = tallyIndex[key] {
                index = found
            } else {
                index = tallies.count
                tallies.append(Tally())
                tallyIndex[key] = index
            }
            lastKey = key
            lastIndex = index
            return index
        }
    }

    private let storage = Mutex(State())
    public let localizer: Localizer

    public init(localizer: Localizer = Localizer(locale: .zhHans)) {
        self.localizer = localizer
    }

    public func report(_ diagnostic: Diagnostic) {
        guard isListed(diagnostic.location, diagnostic.code, diagnostic.severity) else { return }
        storage.withLock {
            $0.diagnostics.append(diagnostic)
            if diagnostic.draft { $0.drafts.insert(diagnostic.location.file) }
        }
    }

    /// Runs `work` with a collector of its own, passes on here what it reported, and returns
    /// that too: for a caller that keeps it, to report it again when it does not redo the work.
    package func recording<Result>(_ work: (DiagnosticCollector) -> Result) -> (Result, [Diagnostic]) {
        let own = DiagnosticCollector(localizer: localizer)
        let result = work(own)
        let reported = own.diagnostics
        replay(reported)
        return (result, reported)
    }

    /// Takes in what another collector listed (`recording`), as it listed it: its share of a
    /// flood and the count of the rest are not counted against this one's share again.
    package func replay(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        storage.withLock { state in
            for diagnostic in diagnostics {
                state.diagnostics.append(diagnostic)
                if diagnostic.draft { state.drafts.insert(diagnostic.location.file) }
            }
        }
    }

    /// Marks a file as a draft's, whenever that becomes known: problems reported on it before
    /// and after are its draft's.
    public func markDraft(_ file: String) {
        storage.withLock { _ = $0.drafts.insert(file) }
    }

    /// Words the message only when it is listed: a flood costs a count, not a hundred thousand texts.
    public func report(
        _ code: RuleCode, at location: SourceLocation, _ message: Message,
        severity: Severity? = nil
    ) {
        let severity = severity ?? code.defaultSeverity
        guard isListed(location, code, severity) else { return }
        let diagnostic = Diagnostic(
            location: location, severity: severity, code: code, message: localizer.text(message))
        storage.withLock { $0.diagnostics.append(diagnostic) }
    }

    /// Counts a problem; false once its file and code have had their share listed.
    private func isListed(_ location: SourceLocation, _ code: RuleCode, _ severity: Severity) -> Bool {
        let key = Key(file: location.file, code: code)
        return storage.withLock { state in
            let index = state.index(of: key)
            if state.tallies[index].listed < Self.listedPerFileAndCode {
                state.tallies[index].listed += 1
                return true
            }
            state.tallies[index].unlisted += 1
            if state.tallies[index].firstUnlisted == nil {
                state.tallies[index].firstUnlisted = (location, severity)
            }
            return false
        }
    }

    /// Every diagnostic so far, in print order, without duplicates.
    public var diagnostics: [Diagnostic] {
        let state = storage.withLock { $0 }
        let all =
            state.diagnostics
            + state.tallyIndex.compactMap { key, index -> Diagnostic? in
                let tally = state.tallies[index]
                guard let first = tally.firstUnlisted else { return nil }
                return Diagnostic(
                    location: first.location, severity: first.severity, code: key.code,
                    message: localizer.text(.moreOfTheSame(count: tally.unlisted)))
            }
        var seen = Set<Diagnostic>()
        return all.map { state.marked($0) }.filter { seen.insert($0).inserted }.sorted(by: Diagnostic.printOrder)
    }

    /// How many have been reported so far.
    package var count: Int { storage.withLock { $0.diagnostics.count } }

    /// Those reported after the first `count`, in the order reported.
    package func diagnostics(since count: Int) -> [Diagnostic] {
        storage.withLock { state in state.diagnostics[count...].map { state.marked($0) } }
    }

    /// Whether an error outside the drafts was reported: what stops a build.
    public var hasErrors: Bool {
        storage.withLock { state in state.diagnostics.contains { state.marked($0).blocks } }
    }
}

/// A problem reported by a stage that still has to be placed in a file.
public struct LocatedProblem: Sendable {
    package init(code: RuleCode, mark: Mark, message: Message) {
        self.code = code
        self.mark = mark
        self.message = message
    }

    public var code: RuleCode
    public var mark: Mark
    public var message: Message
}

/// Reports problems of one file: the collector plus the file's path.
package struct FileReporter: Sendable {
    package init(collector: DiagnosticCollector, file: String) {
        self.collector = collector
        self.file = file
    }

    package let collector: DiagnosticCollector
    package let file: String

    package func report(_ code: RuleCode, at mark: Mark, _ message: Message, severity: Severity? = nil) {
        collector.report(
            code, at: SourceLocation(file: file, mark: mark), message, severity: severity)
    }

    package func report(_ problem: LocatedProblem) {
        report(problem.code, at: problem.mark, problem.message)
    }
}
