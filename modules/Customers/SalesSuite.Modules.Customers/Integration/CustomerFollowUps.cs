using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Customers.Integration;

/// <summary>Interaction follow-ups that are due and not done, as reminders for the customer's owner; one query over the tenant.</summary>
internal sealed class CustomerFollowUps(ModuleDbContextFactory<CustomersDbContext> contexts) : IReminderSource
{
    public async Task<IReadOnlyList<ReminderCondition>> ConditionsAsync(ReminderQuery query, CancellationToken cancellationToken)
    {
        var now = query.Now;
        await using var db = contexts.CreateForSystem();
        return await db.Interactions.Where(i => i.NextFollowUpAt <= now && i.FollowUpDoneAt == null)
            .Join(db.Customers.Where(c => c.ArchivedAt == null), i => i.CustomerId, c => c.Id,
                (i, c) => new { i.Id, c.OwnerId, c.Name, i.Subject, Due = i.NextFollowUpAt!.Value })
            .Select(x => new ReminderCondition(ReminderKinds.FollowUp, x.Id, "Interaction", x.OwnerId, "Follow up with " + x.Name + ": " + x.Subject, x.Due))
            .ToListAsync(cancellationToken);
    }
}
