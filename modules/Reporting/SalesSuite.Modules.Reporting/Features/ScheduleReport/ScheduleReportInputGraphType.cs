using GraphQL.Types;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Reporting.Features.ScheduleReport;

internal sealed class ScheduleReportInputGraphType : TypedInputGraphType<ScheduleReportInput>
{
    public ScheduleReportInputGraphType()
        : base("ScheduleReportInput", "A template (the built-in \"Revenue forecast\" schedules the forecast) and how often.")
    {
        Input("templateId", new NonNullGraphType(new IdGraphType()));
        Input("frequency", new NonNullGraphType(new GraphQLTypeReference("ReportFrequency")));
    }

    protected override ScheduleReportInput Bind(InputValues values) => new()
    {
        TemplateId = values.RawText("templateId"),
        Frequency = values.Value<ReportFrequency>("frequency"),
    };
}
