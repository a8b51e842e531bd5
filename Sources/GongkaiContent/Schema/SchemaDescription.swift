import GongkaiCore

/// `gongkai schema` as text: the kinds, and the fields of one kind.
public enum SchemaDescription {
    public static func kinds() -> String {
        var lines = ["类型                  中文名称          栏目"]
        for kind in KindRegistry.all {
            lines.append(pad(kind.id.rawValue, 22) + pad(kind.label, 18) + kind.category.label)
        }
        lines.append("")
        lines.append("gongkai schema KIND 查看字段；gongkai new KIND --village V 新建文档")
        return lines.joined(separator: "\n")
    }

    public static func describe(_ kind: Kind) -> String {
        var out = "\(kind.id) \(kind.label)（\(kind.category.label)）\n"
        out += kind.hasBody ? "文件：.md（YAML 头部 + 正文）或 .yaml\n\n" : "文件：.yaml 或 .md\n\n"
        for spec in kind.allFields {
            out += lines(spec, indent: "", required: spec.required || (spec.key == "reviewed" && kind.isFinance))
        }
        let rules = RuleRegistry.documentRules.filter { $0.kinds?.contains(kind.id) ?? false }
        if !rules.isEmpty {
            out += "\n规则：\n"
            for rule in rules { out += "  \(rule.code.rawValue)  \(rule.summary)\n" }
        }
        return out
    }

    private static func lines(_ spec: FieldSpec, indent: String, required: Bool) -> String {
        var out =
            indent + pad(spec.key, 20 - indent.count) + (required ? "必填  " : "可选  ") + spec.label + " — "
            + spec.type.hint + "\n"
        switch spec.type {
        case .object(let fields), .list(.object(let fields), _):
            for f in fields { out += lines(f, indent: indent + "  ", required: f.required) }
        default: break
        }
        return out
    }

    /// Pads to a display width, counting CJK characters as two columns.
    package static func pad(_ s: String, _ width: Int) -> String {
        let w = s.unicodeScalars.reduce(0) { $0 + ($1.value > 0x2E80 ? 2 : 1) }
        return s + String(repeating: " ", count: max(1, width - w))
    }
}
