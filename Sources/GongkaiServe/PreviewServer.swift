import Foundation
import GongkaiAccounts
import GongkaiKit
import Hummingbird
import Logging
import NIOCore
import NIOPosix
import Synchronization

/// `gongkai serve`: builds the site into a private folder, serves it on loopback, rebuilds on
/// every change and tells open pages to reload. A failed rebuild keeps the last good site and
/// lays its problems over every page. With `--edit` the same server holds the editor (spec §11).
public final class PreviewServer: Sendable {
    let root: URL
    let port: Int
    /// Where to listen and, beyond loopback, the accounts (spec §12); nil: 127.0.0.1, no accounts.
    let network: NetworkOptions?
    let dateFlag: String?
    let workFolder: URL
    let state = PreviewState()
    /// nil without `--edit`.
    let workspace: EditorWorkspace?
    /// `--public DIR` (spec §13): the site villagers read, built here after every change; the
    /// preview serves it too. nil: a private folder, removed at the end.
    let publicFolder: URL?
    private let builds = DispatchQueue(label: "gongkai-build")
    /// Which villages' folders changed since the last build, as the watcher and the editor tell.
    private let memo = FolderMemo()
    /// A rebuild is queued and has not started: further changes ride on it (fifty editors
    /// saving at once make one rebuild at a time, not a thousand queued).
    private let rebuildQueued = Mutex(false)
    private let log: @Sendable (String) -> Void
    /// gongkai.yaml's `locale`: what the log and every page are worded in.
    private let configured: ConfiguredLocale
    /// The theme the editor's own pages are rendered with.
    private let editorTheme: EditorTheme
    private var w: Localizer { Localizer(locale: configured.current) }

    public init(
        root: URL, port: Int, dateFlag: String?, edit: Bool = false, author: String? = nil,
        network: NetworkOptions? = nil, publicFolder: URL? = nil, log: @escaping @Sendable (String) -> Void
    ) {
        self.publicFolder = publicFolder
        self.root = root
        self.port = network?.port ?? port
        self.network = network
        self.dateFlag = dateFlag
        self.log = log
        configured = ConfiguredLocale(root: root)
        editorTheme = EditorTheme(root: root)
        workspace = edit ? EditorWorkspace(root: root, dateFlag: dateFlag, author: author) : nil
        workFolder = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-serve-\(getpid())")
    }

    var siteFolder: URL { publicFolder ?? workFolder.appendingPathComponent("site") }
    var host: String { network?.host ?? "127.0.0.1" }

    /// Runs until SIGINT or SIGTERM; then stops cleanly and removes its private folder.
    public func run() throws {
        try? FileManager.default.removeItem(at: workFolder)
        try FileManager.default.createDirectory(at: workFolder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: workFolder) }
        // Watching starts before the first build reads anything, so no change falls between.
        let watcher = SourceWatcher(root: root, memo: memo) { [self] in self.scheduleRebuild() }
        watcher.start()
        builds.sync { rebuild(reason: w.t("首次生成")) }
        workspace?.whenCommitted { [self] paths in
            for path in paths {
                let parts = path.split(separator: "/", maxSplits: 2)
                if parts.count == 3, parts[0] == "content" {
                    memo.changed(village: String(parts[1]))
                } else {
                    memo.forgetAll()
                }
            }
            self.scheduleRebuild()
        }
        // A notice dated in the future goes up on its day: a new build date is a change too.
        let midnight = DispatchSource.makeTimerSource(queue: .global())
        midnight.schedule(deadline: .now() + 60, repeating: 60)
        midnight.setEventHandler { [self] in
            if let date = try? BuildDate.resolve(given: dateFlag), date != state.current.buildDate {
                scheduleRebuild()
            }
        }
        midnight.resume()
        defer { midnight.cancel() }
        // Open event streams would keep a graceful stop waiting: end them on the same signals.
        var sources: [DispatchSourceSignal] = []
        for sig in [SIGINT, SIGTERM] {
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { [state] in state.closeListeners() }
            source.resume()
            sources.append(source)
        }
        defer { sources.forEach { $0.cancel() } }

