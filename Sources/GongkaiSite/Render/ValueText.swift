import GongkaiContent
import GongkaiCore

/// How a validated value reads on a page, in the site's locale.
package struct ValueText {
    package let words: Localizer

    package init(_ words: Localizer) { self.words = words }

    package func text(_ value: Value) -> String {
        switch value.content {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .number(let n): return n.description
        case .bool(let b): return b ? words.t("是") : words.t("否")
        case .date(let d): return words.date(d)
        case .month(let m): return words.month(m)
        case .period(let p): return words.period(p)
        case .money(let m): return m.formatted
        case .list(let items): return words.list(items.map(text))
        case .record(let r): return words.list(r.entries.map { "\($0.key) \(text($0.value))" })
        case .raw(let node): return node.scalar?.text ?? ""
        }
    }

    /// A field's value: one of a choice's words (经营性) is the schema's, so it is translated too.
    package func text(_ value: Value, _ spec: FieldSpec) -> String {
        if case .choice = spec.type, let word = value.string { return words.t(word) }
        return text(value)
    }

    func fact(_ spec: FieldSpec, _ value: Value) -> Fact {
        let label = words.t(spec.label)
        if let money = value.money {
            return Fact(key: spec.key, label: label, value: words.money(money), isMoney: true, words: money.inWords)
        }
        return Fact(key: spec.key, label: label, value: text(value, spec), isMoney: false, words: nil)
    }
}
