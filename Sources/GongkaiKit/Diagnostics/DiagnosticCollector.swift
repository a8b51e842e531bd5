import Synchronization

/// Collects problems from every stage and every thread; nothing stops at the first one.
/// One file's problems of one code are listed up to `listedPerFileAndCode`; the rest are counted
/// in one line after them, so a file of 100,000 duplicate keys reads as a hundred and a count.
public final class DiagnosticCollector: Sendable {
    public static let listedPerFileAndCode = 100

    private struct Key: Hashable {
        var file: String
        var code: String
    }

    private struct State {
        var diagnostics: [Diagnostic] = []
        var listed: [Key: Int] = [:]
        /// Problems past the limit: how many, and where the first of them is.
        var unlisted: [Key: (count: Int, first: (location: SourceLocation, severity: Severity))] = [:]
    }

    private let storage = Mutex(State())
    public let localizer: Localizer

    public init(localizer: Localizer = Localizer(locale: .zhHans)) {
        self.localizer = localizer
    }

    public func report(_ diagnostic: Diagnostic) {
        guard isListed(diagnostic.location, diagnostic.code, diagnostic.severity) else { return }
        storage.withLock { $0.diagnostics.append(diagnostic) }
    }

    /// Words the message only when it is listed: a flood costs a count, not a hundred thousand texts.
    public func report(
        _ code: RuleCode, at location: SourceLocation, _ message: Message,
        severity: Severity? = nil
    ) {
        let severity = severity ?? code.defaultSeverity
        guard isListed(location, code.rawValue, severity) else { return }
        let diagnostic = Diagnostic(location: location, severity: severity, code: code.rawValue, message: localizer.text(message))
        storage.withLock { $0.diagnostics.append(diagnostic) }
    }

    /// Counts a problem; false once its file and code have had their share listed.
    private func isListed(_ location: SourceLocation, _ code: String, _ severity: Severity) -> Bool {
        let key = Key(file: location.file, code: code)
        return storage.withLock { state in
            if state.listed[key, default: 0] < Self.listedPerFileAndCode {
                state.listed[key, default: 0] += 1
                return true
            }
            let first = state.unlisted[key]?.first ?? (location, severity)
            state.unlisted[key] = ((state.unlisted[key]?.count ?? 0) + 1, first)
            return false
        }
    }

    /// Every diagnostic so far, in print order, without duplicates.
    public var diagnostics: [Diagnostic] {
        let state = storage.withLock { $0 }
        let all = state.diagnostics + state.unlisted.map { key, value in
            Diagnostic(
                location: value.first.location, severity: value.first.severity, code: key.code,
                message: localizer.text(.moreOfTheSame(count: value.count)))
        }
        var seen = Set<Diagnostic>()
        return all.filter { seen.insert($0).inserted }.sorted(by: Diagnostic.printOrder)
    }

    /// How many have been reported so far.
    var count: Int { storage.withLock { $0.diagnostics.count } }

    /// Those reported after the first `count`, in the order reported.
    func diagnostics(since count: Int) -> [Diagnostic] {
        storage.withLock { Array($0.diagnostics[count...]) }
    }

    public var hasErrors: Bool { storage.withLock { $0.diagnostics.contains { $0.severity == .error } } }
}

/// A problem reported by a stage that still has to be placed in a file.
public struct LocatedProblem: Sendable {
    public var code: RuleCode
    public var mark: Mark
    public var message: Message
}

/// Reports problems of one file: the collector plus the file's path.
struct FileReporter: Sendable {
    let collector: DiagnosticCollector
    let file: String

    func report(_ code: RuleCode, at mark: Mark, _ message: Message, severity: Severity? = nil) {
        collector.report(
            code, at: SourceLocation(file: file, mark: mark), message, severity: severity)
    }

    func report(_ problem: LocatedProblem) {
        report(problem.code, at: problem.mark, problem.message)
    }
}
