using System.Security.Cryptography;
using GraphQLParser.AST;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.SharedKernel.GraphQL;

/// <summary>An uploaded file held in memory; the transport has already bounded its size.</summary>
public sealed class UploadedFile(string fileName, string contentType, byte[] content) : IUploadedFile
{
    private string? _sha256;

    public string FileName { get; } = fileName;

    public string ContentType { get; } = contentType;

    public long Length => content.LongLength;

    public string Sha256 => _sha256 ??= Convert.ToHexString(SHA256.HashData(content));

    public Stream OpenReadStream() => new MemoryStream(content, writable: false);
}
