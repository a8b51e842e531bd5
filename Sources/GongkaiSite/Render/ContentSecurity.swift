import Crypto
import Foundation
import GongkaiContent
import GongkaiCore

/// The Content-Security-Policy the site's pages satisfy: scripts, styles and images from the
/// site itself, and the built-in theme's few inline scripts allowed by their hashes (the header's
/// early 大字 switch, which must run before the page is drawn). nginx sends it for the public
/// site (docs/nginx-gongkai.conf), the editor for its own pages and its preview.
public enum ContentSecurity {
    /// `'sha256-…'` of each inline script of the built-in theme.
    public static let inlineScriptHashes: [String] = {
        var hashes: [String] = []
        for name in EmbeddedTheme.files.keys.sorted() where name.hasSuffix(".mustache") {
            hashes += inlineScripts(in: EmbeddedTheme.files[name]!).map(hash)
        }
        return hashes
    }()

    /// The bodies of `<script>` elements without `src` in an HTML text.
    public static func inlineScripts(in html: String) -> [String] {
        var found: [String] = []
        var rest = html[...]
        while let open = rest.range(of: "<script") {
            guard let tagEnd = rest[open.upperBound...].firstIndex(of: ">") else { break }
            let tag = rest[open.upperBound..<tagEnd]
            guard let close = rest[tagEnd...].range(of: "</script>") else { break }
            if !tag.contains("src=") { found.append(String(rest[rest.index(after: tagEnd)..<close.lowerBound])) }
            rest = rest[close.upperBound...]
        }
        return found
    }

    public static func hash(_ script: String) -> String {
        "'sha256-" + Data(SHA256.hash(data: Data(script.utf8))).base64EncodedString() + "'"
    }

    /// The policy for pages of the site (public, or previewed in the editor).
    public static var policy: String {
        "default-src 'self'; script-src 'self' \(inlineScriptHashes.joined(separator: " ")); style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    }
}
