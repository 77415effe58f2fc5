using GraphQL.Types;
using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.Modules.Reporting.Api;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Reporting.Features.DeleteReportSchedule;

internal static class DeleteReportScheduleField
{
    public static void Register(ISchemaSlice slice) =>
        slice.AddMutation<DeleteReportScheduleHandler, DeleteReportScheduleInput>("deleteReportSchedule", new DeleteReportScheduleInputGraphType(),
            DeletedPayload.Named("DeleteReportSchedulePayload"),
            "Stops a schedule; the reports it made stay.",
            (handler, input, ct) => SchemaBuilders.Payload("deletedId", handler.HandleAsync(input, ct))).RequirePermission(PermissionNames.ReportingManage);
}
