// The library the server, the command line and the fuzz targets build on: every stage, each in
// a target of its own that sees only those below it (ARCHITECTURE.md).
@_exported import GongkaiContent
@_exported import GongkaiCore
@_exported import GongkaiEditor
@_exported import GongkaiSite
