namespace SalesSuite.SharedKernel.Events;

/// <summary>
/// Where committed changes meet the subscriptions that wait for them. The Integrations module publishes each event once it is numbered
/// and committed; a subscription listens to its tenant's events. Only a wake-up path: nothing here is the record of an event (that is the
/// Integrations module's numbered message), so a listener that is not there misses nothing that the database does not still hold.
/// </summary>
public interface ILiveEvents
{
    void Publish(LiveEvent liveEvent);

    /// <summary>Calls <paramref name="listener"/> for each event of <paramref name="tenantId"/> published until the result is disposed.
    /// The listener runs on the publisher's thread: it must only hand the event on (e.g. to a channel).</summary>
    IDisposable Listen(string tenantId, Action<LiveEvent> listener);
}
