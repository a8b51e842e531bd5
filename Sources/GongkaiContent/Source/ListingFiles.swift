import Foundation
import GongkaiCore

/// Each village's folder names as the last build's walk read them (`FileTree.Listing`), kept
/// beside the build cache: the next walk does not read again a folder whose names cannot have
/// changed. Derived data: a file that cannot be read is made anew.
public struct ListingFiles: Sendable {
    package let folder: URL
    /// `check` reads them but leaves no file behind.
    package let writable: Bool

    package init(folder: URL, writable: Bool) {
        self.folder = folder
        self.writable = writable
    }

    func read(_ village: String) -> FileTree.Listing? {
        (try? Data(contentsOf: url(village))).flatMap { FileTree.Listing(decoding: [UInt8]($0)) }
    }

    /// Keeps what a walk of `village` found, unless `known` (what it was given) already says it.
    func keep(_ found: FileTree.Listing, of village: String, known: FileTree.Listing?) {
        guard writable, known.map({ $0.isOutdated(by: found) }) ?? true else { return }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? ScratchFile.replace(url(village), with: Data(found.encoded()))
    }

    private func url(_ village: String) -> URL {
        folder.appendingPathComponent("\(village).listing", isDirectory: false)
    }
}
