import CGongkaiSupport
import Foundation

/// Runs a program to its end and collects what it wrote. Not Foundation's `Process`, whose
/// `waitUntilExit` polls a run loop every 50 ms: a build asks git two or three times, an editor
/// save more, and each ask cost those 50 ms however quick git was.
public enum ChildProcess {
    public struct Finished: Sendable {
        public var status: Int32
        public var output: Data
        public var error: Data
    }

    public struct NotStarted: Error, CustomStringConvertible {
        public var description: String
    }

    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil, in directory: URL? = nil,
        input: Data? = nil
    ) throws -> Finished {
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let environment = environment ?? ProcessInfo.processInfo.environment
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var out = gongkai_buffer(data: nil, length: 0, capacity: 0)
        var err = gongkai_buffer(data: nil, length: 0, capacity: 0)
        defer {
            gongkai_buffer_free(&out)
            gongkai_buffer_free(&err)
        }
        let bytes = input ?? Data()
        let status = bytes.withUnsafeBytes { raw in
            gongkai_run(executable, argv, envp, directory?.path, raw.baseAddress, raw.count, &out, &err)
        }
        guard status >= 0 else {
            throw NotStarted(description: "\(executable): \(String(cString: strerror(errno)))")
        }
        func data(_ buffer: gongkai_buffer) -> Data {
            buffer.data.map { Data(bytes: $0, count: buffer.length) } ?? Data()
        }
        return Finished(status: status, output: data(out), error: data(err))
    }
}
