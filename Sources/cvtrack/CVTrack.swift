import ArgumentParser

@main
struct CVTrack: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cvtrack", abstract: "Track, diff, validate and tailor CVs kept in git.")
}
