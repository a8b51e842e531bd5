/// Errors that stop a command before it can check anything (exit status 2).
public enum CommandFailure: Error, CustomStringConvertible, Sendable {
    case noSiteRoot(String)
    /// Text already worded by the command line.
    case badArgument(String)
    case io(String)
    /// What a lower layer could not do, worded where it is shown.
    case failed(Wording)

    /// In the language of whoever reads it.
    public func message(_ words: Localizer) -> String {
        switch self {
        case .noSiteRoot(let path):
            return words.t("找不到 gongkai.yaml（从 {path} 向上查找）；请在站点根目录运行，或给出 ROOT 路径", path)
        case .badArgument(let text), .io(let text): return text
        case .failed(let wording): return wording.message(words)
        }
    }

    /// The zh-Hans wording.
    public var description: String { message(Localizer(locale: .zhHans)) }
}
