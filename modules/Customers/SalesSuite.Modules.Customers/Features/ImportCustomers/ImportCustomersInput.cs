using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Features.ImportCustomers;

/// <summary>A CSV file of customers and how to read it.</summary>
internal sealed record ImportCustomersInput
{
    /// <summary>The Upload value as sent: a file part of a multipart request, or anything else (refused by <see cref="FileOf"/>).</summary>
    public object? File { get; init; }

    /// <summary>Column → field; null (or empty) when columns are recognised by their headers.</summary>
    public IReadOnlyList<ImportCustomersColumnInput>? Mapping { get; init; }

    public bool DryRun { get; init; }

    /// <summary>Owner of the rows without an owner; null for the importer.</summary>
    public string? OwnerId { get; init; }

    public string TagSeparator { get; init; } = ";";

    /// <summary>The uploaded file; VALIDATION unless it came as a file part of a multipart request.</summary>
    public static IUploadedFile FileOf(object? file) =>
        file as IUploadedFile ?? throw AppException.Invalid("file",
            "must be a file sent as a part of a multipart/form-data request (GraphQL multipart request specification), not a value inside the JSON.");
}
