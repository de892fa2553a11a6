import Foundation
@testable import CVSpelling

/// A small hand-written dictionary exercising prefixes, suffixes with conditions and strips, cross
/// products, a non-cross suffix, hidden capitals (iPhone, NASA/S), a capitalised name, ICONV and an
/// only-in-compound ordinal, so cache tests run in milliseconds and expansion is checked in detail.
enum MiniDictionary {
    static let affix = """
        SET UTF-8
        TRY esianrtolcdugmphbyfvkwz'
        ICONV 1
        ICONV ’ '
        ONLYINCOMPOUND c
        COMPOUNDMIN 1
        COMPOUNDRULE 1
        COMPOUNDRULE n*1t
        WORDCHARS 0123456789

        PFX U Y 1
        PFX U   0     un         .

        PFX R Y 2
        PFX R   0     re         [^e]
        PFX R   0     re-        e

        SFX S Y 3
        SFX S   y     ies        [^aeiou]y
        SFX S   0     s          [aeiou]y
        SFX S   0     s          [^y]

        SFX D Y 2
        SFX D   0     ed         [^e]
        SFX D   0     d          e

        SFX N N 1
        SFX N   0     ness       .

        SFX M Y 1
        SFX M   0     's         .

        """

    static let words = """
        12
        happy/UN
        play/SDRU
        tidy/SUD
        edit/RDS
        iPhone/SM
        NASA/M
        London/M
        code/SDR
        well
        known
        1/n1
        1th/tc
        """

    /// Writes `<name>.aff` and `<name>.dic` into `directory`.
    static func write(to directory: String, name: String = "xx_MINI", words: String = MiniDictionary.words) throws -> DictionaryFiles {
        let aff = directory + "/" + name + ".aff"
        let dic = directory + "/" + name + ".dic"
        try affix.write(toFile: aff, atomically: true, encoding: .utf8)
        try words.write(toFile: dic, atomically: true, encoding: .utf8)
        return DictionaryFiles(language: DictionaryLocator.normalisedLanguage(name) ?? name, affixPath: aff, dictionaryPath: dic)
    }

    /// Every form the rules above produce, and case/hyphen/apostrophe variants of them.
    static let probes: [String] = {
        let forms = [
            "happy", "unhappy", "happyness", "unhappyness", "play", "plays", "played", "replay", "replays", "replayed",
            "unplay", "unplayed", "tidy", "tidies", "tidyed", "untidy", "untidies", "edit", "edits", "edited",
            "reedit", "re-edit", "re-edited", "iPhone", "iPhones", "iPhone's", "NASA", "NASA's", "London", "London's",
            "code", "codes", "coded", "recode", "recoded", "well", "known", "well-known", "unknown", "1", "1th", "11th",
            "happys", "tidys", "plaies", "happyed",
        ]
        var probes: [String] = []
        for form in forms {
            probes += [form, form.lowercased(), form.uppercased(), form.prefix(1).uppercased() + form.dropFirst().lowercased()]
        }
        probes += ["Iphone", "IPHONE", "IPHONES", "IPHONE'S", "Nasa", "nasa", "NASA’S", "london", "-well", "well-", "well--known",
                   "a-b-c-d-e-f-g-h-i-j-k", "Well-Known", "WELL-KNOWN", "iphone", "12", "1.5", "1..5", "-1", "x"]
        return probes
    }()
}
