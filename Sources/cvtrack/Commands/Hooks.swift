import ArgumentParser
import CVTrackKit

extension CVTrack {
    struct Hooks: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "hooks",
            abstract: "Install or remove cvtrack's git pre-commit hook.",
            subcommands: [Install.self, Uninstall.self]
        )

        struct Install: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "install",
                abstract: "Put the pre-commit hook in place: every commit of a CV runs `cvtrack validate --staged`.",
                discussion: """
                    Writes the hook where git runs hooks (core.hooksPath when set, else .git/hooks, shared by \
                    linked worktrees). A pre-commit hook cvtrack did not write is left alone unless --force \
                    (replace it) or --chain (keep it as pre-commit.cvtrack-chained and run it first).
                    """
            )

            @OptionGroup var repository: RepositoryOptions

            @Flag(help: "Replace a pre-commit hook cvtrack did not write.")
            var force = false

            @Flag(help: "Keep an existing pre-commit hook and run it before cvtrack's.")
            var chain = false

            func validate() throws {
                if force && chain { throw ValidationError("--force and --chain cannot be used together.") }
            }

            func run() throws {
                let workspace = try repository.workspace(readOnly: false)
                print(try HookInstaller.apply(workspace, script: HookScript.preCommit, executable: Executable.path,
                                              mode: force ? .force : chain ? .chain : .install))
                // The spelling tables (both English varieties' unless a language is configured), built now rather
                // than during the first commit.
                if let config = try? workspace.config(), ValidationSetup.prepareSpelling(config: config) {
                    print("Prepared the spelling dictionary's word table.")
                }
            }
        }

        struct Uninstall: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "uninstall",
                abstract: "Remove cvtrack's pre-commit hook (restoring a chained one).")

            @OptionGroup var repository: RepositoryOptions

            func run() throws {
                let workspace = try repository.workspace(readOnly: false)
                print(try HookInstaller.apply(workspace, script: HookScript.preCommit, executable: Executable.path, mode: .uninstall))
            }
        }
    }
}
