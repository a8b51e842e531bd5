import Foundation
import GongkaiKit
import Hummingbird
import MultipartKit
import NIOCore

/// A posted form, read with MultipartKit: the text fields in the order posted (a name may repeat)
/// and the files. The editor's forms are all `multipart/form-data`, so one reader serves them.
struct FormPost: Sendable {
    struct Upload: Sendable {
        var field: String
        var filename: String
        var bytes: [UInt8]
    }

    enum Failure: Error {
        case notMultipart
        case malformed
        case tooManyFields

        func message(_ w: Localizer) -> String {
            switch self {
            case .notMultipart: return w.t("表单应以 multipart/form-data 提交")
            case .malformed: return w.t("表单数据无法读取")
            case .tooManyFields: return w.t("表单字段过多")
            }
        }
    }

    /// The whole body of a post may not exceed this (an upload of 20 MiB and the form around it).
    static let largestBody = 22 * 1024 * 1024
    static let mostFields = 20_000

    var fields: [(name: String, value: String)] = []
    var uploads: [Upload] = []

    func value(_ name: String) -> String? { fields.last { $0.name == name }?.value }

    static func read(_ request: Request) async throws -> FormPost {
        guard let type = request.headers[.contentType], type.lowercased().hasPrefix("multipart/form-data"),
            let boundary = parameter("boundary", in: type), !boundary.isEmpty
        else { throw Failure.notMultipart }
        let body = try await request.body.collect(upTo: largestBody)
        return try parse(body, boundary: boundary)
    }

    static func parse(_ body: ByteBuffer, boundary: String) throws -> FormPost {
        let parser = MultipartParser(boundary: boundary)
        var parts: [MultipartPart] = []
        var headers = HTTPHeaders()
        var current = ByteBuffer()
        parser.onHeader = { name, value in headers.add(name: name, value: value) }
        parser.onBody = { chunk in current.writeBuffer(&chunk) }
        parser.onPartComplete = {
            parts.append(MultipartPart(headers: headers, body: current))
            headers = HTTPHeaders()
            current = ByteBuffer()
        }
        do { try parser.execute(body) } catch { throw Failure.malformed }
        guard parts.count <= mostFields else { throw Failure.tooManyFields }
        var post = FormPost()
        for part in parts {
            guard let name = part.name else { continue }
            let disposition = part.headers.first(name: "Content-Disposition") ?? ""
            let bytes = Array(part.body.readableBytesView)
            if let filename = parameter("filename", in: disposition) {
                if !bytes.isEmpty || !filename.isEmpty {
                    post.uploads.append(Upload(field: name, filename: filename, bytes: bytes))
                }
            } else {
                // Browsers post line ends as CRLF; files keep LF.
                post.fields.append(
                    (name, String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")))
            }
        }
        return post
    }

    /// A `key=value` or `key="value"` parameter of a header value.
    static func parameter(_ key: String, in header: String) -> String? {
        for piece in header.split(separator: ";") {
            let trimmed = piece.trimmingCharacters(in: .whitespaces)
            guard trimmed.lowercased().hasPrefix(key + "=") else { continue }
            var value = String(trimmed.dropFirst(key.count + 1))
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            return value
        }
        return nil
    }
}
