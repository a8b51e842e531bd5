import Foundation
import GongkaiKit
import XCTest

/// `gongkai serve` as a secretary uses it: the real server on a free loopback port.
final class ServeTests: XCTestCase {
    final class Server {
        let process = Process()
        let output = Pipe()
        var log = ""
        var port = 0

        init(root: URL, extra: [String] = []) throws {
            process.executableURL = Binary.url
            process.arguments = ["serve", root.path, "--port", "0", "--date", "2026-11-22"] + extra
            process.standardOutput = output
            process.standardError = output
            try process.run()
            port = try waitForPort()
        }

        func readLine(seconds: Double) -> String? {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if let range = log.range(of: "\n") {
                    let line = String(log[..<range.lowerBound])
                    log.removeSubrange(..<range.upperBound)
                    return line
                }
                let data = output.fileHandleForReading.availableData
                if data.isEmpty { usleep(20_000) } else { log += String(decoding: data, as: UTF8.self) }
            }
            return nil
        }

        func waitForPort() throws -> Int {
            while let line = readLine(seconds: 60) {
                if let range = line.range(of: "http://127.0.0.1:") {
                    return Int(line[range.upperBound...].prefix { $0.isNumber }) ?? 0
                }
            }
            throw POSIXError(.ETIMEDOUT)
        }

        func stop() -> Int32 {
            kill(process.processIdentifier, SIGINT)
            process.waitUntilExit()
            return process.terminationStatus
        }

