using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Reporting.Features.GenerateReport;

internal sealed class GenerateReportInputGraphType : TypedInputGraphType<GenerateReportInput>
{
    public GenerateReportInputGraphType()
        : base("GenerateReportInput", "A template and an inclusive range of days of the tenant's calendar.")
    {
        Input("templateId", new NonNullGraphType(new IdGraphType()));
        Input("from", new NonNullGraphType(new DateOnlyGraphType()));
        Input("to", new NonNullGraphType(new DateOnlyGraphType()));
    }

    protected override GenerateReportInput Bind(InputValues values) => new()
    {
        TemplateId = values.RawText("templateId"),
        From = values.Value<DateOnly>("from"),
        To = values.Value<DateOnly>("to"),
    };
}
