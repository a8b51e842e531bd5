/// How a validated value reads on a page.
enum ValueText {
    static func text(_ value: Value) -> String {
        switch value.content {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .number(let n): return n.description
        case .bool(let b): return b ? "是" : "否"
        case .date(let d): return d.chinese
        case .month(let m): return m.chinese
        case .period(let p): return p.chinese
        case .money(let m): return m.formatted
        case .list(let items): return items.map(text).joined(separator: "、")
        case .record(let r): return r.entries.map { "\($0.key) \(text($0.value))" }.joined(separator: "、")
        case .raw(let node): return node.scalar?.text ?? ""
        }
    }

    static func fact(_ spec: FieldSpec, _ value: Value) -> Fact {
        if let money = value.money {
            return Fact(label: spec.label, value: money.formatted + " 元", isMoney: true, words: money.inWords)
        }
        return Fact(label: spec.label, value: text(value), isMoney: false, words: nil)
    }
}
