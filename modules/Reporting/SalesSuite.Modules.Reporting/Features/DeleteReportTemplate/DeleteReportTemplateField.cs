using GraphQL.Types;
using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.Modules.Reporting.Api;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Reporting.Features.DeleteReportTemplate;

internal static class DeleteReportTemplateField
{
    public static void Register(ISchemaSlice slice) =>
        slice.AddMutation<DeleteReportTemplateHandler, DeleteReportTemplateInput>("deleteReportTemplate", new DeleteReportTemplateInputGraphType(),
            DeletedPayload.Named("DeleteReportTemplatePayload"),
            "Deletes a tenant report template; CONFLICT while a schedule uses it. Reports generated from it stay.",
            (handler, input, ct) => SchemaBuilders.Payload("deletedId", handler.HandleAsync(input, ct))).RequirePermission(PermissionNames.ReportingManage);
}
