import Testing
@testable import CVCore

/// `CVReader.decode(_:memo:)` takes the pieces of a file it decoded before from the memo: it must give exactly
/// the text (or the error, with its line) that decoding the whole file gives.
@Suite("Decoding a file in pieces equals decoding it whole")
struct DecodeInPiecesTests {
    func outcome(_ bytes: [UInt8], memo: MarkdownParseMemo?) -> Result<String, CVParseError> {
        do { return .success(try CVReader.decode(bytes, memo: memo)) } catch let e as CVParseError { return .failure(e) } catch {
            return .failure(CVParseError("\(error)"))
        }
    }

    /// A CV of `roles` roles, each under a `###` heading, with non-ASCII text in every role.
    static func cv(roles: Int) -> String {
        var s = "# Sam Carter\n\nEngineer · Bristol\n\n## Experience\n"
        for i in 0..<roles {
            s += "\n### Organisation \(i)\n\n**Engineer** • 2019 – 2020\n\n"
            for j in 0..<8 { s += "- Built thing \(j) for the café’s team \(i), naïvely at first.\n" }
        }
        return s
    }

    @Test func aCVDecodedTwiceThroughAMemoIsTheSameText() throws {
        let text = Self.cv(roles: 12)
        let memo = MarkdownParseMemo()
        let first = try CVReader.decode(Array(text.utf8), memo: memo)
        let again = try CVReader.decode(Array(text.utf8), memo: memo)
        #expect(first == text)
        #expect(again == text)
        #expect(again.utf8.elementsEqual(text.utf8))
    }

    @Test func aBadByteIsReportedOnItsLineWhetherItsPieceIsNewOrNot() throws {
        let text = Self.cv(roles: 12)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
        let memo = MarkdownParseMemo()
        _ = try CVReader.decode(Array(text.utf8), memo: memo)
        // Line 60 (1-based) gets a lone continuation byte; every other piece is known to the memo.
        lines[59] += [0x80]
        let bad = Array(lines.joined(separator: [0x0A]))
        #expect(outcome(bad, memo: memo) == .failure(CVParseError("not valid UTF-8 text", line: 60)))
        #expect(outcome(bad, memo: nil) == .failure(CVParseError("not valid UTF-8 text", line: 60)))
    }

    @Test func randomEditsAgreeWithDecodingWhole() throws {
        var random = MarkdownSegmentedReadingTests.Random(state: 7)
        let memo = MarkdownParseMemo(capacity: 4)
        let texts = MarkdownSegmentedReadingTests.texts().map(\.1) + [Self.cv(roles: 20)]
        #expect(texts.count >= 8, "the project's samples are always there")
        let inserts: [[UInt8]] = [
            Array("# heading".utf8), Array("## Skills".utf8), Array("é – •".utf8), [0xC3], [0xE2, 0x80], [0xFF], [0x0D],
            [0xEF, 0xBB, 0xBF], Array("plain line".utf8), [],
        ]
        for text in texts {
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
            for _ in 0..<40 {
                let at = random.next(lines.count)
                switch random.next(3) {
                case 0: lines.insert(inserts[random.next(inserts.count)], at: at)
                case 1: lines[at] += inserts[random.next(inserts.count)]
                default: if lines.count > 1 { lines.remove(at: at) }
                }
                let bytes = Array(lines.joined(separator: [0x0A]))
                #expect(outcome(bytes, memo: memo) == outcome(bytes, memo: nil))
            }
        }
    }

    // MARK: - Decoding against the version before (`CVReader.decode(_:memo:after:)`, one run of a history)

    /// Decodes `versions` in order, each against the one before, and each alone: the same text or the same error.
    func agreeAfterPrevious(_ versions: [[UInt8]], sourceLocation: SourceLocation = #_sourceLocation) {
        var previous: CVReader.DecodedText?
        for bytes in versions {
            let run: Result<String, CVParseError>
            do { run = .success(try CVReader.decode(bytes, memo: nil, after: &previous)) } catch let e as CVParseError { run = .failure(e) } catch {
                run = .failure(CVParseError("\(error)"))
            }
            let whole = outcome(bytes, memo: nil)
            #expect(run == whole, sourceLocation: sourceLocation)
            if case .success(let text) = run { #expect(text.utf8.elementsEqual(try! CVReader.decode(bytes).utf8), sourceLocation: sourceLocation) }
        }
    }

    @Test func aCharacterChangedAfterTheFirstByteItSharesIsDecodedWithItsLine() {
        // `é` and `è` share their first byte: the common start ends inside a character.
        let a = Array("# Ada Brook\n\nCafé owner, Lyon\n\n## Experience\n\n- Ran the café for years.\n".utf8)
        let b = Array("# Ada Brook\n\nCafè owner, Lyon\n\n## Experience\n\n- Ran the café for years.\n".utf8)
        // A lone lead byte where the other version has a whole character, and a byte past the end of one.
        var c = b
        c[16] = 0xC3
        c.remove(at: 17)
        agreeAfterPrevious([a, b, a, c, a, b])
    }

    @Test func whatTheLongWayRefusesOrChangesIsRefusedOrChangedAfterAPreviousVersionToo() {
        let text = Array(Self.cv(roles: 3).utf8)
        var withNul = text
        withNul.insert(0, at: 200)
        var withCR = text
        withCR.insert(0x0D, at: 120)
        let withBOM = [0xEF, 0xBB, 0xBF] + text
        let blank = Array(" \n\n  \n".utf8)
        agreeAfterPrevious([text, withNul, text, withCR, text, withBOM, text, blank, text, Array("\n".utf8), text, text, [], text])
        // A file over the size limit, after one that is not.
        agreeAfterPrevious([text, text + [UInt8](repeating: 0x41, count: CVReader.maximumSize)])
    }

    @Test func randomByteEditsAgreeWithDecodingWhole() {
        var random = MarkdownSegmentedReadingTests.Random(state: 11)
        let texts = MarkdownSegmentedReadingTests.texts().map(\.1) + [Self.cv(roles: 20)]
        let inserts: [[UInt8]] = [
            Array("é".utf8), Array("–".utf8), [0xC3], [0xA9], [0xE2, 0x80], [0xFF], [0x0D], [0x0A], [0x00], Array("# x".utf8),
            [0xEF, 0xBB, 0xBF], Array("word".utf8),
        ]
        for text in texts {
            var bytes = Array(text.utf8)
            var versions = [bytes]
            for _ in 0..<60 {
                let at = random.next(bytes.count + 1)
                switch random.next(3) {
                case 0: bytes.insert(contentsOf: inserts[random.next(inserts.count)], at: at)
                case 1: if at < bytes.count { bytes.remove(at: at) }
                default: versions.append(Array(text.utf8))  // back to a valid version now and then
                }
                versions.append(bytes)
            }
            agreeAfterPrevious(versions)
        }
    }
}
