using GraphQL.Types;
using SalesSuite.Modules.Reporting.Data;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Reporting.Features.ListReportSchedules;

internal static class ListReportSchedulesField
{
    private static readonly QuerySpec<ReportSchedule> Spec = new QuerySpec<ReportSchedule>(ReportSchedule.TypeName, s => s.Id)
        .Field("createdBy", s => s.OwnerId)
        .Field("nextRunAt", s => s.NextRunAt);

    public static void Register(ISchemaSlice slice) =>
        slice.AddQueryField(Fields.Create("reportSchedules", new NonNullGraphType(ConnectionTypes.For(slice, ReportSchedule.TypeName)),
            async ctx =>
            {
                await using var db = ctx.Db<ReportingDbContext>();
                return await Spec.ToConnectionAsync(db.ReportSchedules, ctx, q => q.OrderBy(s => s.NextRunAt).ThenBy(s => s.Id));
            },
            "Your report schedules (and, by your scope, your team's), the next to run first.",
            Spec.Arguments(slice)));
}
