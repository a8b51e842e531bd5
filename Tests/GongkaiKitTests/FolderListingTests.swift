import Foundation
import XCTest

@testable import GongkaiCore

/// A walk takes a folder's names from the last walk's listing only while the folder's stamp is
/// the one recorded and was a second old when that walk began; otherwise it reads the folder.
final class FolderListingTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-listing-\(UUID().uuidString)")
        for path in ["a.md", "b.md", "sub/c.md", "sub/deep/d.md"] { try put(path, path) }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func put(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    private func paths(_ scan: FileTree.Scan) -> [String] { scan.files.map(scan.relative) }

    /// A listing as if its walk had begun `seconds` later than it did.
    private func aged(_ listing: FileTree.Listing, by seconds: Int) -> FileTree.Listing {
        var listing = listing
        listing.takenAt += seconds
        return listing
    }

    func testAFolderWhoseStampHeldIsNotReadAgainAndOneJustChangedIs() throws {
        let first = FileTree.scan(under: root.path)
        XCTAssertEqual(paths(first), ["a.md", "b.md", "sub/c.md", "sub/deep/d.md"])
        XCTAssertEqual(first.listing.folders.keys.sorted(), ["", "sub", "sub/deep"])
        // The listing is taken as read: a name it leaves out is not seen (nothing else could show
        // that the folder was not read).
        var partial = aged(first.listing, by: 10)
        partial.folders[""]!.names.removeAll { $0 == "b.md" }
        XCTAssertEqual(paths(FileTree.scan(under: root.path, known: partial)), ["a.md", "sub/c.md", "sub/deep/d.md"])
        // The same listing when the folders had changed within a second of its walk: read again.
        var recent = first.listing
        recent.folders[""]!.names.removeAll { $0 == "b.md" }
        XCTAssertEqual(paths(FileTree.scan(under: root.path, known: recent)), paths(first))
        // A file edited in place keeps its folder's names; its own stamp is read anew.
        try put("sub/c.md", "edited, longer")
        let edited = FileTree.scan(under: root.path, known: aged(first.listing, by: 10))
        XCTAssertEqual(paths(edited), paths(first))
        XCTAssertEqual(edited.files[2].info.size, "edited, longer".utf8.count)
    }

    func testEveryChangeToAFolderIsSeenWhateverTheListingSays() throws {
        let known = aged(FileTree.scan(under: root.path).listing, by: 10)
        try put("sub/new.md", "new")
        try FileManager.default.removeItem(at: root.appendingPathComponent("a.md"))
        try FileManager.default.moveItem(
            at: root.appendingPathComponent("sub/deep/d.md"), to: root.appendingPathComponent("sub/deep/e.md"))
        try FileManager.default.removeItem(at: root.appendingPathComponent("b.md"))
        try put("b.md/inside.md", "a folder where a file was")
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("sub/link.md"), withDestinationURL: root.appendingPathComponent("b.md"))
        let walked = FileTree.scan(under: root.path, known: known)
        let fresh = FileTree.scan(under: root.path)
        XCTAssertEqual(paths(walked), ["b.md/inside.md", "sub/c.md", "sub/deep/e.md", "sub/new.md"])
        XCTAssertEqual(paths(walked), paths(fresh))
        XCTAssertEqual(walked.links.map(\.relative), ["sub/link.md"])
        XCTAssertEqual(walked.listing.folders, fresh.listing.folders)
        XCTAssertTrue(known.isOutdated(by: walked.listing))
    }

    func testAListingNamingAFileThatIsGoneIsNotTakenAndAChangedRecordIsRefused() throws {
        var known = aged(FileTree.scan(under: root.path).listing, by: 10)
        known.folders["sub"]!.names.append("gone.md")
        XCTAssertEqual(
            paths(FileTree.scan(under: root.path, known: known)), ["a.md", "b.md", "sub/c.md", "sub/deep/d.md"])

        let listing = FileTree.scan(under: root.path).listing
        var bytes = listing.encoded()
        XCTAssertEqual(FileTree.Listing(decoding: bytes), listing)
        bytes[bytes.count / 2] ^= 1
        XCTAssertNil(FileTree.Listing(decoding: bytes))
        // Kept again only when something changed or a folder was too new to be taken as read.
        XCTAssertTrue(listing.isOutdated(by: listing), "folders changed just now")
        XCTAssertFalse(aged(listing, by: 10).isOutdated(by: aged(listing, by: 10)))
    }
}
