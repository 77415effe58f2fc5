using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Features.DefineCustomerCategory;

internal sealed class DefineCustomerCategoryInputGraphType : TypedInputGraphType<DefineCustomerCategoryInput>
{
    public DefineCustomerCategoryInputGraphType()
        : base("DefineCustomerCategoryInput", "Creates or renames a customer category.")
    {
        Input("code", new NonNullGraphType(new StringGraphType()));
        Input("name", new NonNullGraphType(new StringGraphType()));
    }

    protected override DefineCustomerCategoryInput Bind(InputValues values) => new() { Code = values.Text("code"), Name = values.Text("name") };
}
