import Foundation
import GongkaiKit
import NIOCore
import NIOHTTP1

/// Answers one connection: files of the built site, the reload event stream, nothing else.
final class PreviewHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    let siteRoot: String
    let state: PreviewState
    private var request: HTTPRequestHead?

    init(siteRoot: String, state: PreviewState) {
        self.siteRoot = siteRoot
        self.state = state
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head): request = head
        case .body: break
        case .end:
            guard let head = request else { return }
            request = nil
            respond(to: head, context: context)
        }
    }

    private func respond(to head: HTTPRequestHead, context: ChannelHandlerContext) {
        guard head.method == .GET || head.method == .HEAD else {
            return send(
                context, head, status: .methodNotAllowed, type: "text/plain; charset=utf-8",
                body: Array("只支持 GET\n".utf8))
        }
        if head.uri.split(separator: "?").first.map(String.init) == PreviewInjection.eventsPath {
            return openEventStream(context, head)
        }
        let snapshot = state.current
        guard snapshot.hasSite else {
            return send(
                context, head, status: .ok, type: "text/html; charset=utf-8",
                body: Array(PreviewInjection.placeholder(snapshot.errors).utf8))
        }
        switch SitePathResolver.resolve(head.uri, root: siteRoot) {
        case .forbidden:
            send(context, head, status: .forbidden, type: "text/plain; charset=utf-8", body: Array("403 禁止访问\n".utf8))
        case .notFound:
            let page = PreviewInjection.inject(
                into:
                    "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta "
                    + "charset=\"utf-8\"><title>404</title></head><body><h1>404 找不到页面</h1></body></html>",
                errors: snapshot.errors, hasSite: true)
            send(context, head, status: .notFound, type: "text/html; charset=utf-8", body: Array(page.utf8))
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: path) else {
                return send(
                    context, head, status: .notFound, type: "text/plain; charset=utf-8", body: Array("404\n".utf8))
            }
            let type = ContentTypes.forPath(path)
            if type.hasPrefix("text/html") {
                let page = PreviewInjection.inject(
                    into: String(decoding: data, as: UTF8.self), errors: snapshot.errors, hasSite: true)
                send(context, head, status: .ok, type: type, body: Array(page.utf8))
            } else {
                send(context, head, status: .ok, type: type, body: [UInt8](data))
            }
        }
    }

    private func send(
        _ context: ChannelHandlerContext, _ request: HTTPRequestHead, status: HTTPResponseStatus, type: String,
        body: [UInt8]
    ) {
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: type)
        headers.add(name: "Content-Length", value: String(body.count))
        headers.add(name: "Cache-Control", value: "no-store")
        headers.add(name: "X-Content-Type-Options", value: "nosniff")
        let keepAlive = request.isKeepAlive
        if !keepAlive { headers.add(name: "Connection", value: "close") }
        context.write(
            wrapOutboundOut(.head(HTTPResponseHead(version: request.version, status: status, headers: headers))),
            promise: nil)
        if request.method != .HEAD {
            var buffer = context.channel.allocator.buffer(capacity: body.count)
            buffer.writeBytes(body)
            context.write(wrapOutboundOut(.body(.byteBuffer(buffer))), promise: nil)
        }
        let done = context.writeAndFlush(wrapOutboundOut(.end(nil)))
        if !keepAlive {
            let channel = context.channel
            done.whenComplete { _ in channel.close(promise: nil) }
        }
    }

    private func openEventStream(_ context: ChannelHandlerContext, _ request: HTTPRequestHead) {
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: "text/event-stream; charset=utf-8")
        headers.add(name: "Cache-Control", value: "no-store")
        context.write(
            wrapOutboundOut(.head(HTTPResponseHead(version: request.version, status: .ok, headers: headers))),
            promise: nil)
        var hello = context.channel.allocator.buffer(capacity: 16)
        hello.writeString(": connected\n\n")
        context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(hello))), promise: nil)
        state.addListener(context.channel)
    }
}
