import Foundation

/// Writes files under one output folder, creating parents as needed.
struct OutputFolder: Sendable {
    let url: URL

    func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    func write(_ data: Data, to path: String) throws {
        let target = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: target.path, contents: data) else {
            throw CommandFailure.io("无法写入 \(target.path)")
        }
    }
}

/// Where pages live and how one page links to another.
enum SitePaths {
    /// `../` once per folder of `folder` (a page's folder relative to the output root).
    static func root(forFolder folder: String) -> String {
        let depth = folder.isEmpty ? 0 : folder.split(separator: "/").count
        return String(repeating: "../", count: depth)
    }

    static func village(_ id: String) -> String { id }
    static func category(_ village: String, _ category: Category) -> String { "\(village)/\(category.rawValue)" }
    static func files(_ village: String) -> String { "\(village)/files" }

    /// Canonical URL of a page folder: base_url + folder + `/`.
    static func canonical(base: String, folder: String) -> String {
        folder.isEmpty ? base : base + folder + "/"
    }

    /// A link from a page whose root prefix is `root` to the page in `folder` (explicit
    /// `index.html`, so the site works opened from disk).
    static func href(root: String, folder: String) -> String {
        folder.isEmpty ? root + "index.html" : root + folder + "/index.html"
    }
}

func humanSize(_ bytes: Int) -> String {
    if bytes < 1024 { return "\(bytes) B" }
    if bytes < 1024 * 1024 { return String(format: "%.1f KB", Double(bytes) / 1024) }
    return String(format: "%.1f MB", Double(bytes) / (1024 * 1024))
}
