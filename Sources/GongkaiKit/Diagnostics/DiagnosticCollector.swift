import Synchronization

/// Collects problems from every stage and every thread; nothing stops at the first one.
public final class DiagnosticCollector: Sendable {
    private let storage = Mutex<[Diagnostic]>([])
    public let localizer: Localizer

    public init(localizer: Localizer = Localizer(locale: .zhHans)) {
        self.localizer = localizer
    }

    public func report(_ diagnostic: Diagnostic) {
        storage.withLock { $0.append(diagnostic) }
    }

    public func report(
        _ code: RuleCode, at location: SourceLocation, _ message: Message,
        severity: Severity? = nil
    ) {
        report(
            Diagnostic(
                location: location, severity: severity ?? code.defaultSeverity,
                code: code.rawValue, message: localizer.text(message)))
    }

    /// Every diagnostic so far, in print order, without duplicates.
    public var diagnostics: [Diagnostic] {
        let all = storage.withLock { $0 }
        var seen = Set<Diagnostic>()
        return all.filter { seen.insert($0).inserted }.sorted(by: Diagnostic.printOrder)
    }

    /// How many have been reported so far.
    var count: Int { storage.withLock { $0.count } }

    /// Those reported after the first `count`, in the order reported.
    func diagnostics(since count: Int) -> [Diagnostic] {
        storage.withLock { Array($0[count...]) }
    }

    public var hasErrors: Bool { storage.withLock { $0.contains { $0.severity == .error } } }
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
