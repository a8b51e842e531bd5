import Foundation
import XCTest

@testable import GongkaiContent
@testable import GongkaiCore
@testable import GongkaiEditor
@testable import GongkaiKit
@testable import GongkaiSite

/// A replaced site is removed by one child process, which later builds leave alone while it runs.
final class PublisherCleanupTests: XCTestCase {
    func testALeftoverIsRemovedByOneRemoverThatLaterBuildsLeaveAlone() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("cleanup-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        var dead: Int32 = 4_000_000
        while kill(dead, 0) == 0 { dead -= 1 }
        let leftover = parent.appendingPathComponent(Publisher.temporaryPrefix("site") + "\(dead)-1234")
        for folder in 0..<40 {
            let path = leftover.appendingPathComponent("v\(folder)")
            try FileManager.default.createDirectory(at: path, withIntermediateDirectories: true)
            for file in 0..<500 {
                _ = FileManager.default.createFile(atPath: path.path + "/\(file).html", contents: nil)
            }
        }
        func entries() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []).sorted()
        }

        Publisher.removeLeftovers(in: parent, name: "site")
        // The remover renames the leftover after itself before it starts removing.
        for _ in 0..<500 where entries().contains(leftover.lastPathComponent) { usleep(2_000) }
        let removing = entries()
        XCTAssertEqual(removing.count, 1, "renamed at once, while its 20,000 files are still being removed")
        XCTAssertFalse(entries().contains(leftover.lastPathComponent), "the leftover was taken by a remover")
        for name in removing {
            XCTAssertTrue(name.hasSuffix("-rm"), name)
            let pid = Int32(name.dropFirst(Publisher.temporaryPrefix("site").count).prefix { $0 != "-" })
            XCTAssertNotEqual(pid, dead)
        }
        // A second build while the remover runs leaves its folder under its name.
        Publisher.removeLeftovers(in: parent, name: "site")
        let second = entries()
        XCTAssertTrue(second.allSatisfy { removing.contains($0) }, "\(second) vs \(removing)")
        for _ in 0..<300 where !entries().isEmpty { usleep(20_000) }
        XCTAssertEqual(entries(), [], "the remover finished the job")
    }
}
