/// Which file names look like a CV, for auto-detection when `.cvtrack.yml` lists none.
public enum CVFileNames {
    static let stems: Set<String> = ["cv", "resume", "résumé", "curriculum", "vitae", "lebenslauf"]
    static let extensions: Set<String> = ["md", "markdown", "txt", "text", "json", "yaml", "yml"]

    /// `cv.md`, `resume.json`, `my-cv.txt`, `Resume_2024.yaml`, `curriculum-vitae.md`: a known word as a whole
    /// part of the name, and an extension cvtrack reads.
    public static func looksLikeCV(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), extensions.contains(name[name.index(after: dot)...].lowercased()) else {
            return false
        }
        let stem = name[..<dot].lowercased()
        let parts = stem.split(whereSeparator: { !$0.isLetter })
        return parts.contains { stems.contains(String($0)) }
    }
}
