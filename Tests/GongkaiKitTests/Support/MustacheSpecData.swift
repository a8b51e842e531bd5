import Foundation

@testable import GongkaiContent
@testable import GongkaiCore
@testable import GongkaiEditor
@testable import GongkaiKit
@testable import GongkaiSite

/// One case of the Mustache spec's required modules: data as JSON, a template, its partials,
/// and the exact output the spec expects.
struct MustacheCase {
    var name: String
    var data: String
    var template: String
    var partials: [String: String] = [:]
    var expected: String
}

/// Spec data decoded from JSON into template values: hashes become objects, numbers text.
enum SpecData: Decodable {
    case value(TemplateValue)

    struct Hash: TemplateObject {
        var fields: [String: TemplateValue]
        func field(_ name: String) -> TemplateValue? { fields[name] }
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .value(.null)
        } else if let bool = try? container.decode(Bool.self) {
            self = .value(.bool(bool))
        } else if let int = try? container.decode(Int.self) {
            self = .value(.text(String(int)))
        } else if let double = try? container.decode(Double.self) {
            self = .value(.text(String(double)))
        } else if let text = try? container.decode(String.self) {
            self = .value(.text(text))
        } else if let list = try? container.decode([SpecData].self) {
            self = .value(.list(list.map(\.templateValue)))
        } else {
            let hash = try container.decode([String: SpecData].self)
            self = .value(.object(Hash(fields: hash.mapValues(\.templateValue))))
        }
    }

    var templateValue: TemplateValue {
        switch self {
        case .value(let value): return value
        }
    }

    static func parse(_ json: String) throws -> TemplateValue {
        try JSONDecoder().decode(SpecData.self, from: Data(json.utf8)).templateValue
    }
}
