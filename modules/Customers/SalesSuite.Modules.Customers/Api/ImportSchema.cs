using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.Modules.Customers.Features.BulkUpdateCustomers;
using SalesSuite.Modules.Customers.Features.ImportCustomers;
using SalesSuite.Modules.Customers.Features.RevertCustomerImport;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Customers.Api;

internal sealed class CustomerImportStatusGraphType : EnumerationGraphType<ImportStatus>
{
    public CustomerImportStatusGraphType() => Name = "CustomerImportStatus";
}

internal sealed class CustomerImportOutcomeGraphType : EnumerationGraphType<ImportOutcome>
{
    public CustomerImportOutcomeGraphType()
    {
        Name = "CustomerImportOutcome";
        Description = "What an import did with one row of its file.";
    }
}

internal sealed class CustomerImportGraphType : ObjectGraphType<CustomerImport>
{
    public CustomerImportGraphType()
    {
        Name = "CustomerImport";
        Description = "A CSV import of customers and its per-row report (a dry run's report is returned once and not stored).";
        Interface<NodeGraphType>();
        IsTypeOf = o => o is CustomerImport;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode("CustomerImport", ctx.Source.Id));
        Field(x => x.FileName);
        Field<NonNullGraphType<CustomerImportStatusGraphType>>("status").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<StringGraphType>>("importedBy").Resolve(ctx => ctx.Source.OwnerId).Description("User id of who ran the import.");
        Field<DateTimeOffsetGraphType>("createdAt").Resolve(ctx => ctx.Source.Status == ImportStatus.DryRun ? null : ctx.Source.CreatedAt)
            .Description("Null for a dry run.");
        Field(x => x.RevertedAt, nullable: true);
        Field(x => x.RevertedBy, nullable: true);
        Field(x => x.TotalRows).Description("Data rows in the file (the header not counted).");
        Field<NonNullGraphType<IntGraphType>>("created").Resolve(ctx => ctx.Source.CreatedCount);
        Field<NonNullGraphType<IntGraphType>>("merged").Resolve(ctx => ctx.Source.MergedCount);
        Field<NonNullGraphType<IntGraphType>>("duplicates").Resolve(ctx => ctx.Source.DuplicateCount);
        Field<NonNullGraphType<IntGraphType>>("refused").Resolve(ctx => ctx.Source.RefusedCount);
    }
}

internal sealed class CustomerImportRowGraphType : ObjectGraphType<CustomerImportRow>
{
    public CustomerImportRowGraphType()
    {
        Name = "CustomerImportRow";
        Description = "What an import did with one row of its file, and why.";
        Field(x => x.RowNumber).Description("The row's number as a spreadsheet shows it: the header is row 1.");
        Field<NonNullGraphType<CustomerImportOutcomeGraphType>>("outcome").Resolve(ctx => ctx.Source.Outcome);
        Field<IdGraphType>("customerId").Resolve(ctx => ctx.Source.CustomerId is { } id ? GlobalId.Encode("Customer", id) : null)
            .Description("The customer created or merged into; null when refused.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CustomerImportMessageGraphType>>>>("messages")
            .Resolve(ctx => ctx.Source.Messages.Select(ImportMessage.Parse).ToList())
            .Description("Why the row was refused (VALIDATION, FORBIDDEN), or notes (INFO) on a merge.");
    }
}

internal sealed record ImportMessage(string Code, string? Column, string Message)
{
    public static ImportMessage Parse(string stored)
    {
        var parts = stored.Split(CustomerImportRow.MessageSeparator, 3);
        return parts.Length == 3 ? new ImportMessage(parts[0], parts[1].Length == 0 ? null : parts[1], parts[2]) : new ImportMessage("INFO", null, stored);
    }
}

internal sealed class CustomerImportMessageGraphType : ObjectGraphType<ImportMessage>
{
    public CustomerImportMessageGraphType()
    {
        Name = "CustomerImportMessage";
        Field(x => x.Code).Description("VALIDATION or FORBIDDEN for a reason to refuse; INFO for a note.");
        Field(x => x.Column, nullable: true).Description("The CSV column (its header) the message is about.");
        Field(x => x.Message);
    }
}

/// <summary>Bulk customer changes: importCustomers, customerImport(s), revertCustomerImport and bulkUpdateCustomers.</summary>
internal static class ImportSchema
{
    public static readonly QuerySpec<CustomerImport> ImportSpec = new QuerySpec<CustomerImport>("CustomerImport", i => i.Id)
        .Field("status", i => i.Status, graphType: "CustomerImportStatus")
        .Field("fileName", i => i.FileName)
        .Field("importedBy", i => i.OwnerId)
        .Field("createdAt", i => i.CreatedAt);

