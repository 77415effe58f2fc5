using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Automation.Features.SnoozeReminder;

internal sealed class SnoozeReminderInputGraphType : TypedInputGraphType<SnoozeReminderInput>
{
    public SnoozeReminderInputGraphType()
        : base("SnoozeReminderInput", "Your reminder and when it should open again.")
    {
        Input("id", new NonNullGraphType(new IdGraphType()));
        Input("until", new NonNullGraphType(new DateTimeOffsetGraphType()));
    }

    protected override SnoozeReminderInput Bind(InputValues values) =>
        new() { Id = values.RawText("id"), Until = values.Value<DateTimeOffset>("until")?.ToUniversalTime() };
}
