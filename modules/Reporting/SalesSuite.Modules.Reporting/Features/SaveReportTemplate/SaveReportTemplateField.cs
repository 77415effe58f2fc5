using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Reporting.Features.SaveReportTemplate;

internal static class SaveReportTemplateField
{
    public static void Register(ISchemaSlice slice)
    {
        slice.AddType(new SaveReportTemplateChartInputGraphType());
        slice.AddMutation<SaveReportTemplateHandler, SaveReportTemplateInput>("saveReportTemplate", new SaveReportTemplateInputGraphType(),
            SchemaBuilders.Payload("SaveReportTemplatePayload", ("template", ReportTemplate.TypeName)),
            "Creates or changes a tenant report template: groupBy 1-3 dimensions (one period at most), 1-4 measures, up to four charts of those measures, " +
            "optional filters.",
            (handler, input, ct) => SchemaBuilders.Payload("template", handler.HandleAsync(input, ct))).RequirePermission(PermissionNames.ReportingManage);
    }
}
