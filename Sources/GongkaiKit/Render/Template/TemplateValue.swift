/// A value as a template sees it. Page models hand these out by name, so rendering needs no
/// reflection and no dynamic casts.
enum TemplateValue: Sendable {
    case text(String)
    case bool(Bool)
    case list([TemplateValue])
    case object(any TemplateObject)
    /// A name the object has, without a value: found, so the lookup stops here (as in the
    /// Mustache spec), and falsy.
    case null

    /// Mustache truthiness: false, empty lists and empty text skip a section.
    var isTruthy: Bool {
        switch self {
        case .bool(let b): return b
        case .list(let items): return !items.isEmpty
        case .text(let s): return !s.isEmpty
        case .object: return true
        case .null: return false
        }
    }

    static func from(_ s: String) -> TemplateValue { .text(s) }
    static func from(_ b: Bool) -> TemplateValue { .bool(b) }
    static func from(_ i: Int) -> TemplateValue { .text(String(i)) }
    static func from<T: TemplateObject>(_ o: T) -> TemplateValue { .object(o) }
    static func from(_ items: [String]) -> TemplateValue { .list(items.map { .text($0) }) }
    static func from<T: TemplateObject>(_ items: [T]) -> TemplateValue { .list(items.map { .object($0) }) }
    static func from(_ s: String?) -> TemplateValue { s.map { .text($0) } ?? .null }
    static func from(_ i: Int?) -> TemplateValue { i.map { .text(String($0)) } ?? .null }
    static func from<T: TemplateObject>(_ o: T?) -> TemplateValue { o.map { .object($0) } ?? .null }
}

/// A page model: answers a template's names with values; nil for a name it does not have
/// (the lookup then goes on to the enclosing contexts).
protocol TemplateObject: Sendable {
    func field(_ name: String) -> TemplateValue?
}
