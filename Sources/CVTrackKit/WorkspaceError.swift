/// An operational failure of a command (exit code 2), printed as one line.
public struct WorkspaceError: Error, CustomStringConvertible, Sendable {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
