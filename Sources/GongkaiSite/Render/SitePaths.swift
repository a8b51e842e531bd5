import Foundation
import GongkaiContent
import GongkaiCore

/// Where pages live and how one page links to another.
package enum SitePaths {
    /// `../` once per folder of `folder` (a page's folder relative to the output root).
    package static func root(forFolder folder: String) -> String {
        let depth = folder.isEmpty ? 0 : folder.split(separator: "/").count
        return String(repeating: "../", count: depth)
    }

    package static func category(_ village: String, _ category: Category) -> String {
        "\(village)/\(category.rawValue)"
    }
    package static func files(_ village: String) -> String { "\(village)/files" }
    static func board(_ village: String, _ month: Month) -> String { "\(village)/board/\(month.iso)" }

    /// Canonical URL of a page folder: base_url + folder + `/`.
    package static func canonical(base: String, folder: String) -> String {
        folder.isEmpty ? base : base + folder + "/"
    }

    /// A link from a page whose root prefix is `root` to the page in `folder` (explicit
    /// `index.html`, so the site works opened from disk).
    package static func href(root: String, folder: String) -> String {
        folder.isEmpty ? root + "index.html" : root + folder + "/index.html"
    }
}

package func humanSize(_ bytes: Int) -> String {
    if bytes < 1024 { return "\(bytes) B" }
    if bytes < 1024 * 1024 { return String(format: "%.1f KB", Double(bytes) / 1024) }
    return String(format: "%.1f MB", Double(bytes) / (1024 * 1024))
}
