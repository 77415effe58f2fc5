using GraphQL.Types;

namespace SalesSuite.Modules.Orders.Api;

/// <summary>setOrderReminderDays's payload: the <c>settings</c> it saved, as their reminder days.</summary>
internal sealed class OrderReminderSettingsPayloadGraphType : ObjectGraphType<IDictionary<string, object?>>
{
    public OrderReminderSettingsPayloadGraphType()
    {
        Name = "OrderReminderSettingsPayload";
        Field<NonNullGraphType<IntGraphType>>("unpaidDays").Resolve(ctx => BaseCurrencyPayloadGraphType.Settings(ctx.Source).UnpaidReminderDays);
        Field<NonNullGraphType<IntGraphType>>("unshippedDays").Resolve(ctx => BaseCurrencyPayloadGraphType.Settings(ctx.Source).UnshippedReminderDays);
    }
}
