using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Reporting.Features.DeleteReportSchedule;

internal sealed class DeleteReportScheduleInputGraphType : TypedInputGraphType<DeleteReportScheduleInput>
{
    public DeleteReportScheduleInputGraphType()
        : base("DeleteReportScheduleInput", "A schedule within your scope.")
    {
        Input("id", new NonNullGraphType(new IdGraphType()));
    }

    protected override DeleteReportScheduleInput Bind(InputValues values) => new() { Id = values.RawText("id") };
}
