using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Reporting.Domain;

/// <summary>Which version of the reporting read model a tenant's rows were built by, and when: a start-up rebuilds only a model that is behind.</summary>
internal sealed class ReadModelState : TenantEntity
{
    /// <summary>
    /// The version of the read model's shape and handlers. Raise it when a change means that rows built before it are
    /// wrong or incomplete: every tenant's model is then rebuilt once, in the background, at the next start.
    /// 2: the reps' days (<see cref="SalesDay"/>) and the lines' <see cref="SalesLine.ProductOrderCount"/> were added.
    /// </summary>
    public const int CurrentVersion = 2;

    private ReadModelState()
    {
    }

    public int Version { get; private set; }

    public DateTimeOffset RebuiltAt { get; private set; }

    public int EventsApplied { get; private set; }

    /// <summary>The state of a model just rebuilt at <paramref name="at"/> by the current handlers, from <paramref name="eventsApplied"/> events.</summary>
    public static ReadModelState Rebuilt(DateTimeOffset at, int eventsApplied) =>
        new() { Version = CurrentVersion, RebuiltAt = at, EventsApplied = eventsApplied };
}
