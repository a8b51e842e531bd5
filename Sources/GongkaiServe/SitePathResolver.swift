import Foundation

/// Maps a request path to a file of the built site, and nothing outside it.
enum SitePathResolver {
    enum Outcome: Equatable {
        case file(String)
        case forbidden
        case notFound
    }

    /// `root` is the site folder; `target` the request target (path and maybe a query).
    static func resolve(_ target: String, root: String) -> Outcome {
        let rawPath = String(target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        guard rawPath.hasPrefix("/"), let decoded = rawPath.removingPercentEncoding else { return .forbidden }
        var segments: [Substring] = []
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == "." { continue }
            if segment == ".." || segment.contains("\0") || segment.contains("\\") || segment.hasPrefix(".") {
                return .forbidden
            }
            segments.append(segment)
        }
        var path = root + (segments.isEmpty ? "" : "/" + segments.joined(separator: "/"))
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .notFound }
        if isDirectory.boolValue {
            path += "/index.html"
            guard FileManager.default.fileExists(atPath: path) else { return .notFound }
        }
        // Symbolic links could point anywhere: the resolved file must still lie in the site.
        let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let realRoot = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
        guard real.hasPrefix(realRoot + "/") else { return .forbidden }
        return .file(real)
    }
}
