using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Team.Api;

internal sealed class SalesPeriodGraphType : ObjectGraphType<SalesPeriod>
{
    public SalesPeriodGraphType()
    {
        Name = "SalesPeriod";
        Description = "A calendar month or quarter of a year, in the tenant's time zone.";
        Field<NonNullGraphType<IntGraphType>>("year").Resolve(ctx => ctx.Source.Year);
        Field<IntGraphType>("month").Resolve(ctx => ctx.Source.Kind == PeriodKind.Month ? ctx.Source.Number : null);
        Field<IntGraphType>("quarter").Resolve(ctx => ctx.Source.Kind == PeriodKind.Quarter ? ctx.Source.Number : null);
        Field<NonNullGraphType<StringGraphType>>("key").Description("2026-11 or 2026-Q4.").Resolve(ctx => ctx.Source.Key);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("from").Description("The first instant of the period.").Resolve(ctx => ctx.Source.Start(Tenant(ctx)));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("to").Description("The first instant after the period.").Resolve(ctx => ctx.Source.End(Tenant(ctx)));
    }

    private static TenantInfo Tenant(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ITenantContext>().Tenant;
}
