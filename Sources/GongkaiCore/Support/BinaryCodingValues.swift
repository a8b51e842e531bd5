/// The values a build's binary records share (days, months, periods, problems), and the seal
/// that ends a record: the SHA-256 of what comes before it, in hex. What a rebuild takes from
/// a record is published, so a record changed on disk is never read.
extension ByteWriter {
    package mutating func date(_ date: CalendarDate) {
        int(date.year)
        int(date.month)
        int(date.day)
    }

    package mutating func month(_ month: Month) {
        int(month.year)
        int(month.month)
    }

    package mutating func period(_ period: Period) {
        switch period {
        case .year(let year):
            byte(0)
            int(year)
        case .quarter(let year, let quarter):
            byte(1)
            int(year)
            int(quarter)
        case .month(let month):
            byte(2)
            self.month(month)
        }
    }

    package mutating func diagnostic(_ d: Diagnostic) {
        string(d.location.file)
        int(d.location.line)
        int(d.location.column)
        string(d.severity.rawValue)
        string(d.code.rawValue)
        string(d.message)
        bool(d.draft)
    }

    /// The bytes written, sealed.
    package var sealed: [UInt8] { bytes + Array(Hashing.sha256Hex(bytes).utf8) }

    /// A sealed record of the format named `magic`: the name, then what `body` writes.
    package static func record(_ magic: String, _ body: (inout ByteWriter) -> Void) -> [UInt8] {
        var w = ByteWriter()
        w.string(magic)
        body(&w)
        return w.sealed
    }
}

extension ByteReader {
    /// A reader of a sealed record's bytes; nil when the seal does not hold.
    package init?(sealed bytes: [UInt8]) {
        guard bytes.count > 64,
            Hashing.sha256Hex(bytes.dropLast(64)) == String(decoding: bytes.suffix(64), as: UTF8.self)
        else { return nil }
        self.init(Array(bytes.dropLast(64)))
    }

    /// What `body` reads from a sealed record of the format named `magic`; nil when the seal does
    /// not hold, the format is another, a byte is out of place, `body` finds nil, or bytes are
    /// left over.
    package static func record<T>(
        _ bytes: [UInt8], _ magic: String, _ body: (inout ByteReader) throws(Malformed) -> T?
    ) -> T? {
        guard var r = ByteReader(sealed: bytes) else { return nil }
        do {
            guard try r.string() == magic, let value = try body(&r), r.isAtEnd else { return nil }
            return value
        } catch {
            return nil
        }
    }

    package mutating func date() throws(Malformed) -> CalendarDate {
        guard let date = CalendarDate(year: try int(), month: try int(), day: try int()) else { throw Malformed() }
        return date
    }

    package mutating func month() throws(Malformed) -> Month {
        guard let month = Month(year: try int(), month: try int()) else { throw Malformed() }
        return month
    }

    package mutating func period() throws(Malformed) -> Period {
        switch try byte() {
        case 0: return .year(try int())
        case 1: return .quarter(try int(), try int())
        case 2: return .month(try month())
        default: throw Malformed()
        }
    }

    package mutating func diagnostic() throws(Malformed) -> Diagnostic {
        let location = SourceLocation(file: try string(), line: try int(), column: try int())
        guard let severity = Severity(rawValue: try string()), let code = RuleCode(rawValue: try string()) else {
            throw Malformed()
        }
        return Diagnostic(location: location, severity: severity, code: code, message: try string(), draft: try bool())
    }
}
