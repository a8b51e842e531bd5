import GongkaiCore

/// What the accounts' storage could not do (open the database, run a statement, hash a
/// password, add a name already taken), kept as a `Wording` and worded where it is shown.
public struct AccountFailure: Error, CustomStringConvertible {
    public let wording: Wording

    public init(_ wording: Wording) { self.wording = wording }

    public func message(_ words: Localizer) -> String { wording.message(words) }

    /// The zh-Hans wording.
    public var description: String { wording.description }
}
