using System.Buffers.Binary;

namespace FilingForge.Writers.Pdf.Fonts;

/// <summary>Big-endian reads from font bytes (OpenType data is big-endian throughout).</summary>
internal static class FontDataReader
{
    public static ushort U16(this byte[] data, int offset) => BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(offset, 2));
    public static short S16(this byte[] data, int offset) => BinaryPrimitives.ReadInt16BigEndian(data.AsSpan(offset, 2));
    public static uint U32(this byte[] data, int offset) => BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(offset, 4));
    public static int S32(this byte[] data, int offset) => BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(offset, 4));

    public static string Tag(this byte[] data, int offset) => System.Text.Encoding.ASCII.GetString(data, offset, 4);
}
