using GraphQL.Types;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.Modules.Reporting.Rendering;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Reporting.Features.SaveReportTemplate;

internal sealed class SaveReportTemplateChartInputGraphType : TypedInputGraphType<SaveReportTemplateChartInput>
{
    public SaveReportTemplateChartInputGraphType()
        : base("ReportTemplateChartInput", "One chart of a template: its kind and the measure it shows.")
    {
        Input("kind", new NonNullGraphType(new GraphQLTypeReference("ReportChartKind")));
        Input("measure", new NonNullGraphType(new GraphQLTypeReference("ReportMeasure")));
    }

    protected override SaveReportTemplateChartInput Bind(InputValues values) => new()
    {
        Kind = values.Value<ChartKind>("kind"),
        Measure = values.Value<ReportMeasure>("measure"),
    };
}
