using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Reporting.Features.DeleteReportTemplate;

internal sealed class DeleteReportTemplateInputGraphType : TypedInputGraphType<DeleteReportTemplateInput>
{
    public DeleteReportTemplateInputGraphType()
        : base("DeleteReportTemplateInput", "A tenant template (built-in ones cannot be deleted).")
    {
        Input("id", new NonNullGraphType(new IdGraphType()));
    }

    protected override DeleteReportTemplateInput Bind(InputValues values) => new() { Id = values.RawText("id") };
}
