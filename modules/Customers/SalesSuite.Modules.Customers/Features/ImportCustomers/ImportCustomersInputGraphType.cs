using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Features.ImportCustomers;

internal sealed class ImportCustomersInputGraphType : TypedInputGraphType<ImportCustomersInput>
{
    public ImportCustomersInputGraphType()
        : base("ImportCustomersInput",
            "A CSV file (UTF-8, comma-separated, header row) of customers with one contact per row. Fields: name, kind, level, category, " +
            "industry, source, region, address.line1, address.city, address.state, address.postalCode, address.country, tags, owner, " +
            "contact.name, contact.title, contact.phone, contact.email.")
    {
        Input("file", new NonNullGraphType(new GraphQLTypeReference(UploadGraphType.TypeName))); // the shared instance: WithFieldType
        Input("mapping", new ListGraphType(new NonNullGraphType(new ImportCustomersColumnInputGraphType())),
            "Column → field; when left out, columns are recognised by their headers (Name, Company, Email, Phone, City, ...).");
        Input("dryRun", new BooleanGraphType(), "Report what the import would do, and write nothing.").DefaultValue = false;
        Input("ownerId", new StringGraphType(), "Owner of the rows without an owner column value; you by default. Must be within your scope.");
        Input("tagSeparator", new StringGraphType(), "Separates the tags inside the tags column.").DefaultValue = ";";
    }

    protected override ImportCustomersInput Bind(InputValues values) => new()
    {
        File = values.Raw("file"),
        Mapping = values.Has("mapping") ? values.Objects<ImportCustomersColumnInput>("mapping") : null,
        DryRun = values.Value<bool>("dryRun") ?? false,
        OwnerId = values.Text("ownerId"),
        TagSeparator = values.Text("tagSeparator") ?? ";",
    };
}
