using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Orders.Features.SetOrderReminderDays;

internal sealed class SetOrderReminderDaysInputGraphType : TypedInputGraphType<SetOrderReminderDaysInput>
{
    public SetOrderReminderDaysInputGraphType()
        : base("SetOrderReminderDaysInput", "After how many days an order that is not progressing is flagged.")
    {
        Input("unpaidDays", new IntGraphType());
        Input("unshippedDays", new IntGraphType());
    }

    protected override SetOrderReminderDaysInput Bind(InputValues values) =>
        new() { UnpaidDays = values.Value<int>("unpaidDays"), UnshippedDays = values.Value<int>("unshippedDays") };
}
