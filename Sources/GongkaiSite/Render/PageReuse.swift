import GongkaiContent
import GongkaiCore

/// Pages of the last build a notice or board may take over unchanged: the renderer asks by the
/// key of a page's inputs and records what it rendered; the build cache (`VillagePages`) decides.
package protocol PageReuse: Sendable {
    /// What every page depends on (binary, theme, settings, build date): part of each key.
    var fingerprint: String { get }
    /// Links the files of `folder` from the last build into `output` when they were rendered
    /// from inputs with this key and are unchanged on disk; false when they must be rendered.
    func reuse(folder: String, key: String, into output: OutputFolder) -> Bool
    /// Records the files just rendered into `folder` from inputs with this key.
    func store(folder: String, key: String, files: [String])
    /// A notice's search fields and terms as the last build cut them from inputs with this key.
    func searchCut(key: String) -> SearchRecords.Cut?
    /// Records a notice's search fields and terms, cut from inputs with this key.
    func store(cut: SearchRecords.Cut, key: String)
}
