import Foundation
import GongkaiCore

/// Turns one document file into a validated `Document`, reporting every problem found.
package struct DocumentParser {
    package init(reporter: FileReporter) {
        self.reporter = reporter
    }

    package let reporter: FileReporter

    package struct Input: Sendable {
        package init(file: String, path: String, village: String, slug: String, isMarkdown: Bool, stamp: String = "") {
            self.stamp = stamp
            self.file = file
            self.path = path
            self.village = village
            self.slug = slug
            self.isMarkdown = isMarkdown
        }

        /// Its path on disk.
        package var file: String
        package var url: URL { URL(fileURLWithPath: file) }
        package var path: String
        package var village: String
        package var slug: String
        package var isMarkdown: Bool
        /// The file's stamp as listed (`FileTree`), when known: a server may reuse the document
        /// it parsed while the stamp holds.
        package var stamp = ""
    }

    package func parse(_ input: Input) -> Document? {
        guard let source = SourceText.read(path: input.file, reporter: reporter) else {
            return nil
        }
        return parse(source, input: input)
    }

    /// A document from text already read (an older version out of git).
    package func parse(_ source: SourceText, input: Input) -> Document? {
        var yaml = source.text
        var lineOffset = 0
        var body: String?
        var bodyLineOffset = 0
        if input.isMarkdown {
            switch FrontMatter.split(source.text) {
            case .failure(.missingOpening):
                reporter.report(.s001, at: .start, .frontMatterMissingOpening)
                return nil
            case .failure(.missingClosing):
                reporter.report(.s001, at: .start, .frontMatterMissingClosing)
                return nil
            case .success(let fm):
                yaml = fm.yaml
                lineOffset = fm.yamlLineOffset
                body = fm.body
                bodyLineOffset = fm.bodyLineOffset
                for violation in MarkdownBounds.check(fm.body) {
                    let code: RuleCode = violation.limit == .bodyBytes ? .s001 : .s006
                    reporter.report(
                        code, at: Mark(line: bodyLineOffset + 1 + violation.line, column: 1),
                        .markdownBound(violation.limit, found: violation.found))
                }
            }
        }
        let parsed = SourceText.yaml(yaml, lineOffset: lineOffset, reporter: reporter)
        guard parsed.ok else { return nil }
        return document(
            parsed.root, rootMark: Mark(line: 1 + lineOffset, column: 1), input: input, body: body,
            bodyLineOffset: bodyLineOffset, sha256: source.sha256, bytes: source.bytes)
    }

    /// Types a parsed tree as a document of its kind: the step a file and an editor's form
    /// (`FormDocument`) share.
    package func document(
        _ parsedRoot: YAMLNode?, rootMark: Mark, input: Input, body: String?, bodyLineOffset: Int, sha256: String,
        bytes: Int
    ) -> Document? {
        guard let root = parsedRoot, let pairs = root.pairs else {
            if let root = parsedRoot, !root.isNull {
                reporter.report(.s004, at: root.mark, .notAMapping)
            } else {
                reporter.report(.s002, at: rootMark, .missingField(key: "kind", label: "类型"))
            }
            return nil
        }
        guard let kindNode = pairs.first(where: { $0.key.scalar?.text == "kind" })?.value,
            !kindNode.isNull
        else {
            reporter.report(.s002, at: root.mark, .missingField(key: "kind", label: "类型"))
            return nil
        }
        let kindText = kindNode.scalar?.text ?? ""
        guard let kind = KindRegistry.kind(kindText) else {
            reporter.report(
                .s007, at: kindNode.mark,
                .unknownKind(value: kindText, suggestion: nearest(kindText, in: KindRegistry.all.map(\.id.rawValue))))
            return nil
        }
        let record = SchemaValidator(reporter: reporter).record(root, fields: kind.allFields, at: rootMark)
        if record["draft"]?.bool == true { reporter.collector.markDraft(reporter.file) }
        guard let title = record["title"]?.string, let published = record["published"]?.date else {
            return nil
        }
        return Document(
            village: input.village, path: input.path, slug: input.slug, kind: kind, data: record,
            title: title, published: published, body: body, bodyLineOffset: bodyLineOffset,
            sourceSHA256: sha256, bytes: bytes)
    }
}