        deinit { if process.isRunning { process.terminate() } }
    }

    func makeSite() throws -> TestSite {
        let site = try TestSite()
        try site.write(
            "content/xuji/affairs/fire.md",
            "---\nkind: affairs.notice\ntitle: 关于冬季防火的通知\npublished: 2026-11-01\n---\n请注意用火安全。\n")
        try site.write("content/xuji/finance/2026-10.yaml", TestSite.octoberStatement)
        return site
    }

    func testServesRebuildsOnSaveAndReloadsOpenPages() throws {
        let site = try makeSite()
        let server = try Server(root: site.root)
        let client = HTTPClient(port: server.port)
        let home = try client.get("/")
        XCTAssertEqual(home.status, 200)
        XCTAssertEqual(home.headers["content-type"], "text/html; charset=utf-8")
        // The reload listener is a script file of its own: the page keeps the site's CSP.
        XCTAssertTrue(home.body.contains("<script src=\"/__gongkai/preview.js\" defer></script>"))
        XCTAssertTrue(try client.get("/__gongkai/preview.js").body.contains("new EventSource(\"/__gongkai/events\")"))
        let policy = try XCTUnwrap(home.headers["content-security-policy"])
        XCTAssertTrue(policy.contains("script-src 'self' 'sha256-"), policy)
        XCTAssertFalse(policy.contains("unsafe-inline"), policy)
        for inline in ContentSecurity.inlineScripts(in: home.body) {
            XCTAssertTrue(
                policy.contains(ContentSecurity.hash(inline)), "the page's inline script is allowed: \(inline)")
        }

        let events = try client.events("/__gongkai/events")
        XCTAssertTrue(events.waitFor(": connected", seconds: 5))
        let saved = Date()
        try site.write(
            "content/xuji/affairs/fire.md",
            "---\nkind: affairs.notice\ntitle: 关于冬季防火和禁烧的通知\npublished: 2026-11-01\n---\n请注意用火安全。\n")
        XCTAssertTrue(events.waitFor("data: reload", seconds: 10), events.received)
        let elapsed = Date().timeIntervalSince(saved)
        let page = try client.get("/xuji/affairs/fire/index.html")
        XCTAssertTrue(page.body.contains("<h1>关于冬季防火和禁烧的通知</h1>"))
        print("save → reload event: \(Int(elapsed * 1000)) ms")
        XCTAssertLessThan(elapsed, 5)
        XCTAssertEqual(server.stop(), 0, "Ctrl-C stops it cleanly")
        let rest =
            server.log + String(decoding: server.output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertTrue(rest.contains("文件已修改：已重新生成"), rest)
        XCTAssertTrue(rest.contains("预览已停止"), rest)
    }

    func testAnErrorShowsTheOverlayOverTheLastGoodSite() throws {
        let site = try makeSite()
        let server = try Server(root: site.root)
        let client = HTTPClient(port: server.port)
        let events = try client.events("/__gongkai/events")
        XCTAssertTrue(events.waitFor(": connected", seconds: 5))

        let good = try site.read("content/xuji/finance/2026-10.yaml")
        try site.write(
            "content/xuji/finance/2026-10.yaml",
            good.replacingOccurrences(of: "closing_balance: 1600", with: "closing_balance: 1601"))
        XCTAssertTrue(events.waitFor("data: reload", seconds: 10))
        let broken = try client.get("/xuji/finance/2026-10/index.html")
        XCTAssertEqual(broken.status, 200, "the last good site is still served")
        XCTAssertTrue(broken.body.contains("id=\"gongkai-overlay\""))
        XCTAssertTrue(broken.body.contains("<b>content/xuji/finance/2026-10.yaml:9:18</b> GK-F101"), broken.body)
        XCTAssertTrue(broken.body.contains("1,600.00"), "the page itself is the last good one")
        XCTAssertTrue(try client.get("/").body.contains("gongkai-overlay"), "every page shows it")
        let missing = try client.get("/nowhere.html")
        XCTAssertEqual(missing.status, 404)
        XCTAssertTrue(missing.body.contains("<h1>404 找不到页面</h1>"), missing.body)
        XCTAssertTrue(missing.body.contains("<b>content/xuji/finance/2026-10.yaml:9:18</b> GK-F101"), missing.body)
        XCTAssertTrue(missing.body.contains("<script src=\"/__gongkai/preview.js\" defer></script>"), missing.body)

        let second = try client.events("/__gongkai/events")
        XCTAssertTrue(second.waitFor(": connected", seconds: 5))
        try site.write("content/xuji/finance/2026-10.yaml", good)
        XCTAssertTrue(second.waitFor("data: reload", seconds: 10))
        XCTAssertFalse(try client.get("/xuji/finance/2026-10/index.html").body.contains("gongkai-overlay"))
        _ = server.stop()
    }

    func testServesOnlyTheSiteWithTheRightTypes() throws {
        let site = try makeSite()
        try site.write("content/xuji/scan.pdf", "%PDF-1.4\n")
        let server = try Server(root: site.root)
        let client = HTTPClient(port: server.port)
        XCTAssertEqual(try client.get("/../gongkai.yaml").status, 403)
        XCTAssertEqual(try client.get("/xuji/../../gongkai.yaml").status, 403)
        XCTAssertEqual(try client.get("/%2e%2e/%2e%2e/etc/passwd").status, 403)
        XCTAssertEqual(try client.get("/..%2f..%2fetc/passwd").status, 403)
        XCTAssertEqual(try client.get("/xuji/files/").status, 404, "no directory listings")
        XCTAssertEqual(try client.get("/nowhere.html").status, 404)
        let types = [
            "/gongkai.css": "text/css; charset=utf-8", "/feed.xml": "application/atom+xml; charset=utf-8",
            "/sitemap.xml": "application/xml; charset=utf-8",
            "/xuji/finance/2026-10/data.json": "application/json; charset=utf-8",
            "/xuji/finance/2026-10/income.csv": "text/csv; charset=utf-8", "/xuji/files/scan.pdf": "application/pdf",
            "/robots.txt": "text/plain; charset=utf-8", "/xuji/finance/2026-10/print.html": "text/html; charset=utf-8",
        ]
        for (path, type) in types {
            let response = try client.get(path)
            XCTAssertEqual(response.status, 200, path)
            XCTAssertEqual(response.headers["content-type"], type, path)
        }
        XCTAssertTrue(try client.get("/xuji/finance/2026-10/print.html").body.contains("<svg class=\"qr\""))
        _ = server.stop()
    }

    func testATakenPortIsAClearError() throws {
        let site = try makeSite()
        let first = try Server(root: site.root)
        let second = try Binary.run(["serve", site.root.path, "--port", String(first.port), "--date", "2026-11-22"])
        XCTAssertEqual(second.status, 2)
        XCTAssertTrue(second.stderr.contains("端口 \(first.port) 已被占用"), second.stderr)
        XCTAssertEqual(first.stop(), 0)
    }
}
