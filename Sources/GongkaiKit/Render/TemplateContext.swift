/// Turns a typed page model into dictionaries and arrays once, before rendering.
///
/// swift-mustache looks names up through `Mirror` on every access and for every level of the
/// context stack; a dictionary answers the same lookups by hashing. The typed models stay the
/// single description of what a page shows; this only changes how the template reads them.
enum TemplateContext {
    /// nil for an absent optional, so the key is left out and the section is skipped.
    static func make(_ value: Any) -> Any? {
        switch value {
        case let s as String: return s
        case let b as Bool: return b
        case let i as Int: return i
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first else { return nil }
            return make(wrapped.value)
        case .collection, .set:
            return mirror.children.compactMap { make($0.value) }
        case .struct, .class:
            var fields: [String: Any] = [:]
            for child in mirror.children {
                if let label = child.label, let converted = make(child.value) {
                    fields[label] = converted
                }
            }
            return fields
        default:
            return value
        }
    }
}
