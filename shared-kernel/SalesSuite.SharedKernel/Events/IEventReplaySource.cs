namespace SalesSuite.SharedKernel.Events;

/// <summary>
/// A module that re-tells its current state as the integration events that built it, so that a read model fed by
/// events (e.g. Reporting's) can be rebuilt from scratch. Runs inside the tenant's scope with the system grant.
/// </summary>
public interface IEventReplaySource
{
    string ModuleName { get; }

    /// <summary>The events, oldest first per record.</summary>
    IAsyncEnumerable<IIntegrationEvent> ReplayAsync(CancellationToken cancellationToken);
}
