using FilingForge.Model;
using FilingForge.Values;

namespace FilingForge.Loading.Projection;

/// <summary>A postal address: the company's, the meeting venue's, a five percent owner's.</summary>
internal static class PostalAddressProjection
{
    public static PostalAddress Of(ObjectValue value)
    {
        var read = new FieldReader(value);
        return read.Located(new PostalAddress
        {
            Street = read.Text(nameof(PostalAddress.Street)),
            City = read.Text(nameof(PostalAddress.City)),
            State = read.Text(nameof(PostalAddress.State)),
            PostalCode = read.Text(nameof(PostalAddress.PostalCode)),
        });
    }
}
