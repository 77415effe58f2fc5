using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Features.RevertCustomerImport;

internal sealed class RevertCustomerImportInputGraphType : TypedInputGraphType<RevertCustomerImportInput>
{
    public RevertCustomerImportInputGraphType()
        : base("RevertCustomerImportInput", "The import to undo.")
    {
        Input("id", new NonNullGraphType(new IdGraphType()));
    }

    protected override RevertCustomerImportInput Bind(InputValues values) => new() { Id = values.RawText("id") };
}
