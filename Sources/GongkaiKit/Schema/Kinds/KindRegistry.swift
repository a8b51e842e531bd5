/// Every kind of spec §4, by id.
public enum KindRegistry {
    public static let all: [Kind] = PartyKinds.all + AffairsKinds.all + FinanceKinds.all

    private static let byID: [String: Kind] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

    public static func kind(_ id: String) -> Kind? { byID[id] }
}
