import GongkaiContent
import GongkaiCore

/// A value as a template sees it. Page models hand these out by name, so rendering needs no
/// reflection and no dynamic casts.
package enum TemplateValue: Sendable {
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

    package static func from(_ s: String) -> TemplateValue { .text(s) }
    package static func from(_ b: Bool) -> TemplateValue { .bool(b) }
    package static func from(_ i: Int) -> TemplateValue { .text(String(i)) }
    package static func from<T: TemplateObject>(_ o: T) -> TemplateValue { .object(o) }
    package static func from(_ items: [String]) -> TemplateValue { .list(items.map { .text($0) }) }
    package static func from<T: TemplateObject>(_ items: [T]) -> TemplateValue { .list(items.map { .object($0) }) }
    package static func from(_ s: String?) -> TemplateValue { s.map { .text($0) } ?? .null }
    package static func from(_ i: Int?) -> TemplateValue { i.map { .text(String($0)) } ?? .null }
    package static func from<T: TemplateObject>(_ o: T?) -> TemplateValue { o.map { .object($0) } ?? .null }
}

/// A page model: answers a template's names with values; nil for a name it does not have
/// (the lookup then goes on to the enclosing contexts). The page models' answers are generated
/// from their declarations (GenerateTemplateFields), never written by hand.
package protocol TemplateObject: Sendable {
    func field(_ name: String) -> TemplateValue?
    /// Every name it answers and what the value is, for checking templates; nil when the
    /// names are not known ahead (data of any shape, as in the Mustache spec's tests).
    static var templateFields: [String: TemplateFieldShape]? { get }
}

extension TemplateObject {
    package static var templateFields: [String: TemplateFieldShape]? { nil }
}

/// What a name of a page model holds, as a template sees it.
package indirect enum TemplateFieldShape: Sendable {
    /// Text or a number: interpolated; as a section, shown when not empty.
    case text
    case flag
    case list(TemplateFieldShape)
    /// Another model: a section over it pushes it as the context.
    case object(any TemplateObject.Type)
}