        let outcome = Outcome()
        let semaphore = DispatchSemaphore(value: 0)
        let app = makeApplication()
        Task { [log, port, host] in
            do {
                try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
            } catch let error as IOError where error.errnoCode == EADDRINUSE {
                outcome.set(CommandFailure.badArgument(w.t("端口 {port} 已被占用；请关闭占用它的程序，或用 --port 换一个端口", port)))
            } catch {
                outcome.set(CommandFailure.badArgument(w.t("无法在 {host}:{port} 上启动：{error}", host, port, "\(error)")))
            }
            _ = log
            semaphore.signal()
        }
        semaphore.wait()
        if let failure = outcome.failure { throw failure }
        log(w.t("预览已停止"))
    }

    private func makeApplication() -> some ApplicationProtocol {
        let router = Router(context: ServerContext.self)
        router.add(middleware: SecurityHeaders())
        router.add(middleware: SiteWords(locale: { [configured] in configured.current }, theme: editorTheme))
        let tokens = SessionTokens()
        if let accounts = network?.accounts {
            router.add(
                middleware: AccountGuard(
                    accounts: accounts, tokens: tokens,
                    behind: { [state, publicFolder] words, theme in
                        publicFolder == nil ? "" : PublicBanner.html(state.current, words: words, theme: theme)
                    },
                    villages: { [root] in
                        let content = root.appendingPathComponent("content").path
                        return ((try? FileManager.default.contentsOfDirectory(atPath: content)) ?? [])
                            .filter(SiteLoader.isValidVillageID)
                    }))
            SignInRoutes(
                accounts: accounts, tokens: tokens, trustedProxy: network?.trustedProxy,
                publicSite: { [workspace] in workspace?.publicSite }
            ).add(to: router)
        } else {
            router.add(middleware: LoopbackGuard(state: state))
        }
        router.get(RouterPath(PreviewInjection.eventsPath)) { [state] _, _ in Self.eventStream(state) }
        router.get(RouterPath(PreviewInjection.scriptPath)) { _, _ in
            Pages.asset(PreviewInjection.script, type: "text/javascript; charset=utf-8")
        }
        router.get(RouterPath(PreviewInjection.stylePath)) { _, _ in
            Pages.asset(PreviewInjection.style, type: "text/css; charset=utf-8")
        }
        if let workspace {
            EditorRoutes(workspace: workspace, tokens: tokens, accounts: network?.accounts).add(to: router)
            if let accounts = network?.accounts {
                AccountRoutes(accounts: accounts, workspace: workspace, tokens: tokens).add(to: router)
            }
        }
        let files = SiteFiles(siteRoot: siteFolder.path, state: state, workspace: workspace)
        router.get("/") { request, context in files.respond(to: request, may: context.may) }
        router.get("**") { request, context in files.respond(to: request, may: context.may) }
        router.head("**") { request, context in files.respond(to: request, may: context.may) }
        var logger = Logger(label: "gongkai-serve")
        logger.logLevel = .critical
        return Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { [state, log, host, network, w] channel in
                let bound = channel.localAddress?.port ?? 0
                state.port.withLock { $0 = bound }
                if network?.accounts != nil {
                    log(w.t("正在提供录入：http://{host}:{bound}/  （需登录；按 Ctrl-C 停止）", host, bound))
                } else {
                    log(w.t("正在预览：http://127.0.0.1:{bound}/  （只在本机可访问；按 Ctrl-C 停止）", bound))
                }
            },
            logger: logger)
    }

    private static func eventStream(_ state: PreviewState) -> Response {
        let events = state.listen()
        return Response(
            status: .ok,
            headers: [.contentType: "text/event-stream; charset=utf-8"],
            body: ResponseBody { writer in
                try await writer.write(ByteBuffer(string: ": connected\n\n"))
                for await event in events {
                    try await writer.write(ByteBuffer(string: "data: \(event)\n\n"))
                }
                try await writer.finish(nil)
            })
    }

    func scheduleRebuild() {
        let alreadyQueued = rebuildQueued.withLock { queued in
            defer { queued = true }
            return queued
        }
        guard !alreadyQueued else { return }
        builds.async { [self] in
            rebuildQueued.withLock { $0 = false }
            // Files written but not yet committed would go up with the history before them; the
            // commit's own rebuild follows.
            if workspace?.isCommitting == true { return }
            rebuild(reason: w.t("文件已修改"))
        }
    }

    /// Rebuilds and tells open pages; called on the build queue only.
    func rebuild(reason: String) {
        let started = DispatchTime.now()
        do {
            let date = try BuildDate.resolve(given: dateFlag)
            let report = try SiteBuilder.build(root: root, out: siteFolder, buildDate: date, memo: memo)
            let errors = report.diagnostics.filter { $0.severity == .error }
            state.update {
                $0.errors = errors
                $0.hasSite = $0.hasSite || report.wrote
                $0.builds += 1
                $0.buildDate = date
                if report.wrote {
                    $0.behindSince = nil
                } else if $0.behindSince == nil {
                    $0.behindSince = Date()
                }
            }
            let ms = (DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000
            if report.wrote {
                log(w.t("{reason}：已重新生成（{ms} ms）；{summary}", reason, ms, report.summary))
            } else {
                log(w.t("{reason}：有 {errorCount} 个错误，继续显示上一次成功生成的网站", reason, report.errorCount))
                for d in errors.filter(\.blocks).prefix(20) {
                    log("  " + DiagnosticFormatter.line(d).trimmingCharacters(in: .newlines))
                }
            }
        } catch {
            state.update { $0.builds += 1 }
            log(w.t("{reason}：生成失败：{error}", reason, (error as? CommandFailure)?.message(w) ?? "\(error)"))
        }
        state.broadcastReload()
    }

    private final class Outcome: Sendable {
        private let value = Mutex<CommandFailure?>(nil)
        func set(_ failure: CommandFailure) { value.withLock { $0 = failure } }
        var failure: CommandFailure? { value.withLock { $0 } }
    }
}