    public static readonly QuerySpec<CustomerImportRow> RowSpec = new QuerySpec<CustomerImportRow>("CustomerImportRow", r => r.Id)
        .Field("rowNumber", r => r.RowNumber)
        .Field("outcome", r => r.Outcome, graphType: "CustomerImportOutcome");

    public static void Build(ISchemaSlice slice, CustomerPayloads payloads)
    {
        slice.AddType<CustomerImportStatusGraphType>();
        slice.AddType<CustomerImportOutcomeGraphType>();
        slice.AddType<CustomerImportGraphType>();
        slice.AddType<CustomerImportRowGraphType>();
        slice.AddType<CustomerImportMessageGraphType>();

        slice.ExtendType("CustomerImport", Fields.Create(
            "rows",
            new NonNullGraphType(ConnectionTypes.For(slice, "CustomerImportRow")),
            async ctx =>
            {
                var import = (CustomerImport)ctx.Source!;
                if (import.UnsavedRows is { } unsaved)
                {
                    return await RowSpec.ToConnectionAsync(unsaved.AsQueryable(), ctx, q => q.OrderBy(r => r.RowNumber));
                }

                await using var db = ctx.Db<CustomersDbContext>();
                return await RowSpec.ToConnectionAsync(db.ImportRows.Where(r => r.ImportId == import.Id), ctx, q => q.OrderBy(r => r.RowNumber));
            },
            "The per-row report in file order; filter by outcome with where: { outcome: { eq: REFUSED } }.",
            RowSpec.Arguments(slice)));

        slice.ExtendType("CustomerImportRow", Fields.Batched(
            "customer",
            new GraphQLTypeReference("Customer"),
            ctx => CustomerLoaders.ById(ctx).Load(((CustomerImportRow)ctx.Source!).CustomerId ?? Guid.Empty),
            "The customer created or merged into (null when refused, reverted or outside your scope)."));

        slice.AddQueryField(CustomersSchema.ById("customerImport", "CustomerImport", db => db.Imports,
            "One import by id; null when it does not exist or is not yours (or, by your scope, your team's)."));

        slice.AddQueryField(Fields.Create(
            "customerImports",
            new NonNullGraphType(ConnectionTypes.For(slice, "CustomerImport")),
            async ctx =>
            {
                await using var db = ctx.Db<CustomersDbContext>();
                return await ImportSpec.ToConnectionAsync(db.Imports, ctx, q => q.OrderByDescending(i => i.CreatedAt));
            },
            "The customer imports you (or, by your scope, your team) ran, newest first. Dry runs are not stored.",
            ImportSpec.Arguments(slice)));

        slice.AddNodeResolver("CustomerImport", async (ctx, id) =>
        {
            await using var db = ctx.Db<CustomersDbContext>();
            return await db.Imports.FirstOrDefaultAsync(i => i.Id == id, ctx.CancellationToken);
        });

        ImportCustomersField.Register(slice, payloads);
        RevertCustomerImportField.Register(slice, payloads);
        BulkUpdateCustomersField.Register(slice);
    }
}
