/// Runs the rules over one CV: parses it (a `CVParseError` becomes a `parse-error` finding, never a
/// crash), runs the enabled rules with their configured severity and options, drops what the file's
/// suppression comments disable, and returns the findings in reading order. Never prints.
///
/// ```swift
/// let findings = Validator.validate(text: text, path: "cv.md", today: today)
/// ```
public enum Validator {
    /// A LaTeX CV reads the files it includes through `files` (none when nil).
    public static func validate(
        text: String, path: String? = nil, format: CVFormat? = nil,
        configuration: ValidationConfiguration = ValidationConfiguration(), today: PartialDate,
        spellChecker: (any SpellChecker)? = nil, personalWords: Set<String> = [], files: LaTeXFiles? = nil
    ) -> [Finding] {
        let format = format ?? CVReader.detectFormat(text: text, path: path)
        let document: CVDocument?
        let parseError: CVParseError?
        do {
            document = try CVReader.parse(text: text, path: path, format: format, files: files)
            parseError = nil
        } catch let error as CVParseError {
            document = nil
            parseError = error
        } catch {
            document = nil
            parseError = CVParseError("\(error)")
        }
        return validate(
            text: text, format: format, document: document, parseError: parseError, configuration: configuration,
            today: today, spellChecker: spellChecker, personalWords: personalWords)
    }

    /// The bytes of a file: undecodable bytes (binary, not UTF-8, too large) give a `parse-error` finding.
    public static func validate(
        bytes: [UInt8], path: String? = nil, format: CVFormat? = nil,
        configuration: ValidationConfiguration = ValidationConfiguration(), today: PartialDate,
        spellChecker: (any SpellChecker)? = nil, personalWords: Set<String> = [], files: LaTeXFiles? = nil
    ) -> [Finding] {
        let text: String
        do {
            text = try CVReader.decode(bytes)
        } catch {
            let parseError = (error as? CVParseError) ?? CVParseError("\(error)")
            return validate(
                text: "", format: format ?? .plainText, document: nil, parseError: parseError, configuration: configuration,
                today: today, spellChecker: nil, personalWords: [])
        }
        return validate(
            text: text, path: path, format: format, configuration: configuration, today: today,
            spellChecker: spellChecker, personalWords: personalWords, files: files)
    }

    /// An already parsed document (or its parse error) with its source text.
    public static func validate(
        text: String, format: CVFormat, document: CVDocument?, parseError: CVParseError?,
        configuration: ValidationConfiguration = ValidationConfiguration(), today: PartialDate,
        spellChecker: (any SpellChecker)? = nil, personalWords: Set<String> = [], only: Set<String>? = nil
    ) -> [Finding] {
        let input = ValidationInput(
            text: text, format: format, document: document, parseError: parseError, today: today,
            spellChecker: spellChecker, personalWords: personalWords)
        var findings: [Finding] = []
        for rule in allRules {
            let description = rule.description
            if let only {
                guard only.contains(description.identifier) else { continue }
            } else {
                guard configuration.isEnabled(description) else { continue }
            }
            let context = RuleContext(
                input: input, description: description, severity: configuration.severity(of: description),
                options: configuration.options(of: description))
            findings += rule.init().check(context)
        }
        let suppressions = Suppressions(input.source)
        if !suppressions.isEmpty { findings.removeAll { suppressions.suppresses($0) } }
        findings.sort(by: Finding.inReadingOrder)
        return findings
    }
}
