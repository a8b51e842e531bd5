import Foundation

/// Errors that stop a command before it can check anything (exit status 2).
public enum CommandFailure: Error, CustomStringConvertible, Sendable {
    case noSiteRoot(String)
    case badArgument(String)
    case io(String)

    public var description: String {
        switch self {
        case .noSiteRoot(let path):
            return "找不到 gongkai.yaml（从 \(path) 向上查找）；请在站点根目录运行，或给出 ROOT 路径"
        case .badArgument(let text): return text
        case .io(let text): return text
        }
    }
}

public enum SiteRoot {
    public static let configName = "gongkai.yaml"

    /// `explicit` must hold gongkai.yaml; without it, the current folder and its parents are searched.
    public static func find(explicit: String?, currentDirectory: String = FileManager.default.currentDirectoryPath)
        throws -> URL
    {
        if let explicit {
            let url = URL(fileURLWithPath: explicit, relativeTo: URL(fileURLWithPath: currentDirectory))
                .standardizedFileURL
            guard FileManager.default.fileExists(atPath: url.appendingPathComponent(configName).path) else {
                throw CommandFailure.noSiteRoot(url.path)
            }
            return url
        }
        var url = URL(fileURLWithPath: currentDirectory).standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent(configName).path) { return url }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { throw CommandFailure.noSiteRoot(currentDirectory) }
            url = parent
        }
    }
}
