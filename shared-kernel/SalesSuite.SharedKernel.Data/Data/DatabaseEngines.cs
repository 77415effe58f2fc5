using System.Collections.Concurrent;
using System.Reflection;

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

    /// <summary>
    /// For <c>dotnet ef</c> only, where no start-up runs: registers every engine class (parameterless constructor) of the assemblies
    /// loaded in this process, which include the startup project's, the host (<c>scripts/add-migration.sh</c>).
    /// </summary>
    public static void RegisterFromLoadedAssemblies()
    {
        var engines = AppDomain.CurrentDomain.GetAssemblies()
            .Where(assembly => !assembly.IsDynamic)
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IDatabaseEngine).IsAssignableFrom(type)
                && type.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes) is not null)
            .Select(type => (IDatabaseEngine)Activator.CreateInstance(type, nonPublic: true)!);
        Register(engines);
    }

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
