import Foundation
import GongkaiContent
import GongkaiCore
import GongkaiSite

/// Attachments uploaded through the editor (spec §11): PDF, JPEG or PNG by their first bytes,
/// whatever the name says; at most 20 MiB; saved in the village's `files/` under a name made
/// only of letters, digits and dashes, never over another file.
public enum EditorUploads {
    public static let largest = 20 * 1024 * 1024

    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        case tooLarge(name: String, bytes: Int)
        case notAllowed(name: String)
        case empty(name: String)

        public var description: String { message(Localizer(locale: .zhHans)) }

        /// In the site's language.
        public func message(_ w: Localizer) -> String {
            switch self {
            case .tooLarge(let name, let bytes):
                return w.t("附件 {name} 有 {bytes} MiB，超过 20 MiB；请压缩或分开上传", name, bytes / 1024 / 1024)
            case .notAllowed(let name):
                return w.t("附件 {name} 不是 PDF、JPEG 或 PNG 文件（按文件内容判断，不看扩展名）；请另存为 PDF 或图片后再上传", name)
            case .empty(let name): return w.t("附件 {name} 是空文件", name)
            }
        }
    }

    /// The file type by content: its extension, or nil for anything else.
    static func sniff(_ bytes: some Collection<UInt8>) -> String? {
        let head = Array(bytes.prefix(8))
        if head.starts(with: Array("%PDF-".utf8)) { return "pdf" }
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "png" }
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return "jpg" }
        return nil
    }

    /// A name for the file from the one it was uploaded as: letters (Chinese included), digits,
    /// dashes and underscores, at most 40 characters, prefixed by the date.
    static func safeName(_ uploaded: String, ext: String, today: CalendarDate) -> String {
        let last = uploaded.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let stem = last.lastIndex(of: ".").map { String(last[..<$0]) } ?? last
        var kept = ""
        for c in stem {
            if c.isLetter || c.isNumber || c == "_" || c == "-" {
                kept.append(c)
            } else if kept.last != "-" {
                kept.append("-")
            }
        }
        kept = String(kept.trimmingCharacters(in: CharacterSet(charactersIn: "-_")).prefix(40))
        return "\(today.iso)-\(kept.isEmpty ? "附件" : kept).\(ext)"  // content: a file name in the village folder
    }

    /// Saves an upload into `content/<village>/files/`; returns its path relative to the village.
    public static func store(
        _ bytes: [UInt8], uploadedAs name: String, village: String, root: URL, today: CalendarDate
    ) throws -> String {
        guard !bytes.isEmpty else { throw Problem.empty(name: name) }
        guard bytes.count <= largest else { throw Problem.tooLarge(name: name, bytes: bytes.count) }
        guard let ext = sniff(bytes) else { throw Problem.notAllowed(name: name) }
        guard SiteLoader.isValidVillageID(village) else { throw EditorError.outsideVillage(village) }
        let folder = root.appendingPathComponent("content/\(village)/files")
        var info = stat()
        if lstat(folder.path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR {
            throw EditorError.outsideVillage("files")
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let base = safeName(name, ext: ext, today: today)
        var candidate = base
        var n = 1
        while FileManager.default.fileExists(atPath: folder.appendingPathComponent(candidate).path) {
            if FileManager.default.contents(atPath: folder.appendingPathComponent(candidate).path) == Data(bytes) {
                return "files/" + candidate
            }
            n += 1
            candidate = base.replacingOccurrences(of: ".\(ext)", with: "-\(n).\(ext)")
        }
        try Data(bytes).write(to: folder.appendingPathComponent(candidate), options: .withoutOverwriting)
        return "files/" + candidate
    }
}
