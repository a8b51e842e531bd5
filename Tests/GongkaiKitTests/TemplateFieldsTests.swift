import Foundation
import XCTest

/// Templates read page models through `field(_:)`; a property it does not answer would
/// render as empty text, silently. This keeps the two in step.
final class TemplateFieldsTests: XCTestCase {
    func testEveryModelPropertyIsVisibleToTemplates() throws {
        let folder = Binary.repository.appendingPathComponent("Sources/GongkaiKit/Render")
        let models = try String(contentsOf: folder.appendingPathComponent("PageModels.swift"), encoding: .utf8)
        let fields = try String(contentsOf: folder.appendingPathComponent("TemplateFields.swift"), encoding: .utf8)
        let structPattern = try NSRegularExpression(pattern: #"struct (\w+): Sendable \{(.*?)\n\}"#, options: [.dotMatchesLineSeparators])
        let propertyPattern = try NSRegularExpression(pattern: #"(?m)^\s*var (\w+):"#)
        var checked = 0
        for match in structPattern.matches(in: models, range: NSRange(models.startIndex..., in: models)) {
            let name = String(models[Range(match.range(at: 1), in: models)!])
            let body = String(models[Range(match.range(at: 2), in: models)!])
            guard let start = fields.range(of: "extension \(name): TemplateObject {") else {
                XCTFail("\(name) has no field(_:)")
                continue
            }
            let block = fields[start.upperBound...].prefix { $0 != "}" || true }.components(separatedBy: "\n}\n").first ?? ""
            for property in propertyPattern.matches(in: body, range: NSRange(body.startIndex..., in: body)) {
                let key = String(body[Range(property.range(at: 1), in: body)!])
                XCTAssertTrue(block.contains("case \"\(key)\": return .from(self.\(key))"), "\(name).\(key) is not visible to templates")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 150)
    }
}
