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
