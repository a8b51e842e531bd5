import Foundation
import GongkaiCore

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
