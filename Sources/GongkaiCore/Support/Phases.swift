import Foundation
import Synchronization

/// With GONGKAI_PHASES set, each phase of a build prints its wall time to stderr (for
/// benchmarks and profiling; silent otherwise).
package enum Phases {
    private static let enabled = ProcessInfo.processInfo.environment["GONGKAI_PHASES"] != nil
    /// The wall clock and the process's CPU time (user and system) at the last mark.
    private static let last = Mutex((DispatchTime.now().uptimeNanoseconds, cpuNanoseconds()))

    package static func mark(_ label: @autoclosure () -> String) {
        guard enabled else { return }
        let now = (DispatchTime.now().uptimeNanoseconds, cpuNanoseconds())
        let (wall, cpu) = last.withLock { previous in
            defer { previous = now }
            return (now.0 &- min(previous.0, now.0), now.1 &- min(previous.1, now.1))
        }
        FileHandle.standardError.write(
            Data(
                String(
                    format: "phase %-28@ %7.1f ms  cpu %7.1f ms\n", label() as NSString, Double(wall) / 1e6,
                    Double(cpu) / 1e6
                ).utf8))
    }

    private static func cpuNanoseconds() -> UInt64 {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func nanoseconds(_ time: timeval) -> UInt64 {
            UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_usec) * 1000
        }
        return nanoseconds(usage.ru_utime) + nanoseconds(usage.ru_stime)
    }
}
