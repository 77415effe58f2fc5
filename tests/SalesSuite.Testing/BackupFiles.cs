using System.IO.Compression;
using System.Text.Json.Nodes;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Testing;

/// <summary>Reads and rewrites backup files with a key ring, to make the files an operator might bring: another format, parts missing.</summary>
public static class BackupFiles
{
    public static JsonObject Read(FieldProtector keys, byte[] file)
    {
        using var gzip = new GZipStream(new MemoryStream(keys.UnprotectBytes(file)), CompressionMode.Decompress);
        return (JsonObject)JsonNode.Parse(gzip)!;
    }

    public static byte[] Write(FieldProtector keys, JsonObject document)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(document.ToJsonString()));
        }

        return keys.ProtectBytes(buffer.ToArray());
    }

    /// <summary>The backup with <paramref name="change"/> applied to its document, encrypted again with the same key ring.</summary>
    public static byte[] Rewrite(FieldProtector keys, byte[] file, Action<JsonObject> change)
    {
        var document = Read(keys, file);
        change(document);
        return Write(keys, document);
    }

    /// <summary>
    /// Bytes that are no backup and that carry <paramref name="marker"/> where a backup names its key and again in the
    /// middle: a message that quotes the file shows the marker.
    /// </summary>
    public static byte[] RandomWithMarker(string marker, int length = 4096)
    {
        var bytes = new byte[length];
        new Random(17).NextBytes(bytes);
        var text = System.Text.Encoding.ASCII.GetBytes(marker);
        bytes[0] = (byte)text.Length;
        text.CopyTo(bytes, 1);
        text.CopyTo(bytes, length / 2);
        return bytes;
    }
}
