import Foundation
import XCTest

/// Prints pages as a secretary's browser would (Debian's chromium, headless) and reads the PDF
/// back with poppler (pdfinfo, pdftotext, pdftoppm) and zbar (zbarimg).
enum Printing {
    static func tool(_ name: String) throws -> URL {
        try XCTUnwrap(Binary.which(name), "\(name) is installed by `make setup-tests`")
    }

    /// Prints an HTML file to PDF beside it.
    static func pdf(_ page: URL) throws -> URL {
        let pdf = page.deletingPathExtension().appendingPathExtension("pdf")
        let result = try Binary.runTool(
            try tool("chromium"),
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--print-to-pdf=\(pdf.path)", page.absoluteString,
            ])
        XCTAssertTrue(FileManager.default.fileExists(atPath: pdf.path), result.stderr)
        return pdf
    }

    static func info(_ pdf: URL) throws -> (pages: Int, size: String) {
        let out = try Binary.runTool(try tool("pdfinfo"), [pdf.path]).stdout
        let pages =
            out.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last!) }
            ?? 0
        let size =
            out.split(separator: "\n").first { $0.hasPrefix("Page size:") }
            .map { String($0.dropFirst(10)).trimmingCharacters(in: .whitespaces) } ?? ""
        return (pages, size)
    }

    static func text(_ pdf: URL, page: Int? = nil) throws -> String {
        var args = ["-layout"]
        if let page { args += ["-f", "\(page)", "-l", "\(page)"] }
        return try Binary.runTool(try tool("pdftotext"), args + [pdf.path, "-"]).stdout
    }

    /// Renders page 1 and decodes every QR code on it.
    static func qrCodes(_ pdf: URL) throws -> [String] {
        let prefix = pdf.deletingPathExtension().path + "-page"
        _ = try Binary.runTool(
            try tool("pdftoppm"), ["-r", "150", "-png", "-f", "1", "-l", "1", "-singlefile", pdf.path, prefix])
        let result = try Binary.runTool(try tool("zbarimg"), ["--raw", "-q", prefix + ".png"])
        return result.stdout.split(separator: "\n").map(String.init)
    }
}
