/// An amount of 元 held as integer 分, read from the scalar's own text, never through a float.
public struct Money: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var fen: Int64

    public init(fen: Int64) { self.fen = fen }

    public static let zero = Money(fen: 0)

    public enum ParseFailure: Error, Equatable {
        case notANumber
        case tooManyDecimals
        case negativeNotAllowed
        case tooLarge
    }

    /// Parses `1200`, `1200.5`, `1,200.50`, and `-35.20` when negatives are allowed.
    public static func parse(_ raw: String, allowNegative: Bool = false) -> Result<Money, ParseFailure> {
        // Over UTF-8 bytes: every amount of every statement passes here.
        let bytes = Array(raw.utf8)
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A }
        var start = 0
        var end = bytes.count
        while start < end && isSpace(bytes[start]) { start += 1 }
        while end > start && isSpace(bytes[end - 1]) { end -= 1 }
        var negative = false
        if start < end && bytes[start] == UInt8(ascii: "-") {
            negative = true
            start += 1
        }
        let dots = bytes[start..<end].indices.filter { bytes[$0] == UInt8(ascii: ".") }
        guard dots.count <= 1 else { return .failure(.notANumber) }
        let integerEnd = dots.first ?? end
        guard integerEnd > start, isGroupedInteger(bytes[start..<integerEnd]) else { return .failure(.notANumber) }
        var cents: Int64 = 0
        if let dot = dots.first {
            let fraction = bytes[(dot + 1)..<end]
            guard !fraction.isEmpty, fraction.allSatisfy(isDigit) else { return .failure(.notANumber) }
            guard fraction.count <= 2 else { return .failure(.tooManyDecimals) }
            cents = fraction.reduce(0) { $0 * 10 + Int64($1 - UInt8(ascii: "0")) } * (fraction.count == 1 ? 10 : 1)
        }
        let digits = bytes[start..<integerEnd].filter(isDigit)
        guard digits.count <= 15 else { return .failure(.tooLarge) }
        let yuan = digits.reduce(Int64(0)) { $0 * 10 + Int64($1 - UInt8(ascii: "0")) }
        var fen = yuan * 100 + cents
        if negative {
            guard allowNegative else { return .failure(.negativeNotAllowed) }
            fen = -fen
        }
        return .success(Money(fen: fen))
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    /// Digits, with commas only between complete groups of three.
    private static func isGroupedInteger(_ s: ArraySlice<UInt8>) -> Bool {
        guard s.allSatisfy({ isDigit($0) || $0 == UInt8(ascii: ",") }) else { return false }
        let groups = s.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
        guard groups.count > 1 else { return true }
        guard let head = groups.first, (1...3).contains(head.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// `211,512.80`
    public var formatted: String {
        let magnitude = fen.magnitude
        let yuan = String(magnitude / 100)
        var grouped = ""
        for (i, ch) in yuan.enumerated() {
            if i > 0 && (yuan.count - i) % 3 == 0 { grouped.append(",") }
            grouped.append(ch)
        }
        return (fen < 0 ? "-" : "") + grouped + "." + pad(Int(magnitude % 100), 2)
    }

    /// `211512.80`: for data files.
    public var plain: String {
        let magnitude = fen.magnitude
        return (fen < 0 ? "-" : "") + String(magnitude / 100) + "." + pad(Int(magnitude % 100), 2)
    }

    public var description: String { formatted }

    /// Sums saturate instead of trapping: thousands of rows of the largest amount a field takes
    /// could pass Int64, and a saturated sum still differs from any total a person typed.
    public static func + (a: Money, b: Money) -> Money {
        Money(fen: saturating(a.fen.addingReportingOverflow(b.fen), a.fen))
    }
    public static func - (a: Money, b: Money) -> Money {
        Money(fen: saturating(a.fen.subtractingReportingOverflow(b.fen), a.fen))
    }

    /// `standard × months`, saturating like the sums.
    public func times(_ count: Int) -> Money {
        let (value, overflow) = fen.multipliedReportingOverflow(by: Int64(count))
        return Money(fen: overflow ? ((fen < 0) != (count < 0) ? .min : .max) : value)
    }

    private static func saturating(_ result: (partialValue: Int64, overflow: Bool), _ a: Int64) -> Int64 {
        result.overflow ? (a < 0 ? .min : .max) : result.partialValue
    }
    public static func < (a: Money, b: Money) -> Bool { a.fen < b.fen }
}

extension Sequence where Element == Money {
    public func sum() -> Money { reduce(.zero, +) }
}

extension String {
    package func trimmingASCIIWhitespace() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !" \t\r\n".unicodeScalars.contains($0) }) else {
            return ""
        }
        let end = scalars.lastIndex(where: { !" \t\r\n".unicodeScalars.contains($0) })!
        return String(scalars[start...end])
    }
}
