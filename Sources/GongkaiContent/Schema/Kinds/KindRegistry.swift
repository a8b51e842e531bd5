import GongkaiCore

/// Every kind of spec §4, by id.
public enum KindRegistry {
    public static let all: [Kind] = PartyKinds.all + AffairsKinds.all + FinanceKinds.all

    private static let byID: [KindID: Kind] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

    /// Each kind's fields, composed once.
    package static let allFields: [KindID: [FieldSpec]] = Dictionary(
        uniqueKeysWithValues: all.map { ($0.id, $0.composeFields()) })

    /// The kind a document or gongkai.yaml names; nil for a name that is no kind.
    public static func kind(_ name: String) -> Kind? { KindID(rawValue: name).flatMap { byID[$0] } }

    public static func kind(_ id: KindID) -> Kind { byID[id]! }
}
