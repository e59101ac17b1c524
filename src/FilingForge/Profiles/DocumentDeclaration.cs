using FilingForge.Diagnostics;

namespace FilingForge.Profiles;

/// <summary>
/// One document a filing in the profile produces (<c>documents.yaml</c>): the template it is rendered from, and the
/// title and subject its properties carry, with <c>{file.field}</c> placeholders filled from the data. A document
/// declared <c>for_each</c> is rendered once per item of that list (the ethics certification, once per signer); the
/// template sees the item under <see cref="As"/>, and the document is named <c>name-&lt;the item's NamedBy field&gt;</c>.
/// <see cref="Layout"/> is how the paged formats lay it out (<c>layout: card</c> for a proxy card).
/// </summary>
public sealed record DocumentDeclaration(
    string Name,
    string Template,
    DocumentText Title,
    DocumentText Subject,
    DocumentItems? ForEach,
    SourceLocation Location,
    Document.PageLayout Layout = Document.PageLayout.Pages);

/// <summary>The list a per-item document is rendered for: <see cref="File"/>'s <see cref="Fields"/>, each item under <see cref="As"/>.</summary>
public sealed record DocumentItems(string File, string[] Fields, string As, string NamedBy);

/// <summary>
/// Text with placeholders (<c>Proxy Statement for the {meeting.meeting_year} Annual Meeting</c>): the text as written
/// and, in order, where each placeholder stands in it and the data path (a file, then fields) printed there.
/// </summary>
public sealed record DocumentText(string Text, IReadOnlyList<TextPlaceholder> Placeholders);

/// <summary>The placeholder written at <see cref="Start"/> over <see cref="Length"/> characters, braces included.</summary>
public sealed record TextPlaceholder(int Start, int Length, DataFieldPath Path);

/// <summary>
/// The properties every document of the filing carries (<c>documents.yaml</c> <c>properties</c>): the company (and
/// author), the date (the first of <see cref="Date"/> the data states) and whether the documents are marked preliminary
/// (<see cref="PreliminaryField"/> holds <see cref="PreliminaryValue"/>).
/// </summary>
public sealed record DocumentPropertiesDeclaration(
    DataFieldPath Company,
    IReadOnlyList<DataFieldPath> Date,
    DataFieldPath? PreliminaryField,
    string? PreliminaryValue);
