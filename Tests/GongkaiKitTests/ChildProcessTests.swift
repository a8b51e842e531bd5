import Foundation
import XCTest

@testable import GongkaiContent
@testable import GongkaiCore
@testable import GongkaiEditor
@testable import GongkaiKit
@testable import GongkaiSite

/// The runner git is started with: what it writes and reads, its status, and how it fails.
final class ChildProcessTests: XCTestCase {
    func testCollectsOutputErrorAndStatusAndFeedsInput() throws {
        let input = Data((0..<200_000).map { "第\($0)行\n" }.joined().utf8)
        let finished = try ChildProcess.run(
            "/bin/sh", ["-c", "wc -l; echo 出错了 >&2; exit 3"], in: URL(fileURLWithPath: "/tmp"), input: input)
        XCTAssertEqual(finished.status, 3)
        XCTAssertEqual(
            String(decoding: finished.output, as: UTF8.self).trimmingCharacters(in: .whitespaces), "200000\n")
        XCTAssertEqual(String(decoding: finished.error, as: UTF8.self), "出错了\n")
    }

    /// More output than a pipe holds on both streams at once, while input is still being fed.
    func testLargeOutputOnBothStreamsDoesNotDeadlock() throws {
        let input = Data(repeating: UInt8(ascii: "x"), count: 3_000_000)
        let finished = try ChildProcess.run("/bin/sh", ["-c", "tee /dev/stderr"], input: input)
        XCTAssertEqual(finished.status, 0)
        XCTAssertEqual(finished.output, input)
        XCTAssertEqual(finished.error, input)
    }

    func testRunsInTheGivenFolderWithTheGivenEnvironment() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("child-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let finished = try ChildProcess.run(
            "/bin/sh", ["-c", "pwd; echo $GREETING"], environment: ["GREETING": "你好"], in: folder)
        XCTAssertEqual(
            String(decoding: finished.output, as: UTF8.self), folder.resolvingSymlinksInPath().path + "\n你好\n")
    }

    /// A child that exits without reading its input must not take this process down (SIGPIPE).
    func testAChildThatIgnoresItsInputIsNoHarm() throws {
        let finished = try ChildProcess.run("/bin/true", [], input: Data(count: 10_000_000))
        XCTAssertEqual(finished.status, 0)
    }

    func testAMissingProgramOrFolderIsAnErrorNamingIt() {
        XCTAssertThrowsError(try ChildProcess.run("/no/such/program", [])) { error in
            XCTAssertTrue("\(error)".contains("/no/such/program"), "\(error)")
        }
        XCTAssertThrowsError(try ChildProcess.run("/bin/true", [], in: URL(fileURLWithPath: "/no/such/folder")))
    }

    func testKilledBySignalIs128PlusTheSignal() throws {
        let finished = try ChildProcess.run("/bin/sh", ["-c", "kill -9 $$"])
        XCTAssertEqual(finished.status, 128 + 9)
    }
}
