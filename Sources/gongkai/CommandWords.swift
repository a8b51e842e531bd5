import Foundation
import GongkaiKit

/// The command line's language: the `locale` in gongkai.yaml of the site the command runs on
/// (the first argument that is a site root, else the one found upwards from the current
/// folder), zh-Hans when there is none. Read once, before the arguments are parsed, so `--help`
/// and every message are worded in it.
let cli = Localizer(locale: CommandWords.locale(CommandLine.arguments.dropFirst()))

enum CommandWords {
    static func locale(_ arguments: some Sequence<String>) -> SiteLocale {
        let given = arguments.first { argument in
            !argument.hasPrefix("-")
                && FileManager.default.fileExists(
                    atPath: (argument as NSString).appendingPathComponent(SiteRoot.configName))
        }
        guard let root = try? SiteRoot.find(explicit: given) else { return .zhHans }
        return SiteLoader.prepareSettings(root: root)?.locale ?? .zhHans
    }
}
