using System.Security.Cryptography;
using GraphQL.Types;
using GraphQLParser.AST;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.SharedKernel.GraphQL;

/// <summary>A file sent with a GraphQL multipart request (the value of an <c>Upload</c> variable).</summary>
public interface IUploadedFile
{
    string FileName { get; }

    string ContentType { get; }

    long Length { get; }

    /// <summary>Hex SHA-256 of the content: what an idempotency key binds instead of the bytes.</summary>
    string Sha256 { get; }

    Stream OpenReadStream();
}

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

/// <summary>
/// The <c>Upload</c> scalar of the GraphQL multipart request specification. Only the transport can supply a file
/// (it puts an <see cref="IUploadedFile"/> where the request's <c>map</c> says); any other value, inline in JSON
/// or in the document, reaches the resolver as <see cref="NotAFile"/> and <see cref="InputReader.File"/> refuses it
/// with VALIDATION, so the client learns which field to send as a file.
/// </summary>
public sealed class UploadGraphType : ScalarGraphType
{
    public const string TypeName = "Upload";

    public UploadGraphType()
    {
        Name = TypeName;
        Description = "A file, sent as a part of a multipart/form-data request (GraphQL multipart request specification); never inline.";
    }

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        IUploadedFile file => file,
        _ => NotAFile.Instance,
    };

    public override object? ParseLiteral(GraphQLValue value) => value is GraphQLNullValue ? null : NotAFile.Instance;

    public override bool CanParseLiteral(GraphQLValue value) => true;

    public override bool CanParseValue(object? value) => true;

    public override object? Serialize(object? value) =>
        throw new AppException(ErrorCodes.Validation, "Upload is an input-only scalar.");

    /// <summary>Shared by every module that accepts files, so that the schema has one <c>Upload</c>.</summary>
    public static UploadGraphType In(Modules.ISchemaSlice slice) => slice.Shared(TypeName, () => new UploadGraphType());

    /// <summary>What a non-file value of an Upload becomes.</summary>
    public sealed class NotAFile
    {
        public static readonly NotAFile Instance = new();

        private NotAFile()
        {
        }
    }
}
