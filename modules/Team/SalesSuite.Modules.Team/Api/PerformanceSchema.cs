using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Team.Data;
using SalesSuite.Modules.Team.Features.GetAppraisal;
using SalesSuite.Modules.Team.Features.ListSalesTargets;
using SalesSuite.Modules.Team.Features.RemoveSalesTarget;
using SalesSuite.Modules.Team.Features.SetSalesTarget;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Team.Api;

/// <summary>Targets and the performance appraisal: their types and their features in schema order.</summary>
internal static class PerformanceSchema
{
    public static void Build(ISchemaSlice slice)
    {
        slice.AddType<SalesPeriodGraphType>();
        slice.AddType<SalesTargetGraphType>();
        var period = new SalesPeriodInputGraphType();
        slice.AddType(period);

        SetSalesTargetField.Register(slice, period);
        RemoveSalesTargetField.Register(slice);
        ListSalesTargetsField.Register(slice, period);
        GetAppraisalField.Register(slice, period);

        slice.AddNodeResolver("SalesTarget", async (ctx, id) =>
        {
            await using var db = ctx.Db<TeamDbContext>();
            var grant = ctx.RequestServices!.GetRequiredService<ICurrentAccess>().Grant;
            return await db.VisibleTargets(grant).FirstOrDefaultAsync(t => t.Id == id, ctx.CancellationToken);
        });
    }
}
