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
