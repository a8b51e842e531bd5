import Foundation
import Synchronization

/// With GONGKAI_PHASES set, each phase of a build prints its wall time to stderr (for
/// benchmarks and profiling; silent otherwise).
package enum Phases {
    private static let enabled = ProcessInfo.processInfo.environment["GONGKAI_PHASES"] != nil
    private static let last = Mutex(DispatchTime.now().uptimeNanoseconds)

    package static func mark(_ label: @autoclosure () -> String) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        let elapsed = last.withLock { previous in
            defer { previous = now }
            return now &- min(previous, now)
        }
        FileHandle.standardError.write(
            Data(String(format: "phase %-28@ %7.1f ms\n", label() as NSString, Double(elapsed) / 1e6).utf8))
    }
}
