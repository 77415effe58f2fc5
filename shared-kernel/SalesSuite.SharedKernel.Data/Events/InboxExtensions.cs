using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.SharedKernel.Events;

public static class InboxExtensions
{
    /// <summary>
    /// Runs <paramref name="apply"/> and saves it with an inbox record, once per message and handler: the second delivery
    /// of the same message finds the record and does nothing.
    /// </summary>
    public static async Task HandleOnceAsync(this ModuleDbContext db, IntegrationContext context, string handler, Func<Task> apply,
        CancellationToken cancellationToken)
    {
        if (await db.Set<InboxMessage>().AnyAsync(m => m.MessageId == context.MessageId && m.Handler == handler, cancellationToken))
        {
            return;
        }

        await apply();
        db.Set<InboxMessage>().Add(new InboxMessage { MessageId = context.MessageId, Handler = handler, ReceivedAt = db.Now });
        await db.SaveChangesAsync(cancellationToken);
    }
}
