using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.Modules.Customers.Contracts;
using SalesSuite.Modules.Integrations.Contracts;
using SalesSuite.Modules.Opportunities.Contracts;
using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Integrations.Integration;

/// <summary>
/// The webhook events of the built-in modules, from the integration events they already publish through their outboxes. Ids in
/// <c>data</c> are global ids, as the API shows them; amounts are numbers in the record's currency.
/// </summary>
internal static class CoreWebhookEvents
{
    public static void Add(IServiceCollection services)
    {
        services.AddWebhookEvents<CustomerChanged>(
            e => new WebhookEvent(e.Version <= 1 ? "customer.created" : e.Archived ? "customer.archived" : "customer.updated", "Customer", e.CustomerId, e.At,
                new { e.Name, e.Level, e.Source, e.Region, e.OwnerId, e.Archived, e.Version }),
            new("customer.created", "A customer was registered (by hand, by an import or by a merge)."),
            new("customer.updated", "A customer's name, level, source, region or owner changed."),
            new("customer.archived", "A customer was archived."));
        services.AddWebhookEvents<CustomerRemoved>(
            e => new WebhookEvent("customer.deleted", "Customer", e.CustomerId, e.At, new { }),
            new WebhookEventType("customer.deleted", "A customer was deleted (or merged into another, or its import reverted)."));
        services.AddWebhookEvents<ContactChanged>(
            e => new WebhookEvent("contact." + e.Change, "Contact", e.ContactId, e.At,
                new { CustomerId = GlobalId.Encode("Customer", e.CustomerId), e.Name, e.Title, e.IsPrimary }),
            new WebhookEventType("contact.created", "A contact was added to a customer (by hand or by an import)."),
            new WebhookEventType("contact.updated", "A contact's name, title, phone, email or primary flag changed (phone and email are not sent)."),
            new WebhookEventType("contact.deleted", "A contact was removed from a customer."));
        services.AddWebhookEvents<OpportunityCreated>(
            e => new WebhookEvent("opportunity.created", "Opportunity", e.OpportunityId, e.CreatedAt,
                new { CustomerId = GlobalId.Encode("Customer", e.CustomerId), e.OwnerId }),
            new WebhookEventType("opportunity.created", "An opportunity was created."));
        services.AddWebhookEvents<OpportunityChanged>(
            e => new WebhookEvent("opportunity.updated", "Opportunity", e.State.OpportunityId, e.At, State(e.State)),
            new WebhookEventType("opportunity.updated", "An opportunity's amount, probability, expected close date, source, customer or owner changed."));
        services.AddWebhookEvents<OpportunityStageChanged>(
            e => e.FromStageId is null ? null : new WebhookEvent("opportunity.stage_changed", "Opportunity", e.OpportunityId, e.At, new
            {
                FromStageId = GlobalId.Encode("PipelineStage", e.FromStageId.Value),
                ToStageId = GlobalId.Encode("PipelineStage", e.ToStageId),
                e.ToStage,
                ToStageKind = e.ToKind,
                Opportunity = State(e.State),
            }),
            new WebhookEventType("opportunity.stage_changed", "An opportunity moved to another stage (won and lost included)."));
        services.AddWebhookEvents<OpportunityWon>(
            e => new WebhookEvent("opportunity.won", "Opportunity", e.OpportunityId, e.WonAt,
                new { CustomerId = GlobalId.Encode("Customer", e.CustomerId), e.OwnerId, e.Amount, e.Currency }),
            new WebhookEventType("opportunity.won", "An opportunity was won."));
        services.AddWebhookEvents<OpportunityLost>(
            e => new WebhookEvent("opportunity.lost", "Opportunity", e.OpportunityId, e.LostAt,
                new { CustomerId = GlobalId.Encode("Customer", e.CustomerId), e.OwnerId, e.Reason }),
            new WebhookEventType("opportunity.lost", "An opportunity was lost."));
        services.AddWebhookEvents<OrderCreated>(
            e => new WebhookEvent("order.created", "Order", e.OrderId, e.CreatedAt, new
            {
                CustomerId = GlobalId.Encode("Customer", e.CustomerId),
                OpportunityId = e.OpportunityId is { } o ? GlobalId.Encode("Opportunity", o) : null,
                e.OwnerId,
                e.Currency,
            }),
            new WebhookEventType("order.created", "A draft order was created."));
        services.AddWebhookEvents<OrderConfirmed>(
            e => new WebhookEvent("order.confirmed", "Order", e.OrderId, e.ConfirmedAt, new
            {
                e.Number,
                CustomerId = GlobalId.Encode("Customer", e.CustomerId),
                OpportunityId = e.OpportunityId is { } o ? GlobalId.Encode("Opportunity", o) : null,
                e.OwnerId,
                e.Total,
                e.Currency,
            }),
            new WebhookEventType("order.confirmed", "An order was confirmed."));
        services.AddWebhookEvents<OrderPaid>(
            e => new WebhookEvent("order.paid", "Order", e.OrderId, e.PaidAt,
                new { CustomerId = GlobalId.Encode("Customer", e.CustomerId), e.OwnerId, e.Total, e.Currency }),
            new WebhookEventType("order.paid", "An order was paid in full."));
        services.AddWebhookEvents<OrderCancelled>(
            e => new WebhookEvent("order.cancelled", "Order", e.OrderId, e.CancelledAt,
                new { CustomerId = GlobalId.Encode("Customer", e.CustomerId), e.OwnerId }),
            new WebhookEventType("order.cancelled", "An order was cancelled."));
        services.AddWebhookEvents<OrderShipped>(
            e => new WebhookEvent("order.shipped", "Order", e.OrderId, e.ShippedAt,
                new { CustomerId = GlobalId.Encode("Customer", e.CustomerId), e.OwnerId }),
            new WebhookEventType("order.shipped", "An order's last line was shipped."));
        services.AddWebhookEvents<ReminderDue>(
            e => new WebhookEvent("reminder.due", "Reminder", e.ReminderId, e.At,
                new { e.UserId, e.Kind, RecordId = GlobalId.Encode(e.RecordType, e.RecordId), e.Title, e.DueAt }),
            new WebhookEventType("reminder.due", "A reminder came due in a user's inbox (raised, back again, or its snooze ended)."));
    }

    private static object State(OpportunityState s) => new
    {
        CustomerId = GlobalId.Encode("Customer", s.CustomerId),
        s.OwnerId,
        StageId = GlobalId.Encode("PipelineStage", s.StageId),
        s.Stage,
        s.Status,
        s.Probability,
        s.ExpectedCloseDate,
        s.Source,
        s.Version,
    };
}
