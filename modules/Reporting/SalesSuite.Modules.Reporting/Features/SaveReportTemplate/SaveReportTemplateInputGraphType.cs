using GraphQL.Types;
using SalesSuite.Modules.Reporting.Api;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Reporting.Features.SaveReportTemplate;

internal sealed class SaveReportTemplateInputGraphType : TypedInputGraphType<SaveReportTemplateInput>
{
    public SaveReportTemplateInputGraphType()
        : base("SaveReportTemplateInput", "A tenant template over the sales figures: leave id out to create one, send it (with version) to change one.")
    {
        Input("id", new IdGraphType());
        Input("version", new LongGraphType());
        Input("title", new NonNullGraphType(new StringGraphType()));
        Input("groupBy", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("SalesDimension")))));
        Input("measures", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("ReportMeasure")))));
        Input("charts", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("ReportTemplateChartInput"))));
        Input("repIds", new ListGraphType(new NonNullGraphType(new StringGraphType())));
        Input("productKeys", new ListGraphType(new NonNullGraphType(new StringGraphType())));
        Input("customerIds", new ListGraphType(new NonNullGraphType(new IdGraphType())));
    }

    protected override SaveReportTemplateInput Bind(InputValues values) => new()
    {
        Id = values.RawText("id"),
        Version = values.Value<long>("version"),
        Title = values.Text("title"),
        GroupBy = values.Values<SalesDimension>("groupBy"),
        Measures = values.Values<ReportMeasure>("measures"),
        Charts = values.Objects<SaveReportTemplateChartInput>("charts"),
        RepIds = values.Texts("repIds"),
        ProductKeys = values.Texts("productKeys"),
        CustomerIds = values.Texts("customerIds"),
    };
}
