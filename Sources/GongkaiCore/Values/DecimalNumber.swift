/// A non-negative decimal such as an area in 亩 or a score, held exactly in ten-thousandths.
public struct DecimalNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    public static let scale: Int64 = 10_000
    public var units: Int64

    public init(units: Int64) { self.units = units }

    public init?(_ raw: String) {
        let text = raw.trimmingASCIIWhitespace()
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 12,
            parts[0].allSatisfy(\.isASCIIDigit)
        else { return nil }
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        guard parts.count == 1 || !fraction.isEmpty, fraction.count <= 4,
            fraction.allSatisfy(\.isASCIIDigit)
        else { return nil }
        fraction += String(repeating: "0", count: 4 - fraction.count)
        units = Int64(parts[0])! * DecimalNumber.scale + Int64(fraction)!
    }

    /// Shortest exact text: `12`, `12.5`, `0.125`.
    public var description: String {
        let whole = units / DecimalNumber.scale
        var fraction = pad(Int(units % DecimalNumber.scale), 4)
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return fraction.isEmpty ? String(whole) : "\(whole).\(fraction)"
    }

    public static func + (a: DecimalNumber, b: DecimalNumber) -> DecimalNumber {
        let (sum, overflow) = a.units.addingReportingOverflow(b.units)
        return DecimalNumber(units: overflow ? .max : sum)
    }
    public static func < (a: DecimalNumber, b: DecimalNumber) -> Bool { a.units < b.units }
}
