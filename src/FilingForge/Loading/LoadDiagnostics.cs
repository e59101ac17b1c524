using FilingForge.Diagnostics;

namespace FilingForge.Loading;

/// <summary>
/// Every diagnostic of the Load stage. IDs are permanent: a retired ID is never given to another meaning.
/// FF100x–FF101x: reading a file; FF102x: binding it to the model; FF104x: the data folder.
/// </summary>
public static class LoadDiagnostics
{
    // Reading a file into a node tree.
    public static readonly DiagnosticDescriptor SyntaxError = new(
        "FF1001", Severity.Error, "Syntax error", "YAML syntax error: {0}");

    public static readonly DiagnosticDescriptor DuplicateKey = new(
        "FF1002", Severity.Error, "Duplicate key",
        "key `{0}` appears twice in this mapping; the first is on line {1}");

    public static readonly DiagnosticDescriptor AnchorNotAllowed = new(
        "FF1003", Severity.Error, "YAML anchor not allowed",
        "YAML anchor `&{0}` is not allowed in filing data; write the value out in full wherever it is used (aliases are never expanded)");

    public static readonly DiagnosticDescriptor AliasNotAllowed = new(
        "FF1004", Severity.Error, "YAML alias not allowed",
        "YAML alias `*{0}` is not allowed in filing data and is not expanded; write the value out in full");

    public static readonly DiagnosticDescriptor NestingTooDeep = new(
        "FF1005", Severity.Error, "Nesting too deep",
        "values are nested deeper than {0} levels; filing data never needs that, so the rest of the file is not read");

    public static readonly DiagnosticDescriptor FileTooLarge = new(
        "FF1006", Severity.Error, "File too large",
        "file is {0:N0} bytes; a data file may hold at most {1:N0} bytes, so it is not read");

    public static readonly DiagnosticDescriptor EmptyFile = new(
        "FF1007", Severity.Error, "Empty file", "file holds no data; expected a mapping of keys to values");

    public static readonly DiagnosticDescriptor BinaryContent = new(
        "FF1008", Severity.Error, "Binary content",
        "file contains the control character {0}; it is binary or damaged, not YAML or JSON text");

    public static readonly DiagnosticDescriptor InvalidUtf8 = new(
        "FF1009", Severity.Error, "Not UTF-8",
        "file is not valid UTF-8 (byte 0x{0:X2} here); save it with UTF-8 encoding");

    public static readonly DiagnosticDescriptor MultipleDocuments = new(
        "FF1010", Severity.Error, "More than one document",
        "a second YAML document starts here; a data file holds exactly one");

    public static readonly DiagnosticDescriptor TagNotAllowed = new(
        "FF1011", Severity.Error, "YAML tag not allowed",
        "YAML tag `{0}` is not allowed in filing data; the model decides each value's type");

    public static readonly DiagnosticDescriptor ComplexKey = new(
        "FF1012", Severity.Error, "Key is not text", "a mapping key must be text, found {0}");

    public static readonly DiagnosticDescriptor InvalidJson = new(
        "FF1013", Severity.Error, "Invalid JSON", "invalid JSON: {0}");

    public static readonly DiagnosticDescriptor TabIndentation = new(
        "FF1014", Severity.Error, "Tab used for indentation",
        "a tab is used for indentation; YAML indents with spaces only");

    public static readonly DiagnosticDescriptor TooManyErrors = new(
        "FF1015", Severity.Error, "Too many errors",
        "more than {0} errors in this file; the rest are not shown");

    // Binding the node tree to the model.
    public static readonly DiagnosticDescriptor UnknownKey = new(
        "FF1020", Severity.Error, "Unknown key", "unknown key `{0}`{1}");

    public static readonly DiagnosticDescriptor MissingKey = new(
        "FF1021", Severity.Error, "Required key missing",
        "required key `{0}` is missing from the mapping that starts on line {1}");

    public static readonly DiagnosticDescriptor NullNotAllowed = new(
        "FF1022", Severity.Error, "Value required",
        "`{0}` needs a value; only optional keys may be null or empty");

