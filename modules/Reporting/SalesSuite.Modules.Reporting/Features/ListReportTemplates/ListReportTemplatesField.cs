using GraphQL.Types;
using SalesSuite.Modules.Reporting.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Reporting.Features.ListReportTemplates;

internal static class ListReportTemplatesField
{
    public static void Register(ISchemaSlice slice, IGraphType template) =>
        slice.AddQueryField(Fields.CreateWith<ReportTemplateStore>("reportTemplates", new NonNullGraphType(new ListGraphType(new NonNullGraphType(template))),
            async (ctx, templates) => await templates.ListAsync(ctx.CancellationToken),
            "The built-in report templates, then the tenant's own by title."));
}
