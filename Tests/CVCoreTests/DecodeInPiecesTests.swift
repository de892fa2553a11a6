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
}
