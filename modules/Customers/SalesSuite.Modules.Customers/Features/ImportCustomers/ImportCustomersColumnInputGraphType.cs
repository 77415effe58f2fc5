using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Features.ImportCustomers;

internal sealed class ImportCustomersColumnInputGraphType : TypedInputGraphType<ImportCustomersColumnInput>
{
    public ImportCustomersColumnInputGraphType()
        : base("ColumnMappingInput", "Which CSV column (by its header) fills which field.")
    {
        Input("column", new NonNullGraphType(new StringGraphType()));
        Input("field", new NonNullGraphType(new StringGraphType()));
    }

    protected override ImportCustomersColumnInput Bind(InputValues values) => new() { Column = values.Text("column"), Field = values.Text("field") };
}
