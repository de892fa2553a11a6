/// Placeholder until the parser lands; refuses every input with a clear message.
public struct JSONResumeCVParser: CVParser {
    public init() {}
    public func parse(_ text: String) throws -> CVDocument {
        throw CVParseError("this format is not supported yet")
    }
}
