using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Features.DefineCustomerLevel;

internal sealed class DefineCustomerLevelInputGraphType : TypedInputGraphType<DefineCustomerLevelInput>
{
    public DefineCustomerLevelInputGraphType()
        : base("DefineCustomerLevelInput", "Creates or renames a customer level.")
    {
        Input("code", new NonNullGraphType(new StringGraphType()));
        Input("name", new NonNullGraphType(new StringGraphType()));
        Input("rank", new NonNullGraphType(new IntGraphType()));
    }

    protected override DefineCustomerLevelInput Bind(InputValues values) =>
        new() { Code = values.Text("code"), Name = values.Text("name"), Rank = values.Value<int>("rank") };
}
