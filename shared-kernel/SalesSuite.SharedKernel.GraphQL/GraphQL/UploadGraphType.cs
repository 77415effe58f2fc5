using GraphQL.Types;
using GraphQLParser.AST;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.SharedKernel.GraphQL;

/// <summary>
/// The <c>Upload</c> scalar of the GraphQL multipart request specification. Only the transport can supply a file
/// (it puts an <see cref="IUploadedFile"/> where the request's <c>map</c> says); any other value, inline in JSON
/// or in the document, reaches the resolver as <see cref="NotAFile"/> and the use case's input binding refuses it
/// with VALIDATION (e.g. <c>ImportCustomersInput.FileOf</c>), so the client learns which field to send as a file.
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
