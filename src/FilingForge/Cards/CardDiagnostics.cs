using FilingForge.Diagnostics;

namespace FilingForge.Cards;

/// <summary>Diagnostics of the holder register and card production (FF7xxx: personalised output).</summary>
public static class CardDiagnostics
{
    public static readonly DiagnosticDescriptor WrongColumnCount = new("FF7001", Severity.Error, "Wrong column count", "row has {0} columns; the header has {1}");
    public static readonly DiagnosticDescriptor MissingName = new("FF7002", Severity.Error, "Holder without a name", "holder '{0}' has no registered name");
    public static readonly DiagnosticDescriptor BadShares = new("FF7003", Severity.Error, "Invalid share count", "shares '{0}' is not a whole, non-negative number");
    public static readonly DiagnosticDescriptor DuplicateHolder = new("FF7004", Severity.Error, "Duplicate holder id", "holder id '{0}' already appears on line {1}");
    public static readonly DiagnosticDescriptor InvalidUtf8 = new("FF7005", Severity.Error, "Invalid UTF-8", "the line is not valid UTF-8 (byte 0x{0:X2} at column {1})");
    public static readonly DiagnosticDescriptor MissingHolderId = new("FF7006", Severity.Error, "Holder without an id", "the row has no holder id");
    public static readonly DiagnosticDescriptor BadHeader = new("FF7007", Severity.Error, "Unexpected register header", "the header is '{0}'; expected '{1}'");
    public static readonly DiagnosticDescriptor UnclosedQuote = new("FF7008", Severity.Error, "Unclosed quote", "a quoted field is not closed before the end of the line");
    public static readonly DiagnosticDescriptor MissingKey = new("FF7009", Severity.Error, "Control-number key missing", "environment variable {0} is not set, shorter than 16 bytes (not counting surrounding spaces) or one character repeated; control numbers need a secret key");
    public static readonly DiagnosticDescriptor NoControlNumberBox = new("FF7011", Severity.Error, "No control-number box", "document '{0}' has no 'control-number' section with a blank for the number; cards need one");
    public static readonly DiagnosticDescriptor NoProxyCard = new("FF7012", Severity.Error, "No proxy card", "the filing produced no proxy-card document to personalise");
    public static readonly DiagnosticDescriptor UnprintableCharacter = new("FF7013", Severity.Error, "Character the card cannot print", "holder '{0}': '{1}' ({2}) has no glyph in the card's font {3}; it would print as an empty box");
    public static readonly DiagnosticDescriptor HolderLineTooWide = new("FF7014", Severity.Error, "Holder line too wide", "holder '{0}': '{1}' is {2:0.#} pt wide; the holder panel has {3:0.#} pt");
    public static readonly DiagnosticDescriptor NoHolders = new("FF7015", Severity.Error, "No holder to card", "the register has no valid holder ({0} bad row(s)); a run that cards no one is a mistake, not a success");
    public static readonly DiagnosticDescriptor NotARegister = new("FF7016", Severity.Error, "Register unreadable", "the register {0}");
    public static readonly DiagnosticDescriptor RowTooLong = new("FF7017", Severity.Error, "Register row too long", "the row is longer than {0:N0} bytes; no holder's name and address need that many");
    public static readonly DiagnosticDescriptor RowSkipped = new("FF7010", Severity.Warning, "Register rows skipped", "{0} bad row(s) skipped; {1} holder(s) get cards");
}
