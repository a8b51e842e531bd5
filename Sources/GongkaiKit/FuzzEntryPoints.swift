import GongkaiContent
import GongkaiCore
import GongkaiEditor
import GongkaiSite

/// What the libFuzzer targets in `Fuzz/` run: each feeds arbitrary bytes to one parser and
/// checks, besides "no crash, no hang", the promises its callers rely on. A broken promise
/// traps, which libFuzzer reports as a crash with the input that caused it. Public only so the
/// fuzz package can reach the parsers.
public enum FuzzEntryPoints {
    /// The YAML loader with positions: every mark is 1-based and inside the text, and no
    /// collection is nested deeper than the limit (a scalar may sit inside the deepest one).
    public static func yaml(_ bytes: UnsafeRawBufferPointer) {
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.utf8.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        switch YAMLLoader.load(text) {
        case .success(let output):
            func visit(_ node: YAMLNode, depth: Int) {
                if node.scalar == nil {
                    precondition(depth <= YAMLLoader.nestingLimit, "nesting past the limit was accepted")
                }
                precondition(node.mark.line >= 1 && node.mark.line <= lines && node.mark.column >= 1)
                switch node.content {
                case .scalar: break
                case .sequence(let items): items.forEach { visit($0, depth: depth + 1) }
                case .mapping(let pairs):
                    precondition(
                        Set(pairs.compactMap { $0.key.scalar?.text }).count == pairs.count, "a duplicate key was kept")
                    pairs.forEach {
                        visit($0.key, depth: depth + 1)
                        visit($0.value, depth: depth + 1)
                    }
                }
            }
            if let root = output.root { visit(root, depth: 1) }
            for problem in output.problems { precondition(problem.mark.line >= 1 && problem.mark.line <= lines) }
        case .failure(let failure):
            precondition(failure.mark.line >= 1 && failure.mark.column >= 1)
        }
    }

    /// Front matter: the YAML and the body are pieces of the file, in order, and the body's
    /// line offset counts the lines before it.
    public static func frontMatter(_ bytes: UnsafeRawBufferPointer) {
        let text = String(decoding: bytes, as: UTF8.self)
        guard case .success(let split) = FrontMatter.split(text) else { return }
        precondition(text.hasSuffix(split.body), "the body is the end of the file")
        let before = text.utf8.dropLast(split.body.utf8.count)
        let newlines = before.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        precondition(split.bodyLineOffset == newlines || (split.body.isEmpty && split.bodyLineOffset == newlines + 1))
    }

    /// Markdown: a body within the bounds renders, and raw HTML never reaches the page.
    public static func markdown(_ bytes: UnsafeRawBufferPointer) {
        let text = String(decoding: bytes, as: UTF8.self)
        guard MarkdownBounds.check(text).isEmpty else { return }
        let html = Markdown.html(text).lowercased()
        precondition(!html.contains("<script") && !html.contains("<iframe") && !html.contains("javascript:"))
    }

    /// Money, dates, months and periods: what parses prints back to text that parses to the same value.
    public static func values(_ bytes: UnsafeRawBufferPointer) {
        let text = String(decoding: bytes, as: UTF8.self)
        for negative in [false, true] {
            if case .success(let money) = Money.parse(text, allowNegative: negative) {
                precondition(negative || money.fen >= 0)
                precondition(try! Money.parse(money.plain, allowNegative: true).get() == money)
                precondition(try! Money.parse(money.formatted, allowNegative: true).get() == money)
                precondition(!money.inWords.isEmpty)
            }
        }
        if let date = CalendarDate(iso: text) { precondition(CalendarDate(iso: date.iso) == date && date.iso == text) }
        if let month = Month(iso: text) { precondition(Month(iso: month.iso) == month && month.iso == text) }
        if let period = Period(iso: text) { precondition(Period(iso: period.iso) == period) }
        if let number = DecimalNumber(text) { precondition(DecimalNumber(number.description) == number) }
    }

    /// The personal-number scanner: findings lie inside the text, in order, and always masked.
    public static func personalNumbers(_ bytes: UnsafeRawBufferPointer) {
        let text = String(decoding: bytes, as: UTF8.self)
        let length = text.unicodeScalars.count
        var previous = -1
        for finding in PersonalNumbers.find(in: text) {
            precondition(finding.offset > previous && finding.offset < length)
            precondition(finding.masked.contains("*") && finding.masked.count >= 11)
            previous = finding.offset
        }
    }

    /// The template parser (a town's override is input too): what parses renders, within limits.
    public static func template(_ bytes: UnsafeRawBufferPointer) {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let template = try? Template(text) else { return }
        var library = TemplateLibrary()
        library.register(template, named: "page")
        library.register(template, named: "partial")
        _ = try? library.renderBytes(FuzzModel(depth: 0), template: "page")
    }

    /// A small model with every kind of value, nested a few levels.
    private struct FuzzModel: TemplateObject {
        var depth: Int
        func field(_ name: String) -> TemplateValue? {
            switch name {
            case "title": return .text("<b>许集村 & \"x\"</b>")
            case "flag": return .bool(depth % 2 == 0)
            case "empty": return .list([])
            case "missing": return .null
            case "items": return depth < 3 ? .list([.object(FuzzModel(depth: depth + 1)), .text("甲")]) : .list([])
            case "child": return depth < 3 ? .object(FuzzModel(depth: depth + 1)) : nil
            default: return nil
            }
        }
    }
}
