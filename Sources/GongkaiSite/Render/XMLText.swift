import GongkaiCore

/// Escapes text for XML element content and attribute values (`MarkupEscape`).
public func xmlEscape(_ s: String) -> String { MarkupEscape.text(s) }
