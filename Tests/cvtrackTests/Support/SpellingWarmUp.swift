import Foundation
import Testing

/// The spelling dictionaries' word tables (en_US and en_GB: the rule reads a CV's variety in both), built before any
/// run whose CPU time a test bounds.
///
/// cvtrack builds that table the first time it checks spelling with a cache folder that has none (a few seconds of CPU
/// in a debug build), and keeps it in `$XDG_CACHE_HOME/cvtrack`: for the tests' runs, `Sandbox.gitEnvironment`'s
/// folder under the temporary directory. On a machine where that folder does not exist yet (the first `make test`
/// after a checkout, or after a reboot cleared /tmp), whichever bounded run checked spelling first paid for it and
/// failed its limit. `cvtrack hooks install` builds the table up front (what a user's install does), once per test
/// process; a suite whose tests bound CPU time asks for it with the `.spellingTableWarmed` trait.
enum SpellingWarmUp {
    private static let outcome: Result<String, SandboxError> = {
        do {
            let s = try Sandbox()
            let r = try BoundedProcess.cvtrack(["hooks", "install"], in: s.path, deadline: 300)
            guard r.status == 0, !r.timedOut else { return .failure(SandboxError("warming the spelling table: \(r.summary)")) }
            // No "Prepared" line: no dictionary is installed, so no run checks spelling and there is nothing to build.
            return .success(r.out)
        } catch let error as SandboxError {
            return .failure(error)
        } catch {
            return .failure(SandboxError("warming the spelling table: \(error)"))
        }
    }()

    /// Builds the table the first time it is called in this process (callers wait for it), then does nothing.
    static func ensure() throws {
        _ = try outcome.get()
    }
}

/// Runs `SpellingWarmUp.ensure()` once before the tests of the suite it is given to.
struct SpellingTableWarmed: SuiteTrait, TestScoping {
    var isRecursive: Bool { false }

    func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        try SpellingWarmUp.ensure()
        try await function()
    }
}

extension Trait where Self == SpellingTableWarmed {
    /// The spelling word table exists in the tests' cache folder before the suite's first test starts.
    static var spellingTableWarmed: Self { Self() }
}
