/// A link (website, profile) with its label.
public struct Link: Sendable, Hashable, Codable {
    public var label: String?
    public var url: String
    public var source: SourceRange?

    public init(label: String? = nil, url: String, source: SourceRange? = nil) {
        self.label = label
        self.url = url
        self.source = source
    }
}

/// Who the CV is about.
public struct Person: Sendable, Hashable, Codable {
    public enum Field: String, Sendable, Hashable, Codable, CaseIterable {
        case name, label, email, phone, location
    }

    public var name: String?
    /// Headline or label ("Principal Engineer").
    public var label: String?
    public var email: String?
    public var phone: String?
    public var location: String?
    public var links: [Link]
    /// Where each field was read.
    public var sources: [Field: SourceRange]

    public init(
        name: String? = nil, label: String? = nil, email: String? = nil, phone: String? = nil, location: String? = nil,
        links: [Link] = [], sources: [Field: SourceRange] = [:]
    ) {
        self.name = name
        self.label = label
        self.email = email
        self.phone = phone
        self.location = location
        self.links = links
        self.sources = sources
    }

    public subscript(field: Field) -> String? {
        switch field {
        case .name: return name
        case .label: return label
        case .email: return email
        case .phone: return phone
        case .location: return location
        }
    }
}
