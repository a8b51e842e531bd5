import Foundation
import GongkaiKit
import Hummingbird

/// Answers GET and HEAD with files of the built site (nothing outside it), HTML pages with the
/// reload listener, the last build's errors, and with `--edit` a bar linking to the editor.
struct SiteFiles: Sendable {
    let siteRoot: String
    let state: PreviewState
    let workspace: EditorWorkspace?

    func respond(to request: Request, may: Permissions) -> Response {
        let snapshot = state.current
        guard snapshot.hasSite else {
            let w = may.words
            return Pages.html(
                .ok,
                PreviewInjection.page(
                    title: w.t("gongkai 预览"), heading: w.t("gongkai 预览"), text: w.t("网站尚未生成。"),
                    errors: snapshot.errors, hasSite: false, may: may))
        }
        let target = request.uri.description
        switch SitePathResolver.resolve(target, root: siteRoot) {
        case .forbidden:
            return Pages.text(.forbidden, may.words.t("403 禁止访问\n"))
        case .notFound:
            let page = PreviewInjection.page(
                title: "404", heading: may.words.t("404 找不到页面"), text: nil, errors: snapshot.errors, hasSite: true,
                may: may)
            return Pages.html(.notFound, page)
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: path) else { return Pages.text(.notFound, "404\n") }
            let type = ContentTypes.forPath(path)
            guard type.hasPrefix("text/html") else {
                return Response(
                    status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(bytes: data)))
            }
            let relative = String(
                path.dropFirst(URL(fileURLWithPath: siteRoot).resolvingSymlinksInPath().path.count + 1))
            let page = PreviewInjection.inject(
                into: String(decoding: data, as: UTF8.self), errors: snapshot.errors, hasSite: true,
                editor: editorLink(for: relative, may: may), banner: may.user?.behind ?? "", may: may)
            return Pages.html(.ok, page)
        }
    }

    /// 编辑 on a notice page, 新建 on a village's home page (spec §11 "where to click").
    private func editorLink(for page: String, may: Permissions) -> PreviewEditorLink? {
        guard let workspace else { return nil }
        let parts = page.split(separator: "/").map(String.init)
        guard let village = parts.first, workspace.villages().contains(where: { $0.id == village }) else { return nil }
        if parts.count == 2, parts[1] == "index.html" {
            // A supervisor writes nothing: no 新建 is offered.
            let label = may.mayWrite(village) ? may.words.t("新建 / 编辑本村文档") : may.words.t("本村文档")
            return .make(label: label, href: EditorRoutes.villageURL(village))
        }
        guard parts.count == 4, parts[3] == "index.html" else { return nil }
        let category = parts[1]
        let slug = parts[2]
        guard
            let document = workspace.documents(of: village).first(where: {
                $0.kind.category.rawValue == category && ($0.path as NSString).lastPathComponent.hasPrefix(slug + ".")
            })
        else { return nil }
        let label = may.mayWrite(village) ? may.words.t("编辑") : may.words.t("查看与审核")
        return .make(label: label, href: EditorRoutes.documentURL(village: village, path: document.path))
    }
}

/// Plain responses.
enum Pages {
    static func text(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(
            status: status, headers: [.contentType: "text/plain; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func html(_ status: HTTPResponse.Status, _ html: String, cookie: Cookie? = nil) -> Response {
        var response = Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: html)))
        if let cookie { response.setCookie(cookie) }
        return response
    }

    static func asset(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}
