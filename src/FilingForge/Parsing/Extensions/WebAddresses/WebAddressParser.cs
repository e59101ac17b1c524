using Markdig.Extensions.AutoLinks;

namespace FilingForge.Parsing.Extensions.WebAddresses;

/// <summary>
/// Markdig's auto-link parser, woken only by the 'h' of <c>http://</c>/<c>https://</c> and the 'w' of <c>www.</c>.
/// Markdig would also link <c>mailto:</c>, <c>tel:</c> and <c>ftp://</c>, whose visible text is not the whole target
/// (it drops "mailto:"); a filing prints web addresses, and only those become links. Markdig leaves a trailing full
/// stop, comma or unmatched parenthesis out of the address ("www.sec.gov." links www.sec.gov).
/// </summary>
internal static class WebAddressParser
{
    public static AutoLinkParser Create() => new(new AutoLinkOptions()) { OpeningCharacters = ['h', 'w'] };
}
