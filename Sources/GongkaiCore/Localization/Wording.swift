/// A message kept as its catalogue key (the zh-Hans wording, a `{name}` for each value) and its
/// values, and worded only when shown, in the locale of whoever reads it: what a lower layer
/// (an account's rules, the editor's save) says without knowing the site's language.
public struct Wording: Sendable, Hashable, CustomStringConvertible {
    public let key: String
    public let values: [String]

    public init(_ key: String, _ values: any CustomStringConvertible...) {
        self.key = key
        self.values = values.map(\.description)
    }

    public func message(_ words: Localizer) -> String { words.t(key, values: values) }

    /// The zh-Hans wording.
    public var description: String { message(Localizer(locale: .zhHans)) }
}
