using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Reporting.Features.GenerateReport;

internal static class GenerateReportField
{
    public static void Register(ISchemaSlice slice) =>
        slice.AddMutation<GenerateReportHandler, GenerateReportInput>("generateReport", new GenerateReportInputGraphType(),
            SchemaBuilders.Payload("GenerateReportPayload", ("report", GeneratedReport.TypeName)),
            "Generates a report within your scope: an .xlsx workbook and a printable HTML page, stored for download, with the charts' data.",
            (handler, input, ct) => SchemaBuilders.Payload("report", handler.HandleAsync(input, ct))).RequirePermission(PermissionNames.ReportingRead);
}