    public static readonly DiagnosticDescriptor WrongKind = new(
        "FF1023", Severity.Error, "Wrong type", "`{0}` expects {1}, found {2}");

    public static readonly DiagnosticDescriptor InvalidNumber = new(
        "FF1024", Severity.Error, "Malformed number", "`{0}` expects {1}, found `{2}`: {3}");

    public static readonly DiagnosticDescriptor NumberOutOfRange = new(
        "FF1025", Severity.Error, "Number out of range", "`{0}` is `{1}`, which cannot be kept: {2}");

    public static readonly DiagnosticDescriptor InvalidDate = new(
        "FF1026", Severity.Error, "Malformed date", "`{0}` expects a date, found `{1}`: {2}");

    public static readonly DiagnosticDescriptor InvalidBoolean = new(
        "FF1027", Severity.Error, "Malformed boolean", "`{0}` expects true or false, found {1}");

    public static readonly DiagnosticDescriptor UnknownEnumValue = new(
        "FF1028", Severity.Error, "Unknown value", "`{0}` is `{1}`, which is not one of: {2}{3}");

    public static readonly DiagnosticDescriptor OutsideDeclaredRange = new(
        "FF1029", Severity.Error, "Value outside its declared range",
        "`{0}` is `{1}`, outside the range the profile allows for it: {3} to {4} ({2})");

    public static readonly DiagnosticDescriptor ComputedFieldWritten = new(
        "FF1032", Severity.Error, "Computed field written in the data",
        "`{0}` is a derived figure, computed as `{1}`; remove it from the data");

    public static readonly DiagnosticDescriptor CharacterNotAllowed = new(
        "FF1030", Severity.Error, "Character not allowed in text",
        "`{0}` contains {1} (character {2}), a control character or noncharacter that no output format can carry; delete it (in YAML it is usually an escape such as \\x01 in double quotes)");

    public static readonly DiagnosticDescriptor UnclosedBidiControl = new(
        "FF1031", Severity.Error, "Unclosed bidirectional control",
        "`{0}` opens the bidirectional control {1} (character {2}) and never closes it, so it would reorder the text printed after it; close it with U+202C (or U+2069 for an isolate) or delete it");

    public static readonly DiagnosticDescriptor MarkerNotPrintable = new(
        "FF1033", Severity.Error, "Footnote marker not printable",
        "`{0}` is `{1}`; a footnote marker may hold only letters, digits and '*' (1, a, *)");

    public static readonly DiagnosticDescriptor ReviewedWarningNotReported = new(
        "FF1046", Severity.Warning, "Reviewed warning not reported",
        "reviewed.yaml accepts {0} at `{1}`, but no such warning is reported there (any more); remove the entry or correct its place");

    public static readonly DiagnosticDescriptor ReviewedEntryInvalid = new(
        "FF1047", Severity.Error, "Reviewed warning entry is not valid",
        "{0}");

    // The data folder.
    public static readonly DiagnosticDescriptor DataFolderNotFound = new(
        "FF1040", Severity.Error, "Data folder not found", "data folder `{0}` does not exist");

    public static readonly DiagnosticDescriptor MissingDataFile = new(
        "FF1041", Severity.Error, "Data file missing", "data file missing: expected {0}");

    public static readonly DiagnosticDescriptor AmbiguousDataFile = new(
        "FF1042", Severity.Error, "Data file given twice",
        "both `{0}` and `{1}` exist; keep exactly one of them");

    public static readonly DiagnosticDescriptor UnexpectedFile = new(
        "FF1043", Severity.Warning, "File not read",
        "`{0}` is not a data file FilingForge reads, so it is ignored{1}");

    public static readonly DiagnosticDescriptor FileUnreadable = new(
        "FF1044", Severity.Error, "File cannot be read", "cannot read the file: {0}");

    // Values marked by `filingforge roll-forward` (the YAML tag `!fill-in`): bound as written, reported until re-entered.
    public static readonly DiagnosticDescriptor CarriedOverValue = new(
        "FF1901", Severity.Warning, "Value to fill in",
        "value carried over by roll-forward: fill in this year's figure");
}
