import GongkaiCore

/// JSON Schema (draft 2020-12) of every kind, of village.yaml and of gongkai.yaml, for editors
/// with the YAML language server and validators such as check-jsonschema: completion, labels on
/// hover, and inline errors. The files have no `$id`: `document.schema.json` refers to each kind's
/// file by its name, resolved from the folder they are written to, never fetched from the network.
public enum JSONSchemaExport {
    /// File name → schema text, sorted by name.
    public static func files() -> [(String, String)] {
        var out: [(String, String)] = []
        for kind in KindRegistry.all {
            out.append(("\(kind.id).schema.json", text(kind: kind)))
        }
        out.append(("document.schema.json", document()))
        out.append(
            ("village.schema.json", text(object(VillageProfile.fields), id: "village", title: "村情况 village.yaml")))
        out.append(("gongkai.schema.json", text(object(SiteConfig.fields), id: "gongkai", title: "站点设置 gongkai.yaml")))
        return out.sorted { $0.0 < $1.0 }
    }

    public static func text(kind: Kind) -> String {
        var schema = object(kind.allFields)
        if case .object(var fields) = schema, let i = fields.firstIndex(where: { $0.0 == "properties" }),
            case .object(var properties) = fields[i].1, let k = properties.firstIndex(where: { $0.0 == "kind" })
        {
            properties[k].1 = .object([("title", .string("类型")), ("const", .string(kind.id.rawValue))])
            fields[i].1 = .object(properties)
            schema = .object(fields)
        }
        return text(schema, id: kind.id.rawValue, title: "\(kind.label)（\(kind.id.rawValue)）")
    }

    package static func document() -> String {
        let rules: [JSONValue] = KindRegistry.all.map { kind in
            .object([
                (
                    "if",
                    .object([
                        ("properties", .object([("kind", .object([("const", .string(kind.id.rawValue))]))])),
                        ("required", .array([.string("kind")])),
                    ])
                ),
                ("then", .object([("$ref", .string("\(kind.id).schema.json"))])),
            ])
        }
        let schema = JSONValue.object([
            ("type", .string("object")),
            ("required", .array([.string("kind")])),
            (
                "properties",
                .object([
                    (
                        "kind",
                        .object([
                            ("title", .string("类型")),
                            ("enum", .array(KindRegistry.all.map { .string($0.id.rawValue) })),
                        ])
                    )
                ])
            ),
            ("allOf", .array(rules)),
        ])
        return text(schema, id: "document", title: "公开文档（按 kind 选择类型）")
    }

    package static func text(_ schema: JSONValue, id: String, title: String) -> String {
        guard case .object(let fields) = schema else { return "" }
        let head: [(String, JSONValue)] = [
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("title", .string(title)),
        ]
        return JSONValue.object(head + fields).serialized(pretty: true) + "\n"
    }

    package static func object(_ fields: [FieldSpec]) -> JSONValue {
        let required = fields.filter(\.required).map { JSONValue.string($0.key) }
        var out: [(String, JSONValue)] = [
            ("type", .string("object")),
            ("properties", .object(fields.map { ($0.key, property($0)) })),
        ]
        if !required.isEmpty { out.append(("required", .array(required))) }
        out.append(("additionalProperties", .bool(false)))
        return .object(out)
    }

    package static func property(_ spec: FieldSpec) -> JSONValue {
        guard case .object(var fields) = schema(spec.type) else { return schema(spec.type) }
        fields.insert(("title", .string(spec.label)), at: 0)
        fields.insert(("description", .string("\(spec.label)：\(spec.type.hint)")), at: 1)
        return .object(fields)
    }

    static let datePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
    static let moneyPattern = "^-?([0-9]{1,3}(,[0-9]{3})*|[0-9]+)(\\.[0-9]{1,2})?$"

    static func schema(_ type: FieldType) -> JSONValue {
        switch type {
        case .string(let max):
            var f: [(String, JSONValue)] = [("type", .string("string")), ("minLength", .int(1))]
            if let max { f.append(("maxLength", .int(max))) }
            return .object(f)
        case .text, .name, .publicPhone:
            return .object([("type", .string("string"))])
        case .int(let minimum, let maximum):
            return .object([("type", .string("integer")), ("minimum", .int(minimum)), ("maximum", .int(maximum))])
        case .number(let positive):
            return .object([("type", .string("number")), (positive ? "exclusiveMinimum" : "minimum", .int(0))])
        case .bool:
            return .object([("type", .string("boolean"))])
        case .date:
            return .object([("type", .string("string")), ("pattern", .string(datePattern))])
        case .month:
            return .object([("type", .string("string")), ("pattern", .string("^[0-9]{4}-(0[1-9]|1[0-2])$"))])
        case .period(let allowed):
            let parts = allowed.map { g -> String in
                switch g {
                case .year: return "[0-9]{4}"
                case .quarter: return "[0-9]{4}-Q[1-4]"
                case .month: return "[0-9]{4}-(0[1-9]|1[0-2])"
                }
            }
            return .object([
                ("type", .array([.string("string"), .string("integer")])),
                ("pattern", .string("^(" + parts.joined(separator: "|") + ")$")),
            ])
        case .money(let negative, _):
            var f: [(String, JSONValue)] = [
                ("type", .array([.string("number"), .string("string")])), ("pattern", .string(moneyPattern)),
            ]
            if !negative { f.append(("minimum", .int(0))) }
            return .object(f)
        case .choice(let options):
            return .object([("enum", .array(options.map { .string($0) }))])
        case .list(let inner, let nonEmpty):
            var f: [(String, JSONValue)] = [("type", .string("array")), ("items", schema(inner))]
            if nonEmpty { f.append(("minItems", .int(1))) }
            return .object(f)
        case .object(let fields):
            return object(fields)
        case .map(let inner):
            return .object([("type", .string("object")), ("additionalProperties", schema(inner))])
        case .url:
            return .object([("type", .string("string")), ("pattern", .string("^https?://.+/$"))])
        case .kindID:
            return .object([("enum", .array(KindRegistry.all.map { .string($0.id.rawValue) }))])
        case .locale:
            return .object([("enum", .array(SiteLocale.allCases.map { .string($0.rawValue) }))])
        case .any:
            return .object([])
        }
    }
}
