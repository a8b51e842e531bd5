/// A domain rule's message (spec §5): its values, and its wording in every locale, declared
/// beside the rule that reports it (in `Schema/Rules/`).
public protocol RuleMessage: Sendable, Hashable {
    func text(_ l: Localizer) -> String
}

/// A rule's message as a `Message` holds it: hashable and sendable whatever its type.
public struct AnyRuleMessage: Sendable, Hashable {
    package let base: any RuleMessage

    package init(_ base: some RuleMessage) {
        self.base = base
    }

    public static func == (a: AnyRuleMessage, b: AnyRuleMessage) -> Bool {
        func equal<M: RuleMessage>(_ m: M) -> Bool { (b.base as? M) == m }
        return equal(a.base)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(type(of: base)))
        base.hash(into: &hasher)
    }
}

extension Localizer {
    package func text(_ m: AnyRuleMessage) -> String { m.base.text(self) }
}
