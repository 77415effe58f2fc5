using System.Collections.Concurrent;

namespace SalesSuite.SharedKernel.Data;

/// <summary>
/// The database engines of this process, one per provider, registered by the host at start-up (and by a test or tool that
/// makes contexts without the host, the same way). Static because its readers have no services at hand: exception filters
/// (<see cref="DataErrors"/>), design-time contexts made by <c>dotnet ef</c>, contexts building their model.
/// </summary>
public static class DatabaseEngines
{
    private static readonly ConcurrentDictionary<DatabaseProvider, IDatabaseEngine> Engines = new();

    /// <summary>Registers engines; registering the same provider again replaces its engine.</summary>
    public static void Register(params IEnumerable<IDatabaseEngine> engines)
    {
        foreach (var engine in engines)
        {
            Engines[engine.Provider] = engine;
        }
    }

    public static IReadOnlyCollection<IDatabaseEngine> All => [.. Engines.Values];

    public static IDatabaseEngine For(DatabaseProvider provider) =>
        Engines.TryGetValue(provider, out var engine)
            ? engine
            : throw new InvalidOperationException(
                $"No database engine for {provider} is registered: the host registers one per provider at start-up " +
                "(SalesSuite.Host.Data.Providers.DatabaseEngineRegistration.RegisterAll); code that makes contexts without the host calls it first.");

    /// <summary>What a registered engine makes of <paramref name="exception"/> itself (not its inner exceptions); null when none knows it.</summary>
    public static DatabaseError? Classify(Exception exception)
    {
        foreach (var engine in Engines.Values)
        {
            if (engine.Classify(exception) is { } error)
            {
                return error;
            }
        }

        return null;
    }
}
