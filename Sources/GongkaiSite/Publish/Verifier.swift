import Foundation
import GongkaiContent
import GongkaiCore

/// `gongkai verify`: recomputes the hashes listed in manifest.json and names every difference.
public enum Verifier {
    public struct Report: Sendable {
        public var checked: Int
        public var changed: [String]
        public var missing: [String]
        public var unexpected: [String]
        public var isClean: Bool { changed.isEmpty && missing.isEmpty && unexpected.isEmpty }

        public var text: String {
            var lines: [String] = []
            lines += changed.map { "已改动：\($0)" }
            lines += missing.map { "缺失：\($0)" }
            lines += unexpected.map { "清单外的文件：\($0)" }
            lines.append(
                isClean
                    ? "核验通过：\(checked) 个文件与 manifest.json 一致"
                    : "核验未通过：\(changed.count) 个改动，\(missing.count) 个缺失，\(unexpected.count) 个清单外文件")
            return lines.joined(separator: "\n") + "\n"
        }
    }

    public static func verify(site: URL) throws -> Report {
        let manifestURL = site.appendingPathComponent(Manifest.fileName)
        guard let data = FileManager.default.contents(atPath: manifestURL.path),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let outputs = object["outputs"] as? [[String: Any]]
        else {
            throw CommandFailure.failed(Wording("{path} 不存在或无法读取；请指向 gongkai build 生成的网站文件夹", manifestURL.path))
        }
        let listed = outputs.compactMap { entry -> (String, String)? in
            guard let path = entry["path"] as? String, let hash = entry["sha256"] as? String else { return nil }
            return (path, hash)
        }
        let results = parallelMap(listed) { path, hash -> (String, Bool?) in
            guard let bytes = FileManager.default.contents(atPath: site.appendingPathComponent(path).path) else {
                return (path, nil)
            }
            return (path, Hashing.sha256Hex(bytes) == hash)
        }
        let known = Set(listed.map(\.0)).union([Manifest.fileName])
        var present: [String] = []
        collectFiles(site, prefix: "", into: &present)
        return Report(
            checked: listed.count,
            changed: results.filter { $0.1 == false }.map(\.0).sorted(),
            missing: results.filter { $0.1 == nil }.map(\.0).sorted(),
            unexpected: present.filter { !known.contains($0) }.sorted())
    }

    /// Every file, hidden ones included: anything added to a published site is a difference.
    private static func collectFiles(_ folder: URL, prefix: String, into out: inout [String]) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
            let url = folder.appendingPathComponent(name)
            let path = prefix.isEmpty ? name : prefix + "/" + name
            switch FileTree.kind(url) {
            case .directory: collectFiles(url, prefix: path, into: &out)
            default: out.append(path)
            }
        }
    }
}
