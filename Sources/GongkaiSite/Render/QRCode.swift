import CQRencode
import Foundation
import GongkaiContent
import GongkaiCore

/// A QR code from libqrencode, drawn as an inline SVG path (one square per dark module).
package enum QRCode {
    /// Error correction M: a printed sheet on a board gets scuffed and rained on.
    static func svg(for text: String, label: String) -> String? {
        guard let code = text.withCString({ QRcode_encodeString8bit($0, 0, QR_ECLEVEL_M) }) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        let quiet = 4
        let size = width + quiet * 2
        // Written as bytes: a sheet's code has hundreds of runs, and string interpolation per
        // run showed in profiles.
        var path: [UInt8] = []
        path.reserveCapacity(width * width * 4)
        func number(_ n: Int) {
            if n >= 10 { number(n / 10) }
            path.append(UInt8(ascii: "0") + UInt8(n % 10))
        }
        let modules = code.pointee.data!
        for y in 0..<width {
            var x = 0
            while x < width {
                guard modules[y * width + x] & 1 == 1 else {
                    x += 1
                    continue
                }
                // Runs of dark modules in a row become one rectangle.
                var run = 1
                while x + run < width && modules[y * width + x + run] & 1 == 1 { run += 1 }
                path.append(UInt8(ascii: "M"))
                number(x + quiet)
                path.append(UInt8(ascii: " "))
                number(y + quiet)
                path.append(UInt8(ascii: "h"))
                number(run)
                path.append(contentsOf: "v1h-".utf8)
                number(run)
                path.append(UInt8(ascii: "z"))
                x += run
            }
        }
        let pathText = String(decoding: path, as: UTF8.self)
        let escaped = MarkupEscape.text(label)
        return
            "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(size) \(size)\" role=\"img\" "
            + "aria-label=\"\(escaped)\" shape-rendering=\"crispEdges\"><rect width=\"\(size)\" height=\"\(size)\" "
            + "fill=\"#fff\"/><path fill=\"#000\" d=\"\(pathText)\"/></svg>"
    }
}
