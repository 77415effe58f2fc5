using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Team.Api;

/// <summary>The period of setSalesTarget, salesTargets and appraisal: one instance, built once by the schema and shared.</summary>
internal sealed class SalesPeriodInputGraphType : TypedInputGraphType<SalesPeriodInput>
{
    public SalesPeriodInputGraphType()
        : base("SalesPeriodInput", "A month ({ year, month }) or a quarter ({ year, quarter }) of a year.")
    {
        Input("year", new NonNullGraphType(new IntGraphType()));
        Input("month", new IntGraphType());
        Input("quarter", new IntGraphType());
    }

    protected override SalesPeriodInput Bind(InputValues values) =>
        new() { Year = values.Value<int>("year"), Month = values.Value<int>("month"), Quarter = values.Value<int>("quarter") };
}
