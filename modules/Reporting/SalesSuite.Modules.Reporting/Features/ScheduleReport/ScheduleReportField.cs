using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Reporting.Features.ScheduleReport;

internal static class ScheduleReportField
{
    public static void Register(ISchemaSlice slice) =>
        slice.AddMutation<ScheduleReportHandler, ScheduleReportInput>("scheduleReport", new ScheduleReportInputGraphType(),
            SchemaBuilders.Payload("ScheduleReportPayload", ("schedule", ReportSchedule.TypeName)),
            "Generates the template every week or month in your scope; the reports appear in generatedReports.",
            (handler, input, ct) => SchemaBuilders.Payload("schedule", handler.HandleAsync(input, ct))).RequirePermission(PermissionNames.ReportingManage);
}
