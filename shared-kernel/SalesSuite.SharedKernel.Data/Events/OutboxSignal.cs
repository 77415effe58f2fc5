using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.SharedKernel.Events;

/// <summary>
/// Wakes this process's outbox dispatcher when a save wrote events, naming the tenant and the module context, so an event leaves
/// within milliseconds of its commit instead of at the next poll. Only a hint: the poll still finds every event (those of other
/// instances, and any whose signal came before its transaction committed).
/// </summary>
public static class OutboxSignal
{
    private static readonly ConcurrentDictionary<(string Tenant, Type Context), byte> Pending = new();
    private static TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next signal.</summary>
    public static Task Next => Volatile.Read(ref _next).Task;

    public static void Signal(string tenantId, Type contextType)
    {
        Pending.TryAdd((tenantId, contextType), 0);
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    /// <summary>The tenants and contexts signalled since the last call.</summary>
    public static IReadOnlyList<(string Tenant, Type Context)> Drain()
    {
        var drained = new List<(string, Type)>();
        foreach (var key in Pending.Keys)
        {
            if (Pending.TryRemove(key, out _))
            {
                drained.Add(key);
            }
        }

        return drained;
    }
}

/// <summary>Signals the outbox when a transaction commits in which a module context saved events (a handler's own transaction).</summary>
internal sealed class OutboxCommitSignal : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Signal(eventData);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Signal(eventData);
        return Task.CompletedTask;
    }

    private static void Signal(TransactionEndEventData eventData)
    {
        if (eventData.Context is ModuleDbContext context && context.TakePublished())
        {
            OutboxSignal.Signal(context.CurrentTenantId, context.GetType());
        }
    }
}
