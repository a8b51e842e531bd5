/// Every kind of spec §4, by id.
public enum KindRegistry {
    public static let all: [Kind] = PartyKinds.all + AffairsKinds.all + FinanceKinds.all

    private static let byID: [String: Kind] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

    /// Each kind's fields, composed once.
    static let allFields: [String: [FieldSpec]] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0.composeFields()) })

    public static func kind(_ id: String) -> Kind? { byID[id] }
}
