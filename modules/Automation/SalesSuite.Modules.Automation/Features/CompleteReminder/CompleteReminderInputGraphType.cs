using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Automation.Features.CompleteReminder;

internal sealed class CompleteReminderInputGraphType : TypedInputGraphType<CompleteReminderInput>
{
    public CompleteReminderInputGraphType()
        : base("CompleteReminderInput", "Your reminder to mark done.")
    {
        Input("id", new NonNullGraphType(new IdGraphType()));
    }

    protected override CompleteReminderInput Bind(InputValues values) => new() { Id = values.RawText("id") };
}
