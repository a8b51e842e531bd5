import Foundation
import GongkaiKit
import NIOCore
import NIOHTTP1
import NIOPosix

/// `gongkai serve`: builds the site into a private folder, serves it on loopback, rebuilds on
/// every change and tells open pages to reload. A failed rebuild keeps the last good site and
/// lays its problems over every page.
public final class PreviewServer: Sendable {
    let root: URL
    let port: Int
    let dateFlag: String?
    let workFolder: URL
    let state = PreviewState()
    private let builds = DispatchQueue(label: "gongkai-build")
    private let log: @Sendable (String) -> Void

    public init(root: URL, port: Int, dateFlag: String?, log: @escaping @Sendable (String) -> Void) {
        self.root = root
        self.port = port
        self.dateFlag = dateFlag
        self.log = log
        workFolder = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-serve-\(getpid())")
    }

    var siteFolder: URL { workFolder.appendingPathComponent("site") }

    /// Runs until SIGINT or SIGTERM; then stops cleanly and removes its private folder.
    public func run() throws {
        try? FileManager.default.removeItem(at: workFolder)
        try FileManager.default.createDirectory(at: workFolder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: workFolder) }
        rebuild(reason: "首次生成")

        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let siteRoot = siteFolder.path
        let state = self.state
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.backlog, value: 64)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(PreviewHandler(siteRoot: siteRoot, state: state))
                }
            }
        let channel: Channel
        do {
            channel = try bootstrap.bind(host: "127.0.0.1", port: port).wait()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            try? group.syncShutdownGracefully()
            throw CommandFailure.badArgument("端口 \(port) 已被占用；请关闭占用它的程序，或用 --port 换一个端口")
        } catch {
            try? group.syncShutdownGracefully()
            throw CommandFailure.badArgument("无法在 127.0.0.1:\(port) 上启动预览：\(error)")
        }
        log("正在预览：http://127.0.0.1:\(channel.localAddress?.port ?? port)/  （只在本机可访问；按 Ctrl-C 停止）")

        let watcher = SourceWatcher(root: root) { [self] in
            self.builds.async { self.rebuild(reason: "文件已修改") }
        }
        watcher.start()

        let stop: @Sendable () -> Void = { channel.close(promise: nil) }
        var sources: [DispatchSourceSignal] = []
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler(handler: stop)
            source.resume()
            sources.append(source)
        }
        try channel.closeFuture.wait()
        sources.forEach { $0.cancel() }
        try? group.syncShutdownGracefully()
        log("预览已停止")
    }

    /// Rebuilds and tells open pages; called on the build queue only.
    func rebuild(reason: String) {
        let started = DispatchTime.now()
        do {
            let date = try BuildDate.resolve(given: dateFlag)
            let report = try SiteBuilder.build(root: root, out: siteFolder, buildDate: date)
            let errors = report.diagnostics.filter { $0.severity == .error }
            state.update {
                $0.errors = errors
                $0.hasSite = $0.hasSite || report.wrote
                $0.builds += 1
            }
            let ms = (DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000
            if report.wrote {
                log("\(reason)：已重新生成（\(ms) ms）；\(report.summary)")
            } else {
                log("\(reason)：有 \(errors.count) 个错误，继续显示上一次成功生成的网站")
                for d in errors.prefix(20) { log("  " + DiagnosticFormatter.line(d).trimmingCharacters(in: .newlines)) }
            }
        } catch {
            state.update { $0.builds += 1 }
            log("\(reason)：生成失败：\(error)")
        }
        state.broadcastReload()
    }
}
