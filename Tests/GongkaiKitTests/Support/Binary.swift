import Foundation
import XCTest

/// Runs the real `gongkai` executable built beside the test bundle.
struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum Binary {
    /// The executable SwiftPM built into the same products folder as the test bundle.
    static var url: URL {
        let candidates = [
            Bundle(for: BundleMarker.self).bundleURL, Bundle.main.bundleURL,
            URL(fileURLWithPath: CommandLine.arguments[0]),
        ]
        for start in candidates {
            var folder = start
            for _ in 0..<3 {
                let binary = folder.appendingPathComponent("gongkai")
                if FileManager.default.isExecutableFile(atPath: binary.path), FileTreeKind.isFile(binary) {
                    return binary
                }
                folder.deleteLastPathComponent()
            }
        }
        return candidates[0].deletingLastPathComponent().appendingPathComponent("gongkai")
    }

    /// The repository (for the demo content and templates).
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    @discardableResult
    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws
        -> CommandResult
    {
        try runTool(url, arguments, in: directory, environment: environment)
    }

    static func runTool(
        _ tool: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]
    ) throws -> CommandResult {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "SOURCE_DATE_EPOCH")
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes concurrently so a chatty tool cannot block on a full pipe.
        let errData = LockedData()
        let errThread = Thread { errData.set(err.fileHandleForReading.readDataToEndOfFile()) }
        errThread.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errData.done { usleep(1000) }
        return CommandResult(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData.value, as: UTF8.self))
    }

    /// Looks a program up on PATH.
    static func which(_ name: String) -> URL? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(dir)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}

private final class BundleMarker {}

private enum FileTreeKind {
    static func isFile(_ url: URL) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) && !isDir.boolValue
    }
}

private final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private var finished = false
    func set(_ d: Data) {
        lock.lock()
        data = d
        finished = true
        lock.unlock()
    }
    var done: Bool {
        lock.lock()
        defer { lock.unlock() }
        return finished
    }
    var value: Data {
        lock.lock()
        defer { lock.unlock() }
        return data
    }
}

/// Parsed `--format json` diagnostics.
struct JSONDiagnostic: Decodable, Equatable {
    var file: String
    var line: Int
    var column: Int
    var severity: String
    var code: String
    var message: String
    /// Present and true only on a draft's problem.
    var draft: Bool? = nil
}

func decodeDiagnostics(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> [JSONDiagnostic] {
    try JSONDecoder().decode([JSONDiagnostic].self, from: Data(text.utf8))
}

/// Every file under a folder with its bytes, for byte-for-byte comparisons.
func snapshot(_ folder: URL) -> [String: Data] {
    var out: [String: Data] = [:]
    guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return out }
    for case let url as URL in walker {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue {
            out[String(url.path.dropFirst(folder.path.count))] = FileManager.default.contents(atPath: url.path)
        }
    }
    return out
}
